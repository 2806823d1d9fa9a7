# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'run.<locals>.describe'
# summary: ProcessPoolExecutor.map pickles its function; the nested def moves to module level
# fix: PKL002 Move the local function
from concurrent.futures import ProcessPoolExecutor


def run(words):
    def describe(word):
        """Length and capitalised form."""
        return len(word), word.capitalize()

    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(describe, words))


if __name__ == "__main__":
    print(run(["alpha", "beta", "gamma"]))
