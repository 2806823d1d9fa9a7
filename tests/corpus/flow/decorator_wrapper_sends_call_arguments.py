# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: an isolating decorator's wrapper runs the call in a child Process and passes it the call's *args and **kwargs; a call passes an open log file by keyword
import multiprocessing
import os
import tempfile


def isolated(timeout):
    def decorate(func):
        def wrapper(*args, **kwargs):
            child = multiprocessing.Process(target=_run, args=(func.__name__, args, kwargs))  # [PKL004]
            child.start()
            child.join(timeout)
            if child.exitcode:
                raise SystemExit(child.exitcode)

        return wrapper

    return decorate


def _run(name, args, kwargs):
    globals()[name].__wrapped_original__(*args, **kwargs)


@isolated(timeout=20)
def summarize(path, log=None):
    print("summarized", os.path.basename(path), file=log)


summarize.__wrapped_original__ = None  # set below, once the original is known


def _original(path, log=None):
    print("summarized", os.path.basename(path), file=log)


summarize.__wrapped_original__ = _original


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "run.log"), "w") as log:
            summarize("data.csv", log=log)
    print("finished")
