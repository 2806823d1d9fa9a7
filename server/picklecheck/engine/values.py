"""The judge: decides whether the value of an expression can be pickled, and why not.

It follows values syntactically first (assignments, `with` targets, containers, comprehensions,
constructor arguments bound to `__init__` parameters, helper-function returns), which yields a
why-chain, and falls back to budgeted astroid inference. Anything it cannot establish is
"unknown" (None): precision before recall.
"""

from __future__ import annotations

import os
import re
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from astroid import bases, nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade, lookup, nodes_in, remember, remembered
from picklecheck.engine.families import names as not_the_same
from picklecheck.engine.families import rebuild
from picklecheck.engine.families.streams import opened_file, popen_stream
from picklecheck.engine.model import ChainStep, FixHint, Span, StartMethod

MAX_DEPTH = 12
_STDLIB = frozenset(sys.stdlib_module_names) | {"builtins", "_io", "_thread", "__future__"}

_STDLIB_DIRS = tuple(
    os.path.realpath(sysconfig.get_paths()[key]) for key in ("stdlib", "platstdlib")
)

_CLASS_FACTORIES = frozenset(
    {
        "collections.namedtuple",
        "typing.NamedTuple",
        "typing.TypedDict",
        "enum.Enum",
        "builtins.type",
        "dataclasses.make_dataclass",
    }
)

Bindings = dict[str, tuple[nodes.NodeNG, "Bindings | None"]]


@dataclass(frozen=True)
class Problem:
    """Why a value cannot be pickled."""

    code: str
    what: str  # a noun phrase: "a lambda", "an open file"
    error: str  # what the user would see at run time
    methods: frozenset[StartMethod]  # start methods under which pickling this value fails
    chain: tuple[ChainStep, ...] = ()
    hints: tuple[FixHint, ...] = ()
    inheritable: bool = False  # a multiprocessing primitive: fine while spawning a child
    since: tuple[int, int] | None = None  # first Python version where this fails
    attribute: str | None = None  # the instance attribute holding the bad value
    site: nodes.NodeNG | None = None  # innermost node inside the boundary argument
    # Fails only because pickle stores functions and classes by name (a lambda, a local or
    # `__main__`-guarded definition): picklers that copy code by value (cloudpickle, dill) pass.
    by_name: bool = False

    def through(self, step: ChainStep | None) -> Problem:
        if step is None:
            return self
        return replace(self, chain=(step, *self.chain))


def span_of(node: nodes.NodeNG) -> Span:
    """The node's range with columns in code points (Python's AST counts UTF-8 bytes)."""
    line = (node.lineno or 1) - 1
    col = node.col_offset or 0
    end_line = (node.end_lineno or node.lineno or 1) - 1
    end_col = node.end_col_offset if node.end_col_offset is not None else col
    lines = _source_lines(node)
    return Span(
        line, _code_points(lines, line, col), end_line, _code_points(lines, end_line, end_col)
    )


def _source_lines(node: nodes.NodeNG) -> list[bytes]:
    try:
        root = node.root()
    except Exception:
        return []
    lines: list[bytes] | None = remembered(root, "lines")
    if lines is None:
        data = getattr(root, "file_bytes", None)
        if data is None and getattr(root, "file", None):
            try:
                with open(root.file, "rb") as handle:
                    data = handle.read()
            except OSError:
                data = b""
        if isinstance(data, str):
            data = data.encode("utf-8")
        lines = re.split(rb"\r\n|\r|\n", data or b"")
        remember(root, "lines", lines)
    return lines


def _code_points(lines: list[bytes], line: int, byte_col: int) -> int:
    if line >= len(lines) or lines[line].isascii():
        return byte_col
    return len(lines[line][:byte_col].decode("utf-8", errors="replace"))


def located(node: nodes.NodeNG) -> dict[str, str]:
    """`{"path": file}` for hint data, so a fix never applies another module's span here."""
    try:
        path = node.root().file
    except Exception:
        return {}
    return {"path": str(path)} if path else {}


def span_list(node: nodes.NodeNG) -> list[int]:
    span = span_of(node)
    return [span.line, span.col, span.end_line, span.end_col]


def snippet(node: nodes.NodeNG, limit: int = 48) -> str:
    try:
        text = str(node.as_string()).splitlines()[0]
    except Exception:
        return "?"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def step(node: nodes.NodeNG, note: str) -> ChainStep:
    """A chain link; `path` names the file when the node lives in another module."""
    try:
        path = node.root().file
    except Exception:
        path = None
    return ChainStep(span_of(node), note, str(path) if path else None)


def is_user_node(node: nodes.NodeNG) -> bool:
    """True for code of the project being analysed (not the stdlib or installed packages)."""
    try:
        root = node.root()
    except Exception:
        return False
    path = getattr(root, "file", None)
    if not path:
        # Parsed from text (the file being analysed) unless astroid built it from a C module.
        return getattr(root, "pure_python", True) is not False and root.name not in _STDLIB
    path = os.path.realpath(path)
    if path.startswith(_STDLIB_DIRS):
        return False
    return "site-packages" not in path and "dist-packages" not in path


def in_main_guard(node: nodes.NodeNG) -> bool:
    """Inside a module-level `if __name__ == "__main__":` block."""
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.Module):
        if isinstance(parent, nodes.If) and is_main_guard(parent) and node not in parent.orelse:
            return isinstance(parent.parent, nodes.Module)
        node, parent = parent, parent.parent
    return False


def is_main_guard(node: nodes.If) -> bool:
    test = node.test
    if not isinstance(test, nodes.Compare) or len(test.ops) != 1 or test.ops[0][0] != "==":
        return False
    sides = [test.left, test.ops[0][1]]
    has_name = any(isinstance(s, nodes.Name) and s.name == "__name__" for s in sides)
    has_main = any(isinstance(s, nodes.Const) and s.value == "__main__" for s in sides)
    return has_name and has_main


def is_nested(definition: nodes.NodeNG) -> bool:
    """Defined inside a function: pickle cannot find it by its qualified name."""
    scope = definition.parent.scope() if definition.parent else None
    while scope is not None and not isinstance(scope, nodes.Module):
        if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
            return True
        scope = scope.parent.scope() if scope.parent else None
    return False


