# runtime: fork=ok spawn=ok forkserver=ok
# summary: `lock, *names = [threading.Lock(), ...]`: only the first target holds the lock, the rest are strings that map fine
import multiprocessing
import threading


def shout(name):
    return name.upper()


if __name__ == "__main__":
    lock, *names = [threading.Lock(), "ada", "grace"]
    with lock:
        with multiprocessing.Pool(2) as pool:
            print(pool.map(shout, names))
