# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a helper calls the factory it is given; the lambda passed for it builds a batch holding a list, which pickles
from concurrent.futures import ProcessPoolExecutor


class Batch:
    def __init__(self, rows):
        self.rows = rows


def build(factory, retries=2):
    for _attempt in range(retries):
        batch = factory()
        if batch is not None:
            return batch
    raise RuntimeError("no batch")


def total(batch):
    return sum(batch.rows)


if __name__ == "__main__":
    numbers = [1, 2, 3]
    batch = build(lambda: Batch([n * n for n in numbers]))
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(total, batch).result())
