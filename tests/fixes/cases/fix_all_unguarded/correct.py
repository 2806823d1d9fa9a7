from concurrent.futures import ProcessPoolExecutor


def shout(word):
    return word.upper()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(shout, ["a", "b"])))
