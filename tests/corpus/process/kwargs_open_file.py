# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an open file passed in Process kwargs fails under spawn
import multiprocessing
import os


def child(stream):
    print("child got", type(stream).__name__)


if __name__ == "__main__":
    stream = open(os.devnull, "w")
    proc = multiprocessing.Process(target=child, kwargs={"stream": stream})  # [PKL004]
    proc.start()
    proc.join()
    stream.close()
    print("exit", proc.exitcode)
