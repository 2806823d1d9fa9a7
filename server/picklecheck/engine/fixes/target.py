"""`target-to-function`: a bound-method Process target becomes a module-level function.

Pickling `obj.method` pickles `obj` with every attribute, locks and files included. When the
method only reads plain attributes of `self`, a module-level function that receives exactly
those values (through `args=`) needs nothing else from the instance.
"""

from __future__ import annotations

import ast
import re

from picklecheck.engine.fixes import getstate
from picklecheck.engine.fixes.classes import has_multiline_strings
from picklecheck.engine.fixes.source import Parsed, apply_edits, insert_at_line, reindent
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety, Span


def target_to_function(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    attribute = parsed.node_at(hint.data.get("span", []), (ast.Attribute,))
    if not isinstance(attribute, ast.Attribute) or not isinstance(attribute.value, ast.Name):
        return []
    keyword = parsed.parents.get(attribute)
    call = parsed.parents.get(keyword) if keyword is not None else None
    if not isinstance(keyword, ast.keyword) or keyword.arg != "target":
        return []
    if not isinstance(call, ast.Call) or {k.arg for k in call.keywords} & {"args", "kwargs", None}:
        return []
    cls = _class_of(parsed, finding, attribute.value.id)
    method = _method(cls, attribute.attr) if cls is not None else None
    if cls is None or method is None:
        return []
    needed = _attributes_read(cls, method)
    if needed is None or set(needed) & _unpicklable(cls, finding):
        return []
    name = parsed.fresh_name(f"{_snake(cls.name)}_{method.name}")
    text = _function_text(parsed, method, name, needed)
    receiver = attribute.value.id
    values = ", ".join(f"{receiver}.{n}" for n in needed) + ("," if len(needed) == 1 else "")
    edits = (
        insert_at_line(cls.end_lineno or cls.lineno, "\n\n" + text),
        Edit(parsed.span(attribute), name + (f", args=({values})" if needed else "")),
    )
    title = (
        f"Make the target a module-level function `{name}({', '.join(needed)})` "
        "that receives only the data it needs (read when the Process is created, not when "
        "it runs)"
    )
    return [Fix(title, edits, FixSafety.UNSAFE)]


def _class_of(parsed: Parsed, finding: Finding, receiver: str) -> ast.ClassDef | None:
    for hint in finding.fix_hints:
        if hint.kind == "add-getstate":
            node = parsed.node_at(hint.data.get("class_span", []), (ast.ClassDef,))
            return node if isinstance(node, ast.ClassDef) else None
    classes = {s.name: s for s in parsed.tree.body if isinstance(s, ast.ClassDef)}
    created = [
        n.value.func.id
        for n in parsed.walk()
        if isinstance(n, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == receiver for t in n.targets)
        and isinstance(n.value, ast.Call)
        and isinstance(n.value.func, ast.Name)
    ]
    return classes.get(created[0]) if len(created) == 1 else None


def _method(cls: ast.ClassDef, name: str) -> ast.FunctionDef | None:
    for statement in cls.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == name:
            arguments = statement.args
            plain = len(arguments.args) == 1 and not arguments.posonlyargs
            extra = arguments.vararg or arguments.kwarg or arguments.kwonlyargs
            if plain and not extra and not statement.decorator_list:
                return statement
    return None


def _attributes_read(cls: ast.ClassDef, method: ast.FunctionDef) -> list[str] | None:
    """Data attributes the method reads through `self`; None if it uses `self` otherwise."""
    me = method.args.args[0].arg
    methods = {s.name for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}
    selfs = [n for n in ast.walk(method) if isinstance(n, ast.Name) and n.id == me]
    reads = [
        n
        for n in ast.walk(method)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == me
    ]
    if len(selfs) != len(reads) or has_multiline_strings(method):
        return None
    if any(not isinstance(r.ctx, ast.Load) or r.attr in methods for r in reads):
        return None
    if any(isinstance(n, ast.Name) and n.id == "super" for n in ast.walk(method)):
        return None
    names = list(
        dict.fromkeys(r.attr for r in sorted(reads, key=lambda r: (r.lineno, r.col_offset)))
    )
    used = {n.id for n in ast.walk(method) if isinstance(n, ast.Name)}
    return None if set(names) & used else names


def _unpicklable(cls: ast.ClassDef, finding: Finding) -> set[str]:
    reported = [
        str(a)
        for h in finding.fix_hints
        if h.kind == "add-getstate"
        for a in h.data.get("attrs", [])
    ]
    return getstate.unpicklable_attributes(cls, reported)


def _function_text(parsed: Parsed, method: ast.FunctionDef, name: str, needed: list[str]) -> str:
    first, last = method.body[0], method.body[-1]
    start = parsed.span(first)
    end_line = (last.end_lineno or last.lineno) - 1
    body_span = Span(start.line, start.col, end_line, len(parsed.lines[end_line]))
    me = method.args.args[0].arg
    edits = []
    for node in ast.walk(method):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == me
        ):
            edits.append(Edit(_relative(parsed.span(node), start), node.attr))
    body = apply_edits(parsed.text_of(body_span), edits)
    indent = parsed.line_indent(first.lineno - 1)
    return f"def {name}({', '.join(needed)}):\n    {reindent(body, indent, '    ')}\n"


def _relative(span: Span, origin: Span) -> Span:
    def column(line: int, col: int) -> int:
        return col - origin.col if line == origin.line else col

    return Span(
        span.line - origin.line,
        column(span.line, span.col),
        span.end_line - origin.line,
        column(span.end_line, span.end_col),
    )


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
