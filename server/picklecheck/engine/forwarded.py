"""Boundaries in another module of the project that pickle what a call here passes.

`launch(threading.Lock())` in main.py, where launcher.py defines `launch(x)` as
`Process(target=f, args=(x,)).start()`: analysing launcher.py alone, `x` is unknown (no call
of `launch` there); analysing main.py, the lock is known but no boundary is in sight. A
module-level function of another project module whose parameter goes straight into a
boundary call (as the pickled value, or an item of a literal tuple or list of it) forwards
it: the caller's argument is judged in the caller's file and reported there.

A class of another project module forwards what its `__init__` keeps on `self` unchanged
(`self.handlers = handlers`) when one of its methods hands `self.handlers` to a boundary:
`Server(handlers).run()`, or when the method pickles the object itself (`self`, a bound method
like `self.score`), which carries every kept parameter its `__getstate__` keeps. The method
must be `__init__` itself, or be called by name in the caller's module or by the class's own
methods: a boundary nobody reaches fails nothing. Only names imported from project modules that
import a boundary library are followed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from astroid import nodes
from astroid.bases import BoundMethod, Instance
from astroid.exceptions import AttributeInferenceError

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.astroid_facade import Facade, lookup
from picklecheck.engine.astroid_imports import module_file
from picklecheck.engine.boundary import Pickled, SinkCall, creating_call
from picklecheck.engine.flow.project import (
    is_project_import,
    is_project_module,
    is_user_node,
    runs_a_boundary_library,
    single_definition,
)
from picklecheck.engine.flow.state import getstate_exclusions, has_custom_reduce
from picklecheck.engine.flow.syntax import (
    bound_argument,
    import_binding,
    is_name,
    own_method,
    own_nodes,
    packed_arguments,
    parameter_annotation,
    parameter_read,
    reads_of_assigned_name,
    single_assigned_value,
    syntactic_call_name,
    syntactic_names,
)
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

# Boundary values a forwarded parameter may be: the value itself, each task item, or the
# worker function whose result or exception comes back.
_FORWARDED_MODES = ("value", "items", "worker")


@dataclass(frozen=True)
class Forward:
    """A parameter of `function` that its boundary call `sink` pickles as `pickled`."""

    function: nodes.FunctionDef  # what the call binds its arguments to (`__init__` of a class)
    parameter: str
    sink: SinkCall
    pickled: Pickled
    stored_as: str = ""  # the attribute of `self` the class keeps the parameter in
    with_object: bool = False  # pickled as part of the whole object (`self`, `self.method`)
    # `self.cache.lookup` is pickled: the kept object goes with its bound method `lookup`,
    # when the caller's argument is an instance whose `lookup` is a plain method
    bound_method: str = ""
    # `for url, items in requests: submit(f, url, items)`: the element at a place of each
    # item of the parameter is pickled, as (tuple length, index)
    element: tuple[int, int] | None = None
    # `TimedProcess(stdout=log)` pickled whole: the class that keeps the parameter as
    # `self.<stored_as>`, when it is not the class of `function` itself
    kept_by: str = ""

    @property
    def method(self) -> nodes.FunctionDef:
        """The function holding the boundary call: `function`, or a method of its class."""
        frame = self.sink.call.frame()
        return frame if isinstance(frame, nodes.FunctionDef) else self.function


def forwarding_calls(
    module: nodes.Module, facade: Facade
) -> Iterator[tuple[nodes.Call, list[Forward]]]:
    """Calls in `module` of functions of other project modules that forward a parameter."""
    imported = _imported_names(module)
    if not imported:
        return
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        found = _call_forwards(call, module, imported, facade)
        if found:
            yield call, found


@dataclass(frozen=True)
class PassedPool:
    """`tokenize_all(ex, docs)` where `tokenize_all` of another project module calls
    `executor.submit(...)` on its parameter `executor`: what the caller passes decides
    whether that call is a boundary."""

    call: nodes.Call  # the caller's call
    argument: nodes.NodeNG  # what it passes for the parameter
    task_call: nodes.Call  # `executor.submit(tokenize, doc)` in the other module
    # the function holding the task call, whose parameters `call` binds
    function: nodes.FunctionDef


def passed_task_value(passed: PassedPool, value: nodes.NodeNG) -> nodes.NodeNG | None:
    """What a task call of the other module pickles, as the caller passes it when it is a
    parameter of the function holding the call (`dispatch(self, fn, item)`: the caller's
    `fn` and `item`); None when the caller leaves it unknown."""
    function = passed.function
    parameter = parameter_read(function, value)
    if parameter is None:
        return value
    if parameter in (function.args.vararg, function.args.kwarg):
        return None
    return bound_argument(function, passed.call, parameter)


def passed_pools(module: nodes.Module, facade: Facade) -> Iterator[PassedPool]:
    """Calls in `module` of functions of other project modules that hand their parameter
    work as a pool or executor (`executor.submit(...)`, `pool.map(...)`)."""
    imported = imported_project_names(module, boundary_library_only=False)
    if not imported:
        return
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        func = call.func
        root = func.expr if isinstance(func, nodes.Attribute) else func
        if not (isinstance(root, nodes.Name) and root.name in imported):
            continue
        if not any(_made_as_a_pool(argument) for argument in _arguments_of(call)):
            continue  # the cheap test first: the callee's module is built only for pools
        definition = other_module_definition(func, module)
        if isinstance(definition, nodes.ClassDef):
            yield from _pools_kept_by(definition, call, module)
        if not isinstance(definition, nodes.FunctionDef):
            continue
        for parameter, task_call in _task_receivers(definition):
            argument = bound_argument(definition, call, parameter)
            if argument is not None and argument.root() is module:
                yield PassedPool(call, argument, task_call, definition)


def _pools_kept_by(
    cls: nodes.ClassDef, construction: nodes.Call, module: nodes.Module
) -> Iterator[PassedPool]:
    """`d = Dispatcher(ProcessPoolExecutor())` where `Dispatcher.__init__` keeps its `pool`
    as `self.pool` and `dispatch` calls `self.pool.submit(fn, item)`: each `d.dispatch(...)`
    of the caller hands that pool its tasks."""
    init = own_method(cls, "__init__")
    if init is None:
        return
    for attribute, parameter in _kept_parameters(init).items():
        argument = bound_argument(init, construction, parameter)
        if argument is None or argument.root() is not module or not _made_as_a_pool(argument):
            continue
        for method in cls.mymethods():
            task_calls = _attribute_task_calls(method, attribute)
            if not task_calls:
                continue
            for method_call in _instance_method_calls(construction, str(method.name)):
                for task_call in task_calls:
                    yield PassedPool(method_call, argument, task_call, method)


def _attribute_task_calls(method: nodes.FunctionDef, attribute: str) -> list[nodes.Call]:
    """`self.<attribute>.submit(...)` (or `.map`, `.apply_async`, ...) in the method's body."""
    return [
        call
        for call in own_nodes(method, nodes.Call)
        if isinstance(call.func, nodes.Attribute)
        and call.func.attrname in _TASK_METHODS
        and isinstance(call.func.expr, nodes.Attribute)
        and call.func.expr.attrname == attribute
        and is_name(call.func.expr.expr, "self")
    ]


