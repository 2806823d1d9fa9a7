"""Closures copied by value: cloudpickle and dill pickle a local function or lambda with the
cells of the variables it reads from its enclosing functions, so what those hold must pickle
too (a `process_doc` closure over a client keeping an `ssl.SSLContext`: dill's
"cannot pickle 'SSLContext' object")."""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.syntax import is_inside
from picklecheck.engine.tree_memo import nodes_in


def captured_reads(closure: nodes.FunctionDef | nodes.Lambda) -> list[nodes.Name]:
    """The first read of each variable `closure` takes from an enclosing function (its free
    variables, and what its defaults read); names of the module, the builtins and its own
    locals are left out."""
    reads: dict[str, nodes.Name] = {}
    for name in nodes_in(closure, nodes.Name):  # defaults too: they are pickled with it
        _keep_captured(name, closure, reads)
    return list(reads.values())


def _keep_captured(
    name: nodes.Name, closure: nodes.FunctionDef | nodes.Lambda, reads: dict[str, nodes.Name]
) -> None:
    if name.name in reads:
        return
    definitions = lookup(name, name.name)
    if not definitions:
        return
    scopes = {d.scope() for d in definitions}
    if len(scopes) != 1:
        return
    scope = scopes.pop()
    enclosing = isinstance(scope, (nodes.FunctionDef, nodes.Lambda)) and scope is not closure
    if enclosing and is_inside(closure, scope):
        reads[name.name] = name


def global_reads(function: nodes.FunctionDef) -> list[nodes.Name]:
    """The first read of each module-level variable `function` takes (assigned in the module,
    not a function, class or import): what cloudpickle copies with a function of `__main__`."""
    module = function.root()
    reads: dict[str, nodes.Name] = {}
    for name in nodes_in(function, nodes.Name):
        if name.name in reads:
            continue
        definitions = lookup(name, name.name)
        if definitions and all(
            isinstance(d, nodes.AssignName) and d.scope() is module for d in definitions
        ):
            reads[name.name] = name
    return list(reads.values())
