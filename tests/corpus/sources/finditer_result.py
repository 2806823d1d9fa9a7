# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_sre.SRE_Scanner' object
# summary: a worker returns pattern.finditer(text), a lazy iterator over matches
import re
from concurrent.futures import ProcessPoolExecutor

WORD = re.compile(r"[A-Z]\w+")


def capitals(text):
    return WORD.finditer(text)


if __name__ == "__main__":
    texts = ["Alice met Bob", "then Carol left"]
    with ProcessPoolExecutor(2) as executor:
        for found in executor.map(capitals, texts):  # [PKL007]
            print([m.group() for m in found])
