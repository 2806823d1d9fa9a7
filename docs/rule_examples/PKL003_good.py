# runtime: fork=ok spawn=ok forkserver=ok
# summary: defined above the guard, the function exists in the re-imported module too
import multiprocessing
import sys


def work(n):
    print(n * 2)


if __name__ == "__main__":
    process = multiprocessing.Process(target=work, args=(21,))
    process.start()
    process.join()
    sys.exit(process.exitcode)
