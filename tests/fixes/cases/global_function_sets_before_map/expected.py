# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'NoneType' object is not iterable
# summary: the fitting function stores its inputs in a module global (`global inputs`) right before mapping the E-step over a pool; the spawned workers see the import-time None (pyBKT issue 11, reproduced blind)
# fix: PKL016 Set
import multiprocessing

inputs = None


def partial_sum(bounds):
    low, high = bounds
    return sum(value for index, value in enumerate(inputs) if low <= index < high)


def install_inputs(value):
    global inputs
    inputs = value


def fit(data):
    global inputs
    inputs = list(data)
    chunks = [(0, 2), (2, 4)]
    with multiprocessing.Pool(
        2, initializer=install_inputs, initargs=(inputs,)
    ) as pool:
        return sum(pool.map(partial_sum, chunks))


if __name__ == "__main__":
    print(fit([1, 2, 3, 4]))
