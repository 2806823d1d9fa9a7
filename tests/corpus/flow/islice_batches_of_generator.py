# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a helper cuts one generator into itertools.islice batches; each islice keeps the generator, and the pool pickles every batch
import itertools
import multiprocessing


def read_numbers(n):
    for i in range(n):
        yield i * i


def batches(stream, size, count):
    return [itertools.islice(stream, size) for _ in range(count)]


def batch_sum(batch):
    return sum(batch)


if __name__ == "__main__":
    work = batches(read_numbers(12), 4, 3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(batch_sum, work))  # [PKL004]
