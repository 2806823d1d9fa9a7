# runtime: fork=ok spawn=ok forkserver=ok
# summary: `jobs[1][0]` reads the name of a (name, lock) pair, never the lock; the child makes a lock of its own
import multiprocessing
import threading


def work(name):
    guard = threading.Lock()
    with guard:
        print(name)


if __name__ == "__main__":
    jobs = [("first", threading.Lock()), ("second", threading.Lock())]
    worker = multiprocessing.Process(target=work, args=(jobs[1][0],))
    worker.start()
    worker.join()
    print(worker.exitcode)
