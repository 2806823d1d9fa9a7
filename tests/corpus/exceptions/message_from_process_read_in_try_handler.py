# runtime: fork=error spawn=error forkserver=error
# error-contains: 'str' object has no attribute 'stderr'
# summary: a compiler error's `__init__(process)` decodes `process.stderr` in a `try` (falling back to `str(process.stderr)`) and hands the base only the message it built; rebuilt in the parent as `CompilerToolError(message)`, the fallback reads `stderr` of a str (iree 11655)
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
        print(executor.submit(compile_source, "not a program").result(timeout=30))  # [PKL008]
