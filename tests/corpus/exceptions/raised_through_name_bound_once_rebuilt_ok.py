# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same `exc = UnwrapError(self, message)` raised by name, but the exception hands both its arguments to Exception, so the parent rebuilds it and catches it
from concurrent.futures import ProcessPoolExecutor


class UnwrapError(Exception):
    def __init__(self, result, message):
        self.result = result
        super().__init__(result, message)


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
        try:
            print(list(pool.map(page_count, ["a.pdf", "b.txt"])))
        except UnwrapError as error:
            print("not unwrapped:", error.args[1])
