# runtime: fork=ok spawn=ok forkserver=ok
# summary: an exception passing every __init__ argument to super() round-trips and is caught
import multiprocessing


class RecordError(Exception):
    def __init__(self, record, reason):
        super().__init__(record, reason)
        self.record = record
        self.reason = reason


def check(record):
    raise RecordError(record, "bad")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, [1])
        except RecordError as error:
            print("caught", error.record, error.reason)
