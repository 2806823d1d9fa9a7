# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument
# summary: a worker exception that passes only a message to super() cannot be unpickled
# fix: PKL008 Add `__reduce__`
import multiprocessing


class RecordError(Exception):
    def __init__(self, record, reason):
        self.reason = reason
        super().__init__(f"{record}: {reason}")
        self.record = record

    def __reduce__(self):
        # pickle would rebuild it as RecordError(*self.args), which __init__ does not take
        return type(self), (self.record, self.reason), self.__dict__


def check(record):
    raise RecordError(record, "bad")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.map_async(check, [7])
        try:
            result.get(timeout=2)
        except RecordError as error:
            print("caught", error, error.record)
