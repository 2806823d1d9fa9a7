# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a text-mode stderr pipe sent as a pool task item is pickled under every start method
import multiprocessing
import subprocess
import sys


def first_line(stream):
    return stream.readline()


if __name__ == "__main__":
    command = [sys.executable, "-c", "import sys; print('oops', file=sys.stderr)"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as proc:
        with multiprocessing.Pool(1) as pool:
            print(pool.map(first_line, [proc.stderr]))  # [PKL004]
