# runtime: fork=ok spawn=ok forkserver=ok
# summary: a worker catches its own badly-initialised exception and returns plain text
import multiprocessing


class RecordError(Exception):
    def __init__(self, record, reason):
        super().__init__(f"{record}: {reason}")


def check(record):
    try:
        raise RecordError(record, "bad")
    except RecordError as error:
        return str(error)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(check, [1, 2]))
