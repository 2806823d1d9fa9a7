# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Transforms.<lambda> on __main__ failed
# summary: a class body binds a list of lambdas; the list itself is mapped over by a Pool, which pickles each lambda by its name `Transforms.<lambda>` under every start method
from multiprocessing import Pool


class Transforms:
    steps = [lambda x: x + 1, lambda x: x * 2]


def apply(step):
    return step(3)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(apply, Transforms.steps))  # [PKL001]
