"""PKL016's fix: the pool sets the global in each of its worker processes.

`Pool(2)` becomes `Pool(2, initializer=install_settings, initargs=(SETTINGS,))` with a
module-level `install_settings(value)` that assigns the global: every worker, however it was
started, holds the value the parent had when it made the pool, as fork would have copied it.
Offered when the global is this file's, the pool (or ProcessPoolExecutor) has no initializer
yet, and it is made after the parent has set the global, in a scope that reads the module's
global (no local variable of that name there).
"""

from __future__ import annotations

import ast

from picklecheck.engine.fixes.lift import module_level_insert
from picklecheck.engine.fixes.shared import accepts_initializer, initargs_edit
from picklecheck.engine.fixes.source import Parsed
from picklecheck.engine.model import Finding, Fix, FixHint, FixSafety


def set_global_in_initializer(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    name = str(hint.data.get("name", ""))
    boundary = next((h.data for h in finding.fix_hints if h.kind == "boundary"), None)
    span = boundary.get("receiver_creation") if boundary else None
    creation = parsed.node_at(span, (ast.Call,)) if span else None
    if not name or not isinstance(creation, ast.Call) or not accepts_initializer(creation):
        return []
    if creation.lineno - 1 <= int(hint.data.get("set_line", 0)):  # 0-based, as spans
        return []  # the pool is made before the parent sets the value
    if _local_in_scope(parsed, creation, name):
        return []
    top = parsed.top_statement(creation)
    if top is None:
        return []
    install = parsed.fresh_name(f"install_{name.lower()}")
    code = f"def {install}(value):\n    global {name}\n    {name} = value\n"
    edits = (
        module_level_insert(parsed, top, code),
        initargs_edit(parsed, creation, install, f"({name},)"),
    )
    title = f"Set `{name}` in each worker process with the pool's initializer"
    return [Fix(title, edits, FixSafety.UNSAFE)]


def _local_in_scope(parsed: Parsed, creation: ast.Call, name: str) -> bool:
    """The function making the pool binds `name` itself, without `global`: the initargs
    would read its local, not the module's global."""
    function = next((a for a in parsed.ancestors(creation) if isinstance(a, ast.FunctionDef)), None)
    if function is None:
        return False
    declared = any(isinstance(n, ast.Global) and name in n.names for n in ast.walk(function))
    stored = any(
        isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
        for n in ast.walk(function)
    )
    return stored and not declared
