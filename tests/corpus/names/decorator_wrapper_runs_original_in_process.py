# runtime: fork=ok spawn=error forkserver=error
# error-contains: it's not the same object as __main__.checksum
# summary: a home-made time-limit decorator runs the original function in a Process from inside its functools.wraps wrapper; the module name `checksum` now holds the wrapper, so spawn/forkserver cannot pickle the original by name (timeout-decorator 43, reproduced blind)
import functools
import multiprocessing


def _run(results, function, args):
    results.put(function(*args))


def time_limit(seconds):
    def decorate(function):
        @functools.wraps(function)
        def limited(*args):
            results = multiprocessing.Queue()
            child = multiprocessing.Process(target=_run, args=(results, function, args))  # [PKL014]
            child.start()
            try:
                return results.get(timeout=seconds)
            finally:
                child.join(seconds)

        return limited

    return decorate


@time_limit(20)
def checksum(text):
    return sum(map(ord, text)) % 251


if __name__ == "__main__":
    print(checksum("picklecheck"))
