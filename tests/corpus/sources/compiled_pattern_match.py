# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 're.Match' object
# summary: a helper keeps the matches of a module-level compiled pattern (LEVEL.match(line)) and a producer process queues them
import multiprocessing
import re

LEVEL = re.compile(r"(\w+): (.*)")


def find(lines):
    hits = []
    for line in lines:
        match = LEVEL.match(line)
        if match:
            hits.append(match)
    return hits


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(len, find(["ERROR: disk full", "INFO: ok"])))  # [PKL004]
