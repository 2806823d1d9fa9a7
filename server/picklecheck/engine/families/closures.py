"""Closures copied by value: cloudpickle and dill pickle a local function or lambda with the
cells of the variables it reads from its enclosing functions, so what those hold must pickle
too (a `process_doc` closure over a client keeping an `ssl.SSLContext`: dill's
"cannot pickle 'SSLContext' object")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.syntax import (
    import_binding,
    is_inside,
    is_self,
    own_nodes,
    project_method,
)
from picklecheck.engine.problem import Problem, step
from picklecheck.engine.providers.picklers import Pickler, accepts
from picklecheck.engine.tree_memo import nodes_in


def copy_stops_at(pickler: Pickler, problem: Problem) -> Problem:
    """What `pickler` fails on: `problem`, or, when it copies that value (cloudpickle, dill),
    the failure the copy goes on to (`Problem.copied_failure`: the object's next bad
    attribute, or a file it cannot reopen), if it rejects that one."""
    copied = problem.copied_failure
    if accepts(pickler, problem) and copied is not None and not accepts(pickler, copied):
        return copied
    return problem


def captured_problem(
    problem: Problem, pickler: Pickler, judge: Callable[[nodes.Name], Problem | None]
) -> Problem | None:
    """For a closure `pickler` copies by value (`problem` is about the closure itself): the
    first variable it captures whose value that pickler rejects, as a problem of the closure."""
    if problem.closure is None:
        return None
    for read in captured_reads(problem.closure):
        inner = judge(read)
        inner = copy_stops_at(pickler, inner) if inner is not None else None
        if inner is None or accepts(pickler, inner):
            continue
        copied = step(problem.closure, f"{pickler.value} copies it with what it captures")
        return replace(
            inner,
            what=f"{problem.what.split(' (')[0]} capturing `{read.name}`, {inner.what}",
            chain=(*problem.chain, copied, step(read, f"it reads `{read.name}`"), *inner.chain),
            hints=(),
            site=None,
            contained=False,
        )
    return None


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


_PICKLERS_BY_MODULE = {
    "cloudpickle": Pickler.CLOUDPICKLE,
    "dill": Pickler.DILL,
    "pickle": Pickler.PICKLE,
}


def serialized_attribute(cls: nodes.ClassDef) -> tuple[str, Pickler, nodes.Call] | None:
    """(attribute, pickler, the `dumps` call) when the project `__getstate__` instances use
    returns one attribute serialised by a pickler module: `return cloudpickle.dumps(self.x)`,
    the CloudpickleWrapper of baselines' SubprocVecEnv that RL projects copy. What that
    attribute holds is pickled by that pickler, whatever pickles the wrapper."""
    getstate = project_method(cls, "__getstate__")
    returns = [r.value for r in own_nodes(getstate, nodes.Return)] if getstate else []
    dumped = returns[0] if len(returns) == 1 else None
    if not (isinstance(dumped, nodes.Call) and len(dumped.args) == 1 and not dumped.keywords):
        return None
    pickler = _pickler_module(dumped.func)
    payload = dumped.args[0]
    if pickler is None or not (isinstance(payload, nodes.Attribute) and is_self(payload.expr)):
        return None
    return str(payload.attrname), pickler, dumped


def _pickler_module(func: nodes.NodeNG) -> Pickler | None:
    """`cloudpickle.dumps` with `import cloudpickle` (also inside the method, or `as` another
    name) binding the name."""
    if not (isinstance(func, nodes.Attribute) and func.attrname == "dumps"):
        return None
    binding = import_binding(func.expr)
    if binding is None or not isinstance(func.expr, nodes.Name):
        return None
    for module, alias in binding.names:
        if (alias or module) == func.expr.name:
            return _PICKLERS_BY_MODULE.get(module)
    return None
