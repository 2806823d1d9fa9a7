"""Fixes for a multiprocessing Lock/Queue/Value/Array/Event given to Pool or executor tasks.

Such objects may only reach a child by inheritance. Two ways out, both offered:
- `pass-via-initializer`: the pool hands the object to each worker once through
  `initializer/initargs`; the worker reads a module-level global instead of a parameter.
- `use-manager`: create the object through a `Manager()`; its proxy pickles fine, at the cost
  of a round trip to the manager process on every use.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from picklecheck.engine.fixes import imports, scopes
from picklecheck.engine.fixes.classes import has_multiline_strings
from picklecheck.engine.fixes.lift import module_level_insert
from picklecheck.engine.fixes.source import Parsed, insert_at_line, whole_lines
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety, Span

_MANAGED = {
    "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier",
    "Queue", "JoinableQueue", "Value", "Array",
}  # fmt: skip
# Methods the real objects have and Manager proxies lack.
_ACQUIRER = frozenset({"acquire", "release", "__enter__", "__exit__"})
_PROXY_METHODS: dict[str, frozenset[str]] = {
    "Lock": _ACQUIRER,
    "Condition": _ACQUIRER | {"wait", "wait_for", "notify", "notify_all"},
    "Event": frozenset({"is_set", "set", "clear", "wait"}),
    "Barrier": frozenset({"wait", "abort", "reset", "parties", "n_waiting", "broken"}),
    "Queue": frozenset(
        {"put", "get", "put_nowait", "get_nowait", "qsize", "empty", "full", "task_done", "join"}
    ),
    "Value": frozenset({"value", "get", "set"}),
    "Array": frozenset(),  # indexing and len() only
}
_PROXY_FAMILY = {"RLock": "Lock", "Semaphore": "Lock", "BoundedSemaphore": "Lock"}
_PROXY_FAMILY["JoinableQueue"] = "Queue"
_PARTIALS = {"partial", "functools.partial"}
_LINE_LENGTH = 88  # the formatters' default: a longer creation call is wrapped


@dataclass(frozen=True)
class TaskSlot:
    """Where the object sits in the task: the edits that take it out, and the worker's slot."""

    worker: ast.FunctionDef
    parameter: int
    removals: list[Edit]


@dataclass(frozen=True)
class InitializerPlan:
    """How a value leaves the tasks of `call` for the initializer of the pool `creation`."""

    call: ast.Call
    creation: ast.Call
    site: ast.Name
    slot: TaskSlot

    def edits(
        self, parsed: Parsed, initarg: str, initializer: InitializerMaker | None = None
    ) -> list[Edit]:
        """Takes the value out of the tasks and the worker's parameters; the worker reads a
        global set by a generated initializer, to which the pool passes `initarg` (the whole
        initargs expression when `initializer` makes its own code)."""
        return _initializer_edits(parsed, self.slot, self.creation, initarg, initializer)


# (global, initializer name, parameter) -> the module-level code defining both
InitializerMaker = Callable[[str, str, str], str]


def initializer_plan(
    parsed: Parsed, boundary: dict[str, Any], variable: str
) -> InitializerPlan | None:
    """The plan when its preconditions hold: one use of `variable` in the boundary call, a pool
    without an initializer, the value bound once before the pool, a module-level worker used
    only there."""
    if "receiver_creation" not in boundary or not variable:
        return None
    call = parsed.node_at(boundary["call"], (ast.Call,))
    creation = parsed.node_at(boundary["receiver_creation"], (ast.Call,))
    site = only_use(call, variable) if isinstance(call, ast.Call) else None
    if not isinstance(call, ast.Call) or site is None:
        return None
    if not isinstance(creation, ast.Call) or not accepts_initializer(creation):
        return None
    if not _bound_once_before(parsed, variable, site, creation):
        return None
    slot = task_slot(parsed, call, site)
    return InitializerPlan(call, creation, site, slot) if slot is not None else None


