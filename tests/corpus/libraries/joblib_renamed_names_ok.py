# runtime: fork=ok spawn=ok forkserver=ok
# summary: joblib's loky backend pickles with cloudpickle, which pickles by value what its name does not lead back to: a renamed functools.wraps wrapper, a member of Enum("JobStatus") bound to Status, a partial rebinding its function's name
import enum
import functools

from joblib import Parallel, delayed

Status = enum.Enum("JobStatus", ["QUEUED", "DONE"])


def memo(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(text):
        if text not in cache:
            cache[text] = func(text)
        return cache[text]

    return wrapper


def parse(text):
    return text.split(",")


fast_parse = memo(parse)


def score(value, weight):
    return (value * weight, Status.DONE.name)


score = functools.partial(score, weight=2)


if __name__ == "__main__":
    parallel = Parallel(n_jobs=2)
    print(parallel(delayed(fast_parse)(text) for text in ["a,b", "c"]))
    print(parallel(delayed(score)(value) for value in [1, 2]))
    print(parallel(delayed(str)(status) for status in [Status.DONE]))
