# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.work'
# summary: a nested function reading a local is lifted; the local is bound with functools.partial
# fix: PKL002 Move the local function
import functools
import multiprocessing


def work_impl(factor, x):
    return x * factor


def main():
    factor = 4

    work = functools.partial(work_impl, factor)

    with multiprocessing.Pool(2) as pool:
        print(pool.map(work, range(6)))


if __name__ == "__main__":
    main()
