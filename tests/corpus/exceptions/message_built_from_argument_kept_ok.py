# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same ToolError, whose __init__ reads result.returncode only when it is given a CompletedProcess and otherwise takes the message as it is: the rebuild from its message works
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor


class ToolError(Exception):
    def __init__(self, result):
        if isinstance(result, str):
            super().__init__(result)
            return
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
            print(executor.submit(run_tool, 3).result(timeout=30))
        except ToolError as error:
            print("tool failed:", error)
