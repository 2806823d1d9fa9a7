"""The judge: decides whether the value of an expression can be pickled, and why not.

It follows values syntactically first (assignments, `with` targets, containers, comprehensions,
constructor arguments bound to `__init__` parameters, helper-function returns), which yields a
why-chain, and falls back to budgeted astroid inference. Anything it cannot establish is
"unknown" (None): precision before recall.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from astroid import bases, nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_facade import Facade, lookup, remember, remembered
from picklecheck.engine.families import names as not_the_same
from picklecheck.engine.families import rebuild
from picklecheck.engine.families.streams import opened_file, popen_stream
from picklecheck.engine.flow.containers import additions, attribute_additions
from picklecheck.engine.flow.project import is_user_node
from picklecheck.engine.flow.state import (
    construction_sites,
    constructor,
    copyreg_registered,
    declared_fields,
    default_factory,
    getstate_exclusions,
    has_custom_reduce,
    init_assignments,
    method_calls_on,
    safe_ancestors,
    self_attribute_classes,
    started_between,
    state_before,
)
from picklecheck.engine.flow.syntax import (
    Bindings,
    assigned_value,
    attribute_replaced,
    attribute_replaced_in,
    bind_arguments,
    bound_argument,
    calls_of,
    function_of,
    is_context_expr,
    is_name,
    own_nodes,
    self_assigned,
    self_name,
    syntactic_names,
    value_of,
)
from picklecheck.engine.model import ChainStep, FixHint, Span, StartMethod

MAX_DEPTH = 12

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


# A way of judging an expression: its value (`Judge._judge`) or its items (`Judge._items`).
_Follow = Callable[[nodes.NodeNG, int, "Bindings | None", bool], "Problem | None"]


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
        self._copyreg_classes = copyreg_registered(module)

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
        if function.is_generator() or _is_plain_coroutine_function(function):
            known = kb.UNPICKLABLE_INSTANCES[f"builtins.{_lazy_result_kind(function)}"]
            kind = "an async" if isinstance(function, nodes.AsyncFunctionDef) else "a generator"
            return Problem(
                rules.PKL007.code,
                f"the result of `{function.name}()`, {known.what}",
                known.error,
                kb.ALWAYS,
                (step(function, f"`{function.name}` is {kind} function"),),
            )
        for ret in own_nodes(function, nodes.Return):
            if ret.value is None:
                continue
            inner = self._judge(ret.value, 1, None, local=False)
            if inner is not None and inner.code != rules.PKL011.code:
                note = f"`{function.name}` returns `{snippet(ret.value)}`"
                return replace(
                    inner.through(step(ret, note)),
                    code=rules.PKL007.code,
                    what=f"the result of `{function.name}()`, {inner.what}",
                )
        return None

    def worker_exception(self, func_expr: nodes.NodeNG) -> Problem | None:
        """Why an exception the worker raises cannot be unpickled in the parent."""
        function = self._user_function(func_expr)
        if function is None:
            return None
        for raise_node in own_nodes(function, nodes.Raise):
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
                rules.PKL004.code,
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
            cls = _receiver_class(definition)
            if cls is not None:
                return self._self_receiver(cls, use, depth)
            return self._parameter(definition, depth)
        value, note = assigned_value(definition)
        if value is None:
            return self._loop_target(definition, depth)
        problem = self._judge(value, depth + 1, None, local=False)
        if (
            problem is not None
            and problem.attribute
            and (
                attribute_replaced(definition, use, problem.attribute)
                or self._attribute_reset_by_method(definition, use, problem.attribute)
            )
        ):
            problem = None  # `obj.handle = None` (or del) before the boundary
        elif problem is None:
            problem = self._later_attribute_problem(definition, use, depth)
        elif problem.code == rules.PKL011.code and problem.inheritable:
            start_call = started_between(definition, use)
            problem = _started(problem, start_call) if start_call is not None else problem
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
            bound = bind_arguments(function, call, None) or {}
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
        for assign in own_nodes(scope, nodes.Assign):
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
        for node, added in additions(definition, use):
            inner = self._judge(added, depth + 1, None, local=False)
            if inner is not None:
                note = f"`{snippet(node)}` puts it into `{definition.name}`"
                return inner.through(step(node, note))
        return None

    def _method_call_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`db = DB(); db.connect(); send(db)`: a method called before the boundary stores a
        bad value on the object."""
        return self._state_from_calls(
            definition.scope(), str(definition.name), definition.lineno or 0, use, depth, None
        )

    def _state_from_calls(
        self,
        scope: nodes.NodeNG,
        receiver: str,
        start: int,
        use: nodes.NodeNG,
        depth: int,
        cls: nodes.ClassDef | None,
        only: str | None = None,
    ) -> Problem | None:
        """A bad value stored on `receiver` by a method called on it between line `start` and
        `use` (and not replaced before `use`); `only` restricts it to one attribute."""
        end = use.lineno or 0
        calls = []
        for call, func in method_calls_on(scope, receiver, start, end):
            method = self._user_method(func)
            if method is not None:
                calls.append((call, method))
        for index, (call, method) in enumerate(calls):
            for assign_attr in own_nodes(method, nodes.AssignAttr):
                attr = str(assign_attr.attrname)
                if self_name(method) != getattr(assign_attr.expr, "name", None) or (
                    only is not None and attr != only
                ):
                    continue
                later = [m for _c, m in calls[index + 1 :]]
                if attribute_replaced_in(scope, receiver, attr, call.lineno or 0, end) or any(
                    attr in self_assigned(m) for m in later
                ):
                    continue
                value, _note = assigned_value(assign_attr)
                inner = self._judge(value, depth + 1, None, local=False) if value else None
                if inner is not None:
                    problem = _instance_state_problem(receiver, attr, inner, assign_attr, cls)
                    note = f"`{snippet(call)}` stores it on the object"
                    return problem.through(step(call, note))
        return None

    def _attribute_reset_by_method(
        self, definition: nodes.AssignName, use: nodes.Name, attribute: str
    ) -> bool:
        """`job.finish()` before the boundary, where `finish` sets `self.<attribute>`."""
        for call in own_nodes(definition.scope(), nodes.Call):
            if not (definition.lineno or 0) < (call.lineno or 0) < (use.lineno or 0):
                continue
            func = call.func
            if isinstance(func, nodes.Attribute) and is_name(func.expr, definition.name):
                method = self._user_method(func)
                if method is not None and attribute in self_assigned(method):
                    return True
        return False

    def _user_method(self, func: nodes.Attribute) -> nodes.FunctionDef | None:
        for value in self.facade.infer(func) or []:
            method = function_of(value)
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
            return Problem(
                rules.PKL004.code, stream.what, stream.error, kb.ALWAYS, (step(attr, note),)
            )
        for value in self.facade.infer(attr) or []:
            if isinstance(value, bases.BoundMethod):
                return self._bound_method(value, attr, depth, bindings)
        if isinstance(attr.expr, nodes.Name) and attr.expr.name == "self":
            problem = self._self_attribute(attr, depth)
            if problem is not None:
                return problem
        elif self._is_method_of_self_attribute(attr):
            receiver = self._judge(attr.expr, depth + 1, bindings, local=False)
            return _as_bound_method(receiver, attr) if receiver else None
        return self._inferred(attr, depth)

    def _is_method_of_self_attribute(self, attr: nodes.Attribute) -> bool:
        """`self.tokenizer.count` where every class `self.tokenizer` can be built from (in
        `__init__`, also from the constructor's arguments at the construction sites) defines
        `count` as a method: a bound method, though inference lost the receiver's type."""
        owner = attr.expr
        method = attr.frame()
        if not (
            isinstance(owner, nodes.Attribute)
            and isinstance(owner.expr, nodes.Name)
            and owner.expr.name == "self"
            and isinstance(method, nodes.FunctionDef)
            and isinstance(method.parent, nodes.ClassDef)
        ):
            return False
        classes = self_attribute_classes(method.parent, str(owner.attrname), self.facade)
        return bool(classes) and all(_defines_method(c, str(attr.attrname)) for c in classes)

    def _self_attribute(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        method = attr.frame()
        cls = method.parent.frame() if isinstance(method, nodes.FunctionDef) else None
        if not isinstance(cls, nodes.ClassDef) or not isinstance(method, nodes.FunctionDef):
            return None
        name = str(attr.attrname)
        before = state_before(method, attr)
        if name in before:
            found = self._assigned_before({name: before[name]}, depth, cls, attr)
            return replace(found, what=found.what.split(" holds ", 1)[-1]) if found else None
        problem = self._init_attribute(cls, name, None, depth) or self._at_every_site(
            cls, lambda site: self._init_attribute(cls, name, site, depth)
        )
        if problem is not None:
            return problem
        stored = self._state_from_calls(method, "self", method.lineno or 0, attr, depth, None, name)
        return replace(stored, what=stored.what.split(" holds ", 1)[-1]) if stored else None

    def _self_receiver(self, cls: nodes.ClassDef, use: nodes.NodeNG, depth: int) -> Problem | None:
        """`self` in a method (itself, or a bound method like `self.run`): its state from
        `__init__`, with the constructor's parameters bound at the class's construction
        sites, then what the method (or a method calling it) sets on `self` before `use`, or
        what methods called on `self` before `use` store."""
        method = use.frame()
        if not isinstance(method, nodes.FunctionDef):
            return self._instance(cls, None, depth + 1, "self")
        before = state_before(method, use)
        replaced = frozenset(before)
        problem = self._instance(cls, None, depth + 1, "self", None, replaced)
        problem = problem or self._at_every_site(
            cls, lambda site: self._instance(cls, site, depth + 1, "self", None, replaced)
        )
        problem = problem or self._assigned_before(before, depth, cls, use)
        return problem or self._state_from_calls(
            method, "self", method.lineno or 0, use, depth, cls
        )

    def _assigned_before(
        self,
        before: dict[str, tuple[nodes.NodeNG, nodes.Call | None]],
        depth: int,
        cls: nodes.ClassDef,
        use: nodes.NodeNG,
    ) -> Problem | None:
        """A bad value among the last assignments to `self.<attr>` before the boundary, or
        put into the container assigned there (`self.workers.append(started)` in the loop)."""
        for attr, (node, caller_call) in before.items():
            value = assigned_value(node)[0] if isinstance(node, nodes.AssignAttr) else None
            inner = self._judge(value, depth + 1, None, local=False) if value else None
            method = use.frame()
            if inner is None and caller_call is None and isinstance(method, nodes.FunctionDef):
                inner = self._added_to_attribute(method, attr, use, depth)
            if inner is None:
                continue
            problem = _instance_state_problem("self", attr, inner, node, cls)
            if caller_call is not None:
                note = f"`{snippet(caller_call)}` runs after it is set"
                problem = problem.through(step(caller_call, note))
            return problem
        return None

    def _added_to_attribute(
        self, method: nodes.FunctionDef, attr: str, use: nodes.NodeNG, depth: int
    ) -> Problem | None:
        for call, added in attribute_additions(method, "self", attr, use):
            inner = self._judge(added, depth + 1, None, local=False)
            if inner is not None:
                return inner.through(step(call, f"`{snippet(call)}` puts it into `self.{attr}`"))
        return None

    def _init_attribute(
        self, cls: nodes.ClassDef, name: str, site: nodes.Call | None, depth: int
    ) -> Problem | None:
        """`self.<name>` as `__init__` sets it, its parameters bound at `site` when given."""
        init = constructor(cls)
        for assign_attr in init_assignments(cls).get(name, []):
            value, _note = assigned_value(assign_attr)
            if value is None:
                continue
            own = site is not None and init is not None and assign_attr.frame() is init
            bindings = bind_arguments(init, site, None) if own else None
            inner = self._judge(value, depth + 1, bindings, local=False)
            if inner is not None:
                note = f"`self.{name}` is set to `{snippet(value)}`"
                return inner.through(step(assign_attr.statement(), note))
        return None

    def _at_every_site(
        self, cls: nodes.ClassDef, judge: Callable[[nodes.Call], Problem | None]
    ) -> Problem | None:
        """A problem of the object every construction site of `cls` in its module builds
        (one good site is enough to stay silent; callers elsewhere are unknown)."""
        problems = []
        for site in construction_sites(cls):
            problem = judge(site)
            if problem is None:
                return None
            problems.append(problem.through(step(site, f"`{snippet(site)}` creates the object")))
        return problems[0] if problems else None

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
                receiver = self._self_receiver(cls, attr, depth)
        return _as_bound_method(receiver, attr) if receiver else None

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
        if names & kb.DEFAULTDICT_CLASSES and call.args:
            inner = self._judge(call.args[0], depth + 1, bindings, False)
            note = "a defaultdict pickles its default factory"
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
                    rules.PKL004.code, known.what, known.error, kb.ALWAYS, chain, since=known.since
                )
            if name in kb.PRIMITIVE_FACTORIES:
                primitive = kb.PRIMITIVE_FACTORIES[name]
                return _primitive_problem(primitive, call)
            kind = _process_object_kind(name)
            if kind is not None:
                return _process_object_problem(kind, (step(call, origin),))
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
                    rules.PKL004.code, known.what, known.error, kb.ALWAYS, (step(call, "a cursor"),)
                )
        if is_method and not call.args and not call.keywords:
            loop_result = self._loop_future(func)
            if loop_result is not None:
                return loop_result
            view = self._dict_view(func)
            if view is not None:
                return view
        if "builtins.vars" in names and len(call.args) == 1 and self._is_class(call.args[0]):
            known = kb.UNPICKLABLE_FACTORIES["types.MappingProxyType"]
            note = "`vars()` of a class is a read-only mappingproxy"
            return Problem(
                rules.PKL004.code, known.what, known.error, kb.ALWAYS, (step(call, note),)
            )
        return None

    def _dict_view(self, func: nodes.Attribute) -> Problem | None:
        """`record.keys()` of a dict: a view object, which pickle rejects."""
        if func.attrname not in kb.DICT_VIEW_METHODS:
            return None
        owners = self.facade.instance_qnames(func.expr)
        prefixes = {kb.DICT_VIEW_PREFIXES.get(owner) for owner in owners}
        if len(prefixes) != 1 or None in prefixes:
            return None
        kind = f"{prefixes.pop()}_{func.attrname}"
        note = f"`{snippet(func.parent)}` is a view of the dict, not a copy"
        return Problem(
            rules.PKL004.code,
            f"a dict view (`{kind}`)",
            f"TypeError: cannot pickle '{kind}' object",
            kb.ALWAYS,
            (step(func.parent, note),),
        )

    def _loop_future(self, func: nodes.Attribute) -> Problem | None:
        """`loop.create_future()` of an asyncio event loop (astroid cannot infer the loop)."""
        qname = kb.LOOP_FUTURE_METHODS.get(func.attrname)
        if qname is None:
            return None
        if any(is_user_node(v) for v in self.facade.infer(func) or []):
            return None  # a method of the project's own class with the same name
        known = kb.UNPICKLABLE_INSTANCES[qname]
        note = "a future bound to the parent's event loop"
        return Problem(
            rules.PKL004.code, known.what, known.error, kb.ALWAYS, (step(func.parent, note),)
        )

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
            rules.PKL002.code,
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
        if function.is_generator() or _is_plain_coroutine_function(function):
            kind = _lazy_result_kind(function)
            known = kb.UNPICKLABLE_INSTANCES[f"builtins.{kind}"]
            return Problem(
                rules.PKL004.code,
                known.what,
                known.error,
                kb.ALWAYS,
                (step(call, f"`{function.name}()` returns {known.what}"),),
            )
        if isinstance(function.parent, nodes.ClassDef) or function.decorators:
            return None
        inner_bindings = bind_arguments(function, call, bindings)
        returns = [r for r in own_nodes(function, nodes.Return) if r.value is not None]
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
        replaced: frozenset[str] = frozenset(),
    ) -> Problem | None:
        """`replaced`: attributes set again before the boundary, judged by the caller."""
        if is_nested(cls) or in_main_guard(cls) or not_the_same.redefined_class(cls):
            return _class_object_problem(cls, instance=True)
        known = _known_base(cls)
        if known is not None:
            return known
        if has_custom_reduce(cls) or cls.name in self._copyreg_classes:
            return None
        recursing = rebuild.recursive_getattr([cls, *safe_ancestors(cls)])
        if recursing is not None:
            return _recursing_getattr(cls, recursing)
        excluded = getstate_exclusions(cls)
        if excluded is None:
            return None
        excluded |= replaced
        init = constructor(cls)
        init_bindings = bind_arguments(init, call, bindings) if init and call else None
        found: list[Problem] = []
        for attr, assignments in init_assignments(cls).items():
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
        fields = declared_fields(cls)
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
            factory = default_factory(statement.value)
            if factory is None:
                continue
            names = self.facade.qualified_names(factory) | syntactic_names(factory)
            for name in sorted(names):
                known = kb.UNPICKLABLE_FACTORIES.get(name)
                if known is not None:
                    note = f"`{statement.target.name}` defaults to `{snippet(factory)}()`"
                    inner = Problem(
                        rules.PKL004.code,
                        known.what,
                        known.error,
                        kb.ALWAYS,
                        (step(statement, note),),
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
            return Problem(rules.PKL004.code, known.what, known.error, kb.ALWAYS, origin)
        if isinstance(value, nodes.Module):
            return Problem(
                rules.PKL004.code,
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
            return Problem(
                rules.PKL004.code, known.what, known.error, kb.ALWAYS, origin, since=known.since
            )
        if qname in kb.PRIMITIVE_INSTANCES:
            return _primitive_problem(kb.PRIMITIVE_INSTANCES[qname], expr)
        kind = _process_object_kind(qname)
        if kind is not None:
            return _process_object_problem(kind, origin)
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
        helper = self._user_function(call.func)
        if helper is None or isinstance(helper.parent, nodes.ClassDef) or helper.decorators:
            return None
        return self._helper_items(helper, call, depth, bindings)

    def _helper_items(
        self, helper: nodes.FunctionDef, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """The items of what a helper returns (`return jobs`, built in a loop), or of what a
        generator function yields; every return (every yield) must be bad."""
        inner_bindings = bind_arguments(helper, call, bindings)
        outputs: list[tuple[nodes.NodeNG, nodes.NodeNG, _Follow, str]]
        if helper.is_generator():
            yields = [y for y in own_nodes(helper, nodes.Yield) if y.value is not None]
            outputs = [(y, y.value, self._judge, "yields") for y in yields]
        else:
            returns = [r for r in own_nodes(helper, nodes.Return) if r.value is not None]
            outputs = [(r, r.value, self._items, "returns") for r in returns]
        problems = []
        for node, value, judge, verb in outputs:
            problem = judge(value, depth + 1, inner_bindings, False)
            if problem is None:
                return None
            problems.append(problem.through(step(node, f"`{helper.name}()` {verb} this")))
        return problems[0] if problems else None

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
        definition = definitions[0]
        problem = self._items(value, depth + 1, None, local=False)
        if problem is None:
            problem = self._container_mutation_problem(definition, name, depth)
        return problem.through(step(definition.statement(), note)) if problem else None

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
            function = function_of(value)
            if function is not None and is_user_node(function):
                return function
        return None

    def _classes(self, expr: nodes.NodeNG) -> Iterator[nodes.ClassDef]:
        for value in self.facade.infer(expr) or []:
            if isinstance(value, nodes.ClassDef) and is_user_node(value):
                yield value


# ---- problems for definitions -------------------------------------------------------------


def _is_plain_coroutine_function(function: nodes.FunctionDef) -> bool:
    """An undecorated `async def`: calling it returns a coroutine (a decorator may not)."""
    return isinstance(function, nodes.AsyncFunctionDef) and not function.decorators


def _lazy_result_kind(function: nodes.FunctionDef) -> str:
    """What calling a generator or `async def` function returns instead of running it."""
    if isinstance(function, nodes.AsyncFunctionDef):
        return "async_generator" if function.is_generator() else "coroutine"
    return "generator"


def _lambda_problem(node: nodes.Lambda) -> Problem:
    return Problem(
        rules.PKL001.code,
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
            rules.PKL002.code,
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
            rules.PKL003.code,
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
            rules.PKL002.code,
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
    return Problem(rules.PKL014.code, what, error, kb.ALWAYS, steps, by_name=True)


def _returned_local_function(decorator: nodes.FunctionDef) -> nodes.FunctionDef | None:
    returns = [r for r in own_nodes(decorator, nodes.Return) if r.value is not None]
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
            rules.PKL002.code,
            f"{prefix}a local class (`{qualname}`)",
            f"AttributeError: Can't pickle local object '{qualname}'",
            kb.ALWAYS,
            (step(cls, f"`{cls.name}` is defined inside a function"),),
            (FixHint("lift-local-def", {"name": cls.name, "def": span_list(cls), **located(cls)}),),
            by_name=True,
        )
    if in_main_guard(cls):
        return Problem(
            rules.PKL003.code,
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


def _as_bound_method(receiver: Problem, attr: nodes.Attribute) -> Problem:
    """A bound method `receiver.method` pickles its receiver."""
    return replace(
        receiver,
        code=rules.PKL009.code,
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


def _defines_method(cls: nodes.ClassDef, name: str) -> bool:
    """`name` is a plain method of the user class `cls` (not an instance attribute)."""
    found = cls.locals.get(name, [])
    is_method = len(found) == 1 and isinstance(found[0], nodes.FunctionDef)
    return is_method and not found[0].decorators and name not in cls.instance_attrs


def _receiver_class(parameter: nodes.AssignName) -> nodes.ClassDef | None:
    """The class whose instance the first parameter of a plain method (`self`) receives."""
    method = parameter.parent.parent
    if not isinstance(method, nodes.FunctionDef) or method.type != "method":
        return None
    first = (method.args.posonlyargs + method.args.args)[:1]
    cls = method.parent
    return cls if first and first[0] is parameter and isinstance(cls, nodes.ClassDef) else None


def _process_object_problem(kind: str, chain: tuple[ChainStep, ...]) -> Problem:
    """A Process object that is not started yet pickles while a child is being spawned (its
    authentication key may travel then); a started one never does (`_started`)."""
    return Problem(
        rules.PKL011.code,
        f"a {kind} object",
        kb.PROCESS_OBJECT_ERRORS[kind],
        kb.ALWAYS,
        chain,
        inheritable=kind == "Process",
    )


def _started(problem: Problem, start_call: nodes.Call) -> Problem:
    note = f"`{snippet(start_call)}` starts it before it is pickled"
    return replace(
        problem,
        what=problem.what.replace("a Process object", "an already started Process object"),
        error=kb.STARTED_PROCESS_ERROR,
        inheritable=False,
    ).through(step(start_call, note))


def _primitive_problem(primitive: kb.Primitive, node: nodes.NodeNG) -> Problem:
    return Problem(
        rules.PKL006.code,
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
        code=rules.PKL005.code
        if inner.code not in (rules.PKL002.code, rules.PKL003.code)
        else inner.code,
        what=f"an instance of {owner} whose attribute `{attr}` holds {inner.what}",
        chain=(step(where, f"`{attr}` is set to `{snippet(value_of(assign))}`"), *inner.chain),
        hints=hints,
    )


def _assigns_none(definition: nodes.NodeNG) -> bool:
    value, _note = assigned_value(definition)
    return isinstance(value, nodes.Const) and value.value is None


def _called_before(function: nodes.FunctionDef, use: nodes.Name) -> bool:
    """Whether `function()` is called in the use's scope, before the use."""
    for call in calls_of(function):
        if call.scope() is use.scope() and (call.lineno or 0) < (use.lineno or 0):
            return True
    return False


def _with_all_attributes(found: list[Problem]) -> Problem:
    """The first bad attribute explains the finding; the getstate fix needs all of them."""
    attrs = [p.attribute for p in found if p.attribute]
    hints = tuple(
        FixHint(h.kind, {**h.data, "attrs": attrs}) if h.kind == "add-getstate" else h
        for h in found[0].hints
    )
    return replace(found[0], hints=hints)


def _caught_locally(
    raise_node: nodes.Raise, cls: nodes.ClassDef, function: nodes.FunctionDef
) -> bool:
    """A `try:` around the raise, inside the worker, whose handler catches the exception."""
    names = {cls.name, "Exception", "BaseException"} | {
        a.name for a in safe_ancestors(cls) if hasattr(a, "name")
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
    if not any(_qname(base) == "builtins.BaseException" for base in safe_ancestors(cls)):
        return None
    if has_custom_reduce(cls):
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
        rules.PKL008.code,
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
        rules.PKL005.code,
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
        rules.PKL008.code,
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


def _known_base(cls: nodes.ClassDef) -> Problem | None:
    for base in safe_ancestors(cls):
        qname = _qname(base)
        if qname in kb.UNPICKLABLE_INSTANCES and qname != "builtins.generator":
            known = kb.UNPICKLABLE_INSTANCES[qname]
            return Problem(
                rules.PKL005.code,
                f"an instance of `{cls.name}`, a subclass of {qname} ({known.what})",
                known.error,
                kb.ALWAYS,
                (step(cls, f"`{cls.name}` inherits from {qname}"),),
            )
    return None


def _required_positional(function: nodes.FunctionDef) -> int:
    params = function.args.posonlyargs + function.args.args
    return max(0, len(params) - 1 - len(function.args.defaults or []))


def _super_init_argument_count(init: nodes.FunctionDef) -> int | None:
    for call in own_nodes(init, nodes.Call):
        func = call.func
        if not (isinstance(func, nodes.Attribute) and func.attrname == "__init__"):
            continue
        if any(isinstance(a, nodes.Starred) for a in call.args):
            return None
        receiver = func.expr
        is_super = isinstance(receiver, nodes.Call) and is_name(receiver.func, "super")
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
