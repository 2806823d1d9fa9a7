# runtime: fork=ok spawn=ok forkserver=ok
# summary: @dataclass(frozen=True, slots=True) makes its own __getstate__/__setstate__ that set the slots with object.__setattr__, so the items rebuild in the executor worker
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True, slots=True)
class ParsedRequirement:
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
        print(list(executor.map(describe, parsed)))
