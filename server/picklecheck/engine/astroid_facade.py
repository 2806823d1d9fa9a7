"""The one guarded door to astroid inference.

astroid can recurse deeply, explode combinatorially or raise on odd input. Every inference in
picklecheck goes through `Facade`, which enforces a per-file time budget and a per-query step
budget and turns every failure into `None`: "unknown", which is never reported as an error.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import sysconfig
import time
import types
from collections.abc import Callable, Iterator
from typing import Any

import astroid
from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.context import InferenceContext
from astroid.exceptions import AstroidBuildingError, AstroidError
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


_CLOCK_EVERY = 16


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
        self._checks = 0
        self._expired = False
        # Whether any part of the analysis was cut short (budget or cancellation), whoever
        # noticed: a loop that stops early counts as much as an inference that does.
        self.stopped = False

    def out_of_time(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            self.stopped = True
            return True
        # Reading the thread's CPU clock is a system call (about 20 us on these VMs) and this
        # runs on every inference step: read it on every 16th question only.
        self._checks += 1
        if not self._expired and self._checks % _CLOCK_EVERY == 1:
            self._expired = time.thread_time() > self.deadline
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


_ENUM_BASES = frozenset({"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum"})
# Classes looked at per check: it runs for every class built, so a chain of N classes would
# cost N**2; an enum further than this from its enum base stays a plain class (unknown).
_ENUM_WALK_LIMIT = 64


def _syntactic_enum_check(cls: nodes.ClassDef) -> bool:
    """Whether astroid's enum brain should rewrite `cls`, decided without inference.

    astroid asks `is_subtype_of("enum.Enum")` of every class it builds, in every module it
    imports, which infers each base and so builds whole import chains at build time (most of a
    cold run's time). A base spelled like an enum class, or a class of the same module that is
    one, answers for the classes that matter; an enum derived through another module's base
    stays a plain class, whose members infer to their values: unknown to us, never wrong.
    """
    expanded: set[str] = set()
    pending = [cls]
    for _visit in range(_ENUM_WALK_LIMIT):
        if not pending:
            return False
        current = pending.pop()
        for base in current.bases:
            name = spelled_name(base)
            if name in _ENUM_BASES:
                return True
            if isinstance(base, nodes.Name) and base.name not in expanded:
                expanded.add(base.name)  # each name once: `class A(A)` x N stays linear
                pending.extend(_same_module_classes(current, base.name))
    return False


def spelled_name(node: nodes.NodeNG) -> str:
    """The last part of a name as written: `Pool` for `mp.Pool` and for `Pool`, else ""."""
    if isinstance(node, nodes.Attribute):
        return str(node.attrname)
    if isinstance(node, nodes.Name):
        return str(node.name)
    return ""


def _same_module_classes(cls: nodes.ClassDef, name: str) -> list[nodes.ClassDef]:
    try:
        definitions = cls.root().locals.get(name, [])
    except Exception:
        return []
    return [d for d in definitions[-_ENUM_WALK_LIMIT:] if isinstance(d, nodes.ClassDef)]


def _literal_str_format(node: nodes.Call) -> bool:
    """`"...".format(...)` on a literal: astroid's own predicate also infers names."""
    func = node.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname == "format"
        and isinstance(func.expr, nodes.Const)
        and isinstance(func.expr.value, str)
    )


_ATTRS_DECORATORS = frozenset(
    {"attr.s", "attr.attrs", "attr.attributes", "attr.define", "attr.mutable", "attr.frozen"}
    | {"attrs.define", "attrs.mutable", "attrs.frozen", "define", "mutable", "frozen"}
)


def _spelled_attrs_class(node: nodes.ClassDef) -> bool:
    """An attrs class by its decorator's spelling; astroid's predicate also infers it."""
    for decorator in node.decorators.nodes if node.decorators else []:
        if isinstance(decorator, nodes.Call):
            decorator = decorator.func
        if decorator.as_string() in _ATTRS_DECORATORS:
            return True
    return False


