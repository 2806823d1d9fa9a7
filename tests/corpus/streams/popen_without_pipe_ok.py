# runtime: fork=ok spawn=ok forkserver=ok
# summary: without stdout=PIPE, `proc.stdout` is None, which pickles fine
import multiprocessing
import subprocess
import sys


def describe(stream):
    return repr(stream)


if __name__ == "__main__":
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    with multiprocessing.Pool(1) as pool:
        print(pool.map(describe, [proc.stdout, proc.stderr]))
