import multiprocessing


class RecordError(Exception):
    def __init__(self, record, reason):
        super().__init__(record, reason)
        self.record = record
        self.reason = reason

    def __str__(self):
        return f"{self.record}: {self.reason}"


def check(record):
    raise RecordError(record, "bad")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.map_async(check, [7])
        try:
            result.get(timeout=2)
        except RecordError as error:
            print("caught", error, error.record)
