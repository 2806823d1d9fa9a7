# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same fan_out of another module gets the report's path, a string, as its keyword option
import os
import tempfile

from options_runner import fan_out


def checksum(item, report=None):
    return sum(map(ord, item))


if __name__ == "__main__":
    path = os.path.join(tempfile.gettempdir(), "picklecheck-report.txt")
    print(fan_out(checksum, ["ab", "cd"], report=path))
