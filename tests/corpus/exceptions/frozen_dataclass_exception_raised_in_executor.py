# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot assign to field
# summary: a @dataclass(frozen=True) exception whose __init__ sets its fields with object.__setattr__, raised in a ProcessPoolExecutor worker: the frozen __setattr__ refuses the attributes set when it is sent back (pyk PR 527), BrokenProcessPool
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class KoreClientError(Exception):
    message: str
    code: int

    def __init__(self, message, code):
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "code", code)
        super().__init__(message)


def execute(term):
    if term.startswith("#"):
        raise KoreClientError("cannot parse " + term, -32002)
    return term.upper()


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(execute, "#bad")  # [PKL005]
        try:
            print(future.result())
        except KoreClientError as exc:
            print("kore error", exc.code)
