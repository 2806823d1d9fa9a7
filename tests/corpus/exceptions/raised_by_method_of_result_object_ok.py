# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: UnwrapError hands both of its arguments to Exception, so args rebuilds it in the parent, which catches it
from concurrent.futures import ProcessPoolExecutor


class UnwrapError(Exception):
    def __init__(self, result, message):
        self.result = result
        super().__init__(result, message)


class Err:
    def __init__(self, error):
        self.error = error

    def unwrap(self):
        raise UnwrapError(self.error, f"called unwrap on an error: {self.error}")


def anonymise(page):
    return Err("no text layer").unwrap()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        future = pool.submit(anonymise, "p2")
        try:
            future.result(timeout=20)
        except UnwrapError as error:
            print("failed:", error.result)
