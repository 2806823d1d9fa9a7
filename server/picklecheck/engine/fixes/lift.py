"""Fixes that give a worker a module-level name, the only kind of function pickle can send.

- `lift-lambda`: the lambda becomes a module-level `def`;
- `lambda-to-method`: `name = lambda self, ...: ...` in a class body becomes `def name(...)`
  there (a bound method is pickled as `getattr(obj, name)` of its function's own name);
- `lift-local-def`: a function (or closure-free class) nested in a function moves out;
- `move-out-of-main-guard`: a def inside `if __name__ == "__main__":` moves above the guard.
Variables the code read from the scopes it leaves become leading parameters, bound with
`functools.partial` where the function was.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass

from picklecheck.engine.fixes import imports, scopes
from picklecheck.engine.fixes.classes import (
    attribute_assignments,
    bases_in_file,
    has_multiline_strings,
    unpicklable_value,
)
from picklecheck.engine.fixes.source import (
    Parsed,
    insert_at_line,
    is_main_guard,
    reindent,
    whole_lines,
)
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety, Span

_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


@dataclass(frozen=True)
class Moved:
    """A definition about to live at module level: its text and how the old place refers to it."""

    name: str
    text: str
    closure: list[str]


def lift_lambda(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    node = parsed.node_at(hint.data.get("lambda", []), (ast.Lambda,))
    if not isinstance(node, ast.Lambda):
        return []
    top = parsed.top_statement(node)
    closure = scopes.closure_names(parsed, node)
    if top is None or closure is None or not _closure_values_picklable(parsed, node, closure):
        return []
    name = _first_free(parsed, _lambda_names(parsed, node))
    parameters = ", ".join([*closure, *([ast.unparse(node.args)] if _has_args(node) else [])])
    body = parsed.text(node.body)
    if "\n" in body:
        body = ast.unparse(node.body)
    text = f"def {name}({parameters}):\n    return {body}\n"
    reference, import_edits = _reference(parsed, name, closure)
    edits = [
        *import_edits,
        module_level_insert(parsed, top, text),
        Edit(parsed.span(node), reference),
    ]
    direct = isinstance(parsed.parents.get(node), (ast.Call, ast.keyword))
    safety = FixSafety.SAFE if direct or not closure else FixSafety.UNSAFE
    title = f"Lift the lambda to a module-level function `{name}`" + _binding_note(closure)
    title += _unsafe_note(safety, closure)
    return [Fix(title, tuple(edits), safety)]


def lambda_to_method(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    node = parsed.node_at(hint.data.get("lambda", []), (ast.Lambda,))
    statement = parsed.parents.get(node) if isinstance(node, ast.Lambda) else None
    if not (
        isinstance(node, ast.Lambda)
        and isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
        and isinstance(parsed.parents.get(statement), ast.ClassDef)
        and _alone_on_its_lines(parsed, statement)
    ):
        return []
    name = statement.targets[0].id
    body = parsed.text(node.body)
    if "\n" in body:
        body = ast.unparse(node.body)
    first, last = statement.lineno - 1, (statement.end_lineno or statement.lineno) - 1
    indent = parsed.line_indent(first)
    text = f"{indent}def {name}({ast.unparse(node.args)}):\n{indent}    return {body}\n"
    # one blank line around a method, as formatters want (none right after `class X:`)
    header_above = parsed.lines[first - 1].rstrip().endswith(":")
    if not parsed.is_blank(first - 1) and not header_above:
        text = "\n" + text
    if last + 1 < len(parsed.lines) and not parsed.is_blank(last + 1):
        text += "\n"
    title = f"Turn the lambda into a method `def {name}(...)` of the class"
    return [Fix(title, (Edit(whole_lines(first, last), text),), FixSafety.SAFE)]


def _alone_on_its_lines(parsed: Parsed, statement: ast.stmt) -> bool:
    """No other statement shares its first or last line (`a = 1; b = lambda: 0`)."""
    first = parsed.lines[statement.lineno - 1]
    last = parsed.lines[(statement.end_lineno or statement.lineno) - 1]
    starts_line = not first.encode()[: statement.col_offset].strip()
    rest = last.encode()[statement.end_col_offset or 0 :].decode(errors="replace").strip()
    return starts_line and (not rest or rest.startswith("#"))


def lift_local_def(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    def title(node: Definition) -> str:
        kind = "class" if isinstance(node, ast.ClassDef) else "function"
        return f"Move the local {kind} `{node.name}` to module level"

    return _moved_definition_fix(parsed, hint, title)


def move_out_of_main_guard(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    def title(node: Definition) -> str:
        return f'Move `{node.name}` out of `if __name__ == "__main__":` to module level'

    return _moved_definition_fix(parsed, hint, title)


def _moved_definition_fix(
    parsed: Parsed,
    hint: FixHint,
    title: Callable[[Definition], str],
) -> list[Fix]:
    """The fix moving the hint's definition to module level, titled by `title(definition)`."""
    node = _definition(parsed, hint)
    if node is None:
        return []
    moved = _move_definition(parsed, node)
    if moved is None:
        return []
    edits, bindings, safety = moved
    text = title(node) + _binding_note(bindings) + _unsafe_note(safety, bindings)
    return [Fix(text, edits, safety)]


