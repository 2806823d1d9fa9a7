# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 're.Match' object
# summary: the worker returns a dict built in a loop holding re.Match objects
import multiprocessing
import re


def scan(text):
    found = {}
    for word in text.split():
        found[word] = re.match(r"\w+", word)
    return found


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scan, ["a b", "c"]))  # [PKL007]
