"""Manager proxies handed to a function of another project module that stores into them.

`publish(shared, "csv", sink)` in main.py, with `shared = manager.dict()` there and
registry.py's `publish(shared, name, sink)` doing `shared[name] = sink`: the store pickles
`sink` to the manager process. Analysing registry.py alone, `shared` is any parameter;
analysing main.py, the proxy is known but the store is out of sight. So the caller's call is
the boundary for what the callee stores: the caller's own argument when the callee stores a
parameter, the callee's value otherwise (`stats = EndpointStats(name)`). A worker function of
another module given the proxy by a pool task (`pool.starmap(measure, [(shared, n) ...])`)
stores the same way. A function of the callee's module that the proxy is passed on to is
followed one hop (`measure` calling `publish(shared, stats)`).

A multiprocessing Queue handed the same way, also as a Process's argument
(`Process(target=snapshot, args=(region, out))` with `snapshot` of another module doing
`out.put(...)`), pickles what the callee puts into it (in its feeder thread: the item is lost
and the reader waits).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_build import positional_parameters, spelled_name
from picklecheck.engine.astroid_facade import Facade, lookup
from picklecheck.engine.boundary import keyword_value
from picklecheck.engine.flow.syntax import bound_argument, own_nodes, parameter_read
from picklecheck.engine.forwarded import imported_project_names, other_module_definition
from picklecheck.engine.sinks import (
    PROXY_STORES,
    TASK_METHODS,
    is_multiprocessing_queue,
    is_proxy,
    manager_proxy_names,
    task_argument,
)
from picklecheck.engine.tree_memo import nodes_in, remember, remembered


@dataclass(frozen=True)
class ProxyStore:
    """A store into a Manager proxy (or a put into a Queue) of this module, made by a function
    of another one."""

    call: nodes.Call  # the caller's call, its pool task call or its Process construction
    callee: nodes.FunctionDef  # the function of the other module the proxy is passed to
    proxy: nodes.Name  # the caller's proxy or queue
    store: nodes.NodeNG  # `shared[name] = sink`, `shared.append(x)`, `out.put(x)` there
    value: nodes.NodeNG  # what is stored, as the caller passes it or the callee makes it
    queue: bool = False  # a multiprocessing Queue, not a Manager proxy


def passed_proxy_stores(module: nodes.Module, facade: Facade) -> Iterator[ProxyStore]:
    """Stores into this module's Manager proxies by functions of other project modules."""
    imported = imported_project_names(module, boundary_library_only=False)
    if not imported:
        return
    proxies = manager_proxy_names(module, facade)
    queues = _queue_names(module)
    if not proxies and not queues:
        return  # the cheap test first: most modules hand neither to another module
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        for callee, bound in _receiving_functions(call, module, imported):
            for parameter, argument, place in _passed_names(bound):
                received = _Received(parameter, place)
                if proxies and is_proxy(argument, proxies):
                    stores, queue = _stores_into(callee, received, PROXY_STORES, 1), False
                elif argument.name in queues and is_multiprocessing_queue(argument, facade):
                    stores, queue = _stores_into(callee, received, _QUEUE_PUTS, 1), True
                else:
                    continue
                for store, value in stores:
                    given = parameter_read(callee, value)
                    value = bound.get(given) if given is not None else value
                    if value is not None:
                        yield ProxyStore(call, callee, argument, store, value, queue)


_QUEUE_PUTS = ("put", "put_nowait")
_QUEUE_MAKERS = frozenset({"Queue", "SimpleQueue", "JoinableQueue"})


def _queue_names(module: nodes.Module) -> frozenset[str]:
    """Names the module binds to a call spelled like a Queue's making (`out = mp.Queue()`,
    `ctx.Queue()`), before anything is inferred."""
    return frozenset(
        target.name
        for assign in nodes_in(module, nodes.Assign)
        if isinstance(assign.value, nodes.Call) and spelled_name(assign.value.func) in _QUEUE_MAKERS
        for target in assign.targets
        if isinstance(target, nodes.AssignName)
    )


@dataclass(frozen=True)
class _Received:
    """A parameter, or the element at `place` of the tuple it receives (`def audit(args):
    store, user = args` given `(store, user)`)."""

    parameter: str
    place: int | None = None


def _passed_names(
    bound: dict[str, nodes.NodeNG | None],
) -> Iterator[tuple[str, nodes.Name, int | None]]:
    """(parameter, the caller's name, its place in the tuple passed) for each name passed."""
    for parameter, argument in bound.items():
        if isinstance(argument, nodes.Name):
            yield parameter, argument, None
        elif isinstance(argument, nodes.Tuple):
            for place, element in enumerate(argument.elts):
                if isinstance(element, nodes.Name):
                    yield parameter, element, place


