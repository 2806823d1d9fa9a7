"""The one guarded door to astroid inference.

astroid can recurse deeply, explode combinatorially or raise on odd input. Every inference in
picklecheck goes through `Facade`, which enforces a per-file time budget and a per-query step
budget and turns every failure into `None`: "unknown", which is never reported as an error.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any

import astroid
from astroid import nodes
from astroid.bases import Instance
from astroid.context import InferenceContext
from astroid.exceptions import AstroidError, UseInferenceDefault
from astroid.nodes import NodeNG as Node
from astroid.util import UninferableBase

from picklecheck.engine.astroid_build import (
    INFERENCE_TIPS,
    built_from,
    forget_build_guards,
    install_build_guards,
    loading_seconds,
    sharing_tree_of,
    spelled_name,
    syntactic_builder,
)
from picklecheck.engine.astroid_imports import install_load_guards
from picklecheck.engine.astroid_lazy import building_whole
from picklecheck.engine.cpu_clock import CpuDeadline
from picklecheck.engine.tree_memo import forget, nodes_in, remember, remembered


class BudgetExceeded(BaseException):
    """Raised inside astroid when a query runs out of steps or time.

    A BaseException so that astroid's own `except Exception` handlers cannot swallow it.
    """


# Budgets count this thread's CPU time, not wall time: a busy machine (or a parallel test run)
# must not turn known values into unknown ones, and the editor's analysis thread is what a
# budget protects.


class _StepCell(list[int]):
    """The shared counter astroid increments per inferred node; checks our budget on each step."""

    def __init__(self, facade: Facade) -> None:
        super().__init__([0])
        self._facade = facade

    def __setitem__(self, index: Any, value: Any) -> None:
        if value > self._facade.steps_per_query or self._facade.out_of_time():
            raise BudgetExceeded
        super().__setitem__(index, value)


class Facade:
    """Budgeted inference for one file's analysis."""

    def __init__(
        self,
        seconds: float,
        steps_per_query: int,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        # CPU time of this thread, less the time spent loading modules (see loading_seconds)
        self._clock = CpuDeadline(seconds, loading_seconds)
        self.steps_per_query = steps_per_query
        self.cancelled = cancelled  # an editor's "a newer text arrived": stop as if out of time
        self.budget_exceeded = 0
        self.unknown = 0
        self._memo: dict[int, list[Any] | None] = {}
        self._expired = False
        # Whether any part of the analysis was cut short (budget or cancellation), whoever
        # noticed: a loop that stops early counts as much as an inference that does.
        self.stopped = False

    def extend(self, seconds: float) -> None:
        """Move the deadline by `seconds` (a file with many boundaries earns more time); a
        budget already spent stays spent, since answers were already cut."""
        if not self._expired:
            self._clock.deadline += seconds

    def out_of_time(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            self.stopped = True
            return True
        self._expired = self._expired or self._clock.passed()
        self.stopped = self.stopped or self._expired
        return self._expired

    def infer(self, node: Node) -> list[Any] | None:
        """The known inferred values of `node`; None when nothing useful is known."""
        key = id(node)
        if key in self._memo:
            return self._memo[key]
        result = self._infer_uncached(node)
        self._memo[key] = result
        return result

    def _infer_uncached(self, node: Node) -> list[Any] | None:
        if self.out_of_time():
            self.budget_exceeded += 1
            return None
        context = InferenceContext(nodes_inferred=_StepCell(self))
        try:
            values = [v for v in node.infer(context=context) if not isinstance(v, UninferableBase)]
        except BudgetExceeded:
            self.budget_exceeded += 1
            return None
        except (AstroidError, RecursionError, StopIteration, AttributeError, TypeError, ValueError):
            self.unknown += 1
            return None
        except Exception:  # astroid bugs on odd code must not take the analysis down
            self.unknown += 1
            return None
        if not values:
            self.unknown += 1
            return None
        return values

    def ancestors(self, cls: nodes.ClassDef) -> list[nodes.ClassDef]:
        """Base classes, nearest first, without duplicates.

        astroid's `ClassDef.ancestors()` re-walks shared bases at every level, which is cubic on
        long diamond-shaped hierarchies; this walk visits each class once and remembers the
        answer for as long as the class node lives.
        """
        known: list[nodes.ClassDef] | None = remembered(cls, "ancestors")
        if known is not None:
            return known
        remember(cls, "ancestors", [])  # a cycle in the bases ends here
        found: dict[int, nodes.ClassDef] = {}
        for base in cls.bases:
            for value in self.infer(base) or []:
                if not isinstance(value, nodes.ClassDef) or value is cls:
                    continue
                found.setdefault(id(value), value)
                for ancestor in self.ancestors(value):
                    found.setdefault(id(ancestor), ancestor)
        result = list(found.values())
        if self.out_of_time():
            forget(cls, "ancestors")  # incomplete: do not remember
        else:
            remember(cls, "ancestors", result)
        return result

    def qualified_names(self, node: Node) -> set[str]:
        """Qualified names of what `node` infers to (functions, classes, methods, instances)."""
        names: set[str] = set()
        for value in self.infer(node) or []:
            name = qname_of(value)
            if name:
                names.add(name)
        return names

    def instance_qnames(self, node: Node) -> set[str]:
        """Qualified class names of the instances `node` evaluates to."""
        return {qname_of(v) for v in self.infer(node) or [] if isinstance(v, astroid.Instance)} - {
            ""
        }


def qname_of(value: Any) -> str:
    try:
        return str(value.qname())
    except Exception:
        return ""


# Modules every analysis infers into. Building them once, before any file's clock starts, keeps
# the first file of a run (cold astroid) from spending its budget on the standard library.
_WARM_MODULES = (
    "multiprocessing",
    "multiprocessing.context",
    "multiprocessing.pool",
    "multiprocessing.queues",
    "multiprocessing.connection",
    "multiprocessing.synchronize",
    "multiprocessing.sharedctypes",
    "multiprocessing.managers",
    "multiprocessing.process",
    "concurrent.futures",
    "concurrent.futures.process",
    "threading",
    "functools",
)
_warmed = [False]


def path_division(node: nodes.BinOp, context: InferenceContext | None = None) -> Iterator[Any]:
    """An inference tip (registered by astroid_build): `root / "masks"` is a path like `root`.
    astroid infers nothing for pathlib's `__truediv__` (its `object.__new__(cls)` is opaque),
    so `(root / "masks").iterdir()` and `(root / "a.bin").open("rb")` were unknown while
    `root.joinpath("masks")` was not. The clone shares the query's step counter."""
    left = list(node.left.infer(context=context.clone() if context else None))
    if left and all(isinstance(v, Instance) and v.qname().startswith("pathlib.") for v in left):
        return iter(left)
    raise UseInferenceDefault


INFERENCE_TIPS.append((nodes.BinOp, path_division, lambda node: node.op == "/"))


def warm_up() -> None:
    """Build the standard-library modules boundaries live in (once per process)."""
    if _warmed[0]:
        return
    _warmed[0] = True
    install_build_guards()  # the same cheap building as every later module gets
    for name in _WARM_MODULES:
        try:
            astroid.MANAGER.ast_from_module_name(name)
        except Exception:
            continue


@contextlib.contextmanager
def kept_in_module_cache(module_name: str, keep: bool) -> Iterator[None]:
    """Building a tree caches it under its module name, where other files' imports find it.
    With `keep`, the cached module stays the one that was there (a partial tree built for
    re-analysis must not stand in for the whole module)."""
    cache = astroid.MANAGER.astroid_cache
    before = cache.get(module_name)
    try:
        yield
    finally:
        if keep:
            if before is None:
                cache.pop(module_name, None)
            else:
                cache[module_name] = before


def parse(source: str, path: str, module_name: str) -> nodes.Module:
    """Build an astroid tree; raises SyntaxError-like errors as `ParseFailure`."""
    install_load_guards()
    built = _built_before(source, path, module_name)
    if built is not None:
        return built
    try:
        builder = syntactic_builder()
        with sharing_tree_of(source), building_whole():
            return builder.string_build(source, modname=module_name, path=path)
    except RecursionError as exc:
        raise ParseFailure("too deeply nested to analyse") from exc
    except AstroidError as exc:
        raise ParseFailure(_syntax_message(exc)) from exc
    except (SyntaxError, ValueError, MemoryError) as exc:
        raise ParseFailure(str(exc)) from exc


def _built_before(source: str, path: str, module_name: str) -> nodes.Module | None:
    """The cached module of this name when it was built from this very file and text (another
    checked file imported it): building it again would only replace it with an equal tree."""
    module = astroid.MANAGER.astroid_cache.get(module_name)
    if not isinstance(module, nodes.Module) or built_from(module) != source:
        return None
    if module.file != os.path.abspath(path):
        return None
    module.file_bytes = source.encode("utf-8")  # as a tree built from this text carries
    return module


def _syntax_message(exc: Exception) -> str:
    """`line 3, column 7: invalid syntax` from astroid's wrapper around Python's SyntaxError;
    never empty (Python's parser gives up on a 100k-deep expression with a bare MemoryError)."""
    error = getattr(exc, "error", None)
    if isinstance(error, SyntaxError):
        where = f"line {error.lineno}, column {error.offset}: " if error.lineno else ""
        return f"{where}{error.msg}"
    if isinstance(error, (MemoryError, RecursionError)):
        return "too deeply nested to analyse"
    text = str(exc if error is None else error).strip()
    return text.splitlines()[0] if text else "syntax error"


class ParseFailure(Exception):
    pass


def syntax_problem(source: str) -> str | None:
    """What `parse` would report as a syntax error, found with Python's parser alone."""
    import ast

    try:
        ast.parse(source)
    except SyntaxError as exc:
        where = f"line {exc.lineno}, column {exc.offset}: " if exc.lineno else ""
        return f"{where}{exc.msg}"
    except (RecursionError, MemoryError):
        return "too deeply nested to analyse"
    except ValueError as exc:
        return str(exc)
    return None


def lookup(name_node: nodes.Name | nodes.AssignName, name: str) -> list[Node]:
    """The statements that may define `name` where `name_node` reads it (scope lookup, no
    inference)."""
    try:
        _scope, assignments = name_node.lookup(name)
    except Exception:
        return []
    return list(assignments)


def call_name(func: Node) -> str:
    """The name a call is spelled with, read through `from m import X as Y`: `Pool` for
    `mp.Pool(`, for `Pool(` and for `P(` after `from multiprocessing import Pool as P`. A cheap
    test before inference, which decides what the name really is."""
    name = spelled_name(func)
    if isinstance(func, nodes.Name):
        return import_aliases(func.root()).get(name, name)
    return name


def called_names(root: Node) -> frozenset[str]:
    """Every `call_name` of the calls under `root`, one walk per tree: each boundary provider
    first asks whether its calls occur at all."""
    known: frozenset[str] | None = remembered(root, "called_names")
    if known is None:
        known = frozenset(call_name(call.func) for call in nodes_in(root, nodes.Call))
        remember(root, "called_names", known)
    return known


def import_aliases(module: Node) -> dict[str, str]:
    """Every `as` name a `from ... import` binds anywhere in the module, to the imported name."""
    known: dict[str, str] | None = remembered(module, "import_aliases")
    if known is None:
        known = {
            alias: name
            for statement in nodes_in(module, nodes.ImportFrom)
            for name, alias in statement.names
            if alias and name != "*"
        }
        remember(module, "import_aliases", known)
    return known


def forget_inference() -> None:
    """Drop astroid's per-node inference memos but keep its module cache.

    The memos are keyed by tree nodes, so every analysed version of an edited file would stay
    alive through them; the parsed standard library is expensive to rebuild and may stay.
    """
    from astroid.context import _invalidate_cache
    from astroid.inference_tip import clear_inference_tip_cache
    from astroid.nodes._base_nodes import LookupMixIn

    _invalidate_cache()
    clear_inference_tip_cache()
    LookupMixIn.lookup.cache_clear()


def clear_caches() -> None:
    """Drop astroid's module and inference caches; long-lived processes call it to bound memory."""
    astroid.MANAGER.clear_cache()
    forget_build_guards()
