# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a concurrent.futures.Future holds a Condition; it cannot be a task argument
from concurrent.futures import Future, ProcessPoolExecutor


def done(future):
    return future.done()


if __name__ == "__main__":
    pending = Future()
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(done, pending).result())  # [PKL004]
