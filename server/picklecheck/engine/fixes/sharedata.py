"""PKL013: share a large list of numbers with every worker once instead of copying it per task.

`share-numeric-data`: the parent wraps the list in `multiprocessing.Array(typecode, data,
lock=False)` and hands it to each worker through `initializer/initargs` (a task argument would
fail: PKL006); the task no longer carries it and the worker reads a module-level global. The
initializer machinery is `pass-via-initializer`'s (shared.py).

Offered only when the worker just reads the sequence (indexing, slicing, `len()`, iteration,
`sum/min/max/sorted/list/tuple/...`): a ctypes array gives back the same ints and floats there,
while anything else (methods, `+`, mutation, passing it on) could behave differently.
"""

from __future__ import annotations

import ast

from picklecheck.engine.fixes import imports
from picklecheck.engine.fixes.shared import InitializerPlan, initializer_plan
from picklecheck.engine.fixes.source import Parsed, insert_at_line
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety

# Builtins that only read a sequence; each gives the same result for a list and a ctypes array.
_READ_ONLY_CALLS = frozenset(
    {"len", "sum", "min", "max", "sorted", "list", "tuple", "enumerate", "zip", "reversed"}
)
_NUMPY_READ_ATTRIBUTES = frozenset(
    {"shape", "dtype", "size", "ndim", "nbytes", "sum", "mean", "min", "max", "std", "tolist"}
)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)


