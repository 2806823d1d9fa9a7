# runtime: fork=ok spawn=ok forkserver=ok
# summary: list(range(2000)) bound with functools.partial is copied into every map chunk
import functools
import multiprocessing


def count_multiples(numbers, k):
    return k, len([n for n in numbers if n % k == 0])


if __name__ == "__main__":
    numbers = list(range(2_000))
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(count_multiples, numbers), [3, 7, 11]))  # [PKL013]
