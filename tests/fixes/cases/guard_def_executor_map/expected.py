# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'cube' on <module '__mp_main__'
# summary: a spawned child imports the script without running the guard, so `cube` is missing
# fix: PKL003 Move `cube` out
from concurrent.futures import ProcessPoolExecutor


def cube(x):
    return x**3


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(cube, range(5))))