def _spelled_dataclass(node: nodes.ClassDef) -> bool:
    """A class decorated with something spelled `dataclass` (astroid's predicate infers it)."""
    for decorator in node.decorators.nodes if node.decorators else []:
        if isinstance(decorator, nodes.Call):
            decorator = decorator.func
        if spelled_name(decorator) == "dataclass":
            return True
    return False


def _spelled_field_call(node: nodes.Call) -> bool:
    """`x: T = field(...)` in the body of such a class."""
    if spelled_name(node.func) != "field":
        return False
    statement = node.statement()
    scope = statement.scope()
    return (
        isinstance(statement, nodes.AnnAssign)
        and statement.value is not None
        and isinstance(scope, nodes.ClassDef)
        and _spelled_dataclass(scope)
    )


def _syntactic_predicates() -> dict[Any, Callable[[Any], bool]]:
    """astroid's build-time predicates that infer, each with its syntactic stand-in."""
    from astroid.brain import (
        brain_attrs,
        brain_builtin_inference,
        brain_dataclasses,
        brain_namedtuple_enum,
    )

    return {
        brain_namedtuple_enum._is_enum_subclass: _syntactic_enum_check,
        brain_builtin_inference._is_str_format_call: _literal_str_format,
        brain_attrs.is_decorated_with_attrs: _spelled_attrs_class,
        brain_dataclasses.is_decorated_with_dataclass: _spelled_dataclass,
        brain_dataclasses._looks_like_dataclass_field_call: _spelled_field_call,
    }


_guards_installed = [False]


def _install_build_guards() -> None:
    """Make astroid build modules without inference (once per process).

    Building runs inference in two places: brain predicates that decide whether a transform
    applies, and `delayed_assattr`, which infers the owner of every `x.attr = ...`. Both run for
    every module astroid imports, and each inference can import and build further modules, so
    a cold run spent most of its time there. Syntactic stand-ins answer for the cases that
    matter to pickling.
    """
    if _guards_installed[0]:
        return
    _guards_installed[0] = True
    AstroidBuilder.delayed_assattr = _SyntacticAttributeBuilder.delayed_assattr
    AstroidBuilder.add_from_names_to_locals = _bounded_star_imports(
        AstroidBuilder.add_from_names_to_locals
    )
    try:
        replacements = _syntactic_predicates()
        registered = astroid.MANAGER._transform.transforms
    except (ImportError, AttributeError):
        return  # another astroid layout: keep its own predicates
    for entries in registered.values():
        for index, (transform, predicate) in enumerate(entries):
            if predicate in replacements:
                entries[index] = (transform, replacements[predicate])
    _group_builtin_call_transforms(registered)
    _install_lean_transform_walk(astroid.MANAGER._transform)


def _group_builtin_call_transforms(registered: dict[Any, list[Any]]) -> None:
    """One transform entry for astroid's ~20 builtin-call inference tips (`len(...)`,
    `isinstance(...)`, ...): each built `Call` node asked every one of their predicates in
    turn, a tenth of a cold run. A dictionary on the called name picks the one that can apply;
    its own predicate still decides."""
    from astroid.brain import brain_builtin_inference

    entries = registered.get(nodes.Call, [])
    by_name: dict[str, tuple[Any, Any]] = {}
    kept: list[Any] = []
    for transform, predicate in entries:
        original = getattr(predicate, "func", None)
        if original is not brain_builtin_inference._builtin_filter_predicate:
            kept.append((transform, predicate))
            continue
        name = predicate.keywords.get("builtin_name")
        if not isinstance(name, str) or name in by_name:
            return  # another layout than expected: keep astroid's own entries
        if not by_name:
            kept.append(None)  # the group takes the place of the first builtin entry
        by_name[name] = (transform, predicate)
    if not by_name:
        return

    def applies(node: nodes.Call) -> bool:
        func = node.func
        entry = by_name.get(func.name) if isinstance(func, nodes.Name) else None
        return entry is not None and bool(entry[1](node))

    def transform_group(node: nodes.Call) -> Any:
        return by_name[node.func.name][0](node)

    entries[:] = [(transform_group, applies) if entry is None else entry for entry in kept]


