# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: dill cannot pickle a generator either: a task item holding one fails in multiprocess
import multiprocess as mp


def total(numbers):
    return sum(numbers)


if __name__ == "__main__":
    batches = [(n * n for n in range(k)) for k in range(3)]
    with mp.Pool(2) as pool:
        print(pool.map(total, batches))  # [PKL004]