# ---- moving a def ------------------------------------------------------------------------


def _definition(parsed: Parsed, hint: FixHint) -> Definition | None:
    node = parsed.node_at(hint.data.get("def", []), _DEFS)
    if not isinstance(node, _DEFS) or node.name != hint.data.get("name"):
        return None
    return node


def _move_definition(
    parsed: Parsed, node: Definition
) -> tuple[tuple[Edit, ...], list[str], FixSafety] | None:
    """Edits moving `node` above its top-level statement; None when that would break it."""
    top = parsed.top_statement(node)
    closure = scopes.closure_names(parsed, node)
    if top is None or top is node or closure is None or has_multiline_strings(node):
        return None
    if node.name in closure or (closure and isinstance(node, ast.ClassDef)):
        return None
    if not _closure_values_picklable(parsed, node, closure) or _rebound(parsed, node):
        return None
    module_names = scopes.module_names_besides(parsed, node)
    renamed = bool(closure) or node.name in module_names
    new_name = _first_free(parsed, _moved_names(parsed, node, bool(closure)))
    text = _definition_text(parsed, node, new_name if renamed else node.name, closure)
    edits: list[Edit] = []
    replacement = ""
    indent = parsed.line_indent(node.lineno - 1)
    if renamed:
        reference, import_edits = _reference(parsed, new_name, closure)
        edits += import_edits
        replacement = f"{indent}{node.name} = {reference}\n"
    elif _only_statement(parsed, node):
        replacement = f"{indent}pass\n"
    edits.append(module_level_insert(parsed, top, text))
    edits.append(_removal(parsed, node, replacement))
    return tuple(edits), closure, _move_safety(parsed, node, closure)


def _definition_text(
    parsed: Parsed,
    node: Definition,
    name: str,
    closure: list[str],
) -> str:
    first = parsed.first_line(node)
    indent = parsed.line_indent(first)
    span = Span(
        first,
        len(indent),
        (node.end_lineno or node.lineno) - 1,
        len(parsed.lines[(node.end_lineno or node.lineno) - 1]),
    )
    text = reindent(parsed.text_of(span), indent, "")
    keyword = "class" if isinstance(node, ast.ClassDef) else "def"
    header = re.compile(rf"\b{keyword}\s+{re.escape(node.name)}\b")
    text = header.sub(f"{keyword} {name}", text, count=1)
    if closure and not isinstance(node, ast.ClassDef):
        text = _add_leading_parameters(text, name, closure, _has_args(node))
    return text + "\n"


def _add_leading_parameters(text: str, name: str, closure: list[str], has_args: bool) -> str:
    opening = re.compile(rf"\bdef\s+{re.escape(name)}\s*\(")
    match = opening.search(text)
    if match is None:
        return text
    added = ", ".join(closure) + (", " if has_args else "")
    return text[: match.end()] + added + text[match.end() :]