def _install_lean_transform_walk(visitor: Any) -> None:
    """astroid's transform walk, with fewer calls per node: every built node is visited, and
    most node classes have no transform at all. Same order, same replacements."""
    transforms = visitor.transforms
    apply = visitor._transform

    def generic(value: Any) -> Any:
        if not value:
            return value
        kind = value.__class__
        if kind is list:
            return [generic(child) for child in value]
        if kind is tuple:
            return tuple(generic(child) for child in value)
        if kind is str:
            return value
        try:
            return visit(value)
        except RecursionError:
            return value  # untransformed, as astroid does

    def visit(node: Any) -> Any:
        for name in node._astroid_fields:
            value = getattr(node, name)
            visited = generic(value)
            if visited != value:
                setattr(node, name, visited)
        return apply(node) if transforms.get(node.__class__) else node

    visitor._visit = visit


# `from m import *` builds `m` while building the importer, one Python stack level per module
# of a chain: 150 chained modules overflowed the stack, so the whole file was "not checked".
# Past this depth a star import adds no names (they stay unknown, never wrong).
STAR_IMPORT_DEPTH_LIMIT = 32
_star_import_depth = [0]


def _bounded_star_imports(add_names: Callable[..., None]) -> Callable[..., None]:
    def add_from_names_to_locals(
        builder: AstroidBuilder, node: nodes.ImportFrom, global_names: Any
    ) -> None:
        if all(name != "*" for name, _alias in node.names):
            add_names(builder, node, global_names)
        elif _star_import_depth[0] < STAR_IMPORT_DEPTH_LIMIT:
            _star_import_depth[0] += 1
            try:
                add_names(builder, node, global_names)
            finally:
                _star_import_depth[0] -= 1

    return add_from_names_to_locals


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


def nodes_in(root: Node, classes: type[Any] | tuple[type[Any], ...]) -> list[Any]:
    """The nodes of `classes` under `root` (itself included), in source order.

    The analysis asks the same tree for its calls, assignments and classes many times; one walk
    per tree, remembered on the root, answers all of them.
    """
    key = "nodes_of_" + "_".join(
        c.__name__ for c in (classes if isinstance(classes, tuple) else (classes,))
    )
    found: list[Any] | None = remembered(root, key)
    if found is None:
        found = [node for node in _all_nodes(root) if isinstance(node, classes)]
        remember(root, key, found)
    return found


def _all_nodes(root: Node) -> list[Node]:
    known: list[Node] | None = remembered(root, "all_nodes")
    if known is None:
        known = []
        pending = [root]
        while pending:  # pre-order, like `nodes_of_class`, without a generator per node
            node = pending.pop()
            known.append(node)
            pending.extend(reversed(list(node.get_children())))
        remember(root, "all_nodes", known)
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
    # Clearing registers astroid's brains again, with their inferring predicates.
    _guards_installed[0] = False


def add_search_path(path: str) -> None:
    """Let astroid resolve imports of modules next to the analysed file (appended: the
    standard library and installed packages keep priority over same-named user files).
    Search paths are for reading source only: see `_load_standard_module`."""
    _install_load_guards()
    if path and path not in sys.path:
        sys.path.append(path)
        _SourceOnlyFolders.folders.add(os.path.abspath(path))


# The user interpreter's folders currently on sys.path (they were not there before).
_interpreter_paths: list[str] = []


