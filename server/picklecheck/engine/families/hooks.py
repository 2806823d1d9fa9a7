"""Hooks kept by a torch module: `module.register_forward_hook(fn)` stores `fn` in the
module's `_forward_hooks`, which pickle saves with the module (and a parent module saves its
children). A lambda hook makes the model unpicklable where it is sent to a spawned process
(wandb's `add_log_hooks_to_pytorch_module`, then `torch.multiprocessing.spawn(train,
args=(model,))`: "Can't pickle local object ...<lambda>").

Registrations are found syntactically: on the name itself or on the submodules a loop takes
from its `children()`/`named_children()`/`modules()`/`named_modules()`, in the function that
holds the name, and in the project functions (and methods of classes built on the spot,
`Tracker().watch(model)`) it is passed to, two calls deep; also on a submodule attribute
(`model.embed.register_forward_hook(fn)`). A registration whose handle is kept is skipped when
the module calls `.remove()` on a handle of that name: that may undo it.
"""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine.astroid_build import positional_parameters
from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.flow.classes import constructed_classes
from picklecheck.engine.flow.project import named_function
from picklecheck.engine.flow.syntax import is_name, own_nodes
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

_HOOKS = frozenset(
    {
        "register_forward_hook",
        "register_forward_pre_hook",
        "register_full_backward_hook",
        "register_full_backward_pre_hook",
        "register_backward_hook",
    }
)
_SUBMODULES = frozenset({"children", "named_children", "modules", "named_modules"})


def registered_hooks(
    scope: nodes.NodeNG, receiver: str, facade: Facade, depth: int = 2, after: int = 0
) -> list[tuple[nodes.Call, nodes.NodeNG]]:
    """(registration, hook) for the hooks put on `receiver` or its submodules in `scope`
    (on lines after `after`), or in the functions it hands `receiver` to."""
    names = {receiver} | _submodule_names(scope, receiver)
    found: list[tuple[nodes.Call, nodes.NodeNG]] = []
    for call in own_nodes(scope, nodes.Call):
        if (call.lineno or 0) <= after:
            continue
        func = call.func
        if (
            isinstance(func, nodes.Attribute)
            and func.attrname in _HOOKS
            and _module_root(func.expr) in names
            and call.args
            and not _may_be_removed(call)
        ):
            found.append((call, call.args[0]))
        elif depth > 0:
            found += _passed_on(call, receiver, facade, depth)
    return found


def returned_parameter(function: nodes.FunctionDef) -> str | None:
    """The parameter every `return` of `function` hands back (`def watch(model): ...;
    return model`), else None."""
    returns = [r.value for r in own_nodes(function, nodes.Return)]
    names = {r.name for r in returns if isinstance(r, nodes.Name)}
    parameters = {a.name for a in function.args.args or []}
    if len(names) == 1 and len(returns) == 1 and names <= parameters:
        return str(names.pop())
    return None


def _passed_on(
    call: nodes.Call, receiver: str, facade: Facade, depth: int
) -> list[tuple[nodes.Call, nodes.NodeNG]]:
    positions = [i for i, a in enumerate(call.args) if is_name(a, receiver)]
    if len(positions) != 1:
        return []
    callee = _callee(call, facade)
    if callee is None:
        return []
    parameters = [a.name for a in positional_parameters(callee)]
    if isinstance(callee.parent, nodes.ClassDef):
        parameters = parameters[1:]
    if positions[0] >= len(parameters):
        return []
    return registered_hooks(callee, parameters[positions[0]], facade, depth - 1)


def _callee(call: nodes.Call, facade: Facade) -> nodes.FunctionDef | None:
    """A project function called by name, or a method of a project class called on a new
    instance (`TorchHistory().add_log_hooks(model)`)."""
    if isinstance(call.func, nodes.Name):
        return named_function(call.func)
    func = call.func
    if not (isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Call)):
        return None
    classes = constructed_classes(func.expr.func, facade)
    if len(classes) != 1:
        return None
    method = classes[0].locals.get(func.attrname, [None])[0]
    return method if isinstance(method, nodes.FunctionDef) else None


def _module_root(expr: nodes.NodeNG) -> str | None:
    """`model` of `model`, `model.embed` or `model.encoder.layer` (its submodules)."""
    while isinstance(expr, nodes.Attribute):
        expr = expr.expr
    return str(expr.name) if isinstance(expr, nodes.Name) else None


def _may_be_removed(call: nodes.Call) -> bool:
    """The registration's handle is kept (`handle = ...`, `model._hook = ...`) and the module
    calls `.remove()` on something of that name, or kept in a way not followed."""
    statement = call.parent
    if isinstance(statement, nodes.Expr):
        return False
    if not (isinstance(statement, nodes.Assign) and len(statement.targets) == 1):
        return True
    target = statement.targets[0]
    if isinstance(target, nodes.AssignName):
        kept = str(target.name)
    elif isinstance(target, nodes.AssignAttr):
        kept = str(target.attrname)
    else:
        return True
    return kept in _removed_names(call.root())


def _removed_names(module: nodes.Module) -> set[str]:
    """Names and attributes `.remove()` is called on in the module (`h.remove()`,
    `self._hook.remove()`)."""
    known: set[str] | None = remembered(module, "removed_names")
    if known is None:
        known = set()
        for call in nodes_in(module, nodes.Call):
            func = call.func
            if isinstance(func, nodes.Attribute) and func.attrname == "remove" and not call.args:
                receiver = func.expr
                if isinstance(receiver, nodes.Name):
                    known.add(str(receiver.name))
                elif isinstance(receiver, nodes.Attribute):
                    known.add(str(receiver.attrname))
        remember(module, "removed_names", known)
    return known


def _submodule_names(scope: nodes.NodeNG, receiver: str) -> set[str]:
    """`sub` of `for sub in receiver.children()` or `for name, sub in
    receiver.named_modules()`."""
    found = set()
    for loop in own_nodes(scope, nodes.For):
        iterated = loop.iter
        if not (
            isinstance(iterated, nodes.Call)
            and isinstance(iterated.func, nodes.Attribute)
            and iterated.func.attrname in _SUBMODULES
            and is_name(iterated.func.expr, receiver)
        ):
            continue
        target = loop.target
        if isinstance(target, nodes.Tuple) and iterated.func.attrname.startswith("named_"):
            target = target.elts[-1]
        if isinstance(target, nodes.AssignName):
            found.add(str(target.name))
    return found


def imports_torch(module: nodes.Module) -> bool:
    """Hooks are torch's: a module that imports no torch holds no torch module to look into."""
    known: bool | None = remembered(module, "imports_torch")
    if known is None:
        known = any(
            (isinstance(i, nodes.ImportFrom) and (i.modname or "").split(".")[0] == "torch")
            or (isinstance(i, nodes.Import) and any(n.split(".")[0] == "torch" for n, _ in i.names))
            for i in nodes_in(module, (nodes.Import, nodes.ImportFrom))
        )
        remember(module, "imports_torch", known)
    return known
