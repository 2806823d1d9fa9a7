# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'report'
# summary: a Process target defined under the guard cannot be found by a spawned child
# fix: PKL003 Move `report` out
import multiprocessing


def helper(value):
    return value * 10


def report(value):
    print("child computed", helper(value), flush=True)


if __name__ == "__main__":
    process = multiprocessing.Process(target=report, args=(4,))
    process.start()
    process.join()
    print("exit code", process.exitcode)
