# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a threading.Event in Pool initargs becomes a multiprocessing.Event shared with the workers
# fix: PKL004 Use multiprocessing.Event()
from multiprocessing import Event, Pool

stop = None


def init(event):
    global stop
    stop = event


def poll(n):
    return n, stop.is_set()


if __name__ == "__main__":
    event = Event()
    event.set()
    with Pool(2, initializer=init, initargs=(event,)) as pool:
        print(pool.map(poll, range(3)))