def pass_via_initializer(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    boundary = _boundary(finding)
    if boundary is None:
        return []
    variable = str(boundary.get("variable") or _assigned_name(parsed, finding))
    plan = initializer_plan(parsed, boundary, variable)
    if plan is None:
        return []
    edits = plan.edits(parsed, variable)
    primitive = str(hint.data.get("primitive", "object"))
    title = (
        f"Hand the {primitive} to each worker once via initializer/initargs "
        "(shared by inheritance, fast; the worker reads a global)"
    )
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


def use_manager(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    if len(finding.chain) < 2:
        return []
    creation = parsed.node_at(finding.chain[-1].span, (ast.Call,))
    if not isinstance(creation, ast.Call) or parsed.span(creation) != finding.chain[-1].span:
        return []
    kind = _primitive_kind(creation)
    if kind is None or not _manager_can_build(kind, creation):
        return []
    statement = _statement_of(parsed, creation)
    top = parsed.top_statement(creation)
    boundary = _boundary(finding) or {}
    call = parsed.node_at(boundary.get("call", [0, 0, 0, 0]), (ast.Call,))
    if statement is None or top is statement:
        return []
    if call is None or _proxy_lacks_used_methods(parsed, statement, kind, call):
        return []
    manager_factory, import_edits = _manager_factory(parsed, creation)
    manager = parsed.fresh_name("manager")
    block = _managed_block(parsed, statement)
    if block is None:
        return []
    edits = [*import_edits, _with_manager(parsed, block, creation, manager_factory, manager, kind)]
    title = (
        f"Create the {kind} through a Manager() instead, in a `with` block that shuts the "
        "manager down (its proxy can be a task argument; each use is a round trip to the "
        "manager process)"
    )
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


def _managed_block(parsed: Parsed, statement: ast.stmt) -> list[ast.stmt] | None:
    """`statement` and the rest of its block, which go into `with Manager() as manager:`;
    None when the object could outlive the block (returned, yielded, global, used after it)
    or the block cannot be re-indented."""
    parent = parsed.parents.get(statement)
    body = next(
        (
            block
            for field in ("body", "orelse", "finalbody")
            if isinstance(block := getattr(parent, field, None), list) and statement in block
        ),
        None,
    )
    if body is None:
        return None
    block = body[body.index(statement) :]
    first, last = block[0].lineno, block[-1].end_lineno or block[-1].lineno
    targets = statement.targets if isinstance(statement, ast.Assign) else []
    names = {t.id for t in targets if isinstance(t, ast.Name)}
    if len(names) != 1 or any(has_multiline_strings(s, docstrings_too=True) for s in block):
        return None
    if any(parsed.lines[line - 1].startswith("\t") for line in range(first, last + 1)):
        return None
    around = {id(a) for a in parsed.ancestors(statement)}
    for node in _mentions_of(parsed.tree, names, around):
        if isinstance(node, ast.Global) and names & set(node.names):
            return None
        if isinstance(node, ast.Name) and node.id in names:
            outside = not first <= node.lineno <= last
            escapes = any(
                isinstance(a, (ast.Return, ast.Yield, ast.YieldFrom))
                for a in parsed.ancestors(node)
            )
            if outside or escapes:
                return None
    return block


def _mentions_of(node: ast.AST, names: set[str], around: set[int]) -> list[ast.AST]:
    """Nodes under `node`, leaving out other functions where `names` are their own variables
    (`around`: the functions holding the statement, always walked)."""
    found: list[ast.AST] = [node]
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            own = set(scopes.parameter_names(child)) | scopes.own_bindings(child)
            if names & own and id(child) not in around:
                continue
        found += _mentions_of(child, names, around)
    return found


def _with_manager(
    parsed: Parsed,
    block: list[ast.stmt],
    creation: ast.Call,
    factory: str,
    manager: str,
    kind: str,
) -> Edit:
    first = block[0].lineno - 1
    last = (block[-1].end_lineno or block[-1].lineno) - 1
    indent = parsed.line_indent(first)
    func = parsed.span(creation.func)
    lines = list(parsed.lines[first : last + 1])
    lines[func.line - first] = (
        lines[func.line - first][: func.col]
        + f"{manager}.{kind}"
        + lines[func.line - first][func.end_col :]
    )
    inner = "\n".join(f"    {line}" if line.strip() else "" for line in lines)
    text = f"{indent}with {factory}() as {manager}:\n{inner}\n"
    return Edit(whole_lines(first, last), text)


# ---- pass-via-initializer --------------------------------------------------------------------


def _boundary(finding: Finding) -> dict[str, Any] | None:
    for hint in finding.fix_hints:
        if hint.kind == "boundary":
            return dict(hint.data)
    return None


def _assigned_name(parsed: Parsed, finding: Finding) -> str:
    """The variable the object was created into (`lock = multiprocessing.Lock()`)."""
    if not finding.chain:
        return ""
    creation = parsed.node_at(finding.chain[-1].span, (ast.Call,))
    assign = parsed.parents.get(creation) if creation is not None else None
    if isinstance(assign, ast.Assign) and len(assign.targets) == 1:
        target = assign.targets[0]
        return target.id if isinstance(target, ast.Name) else ""
    return ""


def only_use(call: ast.Call, variable: str) -> ast.Name | None:
    """The single place the boundary call's arguments mention `variable`."""
    arguments = [*call.args, *(k.value for k in call.keywords)]
    uses = [
        node
        for argument in arguments
        for node in ast.walk(argument)
        if isinstance(node, ast.Name) and node.id == variable
    ]
    if len(uses) == 1:
        return uses[0]
    displays = {id(_grandparent(call, use)) for use in uses}
    return uses[0] if len(displays) == 1 else None  # [(lock, 1), (lock, 2)]


def _grandparent(call: ast.Call, use: ast.Name) -> ast.AST | None:
    for node in ast.walk(call):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Tuple) and use in child.elts:
                return node
    return None


def accepts_initializer(creation: ast.Call) -> bool:
    """No initializer yet, and at most the pool size given positionally."""
    keywords = {k.arg for k in creation.keywords}
    if keywords & {"initializer", "initargs", None}:
        return False
    return len(creation.args) <= 1 and not any(isinstance(a, ast.Starred) for a in creation.args)


def _bound_once_before(parsed: Parsed, variable: str, site: ast.Name, creation: ast.Call) -> bool:
    """The object is assigned once in the scope, before the pool is created."""
    scope = next(
        (a for a in parsed.ancestors(site) if isinstance(a, (ast.FunctionDef, ast.Module))),
        parsed.tree,
    )
    stores = [
        n
        for n in ast.walk(scope)
        if isinstance(n, ast.Name) and n.id == variable and isinstance(n.ctx, ast.Store)
    ]
    return len(stores) == 1 and stores[0].lineno < creation.lineno


def task_slot(parsed: Parsed, call: ast.Call, site: ast.Name) -> TaskSlot | None:
    parent = parsed.parents.get(site)
    if parent is call and site in call.args[1:]:  # executor.submit(work, lock, x)
        index = call.args.index(site) - 1
        return task_item_slot(parsed, call.args[0], index, _remove(parsed, call.args, index + 1))
    if (
        isinstance(parent, ast.Call)
        and spelled_callee(parent) in _PARTIALS
        and site in parent.args[1:]
    ):
        index = parent.args.index(site) - 1
        if parsed.parents.get(parent) is not call or not call.args or call.args[0] is not parent:
            return None
        if len(parent.args) == 2 and not parent.keywords:  # partial(work, lock) -> work
            removal = [Edit(parsed.span(parent), parsed.text(parent.args[0]))]
            removal += _drop_unused_import(parsed, "functools")
        else:
            removal = _remove(parsed, parent.args, index + 1)
        return task_item_slot(parsed, parent.args[0], index, removal)
    if isinstance(parent, ast.Tuple) and site in parent.elts and call.args:
        return _tuple_slot(parsed, call, parent, parent.elts.index(site))
    return None


def _tuple_slot(parsed: Parsed, call: ast.Call, item: ast.Tuple, index: int) -> TaskSlot | None:
    holder = parsed.parents.get(item)
    method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    if method in ("apply", "apply_async") and (holder is call or isinstance(holder, ast.keyword)):
        if len(item.elts) == 1 and holder is call:  # apply(work, (lock,)) -> apply(work)
            return task_item_slot(parsed, call.args[0], index, _remove(parsed, call.args, 1))
        return task_item_slot(parsed, call.args[0], index, _remove_from_tuple(parsed, item, index))
    if method not in ("starmap", "starmap_async"):
        return None
    if isinstance(holder, (ast.ListComp, ast.GeneratorExp)) and holder.elt is item:
        return task_item_slot(parsed, call.args[0], index, _remove_from_tuple(parsed, item, index))
    if isinstance(holder, (ast.List, ast.Tuple)):
        removals: list[Edit] = []
        for element in holder.elts:
            if not _holds_at(element, index, item.elts[index]):
                return None
            assert isinstance(element, ast.Tuple)
            removals += _remove_from_tuple(parsed, element, index)
        return task_item_slot(parsed, call.args[0], index, removals)
    return None


def _holds_at(element: ast.expr, index: int, site: ast.expr) -> bool:
    if not isinstance(element, ast.Tuple) or len(element.elts) <= index:
        return False
    value = element.elts[index]
    return isinstance(value, ast.Name) and isinstance(site, ast.Name) and value.id == site.id


def task_item_slot(
    parsed: Parsed, worker: ast.expr, index: int, removals: list[Edit]
) -> TaskSlot | None:
    """The worker must be a module-level def used only here, with a plain parameter there."""
    if not isinstance(worker, ast.Name):
        return None
    definition = next(
        (s for s in parsed.tree.body if isinstance(s, ast.FunctionDef) and s.name == worker.id),
        None,
    )
    if definition is None:
        return None
    uses = [n for n in parsed.walk() if isinstance(n, ast.Name) and n.id == worker.id]
    positional = definition.args.posonlyargs + definition.args.args
    defaults = len(definition.args.defaults)
    if len(uses) != 1 or index >= len(positional) - defaults:
        return None
    return TaskSlot(definition, index, removals)


def _initializer_edits(
    parsed: Parsed,
    slot: TaskSlot,
    creation: ast.Call,
    variable: str,
    initializer: InitializerMaker | None = None,
) -> list[Edit]:
    worker = slot.worker
    parameters = worker.args.posonlyargs + worker.args.args
    parameter = parameters[slot.parameter].arg
    taken = {f"worker_{parameter}", "init_worker"}
    shared = parsed.fresh_name(f"worker_{parameter}")
    init = parsed.fresh_name("init_worker", taken - {"init_worker"} | {shared})
    module_code = (
        f"{shared} = None\n\n\n"
        f"def {init}({parameter}):\n"
        f"    global {shared}\n"
        f"    {shared} = {parameter}\n"
    )
    if initializer is not None:
        module_code = initializer(shared, init, parameter)
    first = first_body_statement(worker)
    indent = parsed.line_indent(first.lineno - 1)
    comment = f"  # set in each worker process by {init}"
    return [
        module_level_insert(parsed, worker, module_code),
        *_remove(parsed, parameters, slot.parameter),
        insert_at_line(first.lineno - 1, f"{indent}{parameter} = {shared}{comment}\n"),
        *slot.removals,
        initargs_edit(parsed, creation, init, variable if initializer else f"({variable},)"),
    ]


def first_body_statement(function: ast.FunctionDef) -> ast.stmt:
    body = function.body
    first = body[0]
    is_docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    return body[1] if is_docstring and len(body) > 1 else first


def initargs_edit(parsed: Parsed, creation: ast.Call, init: str, variable: str) -> Edit:
    span = parsed.span(creation)
    added = f"initializer={init}, initargs={variable}"
    existing = [parsed.text(a) for a in creation.args] + [parsed.text(k) for k in creation.keywords]
    opening = parsed.text(creation).index("(", len(parsed.text(creation.func)))
    inner = Span(span.line, span.col + opening + 1, span.end_line, span.end_col - 1)
    if span.line != span.end_line:  # already spread over lines: append before the `)`
        end = Span(span.end_line, span.end_col - 1, span.end_line, span.end_col - 1)
        before_paren = parsed.text(creation)[:-1].rstrip()
        return Edit(end, ("" if before_paren.endswith(",") else ", ") + added)
    arguments = ", ".join([*existing, added])
    line = parsed.lines[span.line]
    if len(line) - (inner.end_col - inner.col) + len(arguments) <= _LINE_LENGTH:
        return Edit(inner, arguments)
    indent = parsed.line_indent(span.line)
    return Edit(inner, f"\n{indent}    {arguments}\n{indent}")  # the way formatters wrap it


def _remove(parsed: Parsed, items: list[ast.expr] | list[ast.arg], index: int) -> list[Edit]:
    """Deletes `items[index]` with its separating comma."""
    target = parsed.span(items[index])
    if index + 1 < len(items):
        following = parsed.span(items[index + 1])
        return [Edit(Span(target.line, target.col, following.line, following.col), "")]
    if index > 0:
        previous = parsed.span(items[index - 1])
        return [
            Edit(Span(previous.end_line, previous.end_col, target.end_line, target.end_col), "")
        ]
    return [Edit(target, "")]


def _remove_from_tuple(parsed: Parsed, item: ast.Tuple, index: int) -> list[Edit]:
    """Rewrites a one-line `(a, b)` as `(b,)`; longer or multi-line tuples lose one element."""
    kept = [parsed.text(e) for i, e in enumerate(item.elts) if i != index]
    text = parsed.text(item)
    if text.startswith("(") and "\n" not in text:
        inner = ", ".join(kept) + ("," if len(kept) == 1 else "")
        return [Edit(parsed.span(item), f"({inner})")]
    return _remove(parsed, item.elts, index)


def spelled_callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


# ---- use-manager ---------------------------------------------------------------------------


def _primitive_kind(creation: ast.Call) -> str | None:
    func = creation.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name if name in _MANAGED else None


def _manager_can_build(kind: str, creation: ast.Call) -> bool:
    """Manager.Value/Array take (typecode, value) only; Array needs the values, not a size."""
    if kind not in ("Value", "Array"):
        return not creation.keywords
    if creation.keywords or len(creation.args) != 2:
        return False
    if kind == "Array":
        values = creation.args[1]
        return isinstance(values, (ast.List, ast.Tuple, ast.ListComp)) or (
            isinstance(values, ast.Call) and spelled_callee(values) in ("range", "list")
        )
    return True


def _statement_of(parsed: Parsed, node: ast.AST) -> ast.stmt | None:
    return next((a for a in parsed.ancestors(node) if isinstance(a, ast.stmt)), None)


def _proxy_lacks_used_methods(
    parsed: Parsed, statement: ast.stmt, kind: str, call: ast.AST
) -> bool:
    """Whether the object, or a parameter of the worker receiving it, is used with an attribute
    the Manager proxy of `kind` does not offer."""
    targets = statement.targets if isinstance(statement, ast.Assign) else []
    names = {t.id for t in targets if isinstance(t, ast.Name)}
    if not names:
        return True
    names |= _worker_parameters(parsed, call)
    allowed = _PROXY_METHODS[_PROXY_FAMILY.get(kind, kind)]
    for node in parsed.walk():
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in names
            and node.attr not in allowed
        ):
            return True
    return False


