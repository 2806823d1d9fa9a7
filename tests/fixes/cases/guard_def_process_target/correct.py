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
