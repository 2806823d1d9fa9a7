# runtime: fork=error spawn=error forkserver=error
# error-contains: lambda
# summary: a factory with a guard clause (`if kind == "shift": return lambda ...`, then `return abs`) is called with "shift": the guard's return is taken, so the task carries the lambda (an API-auth helper returning its error object early, octoprint-nanny-plugin issue 70, generalised)
import multiprocessing


def make_transform(kind):
    if kind == "shift":
        return lambda value: value + 1
    return abs


def apply(pair):
    transform, value = pair
    return transform(value)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(apply, [(make_transform("shift"), -3)]))  # [PKL001]
