"""The one guarded door to astroid inference.

astroid can recurse deeply, explode combinatorially or raise on odd input. Every inference in
picklecheck goes through `Facade`, which enforces a per-file time budget and a per-query step
budget and turns every failure into `None`: "unknown", which is never reported as an error.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import astroid
from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.context import InferenceContext
from astroid.exceptions import AstroidError
from astroid.nodes import NodeNG as Node
from astroid.util import UninferableBase


def remembered(node: Any, key: str) -> Any:
    """A value derived from a tree node and stored on the node itself, so that it lives and dies
    with its tree (a weak-keyed table would keep the tree alive through its values)."""
    return node.__dict__.get(f"_picklecheck_{key}")


def remember(node: Any, key: str, value: Any) -> None:
    node.__dict__[f"_picklecheck_{key}"] = value


def forget(node: Any, key: str) -> None:
    node.__dict__.pop(f"_picklecheck_{key}", None)


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
        self.deadline = time.thread_time() + seconds
        self.steps_per_query = steps_per_query
        self.cancelled = cancelled  # an editor's "a newer text arrived": stop as if out of time
        self.budget_exceeded = 0
        self.unknown = 0
        self._memo: dict[int, list[Any] | None] = {}

    def out_of_time(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            return True
        return time.thread_time() > self.deadline

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


class _SyntacticAttributeBuilder(AstroidBuilder):  # type: ignore[misc]
    """Records `self.x = ...` without inference.

    astroid's builder infers the owner of every attribute assignment while building, which
    imports modules and makes a "parse" of a large file cost seconds. Instance attributes set
    through a method's `self` are all picklecheck needs, and they need no inference.
    """

    def delayed_assattr(self, node: nodes.AssignAttr) -> None:
        owner = _self_class(node)
        if owner is not None:
            assignments = owner.instance_attrs.setdefault(node.attrname, [])
            if node not in assignments:
                assignments.append(node)


def _self_class(node: nodes.AssignAttr) -> nodes.ClassDef | None:
    if not isinstance(node.expr, nodes.Name):
        return None
    function = node.frame()
    if not isinstance(function, nodes.FunctionDef) or not isinstance(
        function.parent, nodes.ClassDef
    ):
        return None
    params = function.args.posonlyargs + function.args.args
    if not params or params[0].name != node.expr.name:
        return None
    decorators = function.decorators.nodes if function.decorators else []
    if any(getattr(d, "name", "") in ("staticmethod", "classmethod") for d in decorators):
        return None
    return function.parent


def _bounded_enum_check(cls: nodes.ClassDef) -> bool:
    """astroid's enum brain asks `is_subtype_of("enum.Enum")` of every class it builds, through
    the cubic `ancestors()` walk; the remembered, budgeted walk answers the same."""
    try:
        ancestors = Facade(seconds=0.5, steps_per_query=200).ancestors(cls)
    except Exception:
        return False
    return any(_qname_is(a, "enum.Enum") for a in ancestors)


def _qname_is(value: Any, name: str) -> bool:
    return qname_of(value) == name


_guards_installed = [False]


def _install_build_guards() -> None:
    """Swap astroid's enum-class predicate for the bounded one (once per process)."""
    if _guards_installed[0]:
        return
    _guards_installed[0] = True
    try:
        from astroid.brain import brain_namedtuple_enum as enum_brain

        astroid.MANAGER.unregister_transform(
            nodes.ClassDef, enum_brain.infer_enum_class, enum_brain._is_enum_subclass
        )
        astroid.MANAGER.register_transform(
            nodes.ClassDef, enum_brain.infer_enum_class, _bounded_enum_check
        )
    except (ImportError, AttributeError, ValueError):
        pass  # another astroid layout: keep its own predicate


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


def warm_up() -> None:
    """Build the standard-library modules boundaries live in (once per process)."""
    if _warmed[0]:
        return
    _warmed[0] = True
    for name in _WARM_MODULES:
        try:
            astroid.MANAGER.ast_from_module_name(name)
        except Exception:
            continue


def parse(source: str, path: str, module_name: str) -> nodes.Module:
    """Build an astroid tree; raises SyntaxError-like errors as `ParseFailure`."""
    _install_build_guards()
    try:
        builder = _SyntacticAttributeBuilder(astroid.MANAGER)
        return builder.string_build(source, modname=module_name, path=path)
    except RecursionError as exc:
        raise ParseFailure("too deeply nested to analyse") from exc
    except AstroidError as exc:
        raise ParseFailure(_syntax_message(exc)) from exc
    except (SyntaxError, ValueError, MemoryError) as exc:
        raise ParseFailure(str(exc)) from exc


def _syntax_message(exc: Exception) -> str:
    """`line 3, column 7: invalid syntax` from astroid's wrapper around Python's SyntaxError."""
    error = getattr(exc, "error", None)
    if isinstance(error, SyntaxError):
        where = f"line {error.lineno}, column {error.offset}: " if error.lineno else ""
        return f"{where}{error.msg}"
    text = str(exc)
    return text.splitlines()[0] if text else "syntax error"


class ParseFailure(Exception):
    pass


def lookup(name_node: nodes.Name | nodes.AssignName, name: str) -> list[Node]:
    """The statements that may define `name` where `name_node` reads it (scope lookup, no
    inference)."""
    try:
        _scope, assignments = name_node.lookup(name)
    except Exception:
        return []
    return list(assignments)


def iter_calls(module: nodes.Module) -> Iterator[nodes.Call]:
    yield from module.nodes_of_class(nodes.Call)


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


def add_search_path(path: str) -> None:
    """Let astroid resolve imports of modules next to the analysed file (appended: the
    standard library and installed packages keep priority over same-named user files)."""
    import sys

    if path and path not in sys.path:
        sys.path.append(path)


def set_search_paths(paths: list[str]) -> None:
    """Make astroid resolve imports along the user's interpreter's sys.path."""
    import sys

    for path in reversed(paths):
        if path and path not in sys.path:
            sys.path.append(path)
