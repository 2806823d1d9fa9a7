# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: an Event passed as the only apply() argument is handed to the worker via initargs
# fix: PKL006 Hand the
import multiprocessing


worker_event = None


def init_worker(event):
    global worker_event
    worker_event = event


def wait_for():
    event = worker_event  # set in each worker process by init_worker
    return event.wait(timeout=5)


if __name__ == "__main__":
    event = multiprocessing.Event()
    event.set()
    with multiprocessing.Pool(1, initializer=init_worker, initargs=(event,)) as pool:
        print(pool.apply(wait_for))
