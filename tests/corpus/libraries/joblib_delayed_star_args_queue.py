# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: argument tuples holding a queue.Queue, unpacked into each task with delayed(f)(*args): loky cannot pickle the queue's lock
import queue

from joblib import Parallel, delayed


def consume(index, progress):
    progress.put(index)
    return index * 2


if __name__ == "__main__":
    progress = queue.Queue()
    argument_list = [(i, progress) for i in range(4)]
    print(Parallel(n_jobs=2)(delayed(consume)(*args) for args in argument_list))  # [PKL004]
