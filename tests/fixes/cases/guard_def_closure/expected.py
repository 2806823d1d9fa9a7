# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'scaled'
# summary: the moved function reads `scale`, set under the guard, so it becomes a partial argument
# fix: PKL003 Move `scaled` out
import functools
from concurrent.futures import ProcessPoolExecutor


def scaled_impl(scale, x):
    return x * scale


if __name__ == "__main__":
    scale = 2.5

    scaled = functools.partial(scaled_impl, scale)

    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(scaled, [1, 2, 4])))
