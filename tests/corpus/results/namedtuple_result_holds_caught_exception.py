# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required keyword-only argument: 'activity'
# summary: the worker returns `Result(value, error, traceback)` (a functional namedtuple) with the exception it caught; the exception's __init__ requires a keyword-only argument its args lack, so the parent cannot unpickle the result (autokitteh 1072)
from collections import namedtuple
from concurrent.futures import ProcessPoolExecutor

Result = namedtuple("Result", "value error traceback")


class ActivityError(Exception):
    def __init__(self, message, *, activity):
        super().__init__(message)
        self.activity = activity


def run_activity(name, payload):
    try:
        if payload < 0:
            raise ActivityError(f"negative payload {payload}", activity=name)
        return Result(payload * 2, None, None)
    except ActivityError as err:
        return Result(None, err, f"traceback of {name}")


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        results = [executor.submit(run_activity, "double", n) for n in (21, -1)]  # [PKL007]
        print([(r.result(timeout=30).value, r.result(timeout=30).error) for r in results])
