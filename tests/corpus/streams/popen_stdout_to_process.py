# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: a subprocess's stdout pipe (a BufferedReader) given to a Process is inherited under fork, pickled under spawn/forkserver
import multiprocessing
import subprocess
import sys


def relay(stream):
    print(stream.read().decode().strip())


if __name__ == "__main__":
    source = subprocess.Popen([sys.executable, "-c", "print('hello')"], stdout=subprocess.PIPE)
    child = multiprocessing.Process(target=relay, args=(source.stdout,))  # [PKL004]
    child.start()
    child.join()
    source.wait()
    print("exit", child.exitcode)
    sys.exit(child.exitcode)
