import multiprocessing

ready = None


def init(event):
    global ready
    ready = event


def wait_for():
    return ready.wait(timeout=5)


if __name__ == "__main__":
    event = multiprocessing.Event()
    event.set()
    with multiprocessing.Pool(1, initializer=init, initargs=(event,)) as pool:
        print(pool.apply(wait_for))
