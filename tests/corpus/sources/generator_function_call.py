# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: calling a generator function yields a generator, which cannot be a task argument
import multiprocessing


def numbers():
    yield from range(3)


def total(values):
    return sum(values)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(total, (numbers(),)))  # [PKL004]
