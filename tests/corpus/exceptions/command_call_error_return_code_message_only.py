# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 2 required positional arguments
# summary: a worker runs python(code)() where the Command instance's __call__ raises ErrorReturnCode(full_cmd, stdout, stderr), which passes only a message to Exception.__init__ (sh 439)
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor


class ErrorReturnCode(Exception):
    def __init__(self, full_cmd, stdout, stderr):
        self.full_cmd = full_cmd
        self.stdout = stdout
        self.stderr = stderr
        msg = "\n\n  RAN: %s\n\n  STDOUT:\n%s\n\n  STDERR:\n%s" % (full_cmd, stdout, stderr)
        super().__init__(msg)


class Command:
    def __init__(self, path, *baked_args):
        self.path = path
        self.baked_args = baked_args

    def __call__(self, *args):
        full_cmd = [self.path, *self.baked_args, *args]
        proc = subprocess.run(full_cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise ErrorReturnCode(" ".join(full_cmd[1:]), proc.stdout, proc.stderr)
        return proc.stdout.strip()


def python(code):
    return Command(sys.executable, "-c", code)


def run_snippet(code):
    return python(code)()


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(run_snippet, "import sys; sys.exit(3)")  # [PKL008]
        try:
            print(future.result())
        except ErrorReturnCode as exc:
            print("command failed:", exc.full_cmd)
