# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: a bare `Event()` imported from multiprocessing becomes `manager.Event()` of a Manager()
# fix: PKL006 Create the Event through a Manager()
from multiprocessing import Event, Manager, Pool


def check(event, n):
    return event.is_set(), n


if __name__ == "__main__":
    with Manager() as manager:
        event = manager.Event()
        event.set()
        with Pool(2) as pool:
            print(pool.starmap(check, [(event, 1), (event, 2)]))
