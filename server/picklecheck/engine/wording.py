"""The runtime error as the target Python words it.

Problems quote the error as Python 3.11 prints it; a finding quotes what the user's target
version prints, so that the message matches the traceback they will search for. Checked by
running 3.11.7, 3.12.1 and 3.13.0; 3.14 from its documented changes (gh-122311 unified the
messages of pickle's lookup failures).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_IO_OBJECT = re.compile(r"cannot pickle '_io\.(\w+)' object")
_LOCAL_OBJECT = re.compile(r"AttributeError: Can't pickle local object")
_LOOKUP_FAILED = re.compile(r"attribute lookup (\S+) on (\S+) failed")
_MADE_IN_TYPES = re.compile(r"<class 'types\.(\w+)'>: attribute lookup \1 on types")

Rewrite = Callable[[str], str]


def _io_instances(error: str) -> str:
    # 3.12: io objects refuse pickling in their own __reduce_ex__
    return _IO_OBJECT.sub(r"cannot pickle '\1' instances", error)


def _maker_module(error: str) -> str:
    # 3.12: make_dataclass() sets the class's __module__ to its caller's, not `types`
    return _MADE_IN_TYPES.sub(r"<class '__main__.\1'>: attribute lookup \1 on __main__", error)


def _get_local_object(error: str) -> str:
    # 3.13 (and 3.12.5+): pickle reports the failed lookup of a local object
    return _LOCAL_OBJECT.sub("AttributeError: Can't get local object", error)


def _unified_lookup(error: str) -> str:
    # 3.14: a lookup failure is a PicklingError naming where the object was looked for
    error = error.replace(
        "AttributeError: Can't get local object", "PicklingError: Can't pickle local object"
    )
    return _LOOKUP_FAILED.sub(r"it's not found as \2.\1", error)


_SINCE: tuple[tuple[tuple[int, int], Rewrite], ...] = (
    ((3, 12), _io_instances),
    ((3, 12), _maker_module),
    ((3, 13), _get_local_object),
    ((3, 14), _unified_lookup),
)


def worded_for(error: str, target: tuple[int, int]) -> str:
    """`error` (3.11's wording) as Python `target` prints it."""
    for since, rewrite in _SINCE:
        if target >= since:
            error = rewrite(error)
    return error