def _instance_method_calls(construction: nodes.Call, name: str) -> list[nodes.Call]:
    """Calls of method `name` on the object `construction` makes: `Cls(...).name(...)`, or
    `obj.name(...)` after `obj = Cls(...)`."""
    parent = construction.parent
    if isinstance(parent, nodes.Attribute) and parent.attrname == name:
        return [parent.parent] if isinstance(parent.parent, nodes.Call) else []
    calls = []
    for read in reads_of_assigned_name(construction) or []:
        attribute = read.parent
        if (
            isinstance(attribute, nodes.Attribute)
            and attribute.attrname == name
            and isinstance(attribute.parent, nodes.Call)
            and attribute.parent.func is attribute
        ):
            calls.append(attribute.parent)
    return calls


def _arguments_of(call: nodes.Call) -> list[nodes.NodeNG]:
    return [*call.args, *(keyword.value for keyword in call.keywords or [])]


# How pools and executors are spelled where they are made (`Pool(2)`, `ctx.Pool()`, ...).
_POOL_MAKERS = frozenset({"Pool", "ProcessPoolExecutor", "ProcessPool", "ProcessingPool"})


def _made_as_a_pool(argument: nodes.NodeNG) -> bool:
    creation = creating_call(argument)
    return creation is not None and spelled_name(creation.func) in _POOL_MAKERS


_TASK_METHODS = kb.POOL_TASK_METHODS | {"submit", "schedule"}


def _task_receivers(function: nodes.FunctionDef) -> list[tuple[str, nodes.Call]]:
    """(parameter, call) for each `<parameter>.submit/map/...(...)` of the function's own body,
    the parameter not bound again (remembered)."""
    known: list[tuple[str, nodes.Call]] | None = remembered(function, "task_receivers")
    if known is not None:
        return known
    parameters = {a.name for a in function.args.args} - {"self"}
    found = []
    for call in own_nodes(function, nodes.Call):
        func = call.func
        if not (
            isinstance(func, nodes.Attribute)
            and func.attrname in _TASK_METHODS
            and isinstance(func.expr, nodes.Name)
            and func.expr.name in parameters
        ):
            continue
        if parameter_read(function, func.expr) is not None:
            found.append((str(func.expr.name), call))
    remember(function, "task_receivers", found)
    return found


