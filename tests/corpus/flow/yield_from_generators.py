# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: `yield from` a generator expression of generators yields generators: each task item is one
import multiprocessing


def chunks(names):
    yield from ((c for c in name) for name in names)


def size(chunk):
    return len(list(chunk))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(size, chunks(["ab", "cde"])))  # [PKL004]
