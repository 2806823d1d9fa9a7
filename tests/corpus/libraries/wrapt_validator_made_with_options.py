# runtime: fork=error spawn=error forkserver=error
# error-contains: object proxy must define __reduce__
# summary: a type-checking decorator builds its checker with `@wrapt.decorator(enabled=enabled)` inside itself and returns it applied (`@runtime_validation`) or as the decorator (`@runtime_validation(enabled=...)`); the task is a wrapt FunctionWrapper the executor cannot pickle (enforce 42)
from concurrent.futures import ProcessPoolExecutor

import wrapt


def runtime_validation(data=None, *, enabled=True):
    @wrapt.decorator(enabled=enabled)
    def checked(wrapped, instance, args, kwargs):
        hints = wrapped.__annotations__
        for name, value in zip(wrapped.__code__.co_varnames, args):
            if name in hints and not isinstance(value, hints[name]):
                raise TypeError(f"argument {name!r} is not a {hints[name].__name__}")
        return wrapped(*args, **kwargs)

    if data is not None:
        return checked(data)
    return checked


@runtime_validation
def score(widget_id: int) -> int:
    return widget_id * 4


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(score, range(4))))  # [PKL004]
