# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'message'
# summary: the worker calls unwrap() on an Ok-or-Err object; Err.unwrap raises UnwrapError(result, message), whose __init__ passes only the message to Exception, so the parent cannot rebuild it
from concurrent.futures import ProcessPoolExecutor


class UnwrapError(Exception):
    def __init__(self, result, message):
        self.result = result
        super().__init__(message)


class Ok:
    def __init__(self, value):
        self.value = value

    def unwrap(self):
        return self.value


class Err:
    def __init__(self, error):
        self.error = error

    def unwrap(self):
        raise UnwrapError(self, f"called unwrap on an error: {self.error}")


def anonymise(page):
    outcome = Ok(page.upper()) if page != "p2" else Err("no text layer")
    return outcome.unwrap()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(anonymise, page) for page in ("p1", "p2")]  # [PKL008]
        print([future.result(timeout=20) for future in futures])