def _worker_parameters(parsed: Parsed, call: ast.AST) -> set[str]:
    """Parameters of the module-level worker the boundary call runs (over-approximated)."""
    if not isinstance(call, ast.Call):
        return set()
    named = [k.value for k in call.keywords if k.arg in ("target", "initializer")]
    worker = named[0] if named else call.args[0] if call.args else None
    if not isinstance(worker, ast.Name):
        return set()
    name = worker.id
    for statement in parsed.tree.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == name:
            return set(scopes.parameter_names(statement))
    return set()


def _manager_factory(parsed: Parsed, creation: ast.Call) -> tuple[str, list[Edit]]:
    """`ctx.Manager` for `ctx.Lock()`, `multiprocessing.Manager` for a bare `Lock()`."""
    func = creation.func
    if isinstance(func, ast.Attribute):
        return f"{parsed.text(func.value)}.Manager", []
    return imports.reference(parsed, "multiprocessing", "Manager")


# ---- threading primitive handed to a child by inheritance ----------------------------------

_INHERITED_ROLES = {"the arguments", "the keyword arguments", "the initializer arguments"}
_THREADING_TWINS = {
    "Lock", "RLock", "Condition", "Event", "Semaphore", "BoundedSemaphore", "Barrier",
}  # fmt: skip


