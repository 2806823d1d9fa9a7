# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle
# summary: fix-all lifts the lambda, then puts the module-level executor under a main guard
# fix: all
from concurrent.futures import ProcessPoolExecutor


def call_upper(word):
    return word.upper()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(call_upper, ["a", "b"])))