def _receiving_functions(
    call: nodes.Call, module: nodes.Module, imported: set[str]
) -> Iterator[tuple[nodes.FunctionDef, dict[str, nodes.NodeNG | None]]]:
    """(function of another module, its parameters bound to the caller's expressions) for
    `publish(shared, ...)` and for the worker of `pool.starmap(measure, [(shared, n) ...])`."""
    func = call.func
    root = func.expr if isinstance(func, nodes.Attribute) else func
    if isinstance(root, nodes.Name) and root.name in imported:
        callee = other_module_definition(func, module)
        if isinstance(callee, nodes.FunctionDef):
            names = [p.name for p in positional_parameters(callee)]
            yield callee, {name: bound_argument(callee, call, name) for name in names}
    target = _process_target_of(call, module, imported)
    if target is not None:
        yield target
    if not (isinstance(func, nodes.Attribute) and func.attrname in TASK_METHODS and call.args):
        return
    worker = call.args[0]
    if isinstance(worker, nodes.Name) and worker.name in imported:
        callee = other_module_definition(worker, module)
        if isinstance(callee, nodes.FunctionDef):
            names = [p.name for p in positional_parameters(callee)]
            method = str(func.attrname)
            yield (
                callee,
                {
                    name: task_argument(call, method, index, len(names))
                    for index, name in enumerate(names)
                },
            )


def _process_target_of(
    call: nodes.Call, module: nodes.Module, imported: set[str]
) -> tuple[nodes.FunctionDef, dict[str, nodes.NodeNG | None]] | None:
    """`Process(target=snapshot, args=(region, out))` with `snapshot` of another module: its
    parameters bound to the elements of `args`."""
    target = keyword_value(call, "target")
    arguments = keyword_value(call, "args")
    if not (isinstance(target, nodes.Name) and target.name in imported):
        return None
    if not isinstance(arguments, nodes.Tuple) or spelled_name(call.func) != "Process":
        return None
    callee = other_module_definition(target, module)
    if not isinstance(callee, nodes.FunctionDef):
        return None
    names = [p.name for p in positional_parameters(callee)]
    elements = arguments.elts
    if any(isinstance(e, nodes.Starred) for e in elements):
        return None
    return callee, {name: elements[i] for i, name in enumerate(names) if i < len(elements)}


def _stores_into(
    function: nodes.FunctionDef, received: _Received, methods: tuple[str, ...], hops: int
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(store, stored value) for each store of the function into its parameter (by one of
    `methods`, or by item or attribute assignment for a proxy), and of the functions of its
    module it passes the parameter on to (values in the function's terms)."""
    key = f"proxy_stores:{received}:{methods[0]}:{hops}"
    known: list[tuple[nodes.NodeNG, nodes.NodeNG]] | None = remembered(function, key)
    if known is not None:
        return known
    found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    proxy = methods == PROXY_STORES
    for node in own_nodes(function, (nodes.Assign, nodes.Call)):
        if isinstance(node, nodes.Assign):
            if proxy and any(_stores_through(t, function, received) for t in node.targets):
                found.append((node, node.value))
            continue
        func = node.func
        if (
            isinstance(func, nodes.Attribute)
            and func.attrname in methods
            and node.args
            and _reads(func.expr, function, received)
        ):
            found.append((node, node.args[-1] if proxy else node.args[0]))
        elif hops > 0:
            found.extend(_passed_on(node, function, received, methods, hops))
    remember(function, key, found)
    return found


def _stores_through(target: nodes.NodeNG, function: nodes.FunctionDef, received: _Received) -> bool:
    """`shared[key] = ...` or `namespace.field = ...` on the parameter."""
    if isinstance(target, nodes.Subscript):
        return _reads(target.value, function, received)
    if isinstance(target, nodes.AssignAttr):
        return _reads(target.expr, function, received)
    return False


def _passed_on(
    call: nodes.Call,
    function: nodes.FunctionDef,
    received: _Received,
    methods: tuple[str, ...],
    hops: int,
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """Stores of `helper(shared, stats)`, a function of the same module given the parameter."""
    func = call.func
    if not isinstance(func, nodes.Name):
        return []
    found = function.root().locals.get(func.name, [])
    helper = found[0] if len(found) == 1 else None
    if not isinstance(helper, nodes.FunctionDef) or helper is function:
        return []
    stores: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    for name in (p.name for p in positional_parameters(helper)):
        if not _reads(bound_argument(helper, call, name), function, received):
            continue
        for store, value in _stores_into(helper, _Received(name), methods, hops - 1):
            given = parameter_read(helper, value)
            value = bound_argument(helper, call, given) if given is not None else value
            if value is not None:
                stores.append((store, value))
    return stores


def _reads(node: nodes.NodeNG | None, function: nodes.FunctionDef, received: _Received) -> bool:
    """`node` reads what the function received: its parameter, or a name the parameter's
    tuple was unpacked into at the place (`store, user = args`)."""
    if received.place is None:
        return parameter_read(function, node) == received.parameter
    if not isinstance(node, nodes.Name):
        return False
    definitions = lookup(node, node.name)
    target = definitions[0] if len(definitions) == 1 else None
    targets = target.parent if target is not None else None
    if not isinstance(targets, nodes.Tuple) or not isinstance(targets.parent, nodes.Assign):
        return False
    return (
        parameter_read(function, targets.parent.value) == received.parameter
        and targets.elts.index(target) == received.place
        and not any(isinstance(e, nodes.Starred) for e in targets.elts)
    )
