# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'work'
# summary: the child re-imports the script as __mp_main__, where the guarded def never runs
import multiprocessing
import sys

if __name__ == "__main__":

    def work(n):
        print(n * 2)

    process = multiprocessing.Process(target=work, args=(21,))
    process.start()
    process.join()
    sys.exit(process.exitcode)