def _call_forwards(
    call: nodes.Call, module: nodes.Module, imported: set[str], facade: Facade
) -> list[Forward]:
    """What the function, class or method of another project module `call` reaches forwards."""
    found = _definition_forwards(call, module, imported, facade)
    if found is not None:
        return found
    method = _method_of_imported_instance(call.func, module, imported)
    return forwards(method, facade) if method is not None else []


def _definition_forwards(
    call: nodes.Call, module: nodes.Module, imported: set[str], facade: Facade
) -> list[Forward] | None:
    """What the function or class of another project module that `call` names forwards;
    None when it names none."""
    func = call.func
    root = func.expr if isinstance(func, nodes.Attribute) else func
    if not (isinstance(root, nodes.Name) and root.name in imported):
        return None
    definition = other_module_definition(func, module)
    if isinstance(definition, nodes.FunctionDef):
        return forwards(definition, facade)
    if isinstance(definition, nodes.ClassDef):
        return [f for f in class_forwards(definition, facade) if _reached(f, module)]
    return None


def _method_of_imported_instance(
    func: nodes.NodeNG, module: nodes.Module, imported: set[str]
) -> nodes.FunctionDef | None:
    """`scheduler.schedule` with `scheduler = Scheduler()` (or `Scheduler().schedule`), where
    `Scheduler` is a class of another project module defining `schedule` itself."""
    if not isinstance(func, nodes.Attribute):
        return None
    made = func.expr
    annotated = _annotated_parameter_class(made, module, imported)
    if annotated is not None:
        return own_method(annotated, func.attrname)
    if isinstance(made, nodes.Name):
        if made.name not in _bound_to_imported_calls(module, imported):
            return None  # the cheap test first: most receivers are not such instances
        made = single_assigned_value(made)
    elif isinstance(made, nodes.Attribute) and is_name(made.expr, "self"):
        made = creating_call(made)  # `self.pool = WorkerPool(2)`, stored once in the class
    if not isinstance(made, nodes.Call):
        return None
    root = made.func.expr if isinstance(made.func, nodes.Attribute) else made.func
    if not (isinstance(root, nodes.Name) and root.name in imported):
        return None
    cls = other_module_definition(made.func, module)
    return own_method(cls, func.attrname) if isinstance(cls, nodes.ClassDef) else None


def _annotated_parameter_class(
    receiver: nodes.NodeNG, module: nodes.Module, imported: set[str]
) -> nodes.ClassDef | None:
    """`sched.schedule(...)` in `def register(sched: Scheduler)`, `Scheduler` imported from
    another project module."""
    if not isinstance(receiver, nodes.Name):
        return None
    definitions = lookup(receiver, receiver.name)
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return None
    annotation = parameter_annotation(definitions[0])
    if not (isinstance(annotation, nodes.Name) and annotation.name in imported):
        return None
    cls = other_module_definition(annotation, module)
    return cls if isinstance(cls, nodes.ClassDef) else None


def _bound_to_imported_calls(module: nodes.Module, imported: set[str]) -> frozenset[str]:
    """Names bound by a statement that calls an imported project name (`s = Scheduler()`,
    `with Pool() as p`, `a, b = make(), 1`): a superset of the names `assigned_value` may
    find such a call for."""
    known: frozenset[str] | None = remembered(module, "bound_to_imported_calls")
    if known is None:
        names: set[str] = set()
        for call in nodes_in(module, nodes.Call):
            func = call.func
            root = func.expr if isinstance(func, nodes.Attribute) else func
            if isinstance(root, nodes.Name) and root.name in imported:
                statement = call.statement()
                names |= {t.name for t in statement.nodes_of_class(nodes.AssignName)}
        known = frozenset(names)
        remember(module, "bound_to_imported_calls", known)
    return known


