# runtime: fork=ok spawn=error forkserver=error
# error-contains: bootstrapping phase
# summary: without the __main__ guard each child re-runs the script and tries to start a child
import multiprocessing
import sys


def work(n):
    print(n * 2)


process = multiprocessing.Process(target=work, args=(21,))
process.start()
process.join()
sys.exit(process.exitcode)
