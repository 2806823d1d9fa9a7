# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot assign to field
# summary: a @dataclass(frozen=True) with hand-written __slots__ (pip's ParsedRequirement): unpickling sets each slot with setattr and the frozen __setattr__ refuses it in the executor worker
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class ParsedRequirement:
    __slots__ = ("requirement", "is_editable", "comes_from", "constraint", "line_source")

    requirement: str
    is_editable: bool
    comes_from: str
    constraint: bool
    line_source: Optional[str]


def describe(parsed):
    return ("-e " if parsed.is_editable else "") + parsed.requirement


if __name__ == "__main__":
    parsed = [
        ParsedRequirement("requests>=2", False, "-r requirements.txt (line 1)", False, "line 1"),
        ParsedRequirement("./mypkg", True, "-r requirements.txt (line 2)", False, "line 2"),
    ]
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(describe, parsed)))  # [PKL005]
