# runtime: fork=ok spawn=error forkserver=error
# error-contains: it's not the same object as __main__.handle
# summary: a handler list captured the first 'handle'; a later def of the same name means pickling the listed function finds another object under its name
import multiprocessing


def handle(x):
    return x + 1


HANDLERS = [handle]


def handle(x):  # noqa: F811  (newer version)
    return x + 100


def run_all(value):
    for handler in HANDLERS:
        worker = multiprocessing.Process(target=handler, args=(value,))  # [PKL014]
        worker.start()
        worker.join(timeout=10)
        print(handler.__name__, worker.exitcode)


if __name__ == "__main__":
    run_all(1)
