# runtime: fork=ok spawn=ok forkserver=ok
# summary: a plain dict copy of os.environ pickles (negative of environ_to_process)
import multiprocessing
import os


def show(env):
    print(len(env) > 0)


if __name__ == "__main__":
    process = multiprocessing.Process(target=show, args=(dict(os.environ),))
    process.start()
    process.join()
