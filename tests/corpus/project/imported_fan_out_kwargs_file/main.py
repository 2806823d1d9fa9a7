# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: fan_out(func, items, **options) of another module hands its options to Pool.apply_async as keyword arguments; main passes report=<open file>
import os
import tempfile

from kwargs_runner import fan_out


def checksum(item, report=None):
    return sum(map(ord, item))


if __name__ == "__main__":
    handle, path = tempfile.mkstemp(suffix=".txt")
    os.close(handle)
    with open(path, "w") as report:
        print(fan_out(checksum, ["ab", "cd"], report=report))  # [PKL004]
    os.unlink(path)
