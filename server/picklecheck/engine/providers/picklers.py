"""What each pickler accepts that the standard library's pickle rejects.

The judge (`values.py`) answers for plain pickle. A provider whose pickler copies more drops
the problems that pickler is known to handle; every rule here was checked by running the
libraries (tests/corpus/libraries executes a program per rule):

- cloudpickle (joblib's default loky backend) copies lambdas, local functions and classes and
  definitions of the `__main__` module by value, and re-opens text files opened for reading.
  Locks, binary or write-mode files, sqlite connections, generators and multiprocessing
  primitives still fail.
- dill (multiprocess, pathos) also copies code by value, and copies locks and open files too.
  Only what dill is known to reject is kept: generators, sqlite connections, pool objects and
  multiprocessing primitives, and exceptions `cls(*args)` cannot rebuild (dill rebuilds them
  the same way). Anything else is silent (precision before recall).
- a subinterpreter (InterpreterPoolExecutor, Python 3.14, not executable here): only lambdas
  and local functions and classes, which no interpreter can find by name.
"""

from __future__ import annotations

import enum
from typing import Protocol

from astroid import nodes

from picklecheck.engine import rules
from picklecheck.engine.flow.syntax import syntactic_names
from picklecheck.engine.tree_memo import nodes_in


class Pickler(enum.Enum):
    PICKLE = "pickle"
    CLOUDPICKLE = "cloudpickle"
    DILL = "dill"
    # pickle into another interpreter of the same process (3.14's InterpreterPoolExecutor):
    # modelled from the documentation only, so only failures by name are kept.
    SUBINTERPRETER = "pickle (subinterpreter)"


class _Judged(Protocol):
    """The parts of a judge's Problem a pickler decides on."""

    @property
    def code(self) -> str: ...
    @property
    def error(self) -> str: ...
    @property
    def by_name(self) -> bool: ...
    @property
    def fails_rebuilding(self) -> bool: ...


# cloudpickle re-opens a text file when it was opened for reading; the mode is not known here.
_CLOUDPICKLE_COPIES = ("'_io.TextIOWrapper'",)
# What dill refuses too, by the error text (each checked by pickling one with dill).
_DILL_REJECTS = (
    "'generator'",
    "'sqlite3.Connection'",
    "'sqlite3.Cursor'",
    "pool objects cannot be passed",
    "'SSLContext'",
    "'select.epoll'",
    "'select.poll'",
    "'re.Match'",
    "'_hashlib.HASH'",
    "'zlib.",
    "'_json.Scanner'",
    "'decimal.ContextManager'",
    "'_sre.SRE_Scanner'",
    "'frame'",
    "memoryview objects",
    "'_tkinter.tkapp'",
    "'_cffi_backend.__CDataOwn'",
    "'_cffi_backend._CDataBase'",
    "ctypes objects containing pointers",
    # an array of a ctypes type made on the fly: dill cannot pickle its metaclass either
    # (`Can't pickle <class '_ctypes.PyCArrayType'>`)
    "_Array_",
    # a multiprocessing primitive (its own or the standard library's) kept inside an object:
    # its `__getstate__` refuses any pickler outside spawning
    "should only be shared between processes through inheritance",
)


def accepts(pickler: Pickler, problem: _Judged) -> bool:
    """Whether `pickler` serialises the value the judge found unpicklable by plain pickle."""
    if pickler is Pickler.PICKLE:
        return False
    if pickler is Pickler.SUBINTERPRETER:
        return not (problem.by_name and problem.code in (rules.PKL001.code, rules.PKL002.code))
    if problem.by_name:
        return True
    if pickler is Pickler.CLOUDPICKLE:
        # an exception that cannot be rebuilt from its `args` fails as with pickle: loky's
        # parent "failed to un-serialize" the worker's result (data-validation 99)
        return any(t in problem.error for t in _CLOUDPICKLE_COPIES)
    if problem.fails_rebuilding:
        return False  # dill rebuilds an exception from its `args` as pickle does
    return problem.code != rules.PKL006.code and not any(
        text in problem.error for text in _DILL_REJECTS
    )


# cloudpickle's output loads with plain pickle (in a spawned child too): only dill is modelled.
_PATCHING_DUMPS = {"dill.dumps": Pickler.DILL, "dill._dill.dumps": Pickler.DILL}

# What a spawned child, loading with plain pickle, says of a stream dill copied code into.
DILL_STREAM_IN_PLAIN_CHILD = (
    "ModuleNotFoundError: No module named '__builtin__' (in a spawned child, which loads the "
    "dill stream with plain pickle)"
)


def patched_forking_pickler(module: nodes.Module) -> Pickler | None:
    """`ForkingPickler.dumps = dill.dumps` in the module (FABulous 572): the parent's
    multiprocessing then pickles with dill, and a forked child loads with the patched
    `loads` too; a spawned child starts with plain pickle, which cannot load what dill
    copied by value, so there the failure stays (`DILL_STREAM_IN_PLAIN_CHILD`)."""
    for target in nodes_in(module, nodes.AssignAttr):
        if target.attrname != "dumps" or not _names_forking_pickler(target.expr):
            continue
        statement = target.parent
        value = statement.value if isinstance(statement, nodes.Assign) else None
        for name in syntactic_names(value) if value is not None else ():
            if name in _PATCHING_DUMPS:
                return _PATCHING_DUMPS[name]
    return None


def _names_forking_pickler(expr: nodes.NodeNG) -> bool:
    spelled = syntactic_names(expr)
    return any(name.endswith(".ForkingPickler") for name in spelled)