def share_numeric_data(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    data = dict(hint.data)
    variable = str(data.get("variable", ""))
    typecode = data.get("typecode")
    if data.get("kind") == "numpy":
        return _share_numpy_array(parsed, data, variable)
    if typecode not in ("d", "q"):
        return []
    plan = initializer_plan(parsed, data, variable)
    if plan is None:
        return []
    statement = _creating_statement(parsed, plan)
    if statement is None:
        return []
    worker = plan.slot.worker
    parameter = (worker.args.posonlyargs + worker.args.args)[plan.slot.parameter].arg
    if not worker_only_reads(parsed, worker, parameter, numpy=False):
        return []
    array, import_edits = imports.reference(parsed, "multiprocessing", "Array")
    shared = parsed.fresh_name(f"{variable}_shared")
    indent = parsed.line_indent(statement.lineno - 1)
    creation = f'{indent}{shared} = {array}("{typecode}", {variable}, lock=False)\n'
    edits: list[Edit] = [
        *import_edits,
        insert_at_line(statement.lineno - 1, creation),
        *plan.edits(parsed, shared),
    ]
    title = (
        f"Share `{variable}` with every worker once as a multiprocessing.Array via "
        "initializer/initargs (read-only; tasks no longer copy it)"
    )
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


def _share_numpy_array(parsed: Parsed, data: dict[str, object], variable: str) -> list[Fix]:
    """The parent copies the array into a SharedMemory block once; each worker's initializer
    attaches to it by name and reads it through a read-only ndarray view. The parent closes and
    unlinks the block after the `with` block of the pool."""
    plan = initializer_plan(parsed, data, variable)
    if plan is None:
        return []
    statement = _creating_statement(parsed, plan)
    numpy = _numpy_name(parsed)
    if not isinstance(statement, ast.With) or numpy is None:
        return []
    worker = plan.slot.worker
    parameter = (worker.args.posonlyargs + worker.args.args)[plan.slot.parameter].arg
    if not worker_only_reads(parsed, worker, parameter, numpy=True):
        return []
    shm, import_edits = _shared_memory_class(parsed)
    memory = parsed.fresh_name(f"{variable}_memory")
    initargs = parsed.fresh_name(f"{variable}_initargs")
    indent = parsed.line_indent(statement.lineno - 1)
    view = f"{numpy}.ndarray({variable}.shape, dtype={variable}.dtype, buffer={memory}.buf)"
    before = (
        f"{indent}{memory} = {shm}(create=True, size={variable}.nbytes)\n"
        f"{indent}{view}[:] = {variable}\n"
        f"{indent}{initargs} = ({memory}.name, {variable}.shape, {variable}.dtype)\n"
    )
    after = f"{indent}{memory}.close()\n{indent}{memory}.unlink()\n"

    def initializer(shared: str, init: str, _parameter: str) -> str:
        block = f"{shared}_memory"
        return (
            f"{shared} = None\n{block} = None\n\n\n"
            f"def {init}(name, shape, dtype):\n"
            f"    global {shared}, {block}\n"
            f"    {block} = {shm}(name=name)\n"
            f"    {shared} = {numpy}.ndarray(shape, dtype=dtype, buffer={block}.buf)\n"
            f"    {shared}.flags.writeable = False\n"
        )

    edits: list[Edit] = [
        *import_edits,
        insert_at_line(statement.lineno - 1, before),
        *plan.edits(parsed, initargs, initializer),
        insert_at_line(statement.end_lineno or statement.lineno, after),
    ]
    title = (
        f"Share `{variable}` with every worker once through shared_memory via "
        "initializer/initargs (read-only numpy view; tasks no longer copy it)"
    )
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


def _shared_memory_class(parsed: Parsed) -> tuple[str, list[Edit]]:
    """`SharedMemory`, imported with `from multiprocessing.shared_memory import SharedMemory`
    next to the file's first import when it is not there yet (`import multiprocessing` alone
    does not load the submodule)."""
    name, edits = imports.reference(parsed, "multiprocessing.shared_memory", "SharedMemory")
    if not edits or "SharedMemory" in parsed.names_in_use():
        return name, edits
    first = next((s for s in parsed.tree.body if isinstance(s, (ast.Import, ast.ImportFrom))), None)
    if first is None:
        return name, edits
    line = first.end_lineno or first.lineno
    text = "from multiprocessing.shared_memory import SharedMemory\n"
    return "SharedMemory", [insert_at_line(line, text)]


def _numpy_name(parsed: Parsed) -> str | None:
    """How the file spells the numpy module (`import numpy as np`)."""
    for statement in parsed.tree.body:
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.name == "numpy":
                    return alias.asname or "numpy"
    return None


def _creating_statement(parsed: Parsed, plan: InitializerPlan) -> ast.stmt | None:
    """The statement that creates the pool (`with Pool() as p:` / `p = Pool()`), in the scope
    where the data is bound, so the shared copy can be made just above it."""
    statement = next((a for a in parsed.ancestors(plan.creation) if isinstance(a, ast.stmt)), None)
    if statement is None or _scope(parsed, statement) is not _scope(parsed, plan.site):
        return None
    return statement


def _scope(parsed: Parsed, node: ast.AST) -> ast.AST:
    return next((a for a in parsed.ancestors(node) if isinstance(a, _SCOPES)), parsed.tree)


def worker_only_reads(parsed: Parsed, worker: ast.FunctionDef, parameter: str, numpy: bool) -> bool:
    """Whether the worker only reads its parameter: `p[i]`, `p[a:b]`, `len(p)`, `for x in p`,
    `x in p`, `sum(p)`, ... (for numpy also `p.shape`, `p.sum()`, ...)."""
    for node in ast.walk(worker):
        if isinstance(node, (ast.Global, ast.Nonlocal)) and parameter in node.names:
            return False
        if isinstance(node, ast.arg) and node.arg == parameter and node not in _own_args(worker):
            return False  # shadowed in a nested function or lambda: keep it simple
        if (
            isinstance(node, ast.Name)
            and node.id == parameter
            and not (isinstance(node.ctx, ast.Load) and _read(parsed, node, numpy))
        ):
            return False
    return True


def _own_args(worker: ast.FunctionDef) -> list[ast.arg]:
    arguments = worker.args
    return [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]


def _read(parsed: Parsed, name: ast.Name, numpy: bool) -> bool:
    parent = parsed.parents.get(name)
    if isinstance(parent, ast.Subscript) and parent.value is name:
        return _loaded(parsed, parent, numpy)
    if isinstance(parent, ast.Call) and name in parent.args and isinstance(parent.func, ast.Name):
        if parent.func.id not in _READ_ONLY_CALLS or _rebound(parsed, parent.func.id):
            return False
        return not parent.keywords or parent.func.id == "sorted"
    if isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is name:
        return True
    if isinstance(parent, ast.Compare) and name in parent.comparators:
        position = parent.comparators.index(name)
        return isinstance(parent.ops[position], (ast.In, ast.NotIn))
    if numpy and isinstance(parent, ast.Attribute) and parent.value is name:
        return parent.attr in _NUMPY_READ_ATTRIBUTES
    return False


def _loaded(parsed: Parsed, subscript: ast.Subscript, numpy: bool) -> bool:
    """`p[i]` read; not assigned, augmented or deleted, also not through `p[i][j] = ...`."""
    if not isinstance(subscript.ctx, ast.Load):
        return False
    parent = parsed.parents.get(subscript)
    if isinstance(parent, ast.Subscript) and parent.value is subscript:
        return _loaded(parsed, parent, numpy)
    if isinstance(parent, ast.Attribute) and parent.value is subscript:
        return numpy and parent.attr in _NUMPY_READ_ATTRIBUTES and isinstance(parent.ctx, ast.Load)
    return True


def _rebound(parsed: Parsed, name: str) -> bool:
    """Whether the file binds `name` itself (a builtin shadowed by a def, import or variable)."""
    for node in parsed.walk():
        if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
            return True
        definition = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        if isinstance(node, definition) and node.name == name:
            return True
        if isinstance(node, ast.arg) and node.arg == name:
            return True
        if isinstance(node, ast.alias) and (node.asname or node.name) == name:
            return True
    return False
