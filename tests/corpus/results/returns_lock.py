# runtime: fork=error spawn=error forkserver=error
# error-contains: Error sending result
# summary: a Pool worker returning a threading.Lock cannot send its result back
import multiprocessing
import threading


def make_lock(_):
    return threading.Lock()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(make_lock, range(2)))  # [PKL007]
