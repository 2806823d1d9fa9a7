# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same compiler error with a `__reduce__` that rebuilds a plain Exception from the message, so the parent receives the failure instead of breaking the pool
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor


class CompilerToolError(Exception):
    def __init__(self, process):
        try:
            errors = process.stderr.decode("utf-8")
        except Exception:
            errors = str(process.stderr)
        tool = str(process.args[0]) if process.args else "compiler"
        super().__init__(f"Error invoking {tool}\nDiagnostics:\n{errors}")
        self.process = process

    def __reduce__(self):
        return Exception, self.args


def compile_source(source):
    process = subprocess.run(
        [sys.executable, "-c", "import sys; sys.stderr.write('invalid program'); sys.exit(1)"],
        capture_output=True,
    )
    if process.returncode != 0:
        raise CompilerToolError(process)
    return process.stdout


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            print(executor.submit(compile_source, "not a program").result(timeout=30))
        except Exception as error:
            print("failed:", str(error).splitlines()[0])
