# runtime: fork=ok spawn=ok forkserver=ok
# summary: the process is started only when the file runs as the main script
import multiprocessing
import sys


def work(n):
    print(n * 2)


if __name__ == "__main__":
    process = multiprocessing.Process(target=work, args=(21,))
    process.start()
    process.join()
    sys.exit(process.exitcode)
