# runtime: fork=ok spawn=ok forkserver=ok
# summary: the decorator changes only `__name__` (pickle finds classes by `__qualname__`), so the worker's exception travels back and the parent sees the real error, not a pickling one
import multiprocessing


def _display_as_base(cls):
    cls.__name__ = cls.__base__.__name__
    return cls


class DecodeError(ValueError):
    def __init__(self, field):
        super().__init__(f"cannot decode {field!r}")
        self.field = field


@_display_as_base
class _MissingBoxError(DecodeError):
    def __init__(self, field):
        super().__init__(field)


class Annotations:
    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, index):
        row = self.rows[index]
        if isinstance(row, str):
            raise _MissingBoxError("box")
        return sum(row)


ANNOTATIONS = Annotations([[0, 0, 4, 4], [1, 1, 2, 2], "12,4"])


def load(index):
    return ANNOTATIONS[index]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            print(pool.map(load, range(len(ANNOTATIONS))))
        except ValueError as error:  # the worker's own exception, rebuilt in the parent
            print("worker failed:", type(error).__name__, error)
