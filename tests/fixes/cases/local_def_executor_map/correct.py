from concurrent.futures import ProcessPoolExecutor


def describe(word):
    return len(word), word.capitalize()


def run(words):
    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(describe, words))


if __name__ == "__main__":
    print(run(["alpha", "beta", "gamma"]))
