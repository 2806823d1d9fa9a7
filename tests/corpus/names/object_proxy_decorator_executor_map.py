# runtime: fork=error spawn=error forkserver=error
# error-contains: object proxy must define __reduce_ex__()
# summary: a validation decorator returns FunctionProxy(fn, validate), a wrapt-style object proxy whose base's __reduce_ex__ raises NotImplementedError; the decorated function goes to ProcessPoolExecutor.map (enforce 42)
from concurrent.futures import ProcessPoolExecutor


class ObjectProxy:
    def __init__(self, wrapped):
        object.__setattr__(self, "__wrapped__", wrapped)

    def __getattr__(self, name):
        if name == "__wrapped__":
            raise AttributeError(name)
        return getattr(self.__wrapped__, name)

    def __reduce_ex__(self, protocol):
        raise NotImplementedError("object proxy must define __reduce_ex__()")


class FunctionProxy(ObjectProxy):
    def __init__(self, wrapped, validate):
        super().__init__(wrapped)
        object.__setattr__(self, "_self_validate", validate)

    def __call__(self, *args, **kwargs):
        self._self_validate(args)
        return self.__wrapped__(*args, **kwargs)


def check_ints(args):
    if not all(isinstance(arg, int) for arg in args):
        raise TypeError("expected int arguments")


def runtime_validation(fn):
    return FunctionProxy(fn, check_ints)


@runtime_validation
def square(x):
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(square, [1, 2, 3])))  # [PKL005]
