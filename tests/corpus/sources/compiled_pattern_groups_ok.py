# runtime: fork=ok spawn=ok forkserver=ok
# summary: the helper keeps the groups of each match (plain tuples of strings), not the match objects
import multiprocessing
import re

LEVEL = re.compile(r"(\w+): (.*)")


def find(lines):
    hits = []
    for line in lines:
        match = LEVEL.match(line)
        if match:
            hits.append(match.groups())
    return hits


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(len, find(["ERROR: disk full", "INFO: ok"])))
