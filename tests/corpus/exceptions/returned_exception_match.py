# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 're.Match' object
# summary: a worker collects errors instead of raising them and returns a ValueError whose args hold the re.Match it failed on
import re
from concurrent.futures import ProcessPoolExecutor


def parse(line):
    match = re.match(r"(\w+)=(\S+)", line)
    if match is None or not match.group(2).isdigit():
        return ValueError("not a count", match)
    return match.group(1), int(match.group(2))


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        results = list(executor.map(parse, ["a=1", "b=x"], timeout=10))  # [PKL007]
        print([r for r in results if not isinstance(r, Exception)])
