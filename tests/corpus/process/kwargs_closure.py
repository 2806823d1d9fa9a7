# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a closure passed in Process kwargs fails once the child is spawned
import multiprocessing


def child(callback):
    print("callback gives", callback())


def main():
    base = 40

    def callback():
        return base + 2

    proc = multiprocessing.Process(target=child, kwargs={"callback": callback})  # [PKL002]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)


if __name__ == "__main__":
    main()
