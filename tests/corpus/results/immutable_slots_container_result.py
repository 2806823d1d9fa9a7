# runtime: fork=hang spawn=hang forkserver=hang
# summary: the worker returns an immutable container whose __setattr__ raises; its class has __slots__ and no pickling hooks, so the parent's result handler fails to restore the slot with setattr and the pool never delivers the results (dry-python/returns 202)
import multiprocessing


class ImmutableStateError(AttributeError):
    pass


class BaseContainer:
    __slots__ = ("_inner_value",)

    def __init__(self, inner_value):
        object.__setattr__(self, "_inner_value", inner_value)

    def __setattr__(self, name, value):
        raise ImmutableStateError()


class Success(BaseContainer):
    __slots__ = ()

    def unwrap(self):
        return self._inner_value


def wrap(data):
    return Success(data)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print([r.unwrap() for r in pool.map(wrap, ["a", "b"])])  # [PKL007]