def _removal(parsed: Parsed, node: ast.stmt, replacement: str) -> Edit:
    """Deletes the definition's lines (and one blank line after it when one precedes it)."""
    first = parsed.first_line(node)
    last = (node.end_lineno or node.lineno) - 1
    above = first - 1
    while parsed.is_blank(above):
        above -= 1
    opens_block = above < 0 or parsed.lines[above].rstrip().endswith(":")
    if not replacement and opens_block:
        first = above + 1  # no blank line right after the block's header
        while parsed.is_blank(last + 1):
            last += 1
    elif not replacement and parsed.is_blank(first - 1) and parsed.is_blank(last + 1):
        last += 1
    return Edit(whole_lines(first, last), replacement)


def _only_statement(parsed: Parsed, node: ast.stmt) -> bool:
    parent = parsed.parents.get(node)
    for field in ("body", "orelse", "finalbody"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and node in block:
            return len(block) == 1
    return False


def _rebound(parsed: Parsed, node: Definition) -> bool:
    """Whether the name is bound again in the same block (the move would change which wins)."""
    parent = parsed.parents.get(node)
    body = getattr(parent, "body", [])
    statements = body if isinstance(parent, ast.If) else [parent] if parent is not None else []
    if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
        statements = parent.body
    return len(scopes.assignments_of(statements, node.name)) > 1


def _move_safety(parsed: Parsed, node: ast.AST, closure: list[str]) -> FixSafety:
    """Safe when every closure variable is bound once, before the definition."""
    hidden = scopes.hidden_bindings(parsed, node)
    for name in closure:
        scope = hidden[name]
        params = scopes.parameter_names(scope) if isinstance(scope, scopes.FunctionNode) else []
        body = getattr(scope, "body", [])
        bindings = scopes.assignments_of(body if isinstance(body, list) else [body], name)
        if len(bindings) + (name in params) != 1:
            return FixSafety.UNSAFE
        if bindings and getattr(bindings[0], "lineno", 0) >= getattr(node, "lineno", 0):
            return FixSafety.UNSAFE
    return FixSafety.SAFE


# ---- shared helpers ---------------------------------------------------------------------------


def module_level_insert(parsed: Parsed, top: ast.stmt, text: str) -> Edit:
    """Inserts top-level code just above `top` (and its leading comments), two blank lines apart."""
    line = parsed.first_line(top)
    while line > 0 and parsed.lines[line - 1].lstrip().startswith("#"):
        line -= 1
    blanks = 0
    while blanks < line and parsed.is_blank(line - 1 - blanks):
        blanks += 1
    before = "\n" * max(0, 2 - blanks) if line > 0 else ""
    return insert_at_line(line, before + text + "\n\n")


def _reference(parsed: Parsed, name: str, closure: list[str]) -> tuple[str, list[Edit]]:
    if not closure:
        return name, []
    partial, edits = imports.reference(parsed, "functools", "partial")
    return f"{partial}({name}, {', '.join(closure)})", edits


def _binding_note(closure: list[str]) -> str:
    if not closure:
        return ""
    names = ", ".join(f"`{n}`" for n in closure)
    return f" (passing {names} with functools.partial)"


def _unsafe_note(safety: FixSafety, closure: list[str]) -> str:
    """What an unsafe lift changes: the partial takes the values when it is made."""
    if safety is FixSafety.SAFE or not closure:
        return ""
    names = ", ".join(f"`{n}`" for n in closure)
    return f"; {names} is read where the partial is made, not when the function runs"


def _has_args(node: ast.Lambda | Definition) -> bool:
    if isinstance(node, ast.ClassDef):
        return False
    arguments = node.args
    parts = [arguments.posonlyargs, arguments.args, arguments.kwonlyargs]
    return any(parts) or arguments.vararg is not None or arguments.kwarg is not None


# ---- names: from what the code does, numbered only as a last resort ------------------------

_OPERATORS = {
    ast.Add: "plus",
    ast.Sub: "minus",
    ast.Mult: "times",
    ast.Div: "over",
    ast.FloorDiv: "over",
    ast.Mod: "mod",
    ast.Pow: "power",
}
_MAX_NAME = 32


def _first_free(parsed: Parsed, candidates: list[str]) -> str:
    used = parsed.names_in_use()
    for candidate in candidates:
        if candidate.isidentifier() and candidate not in used:
            return candidate
    return parsed.fresh_name(candidates[0])


def _lambda_names(parsed: Parsed, node: ast.Lambda) -> list[str]:
    """The variable it was bound to, the call it wraps, the arithmetic it does, the function
    it sits in, the call it is passed to, in that order."""
    names = []
    parent = parsed.parents.get(node)
    if isinstance(parent, ast.Call) and _called_name(parent.func) == "staticmethod":
        parent = parsed.parents.get(parent)  # `clean = staticmethod(lambda s: ...)`
    if isinstance(parent, ast.Assign) and len(parent.targets) == 1:
        target = parent.targets[0]
        if isinstance(target, ast.Name):
            names.append(f"{target.id}_function")
        elif isinstance(target, ast.Attribute):
            names.append(target.attr)
    names += [n for n in (_wrapped_call(node.body), _arithmetic(node.body)) if n]
    enclosing = _enclosing_name(parsed, node)
    if enclosing:
        names.append(f"{enclosing}_task")
    receiver = parent if isinstance(parent, ast.Call) else parsed.parents.get(parent or node)
    if isinstance(receiver, ast.Call):
        called = _called_name(receiver.func)
        if called:
            names.append(f"{called.lower()}_task")
    return [*(n for n in names if len(n) <= _MAX_NAME), "task"]


def _moved_names(parsed: Parsed, node: ast.AST, closure: bool) -> list[str]:
    """A moved def keeps its name unless that clashes: then the enclosing function's name
    goes in front (`main_scale`); with a closure the def gets an `_impl` suffix."""
    name = getattr(node, "name", "task")
    enclosing = _enclosing_name(parsed, node)
    base = [name, f"{enclosing}_{name}"] if enclosing else [name]
    return [f"{b}_impl" for b in base] if closure else base


def _enclosing_name(parsed: Parsed, node: ast.AST) -> str:
    for ancestor in parsed.ancestors(node):
        if isinstance(ancestor, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return ancestor.name
        if is_main_guard(ancestor):
            return "main"
    return ""


def _wrapped_call(body: ast.expr) -> str:
    if isinstance(body, ast.Call):
        called = _called_name(body.func)
        return f"call_{called}" if called else ""
    return ""


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _arithmetic(body: ast.expr) -> str:
    """`x * factor` -> `x_times_factor`, for one operator between names or numbers."""
    if not isinstance(body, ast.BinOp) or type(body.op) not in _OPERATORS:
        return ""
    left, right = _operand(body.left), _operand(body.right)
    if not left or not right:
        return ""
    return f"{left}_{_OPERATORS[type(body.op)]}_{right}"


def _operand(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return str(node.value).replace("-", "minus_")
    return ""


def _closure_values_picklable(parsed: Parsed, node: ast.AST, closure: list[str]) -> bool:
    """A closure variable bound to a def, class or lambda, to a known unpicklable object, or
    the `self` of an instance holding one, would only move the failure into the partial."""
    hidden = scopes.hidden_bindings(parsed, node)
    for name in closure:
        scope = hidden[name]
        if _receiver_with_unpicklable_state(parsed, scope, name):
            return False
        body = getattr(scope, "body", [])
        for binding in scopes.assignments_of(body if isinstance(body, list) else [body], name):
            if isinstance(binding, _DEFS):
                return False
            value = getattr(parsed.parents.get(binding), "value", None)
            if isinstance(value, ast.Lambda) or (
                isinstance(value, ast.expr) and unpicklable_value(value)
            ):
                return False
    return True


def _receiver_with_unpicklable_state(parsed: Parsed, scope: ast.AST, name: str) -> bool:
    """`name` is the `self` of a method whose class sets an attribute to an unpicklable value
    (the engine does not follow attributes through `self` yet, so verification would miss it)."""
    if not isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)) or not scope.args.args:
        return False
    if scope.args.args[0].arg != name:
        return False
    cls = parsed.parents.get(scope)
    if not isinstance(cls, ast.ClassDef):
        return False
    classes = [cls, *bases_in_file(parsed, cls)]
    return any(
        unpicklable_value(attribute.value)
        for owner in classes
        for attribute in attribute_assignments(owner).values()
    )
