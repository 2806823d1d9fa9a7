import functools
from concurrent.futures import ProcessPoolExecutor


def scaled(scale, x):
    return x * scale


if __name__ == "__main__":
    scale = 2.5
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(functools.partial(scaled, scale), [1, 2, 4])))
