"""Reopen in the worker: an open file or sqlite connection sent to a worker is replaced by
what it was made from (the path), and the worker opens its own.

A handle cannot cross a process boundary; its path can. The worker's parameter receives the
path and is rebound to a handle on the worker's first line. A file opened for writing is
reopened for appending, so each worker does not truncate what the others wrote.
"""

from __future__ import annotations

import ast

from picklecheck.engine.fixes import shared
from picklecheck.engine.fixes.source import Parsed, apply_edits, insert_at_line
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety, Span

_OPENERS = {"open": "file", "sqlite3.connect": "connection"}


def reopen_in_worker(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    creation = _creation(parsed, finding)
    variable = str(hint.data.get("variable", ""))
    call = parsed.node_at(hint.data.get("call", []), (ast.Call,))
    if creation is None or not variable or not isinstance(call, ast.Call):
        return []
    if not _same_scope(parsed, creation, call):
        return []
    site = shared.only_use(call, variable)
    slot = _worker_slot(parsed, call, site) if site is not None else None
    if site is None or slot is None:
        return []
    worker, parameter = slot
    opened = _opening_text(parsed, creation, parameter)
    if opened is None:
        return []
    first = shared.first_body_statement(worker)
    indent = parsed.line_indent(first.lineno - 1)
    what = _OPENERS[shared.spelled_callee(creation)]
    comment = f"{indent}# a {what} cannot be pickled: the worker gets its path and opens it\n"
    edits = (
        insert_at_line(first.lineno - 1, f"{comment}{indent}{parameter} = {opened}\n"),
        Edit(parsed.span(site), parsed.text(creation.args[0])),
    )
    action = "connect" if what == "connection" else "open the file"
    title = f"Send the path of `{variable}` instead and {action} in the worker"
    return [Fix(title, edits, FixSafety.UNSAFE)]


def _creation(parsed: Parsed, finding: Finding) -> ast.Call | None:
    """`open(path, "a")` / `sqlite3.connect(path)` with a plain path and literal options."""
    if not finding.chain:
        return None
    node = parsed.node_at(finding.chain[-1].span, (ast.Call,))
    if not isinstance(node, ast.Call) or parsed.span(node) != finding.chain[-1].span:
        return None
    if (
        shared.spelled_callee(node) not in _OPENERS
        or not node.args
        or node.lineno != node.end_lineno
    ):
        return None
    path, *options = [*node.args, *(k.value for k in node.keywords)]
    if not _plain_value(path):
        return None
    if not all(isinstance(option, ast.Constant) for option in options):
        return None
    if shared.spelled_callee(node) == "sqlite3.connect" and "sqlite3" not in _module_imports(
        parsed
    ):
        return None
    return node


def _plain_value(node: ast.expr) -> bool:
    """A literal or dotted name (`path`, `os.devnull`): evaluating it again gives the same."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, (ast.Name, ast.Constant))


def _same_scope(parsed: Parsed, first: ast.AST, second: ast.AST) -> bool:
    def scope(node: ast.AST) -> ast.AST | None:
        kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
        return next((a for a in parsed.ancestors(node) if isinstance(a, kinds)), None)

    return scope(first) is scope(second)


def _module_imports(parsed: Parsed) -> set[str]:
    return {
        alias.asname or alias.name
        for statement in parsed.tree.body
        if isinstance(statement, ast.Import)
        for alias in statement.names
    }


def _worker_slot(
    parsed: Parsed, call: ast.Call, site: ast.Name
) -> tuple[ast.FunctionDef, str] | None:
    """The module-level worker receiving `site`, and the name of its parameter for it."""
    slot = shared.task_slot(parsed, call, site)
    if slot is not None:
        parameters = slot.worker.args.posonlyargs + slot.worker.args.args
        return slot.worker, parameters[slot.parameter].arg
    return _process_slot(parsed, call, site)


def _process_slot(
    parsed: Parsed, call: ast.Call, site: ast.Name
) -> tuple[ast.FunctionDef, str] | None:
    """`Process(target=work, args=(f, ...))` or `kwargs={"out": f}`."""
    keywords = {k.arg: k.value for k in call.keywords}
    target = keywords.get("target")
    holder = parsed.parents.get(site)
    if not isinstance(target, ast.Name) or holder is None:
        return None
    if isinstance(holder, ast.Tuple) and keywords.get("args") is holder:
        slot = shared.task_item_slot(parsed, target, holder.elts.index(site), [])
        if slot is None:
            return None
        parameters = slot.worker.args.posonlyargs + slot.worker.args.args
        return slot.worker, parameters[slot.parameter].arg
    if isinstance(holder, ast.Dict) and keywords.get("kwargs") is holder:
        key = holder.keys[holder.values.index(site)]
        slot = shared.task_item_slot(parsed, target, 0, [])
        names = [a.arg for a in slot.worker.args.args] if slot is not None else []
        if slot is None or not isinstance(key, ast.Constant) or key.value not in names:
            return None
        return slot.worker, str(key.value)
    return None


def _opening_text(parsed: Parsed, creation: ast.Call, parameter: str) -> str | None:
    """The creation call with the path replaced by the parameter (and "w"/"x" made "a")."""
    origin = parsed.span(creation)
    edits = [_relative_edit(parsed.span(creation.args[0]), origin, parameter)]
    mode = creation.args[1] if len(creation.args) > 1 else None
    mode = mode or next((k.value for k in creation.keywords if k.arg == "mode"), None)
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        appended = mode.value.replace("w", "a").replace("x", "a")
        text = parsed.text(mode).replace(mode.value, appended)
        edits.append(_relative_edit(parsed.span(mode), origin, text))
    try:
        return apply_edits(parsed.text(creation), edits)
    except ValueError:
        return None


def _relative_edit(span: Span, origin: Span, text: str) -> Edit:
    return Edit(Span(0, span.col - origin.col, 0, span.end_col - origin.col), text)


def generator_result_to_list(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    """A worker returning `(x for x in ...)` returns `[x for x in ...]`: a list pickles."""
    if hint.data.get("role") != "the worker's result" or not finding.chain:
        return []
    node = parsed.node_at(finding.chain[-1].span, (ast.GeneratorExp,))
    if not isinstance(node, ast.GeneratorExp) or not isinstance(
        parsed.parents.get(node), ast.Return
    ):
        return []
    text = parsed.text(node)
    if not (text.startswith("(") and text.endswith(")")):
        return []
    title = "Return a list instead of a generator (a generator cannot be pickled)"
    return [Fix(title, (Edit(parsed.span(node), f"[{text[1:-1]}]"),), FixSafety.UNSAFE)]
