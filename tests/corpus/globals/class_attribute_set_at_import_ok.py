# runtime: fork=ok spawn=ok forkserver=ok
# summary: the class attribute is set at import, outside the main guard: every child sets it too
import multiprocessing


class Shared:
    factor = None


def scale(value):
    return value * Shared.factor


Shared.factor = 3

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, [1, 2, 3]))
