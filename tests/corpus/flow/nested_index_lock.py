# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: `jobs[0][1]` reads the lock a (name, lock) pair keeps; Process args pickle it under every start method once the process starts
import multiprocessing
import threading


def work(name, guard):
    with guard:
        print(name)


if __name__ == "__main__":
    jobs = [("first", threading.Lock()), ("second", threading.Lock())]
    worker = multiprocessing.get_context("spawn").Process(
        target=work, args=(jobs[0][0], jobs[0][1])  # [PKL004]
    )
    worker.start()
    worker.join()
    print(worker.exitcode)
