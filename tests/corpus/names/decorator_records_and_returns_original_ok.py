# runtime: fork=ok spawn=ok forkserver=ok
# summary: a decorator that only records the function and gives it back unchanged; a later call runs the recorded function in a Process: the module name still holds the very function, so pickling it by name works everywhere
import multiprocessing

LIMITS = {}


def _run(results, function, args):
    results.put(function(*args))


def time_limit(seconds):
    def decorate(function):
        LIMITS[function.__name__] = (function, seconds)
        return function

    return decorate


def run_limited(name, *args):
    function, seconds = LIMITS[name]
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=_run, args=(results, function, args))
    child.start()
    try:
        return results.get(timeout=seconds)
    finally:
        child.join(seconds)


@time_limit(20)
def checksum(text):
    return sum(map(ord, text)) % 251


if __name__ == "__main__":
    print(run_limited("checksum", "picklecheck"))
