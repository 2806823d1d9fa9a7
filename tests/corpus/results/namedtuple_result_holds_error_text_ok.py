# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker returns `Result(value, error, traceback)` (a functional namedtuple) with the caught exception's text, not the exception, so the result pickles back
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
        return Result(None, str(err), f"traceback of {name}")


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        results = [executor.submit(run_activity, "double", n) for n in (21, -1)]
        print([(r.result(timeout=30).value, r.result(timeout=30).error) for r in results])
