# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a function defined inside main() as Process target fails under spawn
import multiprocessing


def main():
    def child():
        print("child ran")

    proc = multiprocessing.Process(target=child)  # [PKL002]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)


if __name__ == "__main__":
    main()