def forwards(function: nodes.FunctionDef, facade: Facade) -> list[Forward]:
    """The parameters `function` hands to a boundary call of its own body (remembered)."""
    known: list[Forward] | None = remembered(function, "forwards")
    if known is not None:
        return known
    remember(function, "forwards", [])  # a cycle through imports ends here
    arguments = function.args
    parameters = {a.name for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
    parameters |= {name for name in (arguments.vararg, arguments.kwarg) if name}
    if isinstance(function.parent, nodes.ClassDef):
        parameters.discard("self")
    found = []
    for sink in _sinks_of(function.root(), facade):
        if sink.call.frame() is not function:
            continue
        for pickled in sink.pickled:
            if pickled.mode == "items":
                found += [
                    Forward(function, name, sink, pickled)
                    for name in _iterated_parameters(pickled.expr, parameters)
                ]
                found += _parameters_inside_items(function, parameters, sink, pickled)
            elif pickled.mode in _FORWARDED_MODES:
                found += [
                    Forward(function, name, sink, pickled)
                    for name in _parameters_in(pickled.expr, parameters)
                ]
            repeated = _repeated_parameter(pickled.expr, parameters)
            if pickled.mode == "items" and repeated is not None:
                role = f"{pickled.role} (`{repeated}` itself, repeated)"
                whole = replace(pickled, mode="value", role=role)
                found.append(Forward(function, repeated, sink, whole))
            if pickled.mode in ("value", "worker"):
                found += _held_by_partial(function, parameters, sink, pickled)
            if pickled.mode == "value":
                found += _parameter_bound_methods(function, parameters, sink, pickled)
                found += _parameter_elements(function, parameters, sink, pickled)
                found += _kept_by_the_constructed(function, parameters, sink, pickled)
    found += _passed_on(function, parameters, facade)
    remember(function, "forwards", found)
    return found


def _parameter_bound_methods(
    function: nodes.FunctionDef, parameters: set[str], sink: SinkCall, pickled: Pickled
) -> list[Forward]:
    """`pool.map(ledger.audit, ...)` with `ledger` a parameter: the bound method carries the
    caller's instance."""
    expr = pickled.expr
    if not (
        isinstance(expr, nodes.Attribute)
        and isinstance(expr.expr, nodes.Name)
        and expr.expr.name in parameters
    ):
        return []
    return [_through_bound_method(function, expr.expr.name, sink, pickled)]


def _through_bound_method(
    function: nodes.FunctionDef, parameter: str, sink: SinkCall, pickled: Pickled, kept: str = ""
) -> Forward:
    """The parameter's object pickled with its bound method, the pickled expression."""
    expr = pickled.expr
    assert isinstance(expr, nodes.Attribute)
    carried = replace(pickled, role=f"the object behind the bound method `{expr.as_string()}`")
    return Forward(function, parameter, sink, carried, kept, bound_method=expr.attrname)


def _kept_by_the_constructed(
    function: nodes.FunctionDef, parameters: set[str], sink: SinkCall, pickled: Pickled
) -> list[Forward]:
    """`TimedProcess(target=run, stdout=log)` pickled whole, `log` a parameter, where the
    project class's `__init__` keeps what it is given as `self.stdout`: the object carries the
    caller's value (unless `__getstate__` drops it, or a `__reduce__` decides)."""
    call = pickled.expr
    if not isinstance(call, nodes.Call):
        return []
    cls = _project_class(call.func)
    init = cls.locals.get("__init__", [None])[0] if cls is not None else None
    if cls is None or not isinstance(init, nodes.FunctionDef):
        return []
    excluded = None if has_custom_reduce(cls) else getstate_exclusions(cls)
    if excluded is None:
        return []
    carried = replace(pickled, role=f"part of the `{cls.name}` object")
    found = []
    for attribute, kept in _kept_parameters(init).items():
        argument = bound_argument(init, call, kept) if attribute not in excluded else None
        for name in _parameters_in(argument, parameters) if argument is not None else []:
            found.append(
                Forward(function, name, sink, carried, attribute, True, kept_by=str(cls.name))
            )
    return found


def _project_class(func: nodes.NodeNG) -> nodes.ClassDef | None:
    """The one class of the project `func` names, in this module or imported from another."""
    found = single_definition(func)
    return found if isinstance(found, nodes.ClassDef) and is_user_node(found) else None


def _parameter_elements(
    function: nodes.FunctionDef, parameters: set[str], sink: SinkCall, pickled: Pickled
) -> list[Forward]:
    """`submit(fetch, url, items) for url, items in requests` with `requests` a parameter:
    the element at `items`' place in each item of what the caller passes."""
    expr = pickled.expr
    if not isinstance(expr, nodes.Name):
        return []
    definitions = lookup(expr, expr.name)
    target = definitions[0] if len(definitions) == 1 else None
    pair = target.parent if isinstance(target, nodes.AssignName) else None
    loop = pair.parent if isinstance(pair, nodes.Tuple) else None
    if not (
        isinstance(loop, (nodes.For, nodes.Comprehension))
        and loop.target is pair
        and isinstance(loop.iter, nodes.Name)
        and loop.iter.name in parameters
        and not any(isinstance(e, nodes.Starred) for e in pair.elts)
    ):
        return []
    iterated = lookup(loop.iter, loop.iter.name)
    if len(iterated) != 1 or iterated[0].parent is not function.args:
        return []  # the parameter bound again before the loop
    place = (len(pair.elts), pair.elts.index(target))
    role = f"{pickled.role} (`{expr.name}`, taken from each item of `{loop.iter.name}`)"
    return [Forward(function, loop.iter.name, sink, replace(pickled, role=role), element=place)]


def _passed_on(function: nodes.FunctionDef, parameters: set[str], facade: Facade) -> list[Forward]:
    """Parameters handed on, unchanged, to a function of the same module or a method called
    on `self` that forwards them (`schedule(fn, *args)` calling `self._dispatch(fn, args)`),
    or to a function or class of another project module that does (`define_batch_env`
    handing its `constructor` to `tools.ExternalProcess(constructor)`, which starts a
    Process with it)."""
    found = []
    for call in nodes_in(function, nodes.Call):
        callee = _same_module_callee(call, function)
        if callee is function:
            continue
        onward = forwards(callee, facade) if callee else _other_module_forwards(call, facade)
        for forward in onward:
            argument = bound_argument(forward.function, call, forward.parameter)
            for name in _parameters_in(argument, parameters) if argument is not None else []:
                found.append(_passed_by(forward, function, name))
    return found


def _other_module_forwards(call: nodes.Call, facade: Facade) -> list[Forward]:
    """What a function or class of another project module called by `call` forwards."""
    module = call.root()
    return _definition_forwards(call, module, _imported_names(module), facade) or []


def _imported_names(module: nodes.Module) -> set[str]:
    known: set[str] | None = remembered(module, "forwarding_imports")
    if known is None:
        known = imported_project_names(module)
        remember(module, "forwarding_imports", known)
    return known


def _passed_by(forward: Forward, function: nodes.FunctionDef, parameter: str) -> Forward:
    """`forward` as a forward of `function`'s `parameter`, which it hands on; a class that
    keeps the value is named in the chain (`passes it to ExternalProcess(), which keeps...`)."""
    kept_by = forward.kept_by
    if forward.stored_as and not kept_by and isinstance(forward.function.parent, nodes.ClassDef):
        kept_by = str(forward.function.parent.name)
    return replace(forward, function=function, parameter=parameter, kept_by=kept_by)


def _same_module_callee(call: nodes.Call, caller: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """`helper(...)`, a module-level function of the caller's module, or `self.method(...)`,
    a method of the caller's own class."""
    func = call.func
    if isinstance(func, nodes.Name):
        found = caller.root().locals.get(func.name, [])
        if len(found) == 1 and isinstance(found[0], nodes.FunctionDef):
            return found[0]
        return None
    owner = caller.parent
    if (
        isinstance(func, nodes.Attribute)
        and is_name(func.expr, "self")
        and isinstance(owner, nodes.ClassDef)
    ):
        method = next((m for m in owner.mymethods() if m.name == func.attrname), None)
        return method if isinstance(method, nodes.FunctionDef) else None
    return None


def class_forwards(cls: nodes.ClassDef, facade: Facade) -> list[Forward]:
    """The `__init__` parameters of `cls` that a boundary call in one of its methods pickles,
    directly in `__init__` or through the attribute `__init__` keeps them in (remembered)."""
    known: list[Forward] | None = remembered(cls, "class_forwards")
    if known is not None:
        return known
    remember(cls, "class_forwards", [])
    init = next((m for m in cls.mymethods() if m.name == "__init__"), None)
    found = []
    if isinstance(init, nodes.FunctionDef):
        found = forwards(init, facade)
        kept = _kept_parameters(init)
        for sink in _sinks_of(cls.root(), facade) if kept else []:
            method = sink.call.frame()
            if not (isinstance(method, nodes.FunctionDef) and method.parent is cls):
                continue
            for pickled in sink.pickled:
                if pickled.mode not in _FORWARDED_MODES:
                    continue
                found += [
                    Forward(init, kept[attribute], sink, pickled, attribute)
                    for attribute in _self_attributes_in(pickled.expr, kept)
                ]
                found += _kept_bound_methods(init, kept, sink, pickled)
                if _pickles_self(pickled.expr, cls):
                    found += _kept_in_state(init, kept, sink, pickled, cls)
    remember(cls, "class_forwards", found)
    return found


def _kept_bound_methods(
    init: nodes.FunctionDef, kept: dict[str, str], sink: SinkCall, pickled: Pickled
) -> list[Forward]:
    """`self.cache.lookup` pickled, `self.cache` kept from a parameter: a bound method of an
    instance pickles the instance with it."""
    expr = pickled.expr
    if not (
        isinstance(expr, nodes.Attribute)
        and isinstance(expr.expr, nodes.Attribute)
        and is_name(expr.expr.expr, "self")
        and expr.expr.attrname in kept
    ):
        return []
    attribute = str(expr.expr.attrname)
    return [_through_bound_method(init, kept[attribute], sink, pickled, attribute)]


def _pickles_self(expr: nodes.NodeNG, cls: nodes.ClassDef) -> bool:
    """`self`, or a bound method of the class's own (`self.score`), is what is pickled: the
    object goes with all its state."""
    if is_name(expr, "self"):
        return True
    return (
        isinstance(expr, nodes.Attribute)
        and is_name(expr.expr, "self")
        and any(m.name == expr.attrname for m in cls.mymethods())
    )


def _kept_in_state(
    init: nodes.FunctionDef,
    kept: dict[str, str],
    sink: SinkCall,
    pickled: Pickled,
    cls: nodes.ClassDef,
) -> list[Forward]:
    """Every kept parameter travels with the pickled object, unless `__getstate__` drops it
    (or a `__reduce__` decides what is saved: then nothing is claimed)."""
    excluded = None if has_custom_reduce(cls) else getstate_exclusions(cls)
    if excluded is None:
        return []
    behind = f"part of the object behind `{pickled.expr.as_string()}`"
    carried = replace(pickled, role=behind)
    return [
        Forward(init, parameter, sink, carried, attribute, with_object=True)
        for attribute, parameter in kept.items()
        if attribute not in excluded
    ]


def carries_the_argument(forward: Forward, argument: nodes.NodeNG, facade: Facade) -> bool:
    """Whether pickling what the boundary pickles pickles `argument`: always, except through
    a bound method, which carries only an instance (`module.function`, a class's or a
    static method is pickled by name)."""
    if not forward.bound_method:
        return True
    values = facade.infer(argument)
    return bool(values) and all(
        _plain_method_of(value, forward.bound_method) for value in values or ()
    )


def _plain_method_of(value: object, name: str) -> bool:
    if not isinstance(value, Instance) or isinstance(value, BoundMethod):
        return False
    try:
        found = value.getattr(name)
    except AttributeInferenceError:
        return False
    return all(isinstance(f, nodes.FunctionDef) and f.type == "method" for f in found)


def as_passed(forward: Forward, argument: nodes.NodeNG) -> tuple[SinkCall, Pickled]:
    """The boundary as the caller sees it: its label names the function it goes through."""
    label = f"{forward.sink.label} in `{_qualified_name(forward.method)}()`"
    return replace(forward.sink, label=label), replace(forward.pickled, expr=argument)


def forwarded_arguments(forward: Forward, call: nodes.Call) -> list[nodes.NodeNG]:
    """What `call` passes for the forwarded parameter: its argument (or default), or what it
    packs into the parameter when that is `*args` or `**options`."""
    arguments = forward.function.args
    if forward.parameter in (arguments.vararg, arguments.kwarg):
        return packed_arguments(forward.function, call, forward.parameter)
    argument = bound_argument(forward.function, call, forward.parameter)
    return [argument] if argument is not None else []


def forwarding_note(forward: Forward) -> str:
    """How the parameter reaches the boundary, for the why-chain."""
    if not forward.stored_as:
        return f"`{forward.function.name}()` passes `{forward.parameter}` to it"
    if forward.kept_by:
        return (
            f"`{forward.function.name}()` passes `{forward.parameter}` to `{forward.kept_by}()`,"
            f" which keeps it as `self.{forward.stored_as}`"
        )
    owner = forward.function.parent
    passes = "pickles the object holding it" if forward.with_object else "passes it to it"
    if forward.bound_method:
        passes = f"pickles it with its bound method `{forward.bound_method}`"
    return (
        f"`{getattr(owner, 'name', '?')}()` keeps `{forward.parameter}` as "
        f"`self.{forward.stored_as}`; `{forward.method.name}()` {passes}"
    )


def _qualified_name(function: nodes.FunctionDef) -> str:
    owner = function.parent
    return f"{owner.name}.{function.name}" if isinstance(owner, nodes.ClassDef) else function.name


def _kept_parameters(init: nodes.FunctionDef) -> dict[str, str]:
    """`self.attribute = parameter` statements of `__init__`: attribute -> parameter, for
    attributes no other statement of the class assigns."""
    arguments = init.args
    positional = [*arguments.posonlyargs, *arguments.args][1:]  # after `self`
    parameters = {a.name for a in [*positional, *arguments.kwonlyargs]}
    kept: dict[str, str] = {}
    stores: dict[str, int] = {}
    cls = init.parent
    for assigned in nodes_in(cls, nodes.AssignAttr):
        if isinstance(assigned.expr, nodes.Name) and assigned.expr.name == "self":
            stores[assigned.attrname] = stores.get(assigned.attrname, 0) + 1
    for statement in nodes_in(init, nodes.Assign):
        value = statement.value
        if not (isinstance(value, nodes.Name) and value.name in parameters):
            continue
        for target in statement.targets:
            if (
                isinstance(target, nodes.AssignAttr)
                and isinstance(target.expr, nodes.Name)
                and target.expr.name == "self"
                and stores.get(target.attrname) == 1
            ):
                kept[str(target.attrname)] = str(value.name)
    return kept


def _self_attributes_in(expr: nodes.NodeNG, kept: dict[str, str], hops: int = 3) -> list[str]:
    """The kept attributes `expr` pickles as they are: `self.x`, an item of a literal tuple,
    list or dict of them, an argument a `partial(...)` keeps, or a local name assigned once
    to one of those (`fn = partial(run, cache=self.cache)`)."""
    if hops < 0:
        return []
    if isinstance(expr, nodes.Attribute):
        is_kept = is_name(expr.expr, "self") and expr.attrname in kept
        return [str(expr.attrname)] if is_kept else []
    if isinstance(expr, (nodes.Tuple, nodes.List)):
        parts = list(expr.elts)
    elif isinstance(expr, nodes.Dict):
        parts = [value for _key, value in expr.items]
    elif isinstance(expr, nodes.Call) and syntactic_call_name(expr) == "partial":
        parts = [*expr.args[1:], *(k.value for k in expr.keywords or [])]
    elif isinstance(expr, nodes.Name):
        value = single_assigned_value(expr)
        parts = [value] if value is not None else []
    else:
        parts = []
    return [name for part in parts for name in _self_attributes_in(part, kept, hops - 1)]


def _reached(forward: Forward, caller: nodes.Module) -> bool:
    """Whether the method holding the boundary runs: `__init__`, or a method called by name
    in the caller's module or by the class itself."""
    method = forward.method
    if method is forward.function:
        return True
    name = method.name
    scopes = (caller, method.parent)
    owner = method.parent
    return any(
        isinstance(call.func, nodes.Attribute)
        and call.func.attrname == name
        and import_binding(call.func.expr) is None  # `asyncio.run(main())` runs no method
        and not _made_by_another_class(call.func.expr, owner)
        for scope in scopes
        for call in nodes_in(scope, nodes.Call)
    )


def _made_by_another_class(receiver: nodes.NodeNG, owner: nodes.NodeNG) -> bool:
    """`Collector("sensor-1").run()`: a method called on a new object of a class named other
    than the one defining the method (which is then not what runs)."""
    return (
        isinstance(receiver, nodes.Call)
        and isinstance(receiver.func, nodes.Name)
        and isinstance(owner, nodes.ClassDef)
        and receiver.func.name != owner.name
    )


def _iterated_parameters(expr: nodes.NodeNG, parameters: set[str]) -> list[str]:
    """The parameter a task iterable is (`pool.map(f, items)`), also through a local name
    assigned once; a parameter inside a display of items is one item, not the iterable."""
    if isinstance(expr, nodes.Name) and expr.name not in parameters:
        alias = _local_alias(expr)
        expr = alias if isinstance(alias, nodes.Name) else expr
    names = _parameters_in(expr, parameters, hops=0)
    return names if isinstance(expr, (nodes.Name, nodes.Starred)) else []


def _parameters_inside_items(
    function: nodes.FunctionDef, parameters: set[str], sink: SinkCall, pickled: Pickled
) -> list[Forward]:
    """`pool.starmap(count, [(root, name) for name in names])` or `[(root, "a")]`, with
    `root` a parameter: it is pickled whole inside every item."""
    expr = pickled.expr
    if isinstance(expr, nodes.Name) and expr.name not in parameters:
        expr = _local_alias(expr) or expr
    if isinstance(expr, (nodes.List, nodes.Tuple, nodes.Set)):
        elements = list(expr.elts)
    elif isinstance(expr, (nodes.ListComp, nodes.GeneratorExp, nodes.SetComp)):
        elements = [expr.elt]
    else:
        return []
    found = []
    for element in elements:
        for name in _parameters_in(element, parameters - _bound_by_comprehension(expr)):
            role = f"{pickled.role} (`{name}` inside each item)"
            found.append(Forward(function, name, sink, replace(pickled, mode="value", role=role)))
    return found


def _bound_by_comprehension(expr: nodes.NodeNG) -> set[str]:
    generators = getattr(expr, "generators", None) or []
    return {
        str(target.name)
        for generator in generators
        for target in nodes_in(generator.target, nodes.AssignName)
    }


def _repeated_parameter(expr: nodes.NodeNG, parameters: set[str]) -> str | None:
    """The parameter each item of a task iterable is: `repeat(p)`, `itertools.repeat(p, n)`,
    `[p] * n`."""
    repeated: nodes.NodeNG | None = None
    if isinstance(expr, nodes.Call) and expr.args and not expr.keywords:
        repeated = expr.args[0] if spelled_name(expr.func) == "repeat" else None
    elif isinstance(expr, nodes.BinOp) and expr.op == "*":
        for side in (expr.left, expr.right):
            if isinstance(side, (nodes.List, nodes.Tuple)) and len(side.elts) == 1:
                repeated = side.elts[0]
    if isinstance(repeated, nodes.Name) and repeated.name in parameters:
        return str(repeated.name)
    return None


def _parameters_in(expr: nodes.NodeNG, parameters: set[str], hops: int = 2) -> list[str]:
    """Parameters pickled as they are: `x`, `*args`, items of a literal tuple or list of them,
    or of a sum of tuples (`(item,) + extra`), also through a local name assigned once
    (`args = (source, sink)`; `job = dataset`)."""
    if isinstance(expr, nodes.Starred):
        expr = expr.value
    if isinstance(expr, nodes.Name):
        if expr.name in parameters:
            return [str(expr.name)]
        value = _local_alias(expr) if hops > 0 else None
        return _parameters_in(value, parameters, hops - 1) if value is not None else []
    if isinstance(expr, (nodes.Tuple, nodes.List)):
        return [name for e in expr.elts for name in _parameters_in(e, parameters, hops)]
    if isinstance(expr, nodes.BinOp) and expr.op == "+":
        return [
            *_parameters_in(expr.left, parameters, hops),
            *_parameters_in(expr.right, parameters, hops),
        ]
    return []


def _local_alias(name: nodes.Name) -> nodes.NodeNG | None:
    """The value of `name = value`, the one binding a read of a function's local sees."""
    definitions = lookup(name, name.name)
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return None
    statement = definitions[0].parent
    if not isinstance(statement, nodes.Assign) or statement.targets != [definitions[0]]:
        return None
    if not isinstance(statement.scope(), nodes.FunctionDef):
        return None  # a module global may be set again anywhere
    return statement.value


def _held_by_partial(
    function: nodes.FunctionDef, parameters: set[str], sink: SinkCall, pickled: Pickled
) -> list[Forward]:
    """`job = functools.partial(count, dataset)` sent as the worker function (or as a value),
    `dataset` a parameter: the partial pickles the caller's value with it."""
    expr = pickled.expr
    if isinstance(expr, nodes.Name) and expr.name not in parameters:
        expr = _local_alias(expr)
    if not (isinstance(expr, nodes.Call) and expr.args):
        return []
    if syntactic_names(expr.func) != {"functools.partial"}:
        return []
    held = [*expr.args[1:], *(k.value for k in expr.keywords or [])]
    role = f"an argument the `functools.partial` given as {pickled.role} holds"
    carried = replace(pickled, mode="value", role=role)
    return [
        Forward(function, name, sink, carried)
        for argument in held
        for name in _parameters_in(argument, parameters)
    ]


def _sinks_of(module: nodes.Module, facade: Facade) -> list[SinkCall]:
    from picklecheck.engine.sinks import module_sinks  # sinks import the providers

    return module_sinks(module, facade)


def imported_project_names(module: nodes.Module, boundary_library_only: bool = True) -> set[str]:
    """Names the module's imports bind to project modules, or to their members, that import a
    library with process boundaries (only those can forward: the others are never built or
    searched for boundaries here); any project module's with `boundary_library_only` off."""

    def wanted(modname: str) -> bool:
        return not boundary_library_only or _may_forward(modname)

    names: set[str] = set()
    for statement in nodes_in(module, (nodes.Import, nodes.ImportFrom)):
        if isinstance(statement, nodes.ImportFrom):
            if is_project_import(statement) and wanted(_absolute_name(statement)):
                names.update(alias or name for name, alias in statement.names if name != "*")
        else:
            names.update(
                alias or name
                for name, alias in statement.names
                if "." not in name and is_project_module(name) and wanted(name)
            )
    return names


def _absolute_name(statement: nodes.ImportFrom) -> str:
    try:
        return str(statement.root().relative_to_absolute_name(statement.modname, statement.level))
    except Exception:
        return str(statement.modname)


def _may_forward(modname: str) -> bool:
    """The module's file (or, for a package, its `__init__`'s re-exports' modules: not
    followed, so kept) imports a boundary library, itself or through a project module (a
    `Process` subclass of another module); unknown files are kept."""
    file = module_file(modname)
    if file is None or file.endswith("__init__.py"):
        return True
    return runs_a_boundary_library(modname, file)


def other_module_definition(
    func: nodes.NodeNG, module: nodes.Module
) -> nodes.FunctionDef | nodes.ClassDef | None:
    """The one module-level function or class of another project module `func` names."""
    definition = single_definition(func)
    if not isinstance(definition, (nodes.FunctionDef, nodes.ClassDef)):
        return None
    if definition.root() is module or not isinstance(definition.parent, nodes.Module):
        return None
    return definition
