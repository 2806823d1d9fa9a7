# runtime: fork=error spawn=error forkserver=error
# error-contains: 'str' object has no attribute 'returncode'
# summary: ToolError(result) keeps only a message built from result.returncode in args; the parent rebuilds ToolError(message), which reads message.returncode (iree 11655)
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor


class ToolError(Exception):
    def __init__(self, result):
        code = result.returncode
        super().__init__(f"the tool failed with exit status {code}")


def run_tool(flag):
    result = subprocess.run([sys.executable, "-c", f"raise SystemExit({flag})"])
    if result.returncode != 0:
        raise ToolError(result)
    return "built"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            print(executor.submit(run_tool, 3).result(timeout=30))  # [PKL008]
        except ToolError as error:
            print("tool failed:", error)
