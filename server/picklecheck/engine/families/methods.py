"""Bound methods of objects pickle rejects: `pool.map(out.write, lines)`,
`executor.submit(conn.execute, sql)`. Pickling a bound method pickles the object it is bound
to, so it fails as the object does.

astroid cannot infer the methods of C types (an open file, a sqlite3 connection), so whether
`x.name` is a method is read from the runtime type pickle's error names: a routine of that
class is a method, a data descriptor (`handle.name`, `handle.closed`) is not. Only standard
library modules that define the types of unpicklable.toml are imported for this, never the
user's code.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import sys
import types

from picklecheck.engine import knowledge as kb
from picklecheck.engine.knowledge import Unpicklable

_ERROR_TYPE = re.compile(r"cannot pickle '([\w.]+)' object")
_ROUTINES = (
    types.MethodDescriptorType,
    types.WrapperDescriptorType,
    types.BuiltinFunctionType,
    types.FunctionType,
)


def method_result(error: str, name: str) -> Unpicklable | None:
    """What method `name` of the type pickle's `error` rejects returns, when that is known
    to be rejected too (`conn.execute(sql)` of a sqlite3 connection: a Cursor)."""
    type_name = _rejected_type(error)
    return kb.UNPICKLABLE_METHOD_RESULTS.get(f"{type_name}.{name}") if type_name else None


def attribute_of_rejected(error: str, name: str) -> Unpicklable | None:
    """What attribute `name` of the type pickle's `error` rejects holds, when that is known
    to be rejected too (`reader.dialect` of a csv reader: a Dialect)."""
    type_name = _rejected_type(error)
    return kb.UNPICKLABLE_ATTRIBUTES.get(f"{type_name}.{name}") if type_name else None


def _rejected_type(error: str) -> str | None:
    """The type pickle's error names, or the one its kind declares (an event loop)."""
    match = _ERROR_TYPE.search(error)
    return match.group(1) if match else kb.TYPES_BY_ERROR.get(error)


def is_method_of_rejected(error: str, name: str) -> bool:
    """`name` is a method of the type that pickle's `error` says it cannot pickle."""
    match = _ERROR_TYPE.search(error)
    runtime_type = _runtime_type(match.group(1)) if match else None
    if runtime_type is None or name.startswith("__"):
        return False
    try:
        found = inspect.getattr_static(runtime_type, name)
    except AttributeError:
        return False
    return isinstance(found, _ROUTINES)


@functools.cache
def _runtime_type(dotted: str) -> type | None:
    module_name, _, class_name = dotted.rpartition(".")
    if module_name.split(".")[0] not in _MODULES:
        return None
    try:
        found = getattr(importlib.import_module(module_name), class_name, None)
    except ImportError:
        return None
    return found if isinstance(found, type) else None


# The modules of the C types pickle rejects whose methods users pass around (files, database
# connections, compressors, hashes, locks): standard library, no side effects on import.
_MODULES = frozenset(
    name
    for name in (
        *("_io", "io", "sqlite3", "_thread", "zlib", "bz2", "lzma", "_hashlib", "select"),
        *("_contextvars", "_socket", "mmap", "_ssl", "_csv"),
    )
    if name in sys.stdlib_module_names
)
