# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as
# summary: a class decorator makes an exception subclass display as its base (`cls.__qualname__ = cls.__base__.__qualname__`); the dataset's `__getitem__` raises it in a pool worker and the result cannot be pickled back
import multiprocessing


def _display_as_base(cls):
    cls.__name__ = cls.__base__.__name__
    cls.__qualname__ = cls.__base__.__qualname__
    return cls


class DecodeError(ValueError):
    def __init__(self, field):
        super().__init__(f"cannot decode {field!r}")
        self.field = field


@_display_as_base
class _MissingBoxError(DecodeError):
    pass


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
        print(pool.map(load, range(len(ANNOTATIONS))))  # [PKL008]
