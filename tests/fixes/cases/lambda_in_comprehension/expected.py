# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <listcomp>.<lambda>
# summary: a lambda reading the comprehension variable gets it bound with functools.partial
# fix: PKL001 Lift the lambda
import functools
import multiprocessing


def i_times_i(i):
    return i * i


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(functools.partial(i_times_i, i)) for i in range(4)]
        print([result.get(timeout=10) for result in results])
