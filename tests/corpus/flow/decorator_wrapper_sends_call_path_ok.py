# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: an isolating decorator's wrapper runs the call in a child Process and passes it the call's *args and **kwargs; the call passes only the log file's path, opened in the child
import multiprocessing
import os
import tempfile


def isolated(timeout):
    def decorate(func):
        def wrapper(*args, **kwargs):
            child = multiprocessing.Process(target=_run, args=(func.__name__, args, kwargs))
            child.start()
            child.join(timeout)
            if child.exitcode:
                raise SystemExit(child.exitcode)

        return wrapper

    return decorate


def _run(name, args, kwargs):
    globals()[name].__wrapped_original__(*args, **kwargs)


@isolated(timeout=20)
def summarize(path, log_path=None):
    with open(log_path, "a") as log:
        print("summarized", os.path.basename(path), file=log)


summarize.__wrapped_original__ = None  # set below, once the original is known


def _original(path, log_path=None):
    with open(log_path, "a") as log:
        print("summarized", os.path.basename(path), file=log)


summarize.__wrapped_original__ = _original


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        summarize("data.csv", log_path=os.path.join(folder, "run.log"))
    print("finished")
