"""Functions of modules loaded from a file path, under a name no folder on `sys.path` provides.

A plugin system or a compiled-model cache (OCRmyPDF's `--plugin path.py`, pystan's
`stanfit4...` build module) loads source with `importlib.util.spec_from_file_location(name,
path)` and `module_from_spec`, and registers it in `sys.modules`. The parent finds the module
there; pickle stores a function of it by name (`tesseract_noop.ocr_page`). A forked child
inherits `sys.modules`, but a spawned (or forkserver) child starts afresh and cannot import
the name: ModuleNotFoundError while it unpickles the task (a Pool then waits forever).

Followed through a name bound once, `self.<attr>` stored once in its class, and a project
helper whose every `return` gives such a module. Not reported when the program changes
`sys.path` (the child inherits the parent's `sys.path` and may find the file).
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.state import const_str
from picklecheck.engine.flow.syntax import (
    is_name,
    own_nodes,
    single_assigned_value,
    single_stored_value,
    syntactic_names,
)
from picklecheck.engine.problem import Problem, snippet
from picklecheck.engine.tree_memo import nodes_in

_MODULE_FROM_SPEC = "importlib.util.module_from_spec"
_SPEC_FROM_FILE = "importlib.util.spec_from_file_location"
_LOAD_SOURCE = "imp.load_source"
_SOURCE_LOADER = "importlib.machinery.SourceFileLoader"
_HOPS = 4


@dataclass(frozen=True)
class LoadedModule:
    loading: nodes.Call  # the call that makes the module
    name: str | None  # the name it is loaded under, when written as a constant


def loaded_module(expr: nodes.NodeNG, hops: int = _HOPS) -> LoadedModule | None:
    """The module `expr` holds when it was loaded from a file path."""
    if hops < 0:
        return None
    if isinstance(expr, (nodes.Name, nodes.Attribute)):
        value = single_stored_value(expr)
        return loaded_module(value, hops - 1) if value is not None else None
    if not isinstance(expr, nodes.Call):
        return None
    made = _loading_call(expr)
    if made is not None:
        return made
    return _returned_by_helper(expr, hops)


def member_problem(read: nodes.Attribute, module: LoadedModule) -> Problem:
    """Pickled by name, found by the parent in `sys.modules`, by no child it spawns."""
    named = f"`{module.name}`" if module.name else "its name"
    missing = f"'{module.name}'" if module.name else "<the name it was loaded under>"
    return Problem.at(
        rules.PKL014,
        (module.loading, f"`{snippet(module.loading)}` loads a module from a file path"),
        f"a function of a module loaded from a file path, which a new process cannot "
        f"import by {named}",
        f"ModuleNotFoundError: No module named {missing} (in the child that unpickles it)",
        methods=kb.CHILD_ONLY,
    )


def changes_sys_path(module: nodes.Module) -> bool:
    """`sys.path.insert(...)`, `.append`, `.extend`, `sys.path += ...`, `sys.path = ...`."""
    for node in nodes_in(module, (nodes.Attribute, nodes.AssignAttr)):
        if node.attrname == "path" and is_name(node.expr, "sys"):
            parent = node.parent
            if isinstance(node, nodes.AssignAttr) or isinstance(parent, nodes.AugAssign):
                return True
            if isinstance(parent, nodes.Attribute) and parent.attrname in _PATH_CHANGES:
                return True
    return False


_PATH_CHANGES = frozenset({"insert", "append", "extend"})


def _loading_call(call: nodes.Call) -> LoadedModule | None:
    names = syntactic_names(call.func)
    if _MODULE_FROM_SPEC in names and call.args:
        spec = call.args[0]
        made = single_assigned_value(spec) if isinstance(spec, nodes.Name) else spec
        if isinstance(made, nodes.Call) and _SPEC_FROM_FILE in syntactic_names(made.func):
            return LoadedModule(call, const_str(made.args[0]) if made.args else None)
        return None
    if _LOAD_SOURCE in names and call.args:
        return LoadedModule(call, const_str(call.args[0]))
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname == "load_module":
        loader = func.expr
        if isinstance(loader, nodes.Call) and _SOURCE_LOADER in syntactic_names(loader.func):
            return LoadedModule(call, const_str(loader.args[0]) if loader.args else None)
    return None


def _returned_by_helper(call: nodes.Call, hops: int) -> LoadedModule | None:
    """`load_plugin(path)`: a module-level function of the file whose every return does."""
    if not isinstance(call.func, nodes.Name):
        return None
    found = lookup(call.func, call.func.name)
    helper = found[0] if len(found) == 1 else None
    if not isinstance(helper, nodes.FunctionDef) or not isinstance(helper.parent, nodes.Module):
        return None
    returns = [r.value for r in own_nodes(helper, nodes.Return)]
    if not returns or any(value is None for value in returns):
        return None
    loaded = [loaded_module(value, hops - 1) for value in returns if value is not None]
    return loaded[0] if all(loaded) else None