def set_search_paths(paths: list[str]) -> None:
    """Make astroid resolve imports along the user's interpreter's sys.path, in its order
    (the first folder defining a module wins, as in Python). A newly chosen interpreter's
    folders replace the previous one's; astroid's caches of where modules were found are
    dropped, since an answer may change."""
    _install_load_guards()
    for old in _interpreter_paths:
        with contextlib.suppress(ValueError):
            sys.path.remove(old)
    _interpreter_paths.clear()
    for path in dict.fromkeys(paths):
        if path and path not in sys.path:
            sys.path.append(path)
            _interpreter_paths.append(path)
            _SourceOnlyFolders.folders.add(os.path.abspath(path))
    _forget_module_locations()


def _forget_module_locations() -> None:
    from astroid.interpreter._import import spec

    astroid.MANAGER._mod_file_cache.clear()
    spec._find_spec.cache_clear()
    for finder in spec._SPEC_FINDERS:
        finder.find_module.cache_clear()


# What analysis may load. astroid reads modules as source, except compiled ones: it imports a
# compiled module whose name is in the standard library, wherever it found the file. A `_gdbm.so`
# next to the analysed file (a name this Python lacks) would then run native code inside
# picklecheck. Only this Python's own standard library folders may provide compiled modules.


def _standard_library_folders() -> list[str]:
    # The base installation's folders, even when picklecheck runs in a virtual environment.
    base = {"platbase": sys.base_exec_prefix, "installed_platbase": sys.base_exec_prefix}
    paths = sysconfig.get_paths(vars={**base, "base": sys.base_prefix})
    folders = [paths[key] for key in ("platstdlib", "stdlib") if key in paths]
    folders += [os.path.join(folder, "lib-dynload") for folder in folders]
    folders.append(os.path.join(sys.base_exec_prefix, "DLLs"))  # Windows
    return list(dict.fromkeys(os.path.realpath(folder) for folder in folders))


_STANDARD_FOLDERS = _standard_library_folders()


def _load_standard_module(dotted_name: str) -> types.ModuleType:
    """astroid's loader of compiled modules, held to built-in modules and the compiled modules
    of this Python's standard library folders; anything else is an ImportError (unknown)."""
    loaded = sys.modules.get(dotted_name)
    if loaded is not None:
        return loaded
    if dotted_name in sys.builtin_module_names:
        return importlib.import_module(dotted_name)
    found = None
    if "." not in dotted_name:
        found = importlib.machinery.PathFinder.find_spec(dotted_name, _STANDARD_FOLDERS)
    if found is None or not isinstance(found.loader, importlib.machinery.ExtensionFileLoader):
        raise ImportError(f"{dotted_name} is not a compiled module of this Python")
    module = importlib.util.module_from_spec(found)
    sys.modules[dotted_name] = module
    try:
        found.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(dotted_name, None)
        raise
    return module


def _never_import(modname: str) -> nodes.Module:
    """Stands in for astroid's gi hook, which imports `gi.repository.*` modules for real (a
    `gi` package in the user's folder would run)."""
    raise AstroidBuildingError(modname=modname)


class _RefusedLoader(importlib.abc.Loader):
    def __init__(self, origin: str) -> None:
        self.origin = origin

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        raise ImportError(f"picklecheck reads {self.origin} as source, it never imports it")

    def exec_module(self, module: types.ModuleType) -> None:
        raise ImportError(f"picklecheck reads {self.origin} as source, it never imports it")


