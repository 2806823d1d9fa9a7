# runtime: fork=ok spawn=ok forkserver=ok
# summary: a plain @dataclass(frozen=True) (no slots, not an exception) returned by executor workers: unpickling fills its __dict__ without calling the frozen __setattr__
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class ExecuteResult:
    term: str
    code: int


def execute(term):
    if term.startswith("#"):
        return ExecuteResult("cannot parse " + term, -32002)
    return ExecuteResult(term.upper(), 0)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(execute, ["#bad", "ok"])))
