# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'message'
# summary: a result type's `unwrap()` binds `exc = UnwrapError(self, message)` and raises `exc` (chained to the wrapped error when there is one); the exception hands only the message to Exception, so the executor's parent cannot rebuild it (result 200)
from concurrent.futures import ProcessPoolExecutor


class UnwrapError(Exception):
    def __init__(self, result, message):
        self.result = result
        super().__init__(message)


class Err:
    def __init__(self, value):
        self.value = value

    def unwrap(self):
        exc = UnwrapError(self, f"called unwrap() on an Err: {self.value!r}")
        if isinstance(self.value, BaseException):
            raise exc from self.value
        raise exc


class Ok:
    def __init__(self, value):
        self.value = value

    def unwrap(self):
        return self.value


def page_count(path):
    outcome = Ok(len(path)) if path.endswith(".pdf") else Err(f"not a pdf: {path}")
    return outcome.unwrap()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(page_count, ["a.pdf", "b.txt"])))  # [PKL008]