class _SourceOnlyFolders(importlib.abc.MetaPathFinder):
    """First on sys.meta_path: a top-level module that the import system would take from a
    folder added for reading source (the analysed file's, the user interpreter's) is found, but
    loading it raises ImportError. astroid asks importlib for some specs, and for a dotted name
    importlib imports the parent package for real: a `winreg/__init__.py` in a Linux project (a
    standard name this platform lacks) would run when a file imports `winreg.schema`.
    Submodules are left alone: their parent package was imported, so it is not the user's."""

    folders: set[str] = set()

    @classmethod
    def find_spec(
        cls, name: str, path: Any = None, target: Any = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not cls.folders or path is not None:
            return None
        trusted = [p for p in sys.path if os.path.abspath(p or os.curdir) not in cls.folders]
        if importlib.machinery.PathFinder.find_spec(name, trusted) is not None:
            return None  # the import system finds it outside the user's folders
        found = importlib.machinery.PathFinder.find_spec(name)
        if found is None or found.origin is None:  # absent, or a namespace package: no code
            return None
        found.loader = _RefusedLoader(found.origin)
        return found


def _install_load_guards() -> None:
    """Idempotent, and it survives `MANAGER.clear_cache()` (which registers the brains again:
    they pick up the replaced module-level functions)."""
    from astroid import manager
    from astroid.brain import brain_gi

    manager.load_module_from_name = _load_standard_module
    brain_gi._import_gi_module = _never_import
    hooks = astroid.MANAGER._failed_import_hooks
    hooks[:] = [
        hook
        for hook in hooks
        if hook is not _never_import and getattr(hook, "__module__", "") != brain_gi.__name__
    ]
    astroid.MANAGER.always_load_extensions = False
    astroid.MANAGER.extension_package_whitelist.clear()
    if not any(finder is _SourceOnlyFolders for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourceOnlyFolders)
    _pin_working_folder()


def _pin_working_folder() -> None:
    """An empty sys.path entry means "the working folder", and astroid changes the working
    folder to the analysed file's while it resolves that file's imports: any import made
    meanwhile, by any thread, would find the user's modules first. Pin it to what it means."""
    if "" in sys.path:
        sys.path[sys.path.index("")] = os.getcwd()


_install_load_guards()


def _library_roots() -> tuple[str, ...]:
    import sysconfig

    paths = sysconfig.get_paths()
    roots = {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if key in paths}
    return tuple(sorted(os.path.join(os.path.realpath(r), "") for r in roots))


_LIBRARY_ROOTS = _library_roots()


def is_library_file(path: str) -> bool:
    """A module of the standard library or an installed package, not of the user's project."""
    real = os.path.realpath(path)
    if any(part in ("site-packages", "dist-packages") for part in real.split(os.sep)):
        return True
    return real.startswith(_LIBRARY_ROOTS)


def project_files_read(module: nodes.Module) -> tuple[str, ...]:
    """The project modules an analysis of `module` could have read: its import closure among
    the modules astroid has built, without library modules (which import no project code).

    The closure is taken over import statements rather than recorded while inferring: astroid
    memoises inferences across files, so a recording would depend on what was analysed before.
    A module that was never built cannot have contributed anything.
    """
    built = astroid.MANAGER.astroid_cache
    own = os.path.abspath(module.file) if module.file else ""
    found: set[str] = set()
    seen: set[str] = set()
    pending = [module]
    while pending:
        current = pending.pop()
        for name in _imported_module_names(current):
            if name in seen:
                continue
            seen.add(name)
            imported = built.get(name)
            file = getattr(imported, "file", None)
            if not file or not file.endswith(".py") or is_library_file(file):
                continue
            found.add(os.path.abspath(file))
            pending.append(imported)
    found.discard(own)
    return tuple(sorted(found))


def _imported_module_names(module: nodes.Module) -> set[str]:
    """Dotted names an import in `module` may load: each imported module, its parent packages,
    and `package.name` for `from package import name` (a submodule, or not)."""
    names: set[str] = set()
    for node in nodes_in(module, (nodes.Import, nodes.ImportFrom)):
        if isinstance(node, nodes.Import):
            targets = [name for name, _alias in node.names]
        else:
            try:
                base = module.relative_to_absolute_name(node.modname, node.level)
            except Exception:
                continue
            targets = [base] + [f"{base}.{name}" for name, _alias in node.names if name != "*"]
        for target in targets:
            parts = target.split(".")
            names.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    return names


def module_file(modname: str) -> str | None:
    """The file astroid would build for `import modname`, located along the search path
    without building or running anything; None when it is not found."""
    from astroid import modutils

    try:
        path = modutils.file_from_modpath(modname.split("."))
    except Exception:
        return None
    return str(path) if path else None
