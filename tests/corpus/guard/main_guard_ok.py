# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same program with the definition at module level and the start under the guard
import multiprocessing


def child():
    print("child ran")


if __name__ == "__main__":
    proc = multiprocessing.Process(target=child)
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