class Judge:
    """Judges expressions of one module; shares the file's inference budget."""

    def __init__(self, facade: Facade, module: nodes.Module) -> None:
        self.facade = facade
        self.module = module
        self._active: set[tuple[int, int]] = set()
        self._copyreg_classes = _copyreg_registered(module)

    # ---- entry points -------------------------------------------------------------------

    def value(self, expr: nodes.NodeNG, bindings: Bindings | None = None) -> Problem | None:
        """Why pickling the value of `expr` fails, or None if it pickles or is unknown."""
        return self._judge(expr, 0, bindings, local=True)

    def items(self, iterable: nodes.NodeNG) -> Problem | None:
        """Why pickling some item produced by `iterable` fails (Pool.map task items)."""
        return self._items(iterable, 0, None, local=True)

    def worker_result(self, func_expr: nodes.NodeNG) -> Problem | None:
        """Why the value a worker function returns cannot be pickled back to the parent."""
        function = self._user_function(func_expr)
        if function is None:
            return None
        if function.is_generator():
            return Problem(
                "PKL007",
                f"the result of `{function.name}()`, a generator",
                kb.UNPICKLABLE_INSTANCES["builtins.generator"].error,
                kb.ALWAYS,
                (step(function, f"`{function.name}` is a generator function"),),
            )
        for ret in _own_nodes(function, nodes.Return):
            if ret.value is None:
                continue
            inner = self._judge(ret.value, 1, None, local=False)
            if inner is not None and inner.code != "PKL011":
                note = f"`{function.name}` returns `{snippet(ret.value)}`"
                return replace(
                    inner.through(step(ret, note)),
                    code="PKL007",
                    what=f"the result of `{function.name}()`, {inner.what}",
                )
        return None

    def worker_exception(self, func_expr: nodes.NodeNG) -> Problem | None:
        """Why an exception the worker raises cannot be unpickled in the parent."""
        function = self._user_function(func_expr)
        if function is None:
            return None
        for raise_node in _own_nodes(function, nodes.Raise):
            exc = raise_node.exc
            if not isinstance(exc, nodes.Call):
                continue
            for cls in self._classes(exc.func):
                if _caught_locally(raise_node, cls, function):
                    continue
                problem = _broken_exception(cls)
                if problem is not None:
                    note = f"`{function.name}` raises `{snippet(exc)}`"
                    return problem.through(step(raise_node, note))
        return None

    # ---- dispatch -----------------------------------------------------------------------

    def _judge(
        self, expr: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        if depth > MAX_DEPTH or self.facade.out_of_time():
            return None
        key = (id(expr), id(bindings))
        if key in self._active:
            return None
        self._active.add(key)
        try:
            problem = self._dispatch(expr, depth, bindings, local)
        except RecursionError:
            problem = None
        finally:
            self._active.discard(key)
        if problem is not None and local and problem.site is None:
            problem = replace(problem, site=expr)
        return problem

    def _dispatch(
        self, expr: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        if isinstance(expr, nodes.Lambda) and not isinstance(expr, nodes.FunctionDef):
            return _lambda_problem(expr)
        if isinstance(expr, (nodes.List, nodes.Tuple, nodes.Set)):
            return self._first(expr.elts, depth, bindings, local)
        if isinstance(expr, nodes.Dict):
            parts = [part for pair in expr.items for part in pair]
            return self._first(parts, depth, bindings, local)
        if isinstance(expr, nodes.Starred):
            return self._items(expr.value, depth + 1, bindings, local)
        if isinstance(expr, (nodes.ListComp, nodes.SetComp)):
            return self._judge(expr.elt, depth + 1, bindings, local)
        if isinstance(expr, nodes.DictComp):
            return self._first([expr.key, expr.value], depth, bindings, local)
        if isinstance(expr, nodes.GeneratorExp):
            return Problem(
                "PKL004",
                "a generator",
                kb.UNPICKLABLE_INSTANCES["builtins.generator"].error,
                kb.ALWAYS,
                (step(expr, "a generator expression"),),
            )
        if isinstance(expr, nodes.IfExp):
            return self._first([expr.body, expr.orelse], depth, bindings, local)
        if isinstance(expr, nodes.NamedExpr):
            return self._judge(expr.value, depth + 1, bindings, local)
        if isinstance(expr, nodes.Name):
            return self._name(expr, depth, bindings)
        if isinstance(expr, nodes.Attribute):
            return self._attribute(expr, depth, bindings)
        if isinstance(expr, nodes.Call):
            return self._call(expr, depth, bindings)
        if isinstance(expr, (nodes.Const, nodes.JoinedStr, nodes.BinOp, nodes.Compare)):
            return None
        return self._inferred(expr, depth)

    def _first(
        self, exprs: list[nodes.NodeNG], depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        for item in exprs:
            problem = self._judge(item, depth + 1, bindings, local)
            if problem is not None:
                return problem
        return None

    # ---- names and definitions ----------------------------------------------------------

    def _name(self, name: nodes.Name, depth: int, bindings: Bindings | None) -> Problem | None:
        if bindings is not None and name.name in bindings:
            argument, outer = bindings[name.name]
            problem = self._judge(argument, depth + 1, outer, local=False)
            note = f"`{name.name}` is `{snippet(argument)}` here"
            return problem.through(step(argument, note)) if problem else None
        definitions = self._reaching_globals(lookup(name, name.name), name)
        if not definitions:
            return None
        problems = []
        for definition in definitions:
            problem = self._definition(definition, name, depth)
            if problem is None:
                return None  # one good path is enough to stay silent
            problems.append(problem)
        return problems[0]

    def _definition(self, definition: nodes.NodeNG, use: nodes.Name, depth: int) -> Problem | None:
        if isinstance(definition, nodes.FunctionDef):
            return _function_problem(definition)
        if isinstance(definition, nodes.ClassDef):
            return _class_object_problem(definition)
        if isinstance(definition, (nodes.Import, nodes.ImportFrom)):
            return self._inferred(use, depth)
        if not isinstance(definition, nodes.AssignName):
            return None
        if isinstance(definition.parent, nodes.Arguments):
            return self._parameter(definition, depth)
        value, note = assigned_value(definition)
        if value is None:
            return self._loop_target(definition, depth)
        problem = self._judge(value, depth + 1, None, local=False)
        if (
            problem is not None
            and problem.attribute
            and (
                _attribute_replaced(definition, use, problem.attribute)
                or self._attribute_reset_by_method(definition, use, problem.attribute)
            )
        ):
            problem = None  # `obj.handle = None` (or del) before the boundary
        elif problem is None:
            problem = self._later_attribute_problem(definition, use, depth)
        return problem.through(step(definition.statement(), note)) if problem else None

    def _reaching_globals(
        self, definitions: list[nodes.NodeNG], use: nodes.Name
    ) -> list[nodes.NodeNG]:
        """`X = None` at module level, then `setup()` sets `global X` before the boundary:
        only the function's assignment reaches the use."""
        placeholders = [
            d for d in definitions if isinstance(d.scope(), nodes.Module) and _assigns_none(d)
        ]
        in_functions = [d for d in definitions if isinstance(d.scope(), nodes.FunctionDef)]
        if not placeholders or len(placeholders) + len(in_functions) != len(definitions):
            return definitions
        called = [d for d in in_functions if _called_before(d.scope(), use)]
        return called or definitions

    def _parameter(self, parameter: nodes.AssignName, depth: int) -> Problem | None:
        """A parameter is bad when every call of its function in this file passes (or
        defaults to) a bad value. Callers elsewhere are unknown, so one good call clears it."""
        function = parameter.parent.parent
        if not isinstance(function, nodes.FunctionDef) or isinstance(
            function.parent, nodes.ClassDef
        ):
            return None
        calls = calls_of(function)
        if not calls:
            return None
        problems = []
        for call in calls:
            bound = _bind_arguments(function, call, None) or {}
            if parameter.name not in bound:
                return None
            argument, _outer = bound[parameter.name]
            problem = self._judge(argument, depth + 1, None, local=False)
            if problem is None:
                return None
            passed = argument.parent is call or isinstance(argument.parent, nodes.Keyword)
            note = (
                f"`{function.name}()` is called with `{parameter.name}={snippet(argument)}`"
                if passed
                else f"`{parameter.name}` defaults to `{snippet(argument)}`"
            )
            problems.append(problem.through(step(call if passed else argument, note)))
        return problems[0]

    def _loop_target(self, target: nodes.AssignName, depth: int) -> Problem | None:
        parent = target.parent
        if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.target is target:
            problem = self._items(parent.iter, depth + 1, None, local=False)
            if problem is not None:
                note = f"`{target.name}` takes each item of `{snippet(parent.iter)}`"
                return problem.through(step(target, note))
        return None

    def _later_attribute_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`obj = Foo(); obj.handle = open(p); send(obj)`: attributes set before the boundary."""
        scope = definition.scope()
        for assign in _own_nodes(scope, nodes.Assign):
            if not (definition.lineno or 0) < (assign.lineno or 0) < (use.lineno or 0):
                continue
            for target in assign.targets:
                if (
                    isinstance(target, nodes.AssignAttr)
                    and isinstance(target.expr, nodes.Name)
                    and target.expr.name == definition.name
                ):
                    inner = self._judge(assign.value, depth + 1, None, local=False)
                    if inner is not None:
                        return _instance_state_problem(
                            definition.name, target.attrname, inner, assign, None
                        )
        return self._container_mutation_problem(
            definition, use, depth
        ) or self._method_call_problem(definition, use, depth)

    def _container_mutation_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`items.append(lock)` / `items[k] = lock` between the assignment and the boundary."""
        value, _note = assigned_value(definition)
        if not isinstance(value, (nodes.List, nodes.Dict, nodes.Set, nodes.ListComp)):
            return None
        scope = definition.scope()
        start, end = definition.lineno or 0, use.lineno or 0
        for node in _own_nodes(scope, (nodes.Call, nodes.Assign)):
            if not start < (node.lineno or 0) < end:
                continue
            for added in _added_to(node, definition.name):
                inner = self._judge(added, depth + 1, None, local=False)
                if inner is not None:
                    note = f"`{snippet(node)}` puts it into `{definition.name}`"
                    return inner.through(step(node, note))
        return None

    def _method_call_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`db = DB(); db.connect(); send(db)`: a method called before the boundary stores a
        bad value on `self`."""
        calls = []
        for call in _own_nodes(definition.scope(), nodes.Call):
            if not (definition.lineno or 0) < (call.lineno or 0) < (use.lineno or 0):
                continue
            func = call.func
            if isinstance(func, nodes.Attribute) and _is_name(func.expr, definition.name):
                method = self._user_method(func)
                if method is not None:
                    calls.append((call, method))
        calls.sort(key=lambda pair: (pair[0].lineno or 0, pair[0].col_offset or 0))
        for index, (call, method) in enumerate(calls):
            for assign_attr in _own_nodes(method, nodes.AssignAttr):
                if _self_name(method) != getattr(assign_attr.expr, "name", None):
                    continue
                attr = assign_attr.attrname
                later = [m for _c, m in calls[index + 1 :]]
                if _attribute_replaced(definition, use, attr, after=call) or any(
                    attr in _self_assigned(m) for m in later
                ):
                    continue
                value, _note = assigned_value(assign_attr)
                inner = self._judge(value, depth + 1, None, local=False) if value else None
                if inner is not None:
                    problem = _instance_state_problem(
                        definition.name, assign_attr.attrname, inner, assign_attr, None
                    )
                    note = f"`{snippet(call)}` stores it on the object"
                    return problem.through(step(call, note))
        return None

    def _attribute_reset_by_method(
        self, definition: nodes.AssignName, use: nodes.Name, attribute: str
    ) -> bool:
        """`job.finish()` before the boundary, where `finish` sets `self.<attribute>`."""
        for call in _own_nodes(definition.scope(), nodes.Call):
            if not (definition.lineno or 0) < (call.lineno or 0) < (use.lineno or 0):
                continue
            func = call.func
            if isinstance(func, nodes.Attribute) and _is_name(func.expr, definition.name):
                method = self._user_method(func)
                if method is not None and attribute in _self_assigned(method):
                    return True
        return False

    def _user_method(self, func: nodes.Attribute) -> nodes.FunctionDef | None:
        for value in self.facade.infer(func) or []:
            method = _function_of(value)
            if isinstance(value, bases.BoundMethod) and method and is_user_node(method):
                return method
        return None

    # ---- attributes ---------------------------------------------------------------------

    def _attribute(
        self, attr: nodes.Attribute, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        spelled = syntactic_names(attr)
        if spelled and all(name.split(".")[0] in kb.ARRAY_PACKAGES for name in spelled):
            return None  # `torch.manual_seed`: importable by name; not inferred (see _call)
        stream = popen_stream(attr, syntactic_names)
        if stream is not None:
            note = f"`{snippet(attr.expr)}` was started with `{attr.attrname}=subprocess.PIPE`"
            return Problem("PKL004", stream.what, stream.error, kb.ALWAYS, (step(attr, note),))
        for value in self.facade.infer(attr) or []:
            if isinstance(value, bases.BoundMethod):
                return self._bound_method(value, attr, depth, bindings)
        if isinstance(attr.expr, nodes.Name) and attr.expr.name == "self":
            problem = self._self_attribute(attr, depth)
            if problem is not None:
                return problem
        return self._inferred(attr, depth)

    def _self_attribute(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        cls = attr.frame()
        cls = cls.parent.frame() if isinstance(cls, nodes.FunctionDef) and cls.parent else None
        if not isinstance(cls, nodes.ClassDef):
            return None
        assignments = _init_assignments(cls).get(attr.attrname, [])
        for assign_attr in assignments:
            value, _note = assigned_value(assign_attr)
            if value is None:
                continue
            inner = self._judge(value, depth + 1, None, local=False)
            if inner is not None:
                note = f"`self.{attr.attrname}` is set to `{snippet(value)}`"
                return inner.through(step(assign_attr.statement(), note))
        return None

    def _bound_method(
        self,
        method: bases.BoundMethod,
        attr: nodes.Attribute,
        depth: int,
        bindings: Bindings | None,
    ) -> Problem | None:
        receiver = self._judge(attr.expr, depth + 1, bindings, local=False)
        if receiver is None and isinstance(attr.expr, nodes.Name) and attr.expr.name == "self":
            cls = getattr(method.bound, "_proxied", None)
            if isinstance(cls, nodes.ClassDef):
                receiver = self._instance(cls, None, depth + 1, "self")
        if receiver is None:
            return None
        return replace(
            receiver,
            code="PKL009",
            what=f"a bound method, so its `{snippet(attr.expr)}` is pickled too, and that is "
            f"{receiver.what}",
            hints=(
                FixHint(
                    "target-to-function",
                    {"method": attr.attrname, "span": span_list(attr), **located(attr)},
                ),
                *receiver.hints,
            ),
        )

    # ---- calls --------------------------------------------------------------------------

    def _call(self, call: nodes.Call, depth: int, bindings: Bindings | None) -> Problem | None:
        if self._is_manager_proxy_factory(call):
            return None  # manager.Lock(), manager.dict(): proxies pickle by address
        spelled = syntactic_names(call.func)
        if spelled and all(name.split(".")[0] in kb.ARRAY_PACKAGES for name in spelled):
            # Arrays and frames pickle through their own __reduce__; inferring into numpy
            # builds its stubs again for every call (seconds per file). Left unknown.
            return None
        names = self.facade.qualified_names(call.func) | spelled
        known = self._known_factory(call, names)
        if known is not None:
            return known
        if "functools.partial" in names and call.args:
            parts = [*call.args, *(k.value for k in call.keywords or [])]
            inner = self._first(parts, depth, bindings, False)
            note = "functools.partial pickles its function and arguments"
            return inner.through(step(call, note)) if inner else None
        if isinstance(call.func, nodes.Name):
            local = lookup(call.func, call.func.name)
            generated = self._local_generated_class(local)
            if generated is not None:
                return generated
            misnamed = not_the_same.misnamed_tuple(local, syntactic_names)
            if misnamed is not None:
                return _not_the_same(misnamed)
            if len(local) == 1 and isinstance(local[0], nodes.ClassDef):
                # Read the class as written: astroid's brains replace NamedTuples etc.
                return self._instance(local[0], call, depth + 1, snippet(call), bindings)
        for callee in self.facade.infer(call.func) or []:
            if isinstance(callee, nodes.ClassDef) and is_user_node(callee):
                return self._instance(callee, call, depth + 1, snippet(call), bindings)
            if isinstance(callee, nodes.FunctionDef) and is_user_node(callee):
                return self._helper_result(callee, call, depth + 1, bindings)
        return self._inferred(call, depth)

    def _known_factory(self, call: nodes.Call, names: set[str]) -> Problem | None:
        origin = f"created by `{snippet(call)}`"
        special = self._known_method_result(call, names)
        if special is not None:
            return special
        for name in sorted(names):
            if name in kb.UNPICKLABLE_FACTORIES:
                known = opened_file(call, name) or kb.UNPICKLABLE_FACTORIES[name]
                chain = (step(call, origin),)
                return Problem(
                    "PKL004", known.what, known.error, kb.ALWAYS, chain, since=known.since
                )
            if name in kb.PRIMITIVE_FACTORIES:
                primitive = kb.PRIMITIVE_FACTORIES[name]
                return _primitive_problem(primitive, call)
            kind = _process_object_kind(name)
            if kind is not None:
                return Problem(
                    "PKL011",
                    f"a {kind} object",
                    kb.PROCESS_OBJECT_ERRORS[kind],
                    kb.ALWAYS,
                    (step(call, origin),),
                )
        return None

    def _known_method_result(self, call: nodes.Call, names: set[str]) -> Problem | None:
        """Results astroid does not infer: `ctx.Value(...)` of a context object,
        `connection.cursor()`, `vars(SomeClass)`."""
        func = call.func
        is_method = isinstance(func, nodes.Attribute)
        if is_method and func.attrname in kb.PRIMITIVE_NAMES and self._is_context(func.expr):
            return _primitive_problem(kb.Primitive(func.attrname), call)
        if isinstance(func, nodes.Attribute) and func.attrname == "cursor":
            receiver = self._judge(func.expr, MAX_DEPTH - 2, None, local=False)
            if receiver is not None and "sqlite3" in receiver.error:
                known = kb.UNPICKLABLE_INSTANCES["sqlite3.Cursor"]
                return Problem(
                    "PKL004", known.what, known.error, kb.ALWAYS, (step(call, "a cursor"),)
                )
        if "builtins.vars" in names and len(call.args) == 1 and self._is_class(call.args[0]):
            known = kb.UNPICKLABLE_FACTORIES["types.MappingProxyType"]
            note = "`vars()` of a class is a read-only mappingproxy"
            return Problem("PKL004", known.what, known.error, kb.ALWAYS, (step(call, note),))
        return None

    def _local_generated_class(self, definitions: list[nodes.NodeNG]) -> Problem | None:
        """`Row = namedtuple("Row", ...)` inside a function: pickle finds no `Row` at module
        level, so instances fail like those of a nested class."""
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return None
        definition = definitions[0]
        value, _note = assigned_value(definition)
        if not isinstance(value, nodes.Call) or not isinstance(
            definition.scope(), nodes.FunctionDef
        ):
            return None
        factory = self.facade.qualified_names(value.func) | syntactic_names(value.func)
        if not factory & _CLASS_FACTORIES or (
            factory == {"builtins.type"} and len(value.args) != 3
        ):
            return None  # type(x) with one argument returns an existing class
        name = definition.name
        return Problem(
            "PKL002",
            f"an instance of `{name}`, a class created inside `{definition.scope().name}()`",
            f"PicklingError: Can't pickle <class '__main__.{name}'>: attribute lookup {name} "
            "on __main__ failed",
            kb.ALWAYS,
            (step(definition.statement(), f"`{name}` is created inside a function"),),
            by_name=True,
        )

    def _is_class(self, expr: nodes.NodeNG) -> bool:
        return any(isinstance(v, nodes.ClassDef) for v in self.facade.infer(expr) or [])

    def _is_context(self, expr: nodes.NodeNG) -> bool:
        return is_context_expr(expr, self.facade)

    def _helper_result(
        self,
        function: nodes.FunctionDef,
        call: nodes.Call,
        depth: int,
        bindings: Bindings | None,
    ) -> Problem | None:
        if function.is_generator():
            return Problem(
                "PKL004",
                "a generator",
                kb.UNPICKLABLE_INSTANCES["builtins.generator"].error,
                kb.ALWAYS,
                (step(call, f"`{function.name}()` returns a generator"),),
            )
        if isinstance(function.parent, nodes.ClassDef) or function.decorators:
            return None
        inner_bindings = _bind_arguments(function, call, bindings)
        returns = [r for r in _own_nodes(function, nodes.Return) if r.value is not None]
        if not returns:
            return None
        problems = []
        for ret in returns:
            problem = self._judge(ret.value, depth + 1, inner_bindings, local=False)
            if problem is None:
                return None
            problems.append(problem.through(step(ret, f"`{function.name}()` returns this")))
        return problems[0]

    # ---- instances ----------------------------------------------------------------------

    def _instance(
        self,
        cls: nodes.ClassDef,
        call: nodes.Call | None,
        depth: int,
        label: str,
        bindings: Bindings | None = None,
    ) -> Problem | None:
        if is_nested(cls) or in_main_guard(cls) or not_the_same.redefined_class(cls):
            return _class_object_problem(cls, instance=True)
        known = _known_base(cls)
        if known is not None:
            return known
        if _has_custom_reduce(cls) or cls.name in self._copyreg_classes:
            return None
        recursing = rebuild.recursive_getattr([cls, *_safe_ancestors(cls)])
        if recursing is not None:
            return _recursing_getattr(cls, recursing)
        excluded = _getstate_exclusions(cls)
        if excluded is None:
            return None
        init = _constructor(cls)
        init_bindings = _bind_arguments(init, call, bindings) if init and call else None
        found: list[Problem] = []
        for attr, assignments in _init_assignments(cls).items():
            if attr in excluded:
                continue
            for assign_attr in assignments:
                value, _note = assigned_value(assign_attr)
                if value is None:
                    continue
                own = init is not None and assign_attr.frame() is init
                inner = self._judge(value, depth + 1, init_bindings if own else None, False)
                if inner is not None:
                    found.append(_instance_state_problem(label, attr, inner, assign_attr, cls))
                    break
        if found:
            return _with_all_attributes(found)
        return self._field_problem(cls, call, depth, label, bindings, excluded)

    def _field_problem(
        self,
        cls: nodes.ClassDef,
        call: nodes.Call | None,
        depth: int,
        label: str,
        bindings: Bindings | None,
        excluded: frozenset[str],
    ) -> Problem | None:
        """Dataclass and NamedTuple fields filled from constructor arguments."""
        fields = _declared_fields(cls)
        if call is None or not fields:
            return None
        arguments: dict[str, nodes.NodeNG] = dict(zip(fields, call.args, strict=False))
        arguments.update({k.arg: k.value for k in call.keywords or [] if k.arg})
        for name, argument in arguments.items():
            if name in excluded or isinstance(argument, nodes.Starred):
                continue
            inner = self._judge(argument, depth + 1, bindings, local=False)
            if inner is not None:
                return _instance_state_problem(label, name, inner, argument, cls)
        return self._default_field_problem(cls, set(arguments) | excluded, label)

    def _default_field_problem(
        self, cls: nodes.ClassDef, given: set[str], label: str
    ) -> Problem | None:
        """Fields left to their default: `field(default_factory=threading.Lock)`."""
        for statement in cls.body:
            if not (
                isinstance(statement, nodes.AnnAssign)
                and isinstance(statement.target, nodes.AssignName)
                and statement.value is not None
                and statement.target.name not in given
            ):
                continue
            factory = _default_factory(statement.value)
            if factory is None:
                continue
            names = self.facade.qualified_names(factory) | syntactic_names(factory)
            for name in sorted(names):
                known = kb.UNPICKLABLE_FACTORIES.get(name)
                if known is not None:
                    note = f"`{statement.target.name}` defaults to `{snippet(factory)}()`"
                    inner = Problem(
                        "PKL004", known.what, known.error, kb.ALWAYS, (step(statement, note),)
                    )
                    return _instance_state_problem(
                        label, statement.target.name, inner, statement, cls
                    )
        return None

    # ---- inference fallback -------------------------------------------------------------

    def _inferred(self, expr: nodes.NodeNG, depth: int) -> Problem | None:
        values = self.facade.infer(expr)
        if not values:
            return None
        problems = []
        for value in values:
            problem = self._inferred_value(value, expr, depth)
            if problem is None:
                return None
            problems.append(problem)
        return problems[0]

    def _inferred_value(self, value: Any, expr: nodes.NodeNG, depth: int) -> Problem | None:
        origin = (step(expr, f"`{snippet(expr)}`"),)
        if isinstance(value, bases.Generator):
            known = kb.UNPICKLABLE_INSTANCES["builtins.generator"]
            return Problem("PKL004", known.what, known.error, kb.ALWAYS, origin)
        if isinstance(value, nodes.Module):
            return Problem(
                "PKL004",
                f"the module `{value.name}`",
                "TypeError: cannot pickle 'module' object",
                kb.ALWAYS,
                origin,
            )
        if isinstance(value, nodes.Lambda) and not isinstance(value, nodes.FunctionDef):
            return _lambda_problem(value)
        if isinstance(value, nodes.FunctionDef):
            return _function_problem(value)
        if isinstance(value, nodes.ClassDef):
            return _class_object_problem(value)
        if isinstance(value, bases.Instance) and not isinstance(value, bases.BoundMethod):
            return self._inferred_instance(value, expr, depth)
        return None

    def _inferred_instance(
        self, value: bases.Instance, expr: nodes.NodeNG, depth: int
    ) -> Problem | None:
        qname = _qname(value)
        origin = (step(expr, f"`{snippet(expr)}` is {qname}"),)
        if qname in kb.UNPICKLABLE_INSTANCES:
            known = kb.UNPICKLABLE_INSTANCES[qname]
            return Problem("PKL004", known.what, known.error, kb.ALWAYS, origin, since=known.since)
        if qname in kb.PRIMITIVE_INSTANCES:
            return _primitive_problem(kb.PRIMITIVE_INSTANCES[qname], expr)
        kind = _process_object_kind(qname)
        if kind is not None:
            return Problem(
                "PKL011", f"a {kind} object", kb.PROCESS_OBJECT_ERRORS[kind], kb.ALWAYS, origin
            )
        cls = getattr(value, "_proxied", None)
        if isinstance(cls, nodes.ClassDef) and is_user_node(cls):
            return self._instance(cls, None, depth + 1, snippet(expr))
        return None

    # ---- iterables of tasks -------------------------------------------------------------

    def _items(
        self, iterable: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        if depth > MAX_DEPTH:
            return None
        if isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)):
            return self._first(iterable.elts, depth, bindings, local)
        if isinstance(iterable, (nodes.ListComp, nodes.SetComp, nodes.GeneratorExp)):
            return self._judge(iterable.elt, depth + 1, bindings, local)
        if isinstance(iterable, nodes.BinOp) and iterable.op == "*":
            return self._items(iterable.left, depth + 1, bindings, local)
        if isinstance(iterable, nodes.Call):
            return self._call_items(iterable, depth, bindings, local)
        if isinstance(iterable, nodes.Name):
            return self._name_items(iterable, depth, bindings)
        return None

    def _call_items(
        self, call: nodes.Call, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        names = self.facade.qualified_names(call.func)
        if "builtins.zip" in names:
            for argument in call.args:
                problem = self._items(argument, depth + 1, bindings, local)
                if problem is not None:
                    return problem
        if "itertools.repeat" in names and call.args:
            return self._judge(call.args[0], depth + 1, bindings, local)
        return None

    def _name_items(
        self, name: nodes.Name, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        if bindings is not None and name.name in bindings:
            argument, outer = bindings[name.name]
            return self._items(argument, depth + 1, outer, local=False)
        definitions = lookup(name, name.name)
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return None
        value, note = assigned_value(definitions[0])
        if value is None:
            return None
        problem = self._items(value, depth + 1, None, local=False)
        return problem.through(step(definitions[0].statement(), note)) if problem else None

    # ---- helpers ------------------------------------------------------------------------

    def _is_manager_proxy_factory(self, call: nodes.Call) -> bool:
        if not isinstance(call.func, nodes.Attribute):
            return False
        receiver = call.func.expr
        if isinstance(receiver, nodes.Call) and kb.MANAGER_FACTORIES & (
            self.facade.qualified_names(receiver.func) | syntactic_names(receiver.func)
        ):
            return True
        owner = self.facade.instance_qnames(receiver)
        return any(name.startswith("multiprocessing.managers.") for name in owner)

    def _user_function(self, func_expr: nodes.NodeNG) -> nodes.FunctionDef | None:
        for value in self.facade.infer(func_expr) or []:
            function = _function_of(value)
            if function is not None and is_user_node(function):
                return function
        return None

    def _classes(self, expr: nodes.NodeNG) -> Iterator[nodes.ClassDef]:
        for value in self.facade.infer(expr) or []:
            if isinstance(value, nodes.ClassDef) and is_user_node(value):
                yield value


# ---- problems for definitions -------------------------------------------------------------


def is_context_expr(expr: nodes.NodeNG, facade: Facade) -> bool:
    """Whether `expr` is a `multiprocessing.get_context(...)` result (directly or by name)."""
    if isinstance(expr, nodes.Name):
        definitions = lookup(expr, expr.name)
        if len(definitions) != 1:
            return False
        value, _note = assigned_value(definitions[0])
        expr = value if value is not None else expr
    if not isinstance(expr, nodes.Call):
        return False
    callee = facade.qualified_names(expr.func) | syntactic_names(expr.func)
    return bool(callee & kb.CONTEXT_GETTERS)


def syntactic_names(func: nodes.NodeNG) -> set[str]:
    """`mod.attr` / `from mod import attr` dotted names of a callee, read from the imports.

    Covers C-level callables astroid cannot infer (weakref.ref, types.MappingProxyType).
    """
    parts: list[str] = []
    node = func
    while isinstance(node, nodes.Attribute):
        parts.append(str(node.attrname))
        node = node.expr
    if not isinstance(node, nodes.Name):
        return set()
    names: set[str] = set()
    for definition in lookup(node, node.name):
        if isinstance(definition, nodes.Import):
            for module, alias in definition.names:
                if (alias or module.split(".")[0]) == node.name:
                    head = module if alias else node.name
                    names.add(".".join([head, *reversed(parts)]))
        elif isinstance(definition, nodes.ImportFrom) and not definition.level:
            for name, alias in definition.names:
                if (alias or name) == node.name:
                    names.add(".".join([definition.modname, name, *reversed(parts)]))
    return names


def _lambda_problem(node: nodes.Lambda) -> Problem:
    return Problem(
        "PKL001",
        "a lambda",
        "PicklingError: Can't pickle <function <lambda>>: attribute lookup <lambda> on "
        "__main__ failed",
        kb.ALWAYS,
        (step(node, "the lambda is defined here"),),
        (FixHint("lift-lambda", {"lambda": span_list(node), **located(node)}),),
        by_name=True,
    )


def _function_problem(function: nodes.FunctionDef) -> Problem | None:
    if isinstance(function.parent, nodes.ClassDef):
        return None
    if function.decorators:
        return _decorated_problem(function)
    if is_nested(function):
        qualname = _qualname(function)
        return Problem(
            "PKL002",
            f"a local function (`{qualname}`)",
            f"AttributeError: Can't pickle local object '{qualname}'",
            kb.ALWAYS,
            (step(function, f"`{function.name}` is defined inside a function"),),
            (
                FixHint(
                    "lift-local-def",
                    {"name": function.name, "def": span_list(function), **located(function)},
                ),
            ),
            by_name=True,
        )
    if in_main_guard(function):
        return Problem(
            "PKL003",
            'a function defined inside the `if __name__ == "__main__":` block',
            f"AttributeError: Can't get attribute '{function.name}' on <module '__mp_main__'>",
            kb.CHILD_ONLY,
            (step(function, f"`{function.name}` is defined inside the `__main__` guard"),),
            (
                FixHint(
                    "move-out-of-main-guard",
                    {"name": function.name, "def": span_list(function), **located(function)},
                ),
            ),
            by_name=True,
        )
    return None


def _decorated_problem(function: nodes.FunctionDef) -> Problem | None:
    """A decorator of this file that returns its inner function without functools.wraps: the
    module name now holds `deco.<locals>.wrapper`, which pickle cannot look up."""
    for decorator in function.decorators.nodes:
        if not isinstance(decorator, nodes.Name):
            return None
        definitions = lookup(decorator, decorator.name)
        if _replaced_by_instance(function, definitions):
            assert isinstance(definitions[0], nodes.ClassDef)
            return _not_the_same(not_the_same.replaced_by_class_instance(function, definitions[0]))
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.FunctionDef):
            return None
        wrapper = _returned_local_function(definitions[0])
        if wrapper is None:
            return None
        if wrapper.decorators and any("wraps" in d.as_string() for d in wrapper.decorators.nodes):
            continue
        qualname = f"{definitions[0].name}.<locals>.{wrapper.name}"
        return Problem(
            "PKL002",
            f"a function replaced by its decorator's local function (`{qualname}`)",
            f"AttributeError: Can't pickle local object '{qualname}'",
            kb.ALWAYS,
            (
                step(decorator, f"`@{decorator.name}` replaces `{function.name}`"),
                step(wrapper, f"`{wrapper.name}` is local and not wrapped with functools.wraps"),
            ),
            by_name=True,
        )
    return None


def _replaced_by_instance(function: nodes.FunctionDef, definitions: list[nodes.NodeNG]) -> bool:
    return (
        isinstance(function.parent, nodes.Module)
        and len(definitions) == 1
        and isinstance(definitions[0], nodes.ClassDef)
        and not_the_same.keeps_its_argument(definitions[0])
    )


def _not_the_same(found: not_the_same.Found) -> Problem:
    """PKL014: the name pickle stores leads to another object (families/names.py)."""
    what, error, chain = found
    steps = tuple(step(node, note) for node, note in chain)
    return Problem("PKL014", what, error, kb.ALWAYS, steps, by_name=True)


def _returned_local_function(decorator: nodes.FunctionDef) -> nodes.FunctionDef | None:
    returns = [r for r in _own_nodes(decorator, nodes.Return) if r.value is not None]
    if len(returns) != 1 or not isinstance(returns[0].value, nodes.Name):
        return None
    name = returns[0].value.name
    local = decorator.locals.get(name, [])
    if len(local) == 1 and isinstance(local[0], nodes.FunctionDef):
        return local[0]
    return None


def _class_object_problem(cls: nodes.ClassDef, instance: bool = False) -> Problem | None:
    prefix = "an instance of " if instance else ""
    if is_nested(cls):
        qualname = _qualname(cls)
        return Problem(
            "PKL002",
            f"{prefix}a local class (`{qualname}`)",
            f"AttributeError: Can't pickle local object '{qualname}'",
            kb.ALWAYS,
            (step(cls, f"`{cls.name}` is defined inside a function"),),
            (FixHint("lift-local-def", {"name": cls.name, "def": span_list(cls), **located(cls)}),),
            by_name=True,
        )
    if in_main_guard(cls):
        return Problem(
            "PKL003",
            f'{prefix}a class defined inside the `if __name__ == "__main__":` block',
            f"AttributeError: Can't get attribute '{cls.name}' on <module '__mp_main__'>",
            kb.CHILD_ONLY,
            (step(cls, f"`{cls.name}` is defined inside the `__main__` guard"),),
            (
                FixHint(
                    "move-out-of-main-guard",
                    {"name": cls.name, "def": span_list(cls), **located(cls)},
                ),
            ),
            by_name=True,
        )
    redefined = not_the_same.redefined_class(cls)
    return _not_the_same(redefined) if redefined else None


def _primitive_problem(primitive: kb.Primitive, node: nodes.NodeNG) -> Problem:
    return Problem(
        "PKL006",
        f"a multiprocessing {primitive.name}",
        primitive.error,
        kb.ALWAYS,
        (step(node, f"created by `{snippet(node)}`"),),
        (
            FixHint("pass-via-initializer", {"primitive": primitive.name}),
            FixHint("use-manager", {"primitive": primitive.name}),
        ),
        inheritable=True,
    )


def _instance_state_problem(
    label: str,
    attr: str,
    inner: Problem,
    assign: nodes.NodeNG,
    cls: nodes.ClassDef | None,
) -> Problem:
    owner = f"`{cls.name}`" if cls is not None else f"`{label}`"
    hints = inner.hints
    if cls is not None:
        data = {"class": cls.name, "class_span": span_list(cls), "attrs": [attr], **located(cls)}
        hints = (FixHint("add-getstate", data), *hints)
    where = assign.statement() if hasattr(assign, "statement") else assign
    return replace(
        inner,
        attribute=attr,
        code="PKL005" if inner.code not in ("PKL002", "PKL003") else inner.code,
        what=f"an instance of {owner} whose attribute `{attr}` holds {inner.what}",
        chain=(step(where, f"`{attr}` is set to `{snippet(_value_of(assign))}`"), *inner.chain),
        hints=hints,
    )


def bound_argument(function: nodes.FunctionDef, call: nodes.Call, name: str) -> nodes.NodeNG | None:
    """The expression `call` passes (or defaults) to parameter `name` of `function`."""
    bound = _bind_arguments(function, call, None) or {}
    return bound[name][0] if name in bound else None


def _assigns_none(definition: nodes.NodeNG) -> bool:
    value, _note = assigned_value(definition)
    return isinstance(value, nodes.Const) and value.value is None


def _called_before(function: nodes.FunctionDef, use: nodes.Name) -> bool:
    """Whether `function()` is called in the use's scope, before the use."""
    for call in calls_of(function):
        if call.scope() is use.scope() and (call.lineno or 0) < (use.lineno or 0):
            return True
    return False


def _added_to(node: nodes.NodeNG, container: str) -> list[nodes.NodeNG]:
    """Values a statement adds to the list/dict/set named `container`."""
    if isinstance(node, nodes.Assign):
        return [
            node.value
            for target in node.targets
            if isinstance(target, nodes.Subscript) and _is_name(target.value, container)
        ]
    func = node.func
    if not (isinstance(func, nodes.Attribute) and _is_name(func.expr, container)):
        return []
    if func.attrname in ("append", "add") and node.args:
        return [node.args[0]]
    if func.attrname == "insert" and len(node.args) == 2:
        return [node.args[1]]
    if func.attrname == "setdefault" and len(node.args) == 2:
        return [node.args[1]]
    if func.attrname in ("extend", "update") and node.args:
        argument = node.args[0]
        if isinstance(argument, (nodes.List, nodes.Tuple, nodes.Set)):
            return list(argument.elts)
        if isinstance(argument, nodes.Dict):
            return [v for _k, v in argument.items]
    return []


def calls_of(function: nodes.FunctionDef) -> list[nodes.Call]:
    """Calls of a module-level function by its name in its own module (at most 20)."""
    if not isinstance(function.parent, nodes.Module):
        return []
    calls = []
    for call in _calls_by_name(function.root()).get(function.name, []):
        if function not in lookup(call.func, function.name):
            continue
        calls.append(call)
        if len(calls) > 20:
            return []
    return calls


def _calls_by_name(module: nodes.Module) -> dict[str, list[nodes.Call]]:
    """Calls of plain names in a module, indexed once per tree (callers are asked for often)."""
    index: dict[str, list[nodes.Call]] | None = remembered(module, "calls_by_name")
    if index is None:
        index = {}
        for call in nodes_in(module, nodes.Call):
            if isinstance(call.func, nodes.Name):
                index.setdefault(call.func.name, []).append(call)
        remember(module, "calls_by_name", index)
    return index


def _attribute_replaced(
    definition: nodes.AssignName,
    use: nodes.Name,
    attribute: str,
    after: nodes.NodeNG | None = None,
) -> bool:
    """Whether `name.attribute` is reassigned or deleted between `definition` (or `after`)
    and `use`."""
    start, end = ((after or definition).lineno or 0), use.lineno or 0
    for node in _own_nodes(definition.scope(), (nodes.AssignAttr, nodes.DelAttr)):
        if not start <= (node.lineno or 0) <= end or node.attrname != attribute:
            continue
        if isinstance(node.expr, nodes.Name) and node.expr.name == definition.name:
            return True
    return False


def _function_of(value: Any) -> nodes.FunctionDef | None:
    """The FunctionDef behind a function or (un)bound method value."""
    for _ in range(3):
        if isinstance(value, nodes.FunctionDef):
            return value
        value = getattr(value, "_proxied", None)
    return None


def _self_assigned(method: nodes.FunctionDef) -> set[str]:
    self_name = _self_name(method)
    return {
        str(node.attrname)
        for node in _own_nodes(method, (nodes.AssignAttr, nodes.DelAttr))
        if getattr(node.expr, "name", None) == self_name
    }


def _self_name(method: nodes.FunctionDef) -> str | None:
    params = method.args.posonlyargs + method.args.args
    return str(params[0].name) if params else None


def _default_factory(value: nodes.NodeNG) -> nodes.NodeNG | None:
    if not (isinstance(value, nodes.Call) and syntactic_call_name(value) == "field"):
        return None
    for keyword in value.keywords or []:
        if keyword.arg == "default_factory":
            return keyword.value
    return None


def syntactic_call_name(call: nodes.Call) -> str:
    func = call.func
    if isinstance(func, nodes.Attribute):
        return str(func.attrname)
    return str(func.name) if isinstance(func, nodes.Name) else ""


def _declared_fields(cls: nodes.ClassDef) -> list[str]:
    """Field names of a dataclass or typing.NamedTuple, in constructor order."""
    decorators = [d.as_string() for d in (cls.decorators.nodes if cls.decorators else [])]
    is_dataclass = any(d.split("(")[0].endswith("dataclass") for d in decorators)
    is_named_tuple = any(b.as_string().endswith("NamedTuple") for b in cls.bases)
    if not (is_dataclass or is_named_tuple):
        return []
    return [
        str(statement.target.name)
        for statement in cls.body
        if isinstance(statement, nodes.AnnAssign)
        and isinstance(statement.target, nodes.AssignName)
        and "ClassVar" not in statement.annotation.as_string()
    ]


def _with_all_attributes(found: list[Problem]) -> Problem:
    """The first bad attribute explains the finding; the getstate fix needs all of them."""
    attrs = [p.attribute for p in found if p.attribute]
    hints = tuple(
        FixHint(h.kind, {**h.data, "attrs": attrs}) if h.kind == "add-getstate" else h
        for h in found[0].hints
    )
    return replace(found[0], hints=hints)


def _value_of(node: nodes.NodeNG) -> nodes.NodeNG:
    value, _note = (
        assigned_value(node)
        if isinstance(node, (nodes.AssignName, nodes.AssignAttr))
        else (None, "")
    )
    if value is not None:
        return value
    return getattr(node, "value", node)


def _caught_locally(
    raise_node: nodes.Raise, cls: nodes.ClassDef, function: nodes.FunctionDef
) -> bool:
    """A `try:` around the raise, inside the worker, whose handler catches the exception."""
    names = {cls.name, "Exception", "BaseException"} | {
        a.name for a in _safe_ancestors(cls) if hasattr(a, "name")
    }
    node: nodes.NodeNG = raise_node
    while node.parent is not None and node is not function:
        parent = node.parent
        if isinstance(parent, nodes.Try) and node in parent.body:
            for handler in parent.handlers:
                if handler.type is None or _handler_names(handler.type) & names:
                    return True
        node = parent
    return False


def _handler_names(node: nodes.NodeNG) -> set[str]:
    if isinstance(node, nodes.Tuple):
        return set().union(*(_handler_names(e) for e in node.elts))
    if isinstance(node, nodes.Name):
        return {str(node.name)}
    if isinstance(node, nodes.Attribute):
        return {str(node.attrname)}
    return set()


def _broken_exception(cls: nodes.ClassDef) -> Problem | None:
    """An exception class whose instances cannot be rebuilt from `self.args` when unpickled."""
    if not any(_qname(base) == "builtins.BaseException" for base in _safe_ancestors(cls)):
        return None
    if _has_custom_reduce(cls):
        return None
    init = cls.local_attr("__init__")[0] if "__init__" in cls.locals else None
    if not isinstance(init, nodes.FunctionDef):
        return None
    required = _required_positional(init)
    kwonly_required = [
        a.name
        for a, d in zip(init.args.kwonlyargs, init.args.kw_defaults or [], strict=False)
        if d is None
    ]
    passed = _super_init_argument_count(init)
    rederived = rebuild.argument_rederived(init)
    if kwonly_required:
        missing = f"missing required keyword-only argument: '{kwonly_required[0]}'"
    elif passed is not None and passed < required and init.args.vararg is None:
        missing = f"missing {required - passed} required positional argument"
    elif rederived is not None:
        parameter, expression = rederived
        return _rederived_exception(cls, init, parameter, expression)
    else:
        return None
    return Problem(
        "PKL008",
        f"the exception `{cls.name}`, which cannot be rebuilt from its `args` when unpickled",
        f"TypeError: {cls.name}.__init__() {missing}",
        kb.ALWAYS,
        (step(init, f"`{cls.name}.__init__` passes other arguments to the base class"),),
        (
            FixHint(
                "exception-reduce",
                {"class": cls.name, "class_span": span_list(cls), **located(cls)},
            ),
        ),
    )


# ---- small syntactic helpers ---------------------------------------------------------------


def _recursing_getattr(cls: nodes.ClassDef, method: nodes.FunctionDef) -> Problem:
    """families/rebuild.py: unpickling asks an empty instance for `__setstate__`."""
    note = (
        f"`{cls.name}.__getattr__` reads an attribute of `self`, which an instance being "
        "unpickled does not have yet, so it calls itself again"
    )
    return Problem(
        "PKL005",
        f"an instance of `{cls.name}` whose `__getattr__` recurses while it is unpickled",
        "RecursionError: maximum recursion depth exceeded (in __getattr__ while unpickling; "
        "the pool waits forever)",
        kb.ALWAYS,
        (step(method, note),),
    )


def _rederived_exception(
    cls: nodes.ClassDef, init: nodes.FunctionDef, parameter: str, expression: str
) -> Problem:
    """families/rebuild.py: the rebuild evaluates `expression` on what it produced."""
    note = (
        f"`{cls.name}.__init__` keeps `{expression}` in `args`; rebuilding calls "
        f"`{cls.name}({expression})`, which evaluates `{expression}` again on it"
    )
    return Problem(
        "PKL008",
        f"the exception `{cls.name}`, which cannot be rebuilt from its `args` when unpickled",
        f"error in {cls.name}.__init__ while unpickling: `{expression}` of the `{parameter}` "
        "argument's own value (the pool waits forever)",
        kb.ALWAYS,
        (step(init, note),),
        (
            FixHint(
                "exception-reduce",
                {"class": cls.name, "class_span": span_list(cls), **located(cls)},
            ),
        ),
    )


def assigned_value(target: nodes.NodeNG) -> tuple[nodes.NodeNG | None, str]:
    """The expression assigned to a name/attribute target, with a note for the chain."""
    parent = target.parent
    label = (
        target.as_string() if isinstance(target, nodes.AssignAttr) else getattr(target, "name", "?")
    )
    if isinstance(parent, (nodes.Assign, nodes.AnnAssign)) and parent.value is not None:
        return parent.value, f"`{label}` is assigned here"
    if isinstance(parent, nodes.NamedExpr):
        return parent.value, f"`{label}` is assigned here"
    if isinstance(parent, nodes.Tuple) and isinstance(parent.parent, nodes.Assign):
        value = parent.parent.value
        if isinstance(value, nodes.Tuple) and len(value.elts) == len(parent.elts):
            return value.elts[parent.elts.index(target)], f"`{label}` is assigned here"
        return None, ""
    if isinstance(parent, nodes.With):
        for item, var in parent.items:
            if var is target:
                return item, f"`{label}` is bound by `with`"
    return None, ""


def _own_nodes(scope: nodes.NodeNG, kind: type[Any] | tuple[type[Any], ...]) -> Iterator[Any]:
    """Nodes of `kind` in `scope`, not descending into nested functions, lambdas or classes."""
    stack = list(scope.get_children())
    while stack:
        node = stack.pop()
        if isinstance(node, kind):
            yield node
        if isinstance(node, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
            continue
        stack.extend(node.get_children())


def _bind_arguments(
    function: nodes.FunctionDef | None, call: nodes.Call | None, outer: Bindings | None
) -> Bindings | None:
    if function is None or call is None:
        return None
    params = [a.name for a in function.args.posonlyargs + function.args.args]
    if params and isinstance(function.parent, nodes.ClassDef):
        params = params[1:]
    bound: Bindings = {}
    for name, argument in zip(params, call.args, strict=False):
        if isinstance(argument, nodes.Starred):
            break
        bound[name] = (argument, outer)
    for keyword in call.keywords or []:
        if keyword.arg is not None:
            bound[keyword.arg] = (keyword.value, outer)
    all_args = function.args.posonlyargs + function.args.args
    defaults = function.args.defaults or []
    for arg, default in zip(all_args[len(all_args) - len(defaults) :], defaults, strict=True):
        bound.setdefault(arg.name, (default, None))
    return bound


def _init_assignments(cls: nodes.ClassDef) -> dict[str, list[nodes.AssignAttr]]:
    """Instance attributes set in `__init__` (of the class and its user-defined bases)."""
    result: dict[str, list[nodes.AssignAttr]] = {}
    for klass in [cls, *(a for a in _safe_ancestors(cls) if is_user_node(a))]:
        setup = _methods_called_by_init(klass)
        for attr, assigns in klass.instance_attrs.items():
            for assign in assigns:
                frame = assign.frame()
                if isinstance(frame, nodes.FunctionDef) and frame.name in setup:
                    result.setdefault(attr, []).append(assign)
    return result


def _methods_called_by_init(klass: nodes.ClassDef) -> set[str]:
    """`__init__` and the methods it calls on `self` (one level: `self._setup()`)."""
    names = {"__init__"}
    init = klass.locals.get("__init__")
    if init and isinstance(init[0], nodes.FunctionDef):
        for call in _own_nodes(init[0], nodes.Call):
            func = call.func
            if isinstance(func, nodes.Attribute) and _is_self(func.expr):
                names.add(str(func.attrname))
    return names


def _constructor(cls: nodes.ClassDef) -> nodes.FunctionDef | None:
    for klass in [cls, *_safe_ancestors(cls)]:
        init = klass.locals.get("__init__")
        if init and isinstance(init[0], nodes.FunctionDef):
            return init[0] if is_user_node(klass) else None
    return None


def _safe_ancestors(cls: nodes.ClassDef) -> list[nodes.ClassDef]:
    """Bases of `cls` through the facade's memoized, budgeted walk (never astroid's cubic one)."""
    try:
        return Facade(seconds=0.5, steps_per_query=500).ancestors(cls)  # remembered per class
    except Exception:
        return []


def _has_custom_reduce(cls: nodes.ClassDef) -> bool:
    for klass in [cls, *_safe_ancestors(cls)]:
        if not is_user_node(klass):
            continue
        if "__reduce__" in klass.locals or "__reduce_ex__" in klass.locals:
            return True
    return False


def _known_base(cls: nodes.ClassDef) -> Problem | None:
    for base in _safe_ancestors(cls):
        qname = _qname(base)
        if qname in kb.UNPICKLABLE_INSTANCES and qname != "builtins.generator":
            known = kb.UNPICKLABLE_INSTANCES[qname]
            return Problem(
                "PKL005",
                f"an instance of `{cls.name}`, a subclass of {qname} ({known.what})",
                known.error,
                kb.ALWAYS,
                (step(cls, f"`{cls.name}` inherits from {qname}"),),
            )
    return None


def _getstate_exclusions(cls: nodes.ClassDef) -> frozenset[str] | None:
    """Attributes a `__getstate__` drops; None when it does something we cannot follow."""
    for klass in [cls, *_safe_ancestors(cls)]:
        if not is_user_node(klass):
            break
        getstate = klass.locals.get("__getstate__")
        if getstate:
            function = getstate[0]
            if not isinstance(function, nodes.FunctionDef):
                return None
            return _dropped_keys(function)
    return frozenset()


def _dropped_keys(function: nodes.FunctionDef) -> frozenset[str] | None:
    """Keys removed by `state = self.__dict__.copy(); del state['k']` and its variants."""
    returns = [r for r in _own_nodes(function, nodes.Return) if r.value is not None]
    if len(returns) != 1:
        return None
    returned = returns[0].value
    if _is_instance_dict(returned):
        return frozenset()  # `return self.__dict__`: everything is pickled
    if not isinstance(returned, nodes.Name):
        return None
    state = returned.name
    sources = [
        a.value
        for a in _own_nodes(function, nodes.Assign)
        if any(_is_name_target(t, state) for t in a.targets)
    ]
    if len(sources) != 1 or not _is_instance_dict(sources[0]):
        return None  # a hand-built state: trusted, not analysed
    dropped: set[str] = set()
    for node in _own_nodes(function, nodes.NodeNG):
        key = _dropped_key(node, state)
        if key is not None:
            dropped.add(key)
    return frozenset(dropped)


def _is_instance_dict(node: nodes.NodeNG) -> bool:
    """`self.__dict__`, `self.__dict__.copy()`, `dict(self.__dict__)`, `vars(self)` and copies."""
    if isinstance(node, nodes.Call):
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname == "copy" and not node.args:
            return _is_instance_dict(func.expr)
        if isinstance(func, nodes.Name) and func.name in ("dict", "vars") and len(node.args) == 1:
            argument = node.args[0]
            return _is_instance_dict(argument) or (func.name == "vars" and _is_self(argument))
        return False
    return isinstance(node, nodes.Attribute) and node.attrname == "__dict__" and _is_self(node.expr)


def _is_self(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.Name) and node.name == "self"


def _is_name_target(target: nodes.NodeNG, name: str) -> bool:
    return isinstance(target, nodes.AssignName) and target.name == name


def _dropped_key(node: nodes.NodeNG, state: str) -> str | None:
    if isinstance(node, nodes.Delete):
        for target in node.targets:
            if isinstance(target, nodes.Subscript) and _is_name(target.value, state):
                return _const_str(target.slice)
    if (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Attribute)
        and node.func.attrname == "pop"
        and _is_name(node.func.expr, state)
        and node.args
    ):
        return _const_str(node.args[0])
    if isinstance(node, nodes.Assign) and isinstance(node.value, nodes.Const):
        for target in node.targets:
            if isinstance(target, nodes.Subscript) and _is_name(target.value, state):
                return _const_str(target.slice) if node.value.value is None else None
    return None


def _is_name(node: nodes.NodeNG, name: str) -> bool:
    return isinstance(node, nodes.Name) and node.name == name


def _const_str(node: nodes.NodeNG) -> str | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    return None


def _copyreg_registered(module: nodes.Module) -> frozenset[str]:
    names: set[str] = set()
    for call in nodes_in(module, nodes.Call):
        func = call.func
        is_pickle = (isinstance(func, nodes.Attribute) and func.attrname == "pickle") or (
            isinstance(func, nodes.Name) and func.name == "pickle"
        )
        if is_pickle and call.args and isinstance(call.args[0], nodes.Name):
            names.add(call.args[0].name)
    return frozenset(names)


def _required_positional(function: nodes.FunctionDef) -> int:
    params = function.args.posonlyargs + function.args.args
    return max(0, len(params) - 1 - len(function.args.defaults or []))


def _super_init_argument_count(init: nodes.FunctionDef) -> int | None:
    for call in _own_nodes(init, nodes.Call):
        func = call.func
        if not (isinstance(func, nodes.Attribute) and func.attrname == "__init__"):
            continue
        if any(isinstance(a, nodes.Starred) for a in call.args):
            return None
        receiver = func.expr
        is_super = isinstance(receiver, nodes.Call) and _is_name(receiver.func, "super")
        count = len(call.args) - (0 if is_super else 1)
        return max(count, 0)
    return None


def _process_object_kind(qname: str) -> str | None:
    if qname in kb.POOL_FACTORIES or qname == "multiprocessing.pool.Pool":
        return "Pool"
    if qname in kb.PROCESS_CLASSES:
        return "Process"
    if qname in kb.MANAGER_FACTORIES:
        return "Manager"
    if qname == kb.EXECUTOR_CLASS:
        return "ProcessPoolExecutor"
    return None


def _qname(value: Any) -> str:
    try:
        return str(value.qname())
    except Exception:
        return ""


def _qualname(definition: nodes.NodeNG) -> str:
    parts: list[str] = [definition.name]
    scope = definition.parent.scope() if definition.parent else None
    while scope is not None and not isinstance(scope, nodes.Module):
        if isinstance(scope, (nodes.FunctionDef,)):
            parts.append("<locals>")
            parts.append(scope.name)
        elif isinstance(scope, nodes.ClassDef):
            parts.append(scope.name)
        scope = scope.parent.scope() if scope.parent else None
    return ".".join(reversed(parts))


__all__ = [
    "Judge",
    "Problem",
    "assigned_value",
    "bound_argument",
    "calls_of",
    "in_main_guard",
    "is_context_expr",
    "is_main_guard",
    "snippet",
    "span_of",
    "step",
]
