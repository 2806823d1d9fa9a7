# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: get_context("spawn") makes a nested Process target fail whatever the default
import multiprocessing


def main():
    def child():
        print("child")

    context = multiprocessing.get_context("spawn")
    proc = context.Process(target=child)  # [PKL002]
    proc.start()
    proc.join()


if __name__ == "__main__":
    main()
