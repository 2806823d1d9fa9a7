# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a helper forwards **options to submit; the caller passes a generator expression as one of them
from concurrent.futures import ProcessPoolExecutor


def dispatch(executor, func, **options):
    return executor.submit(func, **options)  # [PKL004]


def total(values, scale):
    return sum(values) * scale


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        future = dispatch(executor, total, values=(n for n in range(5)), scale=2)
        print(future.result(timeout=10))
