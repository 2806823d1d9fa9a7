# runtime: fork=ok spawn=ok forkserver=ok
# summary: dill copies a threading.Lock (a new lock in the child) where pickle fails: a multiprocess.Process runs fine
import threading

from multiprocess import Process


def work(lock, name):
    with lock:
        print(name)


if __name__ == "__main__":
    process = Process(target=work, args=(threading.Lock(), "child"))
    process.start()
    process.join()
    print("exit", process.exitcode)
