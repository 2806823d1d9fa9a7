# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.square
# summary: a decorator class binds the module name to its instance; the original function inside it no longer matches its own name
import multiprocessing


class Counted:
    def __init__(self, function):
        self.function = function
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.function(*args)


@Counted
def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(3)))  # [PKL014]
