# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same ValueError keeps a list of the bad rows in its args: it pickles back to the parent
import multiprocessing


def validate(rows):
    bad = [r for r in rows if r < 0]
    if bad:
        raise ValueError("negative rows", bad)
    return len(rows)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            print(pool.map(validate, [[1, 2], [3, -1]]))
        except ValueError as exc:
            print("invalid:", exc.args[0], exc.args[1])
