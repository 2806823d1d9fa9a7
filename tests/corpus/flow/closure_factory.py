# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a closure returned by a factory function is a local object
import multiprocessing


def make_scaler(factor):
    def scale(x):
        return x * factor

    return scale


if __name__ == "__main__":
    scale = make_scaler(3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, range(3)))  # [PKL002]
