# runtime: fork=ok spawn=ok forkserver=ok
# summary: the immutable container reduces itself to its class and inner value, so the parent rebuilds it through __init__ and never calls the raising __setattr__
import multiprocessing


class ImmutableStateError(AttributeError):
    pass


class BaseContainer:
    __slots__ = ("_inner_value",)

    def __init__(self, inner_value):
        object.__setattr__(self, "_inner_value", inner_value)

    def __setattr__(self, name, value):
        raise ImmutableStateError()

    def __reduce__(self):
        return (self.__class__, (self._inner_value,))


class Success(BaseContainer):
    __slots__ = ()

    def unwrap(self):
        return self._inner_value


def wrap(data):
    return Success(data)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print([r.unwrap() for r in pool.map(wrap, ["a", "b"])])
