# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker changes its own copy of the list: reported, but no shared-Array fix
import multiprocessing


def bump(index, values):
    values[index] += 1.0
    return values[index]


if __name__ == "__main__":
    values = [0.0] * 5_000
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(bump, [(i, values) for i in range(4)]))  # [PKL013]
    print(values[:4])
