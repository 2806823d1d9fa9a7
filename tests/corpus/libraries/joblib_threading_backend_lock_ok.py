# runtime: fork=ok spawn=ok forkserver=ok
# summary: the threading backend, prefer="threads" and n_jobs=1 keep tasks in this process: a lock is fine
import threading

from joblib import Parallel, delayed


def work(lock, x):
    with lock:
        return x + 1


if __name__ == "__main__":
    lock = threading.Lock()
    print(Parallel(n_jobs=2, backend="threading")(delayed(work)(lock, i) for i in range(3)))
    print(Parallel(n_jobs=2, prefer="threads")(delayed(work)(lock, i) for i in range(3)))
    print(Parallel(n_jobs=1)(delayed(work)(lock, i) for i in range(3)))
