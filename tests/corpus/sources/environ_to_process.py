# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object '_createenviron.<locals>.encode'
# summary: os.environ holds the local functions that encode its keys; a spawned Process cannot pickle it
import multiprocessing
import os


def show(env):
    print(len(env) > 0)


if __name__ == "__main__":
    process = multiprocessing.Process(target=show, args=(os.environ,))  # [PKL004]
    process.start()
    process.join()