def threading_to_multiprocessing(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    """`threading.Lock()` given to Process/initargs becomes `multiprocessing.Lock()`, which
    those hand over by inheritance (a task argument would still fail: PKL006)."""
    if hint.data.get("role") not in _INHERITED_ROLES or not finding.chain:
        return []
    creation = parsed.node_at(finding.chain[-1].span, (ast.Call,))
    if not isinstance(creation, ast.Call) or parsed.span(creation) != finding.chain[-1].span:
        return []
    func = creation.func
    if not (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "threading"
        and func.attr in _THREADING_TWINS
    ):
        return []
    statement = _statement_of(parsed, creation)
    call = parsed.node_at(hint.data.get("call", []), (ast.Call,))
    if statement is None or call is None or creation.keywords:
        return []
    if _proxy_lacks_used_methods(parsed, statement, func.attr, call):
        return []  # e.g. `acquire(blocking=...)`, `locked()`: not on the multiprocessing twin
    module, edits = imports.reference(parsed, "multiprocessing", func.attr)
    edits.append(Edit(parsed.span(func), module))
    edits += _drop_unused_import(parsed, "threading")
    title = (
        f"Use multiprocessing.{func.attr}() instead of threading.{func.attr}() "
        "(shared with the child process; a threading object cannot cross processes)"
    )
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


def _drop_unused_import(parsed: Parsed, module: str) -> list[Edit]:
    """Removes `import module` when the edited call was its only use."""
    uses = [n for n in parsed.walk() if isinstance(n, ast.Name) and n.id == module]
    if len(uses) != 1:
        return []
    for statement in parsed.tree.body:
        if (
            isinstance(statement, ast.Import)
            and [(a.name, a.asname) for a in statement.names] == [(module, None)]
            and statement.lineno == statement.end_lineno
        ):
            return [Edit(whole_lines(statement.lineno - 1, statement.lineno - 1), "")]
    return []
