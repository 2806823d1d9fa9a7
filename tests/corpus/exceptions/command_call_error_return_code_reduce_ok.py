# runtime: fork=ok spawn=ok forkserver=ok
# summary: the ErrorReturnCode a Command instance's __call__ raises passes only a message to Exception.__init__ but defines __reduce__ giving back its three arguments, so the parent rebuilds it
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

    def __reduce__(self):
        return (self.__class__, (self.full_cmd, self.stdout, self.stderr))


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
        future = executor.submit(run_snippet, "import sys; sys.exit(3)")
        try:
            print(future.result())
        except ErrorReturnCode as exc:
            print("command failed:", exc.full_cmd)
