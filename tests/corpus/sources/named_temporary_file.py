# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedRandom' object
# summary: tempfile.NamedTemporaryFile wraps an open file and cannot be sent
import multiprocessing
import tempfile


def name(handle):
    return handle.name


if __name__ == "__main__":
    with tempfile.NamedTemporaryFile() as handle:
        with multiprocessing.Pool(2) as pool:
            print(pool.apply(name, (handle,)))  # [PKL004]
