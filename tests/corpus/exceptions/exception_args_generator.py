# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a built-in ValueError raised in a worker keeps a generator of the bad rows in its args, which are pickled with it
import multiprocessing


def validate(rows):
    bad = (r for r in rows if r < 0)
    if any(r < 0 for r in rows):
        raise ValueError("negative rows", bad)
    return len(rows)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            print(pool.map(validate, [[1, 2], [3, -1]]))  # [PKL008]
        except ValueError as exc:
            print("invalid:", exc.args[0])
