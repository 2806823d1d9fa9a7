# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a subprocess.Popen object holds a lock and pipes; send its pid or output instead
import multiprocessing
import subprocess
import sys


def pid(process):
    return process.pid > 0


if __name__ == "__main__":
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(pid, (child,)))  # [PKL004]
