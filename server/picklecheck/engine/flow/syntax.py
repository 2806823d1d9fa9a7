"""Following values through assignments, parameters and calls, syntactically."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from astroid import nodes
from astroid.const import Context
from astroid.exceptions import NoDefault

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_build import positional_parameters
from picklecheck.engine.astroid_facade import Facade, lookup
from picklecheck.engine.astroid_imports import note_neighbours_read, remembered_with_locations
from picklecheck.engine.flow.project import (
    is_user_node,
    name_definitions,
    neighbour_modules_mentioning,
    single_definition,
)
from picklecheck.engine.tree_memo import forget, nodes_in, remember, remembered

# A parameter name bound to the argument expression a call passes, and the bindings in force
# where that argument is written (helpers called from helpers).
Bindings = dict[str, tuple[nodes.NodeNG, "Bindings | None"]]


def assigned_value(target: nodes.NodeNG) -> tuple[nodes.NodeNG | None, str]:
    """The expression assigned to a name/attribute target, with a note for the chain."""
    parent = target.parent
    label = (
        target.as_string() if isinstance(target, nodes.AssignAttr) else getattr(target, "name", "?")
    )
    if isinstance(parent, (nodes.Assign, nodes.AnnAssign)) and parent.value is not None:
        return parent.value, f"`{label}` is assigned here"
    if isinstance(parent, nodes.NamedExpr):
        return parent.value, f"`{label}` is assigned here"
    if isinstance(parent, nodes.Tuple) and isinstance(parent.parent, nodes.Assign):
        value = parent.parent.value
        index = parent.elts.index(target)
        if isinstance(value, nodes.Tuple) and len(value.elts) == len(parent.elts):
            return value.elts[index], f"`{label}` is assigned here"
        returned = _returned_element(value, len(parent.elts), index)
        if returned is not None:
            return (
                returned,
                f"`{label}` takes its place in what `{value.func.as_string()}()` returns",
            )
        return None, ""
    if isinstance(parent, nodes.With):
        for item, var in parent.items:
            if var is target:
                if _makes_a_context_manager(item):
                    return None, ""  # the value the generator yields, not the generator
                return item, f"`{label}` is bound by `with`"
    return None, ""


def unpacked_bindings(
    target: nodes.NodeNG, value: nodes.NodeNG, outer: Bindings | None
) -> Bindings | None:
    """The helper's parameters when `value` is the element a tuple target takes from what a
    project helper returns (`self.env, self.paths = get_paths(kind, root)`): read in the
    helper with what the call gives, so its branches follow the call's literals."""
    parent = target.parent
    call = parent.parent.value if isinstance(parent, nodes.Tuple) else None
    helper = value.frame()
    if not isinstance(call, nodes.Call) or not isinstance(helper, nodes.FunctionDef):
        return outer
    return bind_arguments(helper, call, outer) if helper is not target.frame() else outer


def _returned_element(value: nodes.NodeNG, length: int, index: int) -> nodes.NodeNG | None:
    """`b` of `a, b = helper()`: the element at its place in the tuple display the helper's
    one `return` gives back (`return logger, [handler]`), the helper a plain function of the
    project named by `helper`, or a method of the caller's own class called on `self`
    (`worker, chunks = self.build_tasks(...)`)."""
    if not isinstance(value, nodes.Call):
        return None
    if isinstance(value.func, nodes.Name):
        found = name_definitions(value.func)
    elif isinstance(value.func, nodes.Attribute) and is_self(value.func.expr):
        cls = method_owner(value)
        found = cls.locals.get(value.func.attrname, []) if cls is not None else []
    else:
        return None
    helper = found[0] if len(found) == 1 else None
    if not isinstance(helper, nodes.FunctionDef) or helper.decorators or helper.is_generator():
        return None
    returns = list(own_nodes(helper, nodes.Return))
    if len(returns) != 1:
        return None
    returned = returns[0].value
    if not isinstance(returned, nodes.Tuple) or len(returned.elts) != length:
        return None
    if any(isinstance(element, nodes.Starred) for element in returned.elts):
        return None
    return returned.elts[index]


def _makes_a_context_manager(item: nodes.NodeNG) -> bool:
    return context_manager_function(item) is not None


def context_manager_function(item: nodes.NodeNG) -> nodes.FunctionDef | None:
    """`session` of `with session() as s:` when it is a `@contextmanager` generator function
    of this module or imported from another project module."""
    if not (isinstance(item, nodes.Call) and isinstance(item.func, nodes.Name)):
        return None
    found = name_definitions(item.func)
    function = found[0] if len(found) == 1 else None
    if isinstance(function, nodes.FunctionDef) and decorated_as(
        function, "contextmanager", "asynccontextmanager"
    ):
        return function
    return None


def with_item(target: nodes.NodeNG) -> nodes.NodeNG | None:
    """The expression of `with expression as target`."""
    parent = target.parent
    if isinstance(parent, nodes.With):
        return next((item for item, var in parent.items if var is target), None)
    return None


def loops_around(node: nodes.NodeNG, scope: nodes.NodeNG) -> list[nodes.NodeNG]:
    """The `for`/`while` statements between `node` and `scope`, innermost first."""
    loops = []
    parent = node.parent
    while parent is not None and parent is not scope:
        if isinstance(parent, (nodes.For, nodes.While)):
            loops.append(parent)
        parent = parent.parent
    return loops


def iterated_by(name: nodes.Name) -> nodes.For | nodes.Comprehension | None:
    """The `for` loop or comprehension whose target is the name's one binding (`task` of
    `for task in tasks`)."""
    found = lookup(name, name.name)
    target = found[0] if len(found) == 1 else None
    loop = target.parent if isinstance(target, nodes.AssignName) else None
    if isinstance(loop, (nodes.For, nodes.Comprehension)) and loop.target is target:
        return loop
    return None


def is_inside(node: nodes.NodeNG, ancestor: nodes.NodeNG) -> bool:
    """Whether `ancestor` is one of `node`'s parents."""
    parent = node.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def own_nodes(scope: nodes.NodeNG, kind: type[Any] | tuple[type[Any], ...]) -> Iterator[Any]:
    """Nodes of `kind` in `scope`, not descending into nested functions, lambdas or classes
    (remembered on `scope`: the analysis asks the same function for its calls many times)."""
    key = "own_" + "_".join(c.__name__ for c in (kind if isinstance(kind, tuple) else (kind,)))
    found: tuple[Any, ...] | None = remembered(scope, key)
    if found is None:
        found = tuple(_own_nodes(scope, kind))
        remember(scope, key, found)
    return iter(found)


def _own_nodes(scope: nodes.NodeNG, kind: type[Any] | tuple[type[Any], ...]) -> Iterator[Any]:
    stack = list(scope.get_children())
    while stack:
        node = stack.pop()
        if isinstance(node, kind):
            yield node
        if isinstance(node, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
            continue
        stack.extend(node.get_children())


def _static(function: nodes.FunctionDef) -> bool:
    return decorated_as(function, "staticmethod")


def bind_arguments(
    function: nodes.FunctionDef | None,
    call: nodes.Call | None,
    outer: Bindings | None,
    receiver_passed: bool = False,
) -> Bindings | None:
    """Parameter -> (argument or default, the bindings it is read with). `receiver_passed`:
    the call gives a method its `self` as the first argument (`Base.__init__(self, x)`)."""
    if function is None or call is None:
        return None
    params = [a.name for a in positional_parameters(function)]
    if params and isinstance(function.parent, nodes.ClassDef) and not _static(function):
        params = params[1:]
    given = call.args[1:] if receiver_passed else call.args
    bound: Bindings = {}
    for name, argument in zip(params, given, strict=False):
        if isinstance(argument, nodes.Starred):
            break
        bound[name] = (argument, outer)
    for keyword in call.keywords or []:
        if keyword.arg is not None:
            bound[keyword.arg] = (keyword.value, outer)
        else:
            bound[UNPACKED_KEYWORDS] = (keyword.value, outer)
    all_args = positional_parameters(function)
    defaults = function.args.defaults or []
    for arg, default in zip(all_args[len(all_args) - len(defaults) :], defaults, strict=True):
        bound.setdefault(arg.name, (default, None))
    return bound


# Bound when a call unpacks `**mapping`: the keywords it passes are unknown.
UNPACKED_KEYWORDS = "**"


def bound_expression(expr: nodes.NodeNG, bindings: Bindings | None) -> nodes.NodeNG:
    """`expr`, or when it names a parameter of the helpers being followed, the expression
    their calls pass for it (through at most a few helpers)."""
    for _ in range(8):
        if bindings is None:
            break
        if isinstance(expr, nodes.Name) and expr.name in bindings:
            expr, bindings = bindings[expr.name]
            continue
        entry = _literal_entry(expr, bindings)
        if entry is None:
            break
        expr, bindings = entry
    return expr


def _literal_entry(expr: nodes.NodeNG, bindings: Bindings) -> tuple[Any, Bindings | None] | None:
    """`content["ranges"]` where the call followed passes a dict display for `content`: the
    value written under that key, with the bindings it is read with."""
    if not (
        isinstance(expr, nodes.Subscript)
        and isinstance(expr.value, nodes.Name)
        and expr.value.name in bindings
        and isinstance(expr.slice, nodes.Const)
    ):
        return None
    container, outer = bindings[expr.value.name]
    if isinstance(container, nodes.Name) and (outer is None or container.name not in outer):
        container = _unchanged_dict(container)  # `opt = {...}`, then `Dataset(opt)`
    if not isinstance(container, nodes.Dict) or any(
        isinstance(key, nodes.DictUnpack) for key, _value in container.items
    ):
        return None
    for key, value in container.items:
        if isinstance(key, nodes.Const) and key.value == expr.slice.value:
            return value, outer
    return None


_DICT_CHANGERS = frozenset({"update", "setdefault", "pop", "popitem", "clear"})


def constant_value(expr: nodes.NodeNG | None, hops: int = 4) -> object:
    """The constant `expr` surely reads, `...` when unknown: a literal, a name bound once to
    one, an entry of a dict display bound once and never changed (`hypers["start"]`), or
    `self.<attr>` its class stores once in `__init__` from a parameter every construction of
    the class in its module passes the same such value for (`Trainer(hypers)`)."""
    if expr is None or hops <= 0:
        return ...
    if isinstance(expr, nodes.Const):
        return expr.value
    if isinstance(expr, nodes.Name):
        return constant_value(single_assigned_value(expr), hops - 1)
    if isinstance(expr, nodes.Subscript) and isinstance(expr.slice, nodes.Const):
        container = _dict_display(expr.value, hops - 1)
        for key, value in container.items if container is not None else []:
            if isinstance(key, nodes.Const) and key.value == expr.slice.value:
                return constant_value(value, hops - 1)
        return ...
    sources = init_sources(expr) if isinstance(expr, nodes.Attribute) else []
    values = [constant_value(source, hops - 1) for source in sources]
    if not values or ... in values or any(v != values[0] for v in values):
        return ...
    return values[0]


def _dict_display(expr: nodes.NodeNG, hops: int) -> nodes.Dict | None:
    """The unchanged dict display `expr` names, directly or as `self.<attr>` from every
    construction; None when it has unpacked entries or is unknown."""
    found: list[nodes.NodeNG | None] = [expr]
    if isinstance(expr, nodes.Attribute) and hops > 0:
        found = list(init_sources(expr))
    displays = [_unchanged_dict(e) if isinstance(e, nodes.Name) else e for e in found]
    first = displays[0] if displays else None
    if not isinstance(first, nodes.Dict) or any(d is not first for d in displays):
        return None
    if any(isinstance(key, nodes.DictUnpack) for key, _value in first.items):
        return None
    return first


def init_sources(attribute: nodes.Attribute) -> list[nodes.NodeNG]:
    """What `self.<attr>` holds when its class stores it once, in `__init__`: a literal or
    dict display stored there, or for a stored parameter what each construction passes for
    it (empty when unknown)."""
    if init_parameter_stored(attribute) is not None:
        passed = constructor_arguments(attribute)
        return [] if None in passed else [a for a in passed if a is not None]
    cls = method_owner(attribute) if is_self(attribute.expr) else None
    stores = self_attribute_stores(cls, str(attribute.attrname)) if cls is not None else []
    value = stores[0] if len(stores) == 1 else None
    init = value.scope() if value is not None else None
    stored_in_init = isinstance(init, nodes.FunctionDef) and init.name == "__init__"
    return [value] if stored_in_init and isinstance(value, (nodes.Const, nodes.Dict)) else []


def init_parameter_stored(
    attribute: nodes.Attribute,
) -> tuple[nodes.Name, nodes.FunctionDef] | None:
    """`self.pool` read in a method of a class whose one store of it is `self.pool = pool` of
    an `__init__` parameter: that parameter's name there, and the `__init__`."""
    cls = method_owner(attribute)
    if cls is None or not is_name(attribute.expr, "self"):
        return None
    return init_parameter_kept(cls, str(attribute.attrname))


def init_parameter_kept(
    cls: nodes.ClassDef, attribute: str
) -> tuple[nodes.Name, nodes.FunctionDef] | None:
    """The `__init__` parameter whose value the class's one store `self.<attribute> = p`
    keeps (its name there), and the `__init__`."""
    stores = self_attribute_stores(cls, attribute)
    kept = stores[0] if len(stores) == 1 else None
    init = kept.scope() if isinstance(kept, nodes.Name) else None
    if not (
        isinstance(kept, nodes.Name)
        and isinstance(init, nodes.FunctionDef)
        and init.name == "__init__"
        and init.parent is cls
        and kept.name in {a.name for a in init.args.arguments}
    ):
        return None
    return kept, init


def constructor_arguments(attribute: nodes.Attribute) -> list[nodes.NodeNG | None]:
    """`self.pool` whose one store is `self.pool = pool` of an `__init__` parameter: what each
    construction of the class in its module passes for it (None where unknown); empty when
    the class is built nowhere there or the attribute is set otherwise."""
    stored = init_parameter_stored(attribute)
    if stored is None:
        return []
    kept, init = stored
    cls = init.parent
    found: list[nodes.NodeNG | None] = []
    for site in construction_sites(cls):
        bound = (bind_arguments(init, site, None) or {}).get(kept.name)
        found.append(bound[0] if bound is not None else None)
    return found


def _unchanged_dict(name: nodes.Name) -> nodes.NodeNG | None:
    """The dict display a name is bound to once, in a scope that neither stores into it
    (`opt["k"] = v`) nor calls a method on it (`opt.update(...)`)."""
    value = single_assigned_value(name)
    if not isinstance(value, nodes.Dict):
        return None
    scope = value.scope()
    for node in nodes_in(scope, (nodes.Subscript, nodes.Attribute)):
        base = node.value if isinstance(node, nodes.Subscript) else node.expr
        if not is_name(base, str(name.name)):
            continue
        if isinstance(node, nodes.Attribute) and node.attrname in _DICT_CHANGERS:
            return None
        if isinstance(node, nodes.Subscript) and node.ctx != Context.Load:
            return None
    return value


def passed_for_parameter(name: nodes.Name) -> list[nodes.NodeNG]:
    """What every call of a module-level function in its module passes for the parameter
    `name` reads; empty when `name` is no such parameter or a call passes nothing for it."""
    definitions = lookup(name, name.name)
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return []
    return [argument for _call, argument in arguments_for(definitions[0])]


def parameter_of(expr: nodes.NodeNG, function: nodes.FunctionDef | None) -> str | None:
    """The name of `function`'s parameter that `expr` reads, if it reads one."""
    parameter = parameter_named(expr)
    if function is None or parameter is None or parameter.parent is not function.args:
        return None
    return str(parameter.name)


def parameter_named(name: nodes.NodeNG) -> nodes.AssignName | None:
    """The parameter a name reads, when that is its one binding (`db` in `db.session` inside
    `def run(db): ...`)."""
    found = lookup(name, name.name) if isinstance(name, nodes.Name) else []
    parameter = found[0] if len(found) == 1 else None
    if isinstance(parameter, nodes.AssignName) and isinstance(parameter.parent, nodes.Arguments):
        return parameter
    return None


def arguments_for(parameter: nodes.AssignName) -> list[tuple[nodes.Call, nodes.NodeNG]]:
    """(call, expression) for every call of the module-level function declaring `parameter`,
    in its module: what the call passes for it, or its default; empty when the parameter
    belongs to no such function or a call leaves it unbound."""
    function = parameter.parent.parent if isinstance(parameter.parent, nodes.Arguments) else None
    if not isinstance(function, nodes.FunctionDef):
        return []
    found = []
    for call in calls_of(function):  # none for methods and nested functions
        bound = bind_arguments(function, call, None) or {}
        if parameter.name not in bound:
            return []
        found.append((call, bound[parameter.name][0]))
    return found


def packed_arguments(
    function: nodes.FunctionDef, call: nodes.Call, name: str
) -> list[nodes.NodeNG]:
    """What `call` packs into `function`'s `*name` (positional arguments past the named
    parameters) or `**name` (keywords no parameter takes); empty when unknown (the call
    unpacks `*x` or `**x` itself)."""
    arguments = function.args
    named = [a.name for a in arguments.posonlyargs + arguments.args]
    if _binds_its_first(function, call):
        named = named[1:]  # `obj.run(f, x)`: `self` is not among the call's arguments
    if name == arguments.vararg:
        if any(isinstance(argument, nodes.Starred) for argument in call.args):
            return []
        return list(call.args[len(named) :])
    if name == arguments.kwarg:
        keywords = call.keywords or []
        if any(keyword.arg is None for keyword in keywords):
            return []
        taken = set(named) | {a.name for a in arguments.kwonlyargs}
        return [k.value for k in keywords if k.arg not in taken]
    return []


def _binds_its_first(function: nodes.FunctionDef, call: nodes.Call) -> bool:
    """A method called on an instance or its class, which passes `self` (`cls`) itself."""
    return (
        isinstance(function.parent, nodes.ClassDef)
        and isinstance(call.func, nodes.Attribute)
        and not decorated_as(function, "staticmethod")
    )


def parameter_default(parameter: nodes.AssignName) -> nodes.NodeNG | None:
    """The default value of a function's parameter, None when it has none."""
    arguments = parameter.parent
    if not isinstance(arguments, nodes.Arguments):
        return None
    try:
        return arguments.default_value(parameter.name)
    except NoDefault:
        return None


def bound_argument(function: nodes.FunctionDef, call: nodes.Call, name: str) -> nodes.NodeNG | None:
    """The expression `call` passes (or defaults) to parameter `name` of `function`."""
    bound = bind_arguments(function, call, None) or {}
    return bound[name][0] if name in bound else None


def calls_of(function: nodes.FunctionDef) -> list[nodes.Call]:
    """Calls of a module-level function by its name in its own module, or of a method of a
    module-level class on its instances there, or the constructions of the class for its
    `__init__` (at most 20)."""
    if isinstance(function.parent, nodes.ClassDef):
        if function.name == "__init__":
            return construction_sites(function.parent)
        return method_calls(function)
    if not isinstance(function.parent, nodes.Module):
        return _calls_through_decorator(function)
    calls = []
    for call in calls_by_name(function.root()).get(function.name, []):
        if function not in lookup(call.func, function.name):
            continue
        calls.append(call)
        if len(calls) > 20:
            return []
    return calls or _calls_in_importers(function)


def _calls_in_importers(function: nodes.FunctionDef) -> list[nodes.Call]:
    """`sentence_re_loader(reader, ...)` or `loaders.make(reader)` in the other project
    modules, for a module-level function its own module never calls (at most 20)."""
    name = str(function.name)
    if not getattr(function.root(), "file", None) or name.startswith("_"):
        return []  # a private helper is not called from other modules
    calls = []
    for module in _importers(function):
        index = (calls_by_name(module), calls_by_attribute(module))
        for call in index[0].get(name, []) + index[1].get(name, []):
            if single_definition(call.func) is function:
                calls.append(call)
    return calls if len(calls) <= 20 else []


def _calls_through_decorator(wrapper: nodes.FunctionDef) -> list[nodes.Call]:
    """The calls that run `wrapper`, the inner function a module-level decorator returns
    (`@timeout` or `@timeout(20)`, a factory returning the decorator): the calls of the
    module's functions it decorates outermost (at most 20)."""
    decorator = returning_parent(wrapper)
    if decorator is None:
        return []
    spelled, made = decorator.name, False
    factory = returning_parent(decorator)
    if factory is not None:
        spelled, made, decorator = factory.name, True, factory
    if not isinstance(decorator.parent, nodes.Module):
        return []
    calls: list[nodes.Call] = []
    modules = [decorator.parent, *_importers(decorator)]  # `from timeout_util import timeout`
    for function in (f for module in modules for f in module.body):
        outermost = (
            function.decorators.nodes[0]
            if isinstance(function, nodes.FunctionDef) and function.decorators
            else None
        )
        named = outermost.func if made and isinstance(outermost, nodes.Call) else outermost
        if not (is_name(named, spelled) and (made == isinstance(outermost, nodes.Call))):
            continue
        if function.root() is not decorator.parent and decorator not in name_definitions(named):
            continue  # another module's own `timeout`
        calls += calls_of(function)
    return calls if len(calls) <= 20 else []


def returning_parent(function: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """The function `function` is defined in, when that one returns it (`register` of
    `def plugin(name): def register(cls): ...; return register`)."""
    parent = function.parent.frame() if function.parent is not None else None
    if not isinstance(parent, nodes.FunctionDef):
        return None
    returns = own_nodes(parent, nodes.Return)
    return parent if any(is_name(r.value, function.name) for r in returns) else None


def decorated_as(function: nodes.FunctionDef, *names: str) -> bool:
    """Whether a decorator of the function is spelled as one of `names` (`@classmethod`,
    `@abc.abstractmethod`): read from the source, never inferred."""
    decorators = function.decorators.nodes if function.decorators else []
    return any(
        (d.attrname if isinstance(d, nodes.Attribute) else getattr(d, "name", None)) in names
        for d in decorators
    )


def method_calls(method: nodes.FunctionDef) -> list[nodes.Call]:
    """`C(...).m(...)`, `c.m(...)` after `c = C(...)`, and `self.m(...)` in C's methods: the
    calls of method `m` of the module-level class `C` in its module. Empty when a call of an
    `m` there is on a receiver that may be a `C` (its arguments might be anything) or when `m`
    is a static or class method. Remembered on the method."""
    known = remembered(method, "method_calls")
    if known is _FINDING:
        raise _Circular(method)
    if known is not None:
        return list(known)
    remember(method, "method_calls", _FINDING)
    try:
        calls = _find_method_calls(method)
    finally:
        forget(method, "method_calls")
    remember(method, "method_calls", calls)
    return list(calls)


_FINDING = object()  # the calls of this method are being found


class _Circular(Exception):
    """The calls of `method` were asked for while they were being found: a call of `m` inside
    `m` on one of its own parameters (`def submit(self, executor): executor.submit(...)`)."""

    def __init__(self, method: nodes.FunctionDef) -> None:
        super().__init__(method.name)
        self.method = method


def _find_method_calls(method: nodes.FunctionDef) -> list[nodes.Call]:
    cls = method.parent
    if not (
        isinstance(cls, nodes.ClassDef)
        and isinstance(cls.parent, nodes.Module)
        and not decorated_as(method, "staticmethod", "classmethod")
    ):
        return []
    if method.name == "__call__":
        return _instance_calls(method, cls)
    candidates = calls_by_attribute(cls.root()).get(method.name, [])
    if len(candidates) > _MAX_METHOD_CANDIDATES:
        return []  # `.get(...)` everywhere: too many receivers to tell apart, so unknown
    elsewhere = _method_calls_in_importers(method, cls)
    if elsewhere is None:
        return []
    receivers = [(call, call.func.expr) for call in candidates]
    return _calls_on_instances(method, cls, receivers, list(elsewhere))


def _calls_on_instances(
    method: nodes.FunctionDef,
    cls: nodes.ClassDef,
    receivers: list[tuple[nodes.Call, nodes.NodeNG]],
    calls: list[nodes.Call],
) -> list[nodes.Call]:
    """`calls` and the calls among `receivers` (call, receiver) made on an instance of `cls`;
    empty when a receiver may be one without being known as one. A receiver that is a
    parameter of `method` itself is judged by what the other calls pass."""
    circular = []
    for call, receiver in receivers:
        try:
            owner = _receiver_class(receiver, cls)
        except _Circular as found:
            if found.method is not method:
                raise
            circular.append((call, receiver))
            continue
        if owner == "unknown":
            return []
        if owner == "this":
            calls.append(call)
    remember(method, "method_calls", calls)
    for call, receiver in circular:
        owner = _receiver_class(receiver, cls)
        if owner == "unknown":
            return []
        if owner == "this":
            calls.append(call)
    return calls if len(calls) <= 20 else []


_MAX_METHOD_CANDIDATES = 200


def _instance_calls(method: nodes.FunctionDef, cls: nodes.ClassDef) -> list[nodes.Call]:
    """Calls of instances of `cls` in its module, which run its `__call__` (`method`):
    `self.worker(...)` after `self.worker = Worker()`, `w(...)` after `w = Worker()`. Empty when
    a call of some `self.x` or of a variable there may be one (what it is given would be
    unknown)."""
    receivers = [
        (call, call.func)
        for call in nodes_in(cls.root(), nodes.Call)
        if _may_call_an_instance(call.func)
    ]
    return _calls_on_instances(method, cls, receivers, [])


def _may_call_an_instance(func: nodes.NodeNG) -> bool:
    """`self.worker`, a variable, or `Executor()`: callees that may be instances (a method
    call, a function, a class or an import is not)."""
    if isinstance(func, nodes.Attribute):
        return is_name(func.expr, "self")
    if isinstance(func, nodes.Name):
        return single_assignment(func) is not None
    return isinstance(func, nodes.Call) and isinstance(func.func, nodes.Name)


def _receiver_class(receiver: nodes.NodeNG, cls: nodes.ClassDef, hops: int = 2) -> str:
    """ "this" when the receiver is an instance of `cls`, "other" when it is one of another
    class of the module or of an imported name, "unknown" otherwise."""
    if isinstance(receiver, nodes.Name) and receiver.name == "self":
        frame = receiver.frame()
        return "this" if isinstance(frame, nodes.FunctionDef) and frame.parent is cls else "unknown"
    if isinstance(receiver, nodes.Attribute) and is_name(receiver.expr, "self"):
        return _attribute_class(receiver, cls)
    if isinstance(receiver, nodes.Name):
        definitions = lookup(receiver, receiver.name)
        bound = definitions[0] if len(definitions) == 1 else None
        if isinstance(bound, nodes.AssignName) and isinstance(bound.parent, nodes.Arguments):
            return _parameter_class(bound, cls, hops)
        made = assigned_value(bound)[0] if isinstance(bound, nodes.AssignName) else None
        if made is None:  # also `with E(...) as ex` (the executor's __enter__ returns itself)
            return "unknown"
        receiver = made
    if isinstance(receiver, nodes.Call) and _names_an_import(receiver.func):
        return "other"  # `multiprocessing.Pool(...)`: a class of another module
    if isinstance(receiver, nodes.BinOp) and _names_an_import(receiver.left):
        return "other"  # `ctypes.c_char * size`: a type another module's operator makes
    if not (isinstance(receiver, nodes.Call) and isinstance(receiver.func, nodes.Name)):
        return "unknown"
    made_by = name_definitions(receiver.func)  # through `from package import Cls` too
    if made_by == [cls]:
        return "this"
    factory = made_by[0] if len(made_by) == 1 else None
    if isinstance(factory, nodes.FunctionDef) and isinstance(factory.parent, nodes.Module):
        return _factory_class(factory, receiver, cls, hops) if hops > 0 else "unknown"
    if len(made_by) == 1 and _unrelated_class(made_by[0], cls):
        return "other"
    bound = lookup(receiver.func, receiver.func.name)
    library = not made_by and len(bound) == 1 and _unrelated_class(bound[0], cls)
    return "other" if library else "unknown"  # `from queue import Queue`: another module's


def _factory_class(
    factory: nodes.FunctionDef, call: nodes.Call, cls: nodes.ClassDef, hops: int
) -> str:
    """What `pool = MakePool()` is, from what the module function returns for the call's
    arguments: `MulticorePool(2) if kind == "multicore" else SinglecorePool()` with `kind`
    left to its default `"multicore"` is an instance of `MulticorePool` (glimpse's pools)."""
    bindings = bind_arguments(factory, call, None)
    made: list[nodes.NodeNG] = []
    for ret in own_nodes(factory, nodes.Return):
        value = ret.value
        if value is None:
            return "unknown"
        made += _compared_branches(value, bindings) if isinstance(value, nodes.IfExp) else [value]
    kinds = {_receiver_class(value, cls, hops - 1) for value in made}
    return kinds.pop() if len(kinds) == 1 else "unknown"


def _compared_branches(expr: nodes.IfExp, bindings: Bindings | None) -> list[nodes.NodeNG]:
    """The branch of `a if kind == "x" else b` a parameter's literal takes (flow/branches.py
    decides the general tests; this reads only `==` and `!=` against a constant)."""
    test = expr.test
    if not (isinstance(test, nodes.Compare) and len(test.ops) == 1 and bindings):
        return [expr.body, expr.orelse]
    op, right = test.ops[0]
    left = test.left
    given = bindings.get(left.name) if isinstance(left, nodes.Name) else None
    value = bound_expression(*given) if given is not None else None
    if op not in ("==", "!=") or not isinstance(value, nodes.Const):
        return [expr.body, expr.orelse]
    if not isinstance(right, nodes.Const):
        return [expr.body, expr.orelse]
    holds = (value.value == right.value) == (op == "==")
    return [expr.body if holds else expr.orelse]


def _parameter_class(parameter: nodes.AssignName, cls: nodes.ClassDef, hops: int) -> str:
    """`def register(sched: Scheduler)`, or a parameter every call in the module passes the
    same kind of receiver for (`register(Scheduler())`, `register(sched)`)."""
    annotation = parameter_annotation(parameter)
    if isinstance(annotation, nodes.Name):
        made_by = lookup(annotation, annotation.name)
        if made_by == [cls]:
            return "this"
        return "other" if len(made_by) == 1 and _unrelated_class(made_by[0], cls) else "unknown"
    if annotation is not None or hops == 0:
        return "unknown"
    passed = arguments_for(parameter)
    kinds = {_receiver_class(argument, cls, hops - 1) for _call, argument in passed}
    return kinds.pop() if len(kinds) == 1 and "unknown" not in kinds else "unknown"


def parameter_annotation(parameter: nodes.AssignName) -> nodes.NodeNG | None:
    """The annotation written on a function's parameter (`sched: Scheduler`), None if none."""
    arguments = parameter.parent
    if not isinstance(arguments, nodes.Arguments):
        return None
    groups = (
        (arguments.posonlyargs, arguments.posonlyargs_annotations),
        (arguments.args, arguments.annotations),
        (arguments.kwonlyargs, arguments.kwonlyargs_annotations),
    )
    for names, written in groups:
        for name, annotation in zip(names, written, strict=False):
            if name is parameter:
                return annotation
    return None


def own_method(cls: nodes.ClassDef, name: str) -> nodes.FunctionDef | None:
    """The method `cls` itself defines under `name` (the last definition, as Python binds it)."""
    methods = [m for m in cls.locals.get(name, []) if isinstance(m, nodes.FunctionDef)]
    return methods[-1] if methods else None


def own_method_called(call: nodes.Call) -> nodes.FunctionDef | None:
    """The method of the caller's own class that `self.<name>(...)` calls."""
    func = call.func
    owner = method_owner(call)
    if owner is None or not isinstance(func, nodes.Attribute) or not is_self(func.expr):
        return None
    return project_method(owner, str(func.attrname))


def project_method(cls: nodes.ClassDef, name: str) -> nodes.FunctionDef | None:
    """The method `name` as instances of `cls` find it, when a project class defines it (None
    when the nearest class defining it is a library's)."""
    for klass in [cls, *safe_ancestors(cls)]:
        if name in klass.locals:
            method = own_method(klass, name)
            return method if method is not None and is_user_node(klass) else None
    return None


def constructed_project_class(made: nodes.NodeNG | None) -> nodes.ClassDef | None:
    """The project class `Cls(...)` (or `module.Cls(...)`) constructs, by the one binding of
    the name it calls, also in the project module it is imported from."""
    if not isinstance(made, nodes.Call):
        return None
    cls = single_definition(made.func)
    return cls if isinstance(cls, nodes.ClassDef) and is_user_node(cls) else None


def is_private_name(name: str) -> bool:
    """`__work`: a name Python mangles when a class body or method spells it."""
    return name.startswith("__") and not name.endswith("__")


def mangled_name(class_name: str, name: str) -> str:
    """The name a private `name` is stored under in the class `class_name`."""
    return f"_{class_name.lstrip('_')}{name}"


def method_owner(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class whose method `node` is in (the parent of its function frame), if any."""
    frame = node.frame()
    owner = frame.parent if isinstance(frame, nodes.FunctionDef) else None
    return owner if isinstance(owner, nodes.ClassDef) else None


def _attribute_class(receiver: nodes.Attribute, cls: nodes.ClassDef) -> str:
    """`self.pool` in a method of a class whose methods only ever assign `self.pool = X(...)`:
    what `X(...)` is, for every such assignment alike."""
    owner = method_owner(receiver)
    if owner is None:
        return "unknown"
    stores = self_attribute_stores(owner, str(receiver.attrname))
    if not stores or any(value is None for value in stores):
        return "unknown"
    # `self.pool = None` on the other branch (or before a lazy start) calls no method
    made = [v for v in stores if not (isinstance(v, nodes.Const) and v.value is None)]
    kinds = {_receiver_class(value, cls) for value in made if value is not None}
    return kinds.pop() if len(kinds) == 1 and "unknown" not in kinds else "unknown"


def self_attribute_stores(cls: nodes.ClassDef, attr: str) -> list[nodes.NodeNG | None]:
    """The value of every `self.<attr> = value` in the class's methods (None for a store
    that is not a plain assignment: `self.x += 1`, `self.x, self.y = pair`, `for self.x in`)."""
    index = _self_stores_by_class(cls.root())
    return list(index.get(cls, {}).get(attr, []))


_Stores = dict[nodes.ClassDef, dict[str, list[nodes.NodeNG | None]]]


def _self_stores_by_class(module: nodes.NodeNG) -> _Stores:
    """Every `self.<attr> = value` of the module, under each class around it: asked for many
    attributes of the same classes, answered from one pass over the module's stores."""
    index: _Stores | None = remembered(module, "self_stores")
    if index is None:
        index = {}
        for store in nodes_in(module, nodes.AssignAttr):
            if not is_name(store.expr, "self"):
                continue
            value = store.parent.value if isinstance(store.parent, nodes.Assign) else None
            owner = store.parent
            while owner is not None:
                if isinstance(owner, nodes.ClassDef):
                    index.setdefault(owner, {}).setdefault(str(store.attrname), []).append(value)
                owner = owner.parent
        remember(module, "self_stores", index)
    return index


def _names_an_import(func: nodes.NodeNG) -> bool:
    """`module.Class` where `module` is bound by an import statement."""
    if not (isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name)):
        return False
    bound = lookup(func.expr, func.expr.name)
    return len(bound) == 1 and isinstance(bound[0], (nodes.Import, nodes.ImportFrom))


def _unrelated_class(definition: nodes.NodeNG, cls: nodes.ClassDef) -> bool:
    """A class of the module that does not derive from `cls` by name, or an imported name."""
    if isinstance(definition, (nodes.ImportFrom, nodes.Import)):
        return True
    if not isinstance(definition, nodes.ClassDef):
        return False
    return all(
        not (isinstance(base, nodes.Name) and base.name == cls.name) for base in definition.bases
    )


def calls_by_attribute(module: nodes.Module) -> dict[str, list[nodes.Call]]:
    """Calls of attributes (`x.name(...)`) in a module by attribute name, indexed once."""
    index: dict[str, list[nodes.Call]] | None = remembered(module, "calls_by_attribute")
    if index is None:
        index = {}
        for call in nodes_in(module, nodes.Call):
            if isinstance(call.func, nodes.Attribute):
                index.setdefault(call.func.attrname, []).append(call)
        remember(module, "calls_by_attribute", index)
    return index


def calls_by_name(module: nodes.Module) -> dict[str, list[nodes.Call]]:
    """Calls of plain names in a module, indexed once per tree (callers are asked for often)."""
    index: dict[str, list[nodes.Call]] | None = remembered(module, "calls_by_name")
    if index is None:
        index = {}
        for call in nodes_in(module, nodes.Call):
            if isinstance(call.func, nodes.Name):
                index.setdefault(call.func.name, []).append(call)
        remember(module, "calls_by_name", index)
    return index


def attribute_replaced(
    definition: nodes.AssignName,
    use: nodes.Name,
    attribute: str,
    after: nodes.NodeNG | None = None,
) -> bool:
    """Whether `name.attribute` is reassigned or deleted between `definition` (or `after`)
    and `use`."""
    start, end = ((after or definition).lineno or 0), use.lineno or 0
    return attribute_replaced_in(definition.scope(), str(definition.name), attribute, start, end)


def attribute_replaced_in(
    scope: nodes.NodeNG, name: str, attribute: str, start: int, end: int
) -> bool:
    """Whether `name.attribute` is reassigned or deleted in `scope` on lines start..end."""
    for node in own_nodes(scope, (nodes.AssignAttr, nodes.DelAttr)):
        if not start <= (node.lineno or 0) <= end or node.attrname != attribute:
            continue
        if isinstance(node.expr, nodes.Name) and node.expr.name == name:
            return True
    return False


def function_of(value: Any) -> nodes.FunctionDef | None:
    """The FunctionDef behind a function or (un)bound method value."""
    for _ in range(3):
        if isinstance(value, nodes.FunctionDef):
            return value
        value = getattr(value, "_proxied", None)
    return None


def self_assigned(method: nodes.FunctionDef) -> set[str]:
    receiver = self_name(method)
    return {
        str(node.attrname)
        for node in own_nodes(method, (nodes.AssignAttr, nodes.DelAttr))
        if getattr(node.expr, "name", None) == receiver
    }


def self_name(method: nodes.FunctionDef) -> str | None:
    params = positional_parameters(method)
    return str(params[0].name) if params else None


def single_assignment(name: nodes.Name) -> nodes.AssignName | None:
    """The name's one binding, when it is an assignment target (`x = ...`, a loop target)."""
    definitions = lookup(name, name.name)
    if len(definitions) == 1 and isinstance(definitions[0], nodes.AssignName):
        return definitions[0]
    return None


def single_assigned_value(name: nodes.Name) -> nodes.NodeNG | None:
    """What the name's one assignment assigns (None for a loop target or unknown)."""
    definition = single_assignment(name)
    return assigned_value(definition)[0] if definition is not None else None


def single_stored_value(expr: nodes.NodeNG) -> nodes.NodeNG | None:
    """What a name bound once holds, or `self.<attr>` that its class stores once."""
    if isinstance(expr, nodes.Name):
        return single_assigned_value(expr)
    owner = method_owner(expr) if isinstance(expr, nodes.Attribute) else None
    if owner is None or not isinstance(expr, nodes.Attribute) or not is_self(expr.expr):
        return None
    stores = self_attribute_stores(owner, str(expr.attrname))
    return stores[0] if len(stores) == 1 else None


def parameter_read(function: nodes.FunctionDef, node: nodes.NodeNG | None) -> str | None:
    """The parameter of `function` a name reads, never bound again in it."""
    if not isinstance(node, nodes.Name):
        return None
    definitions = lookup(node, node.name)
    if len(definitions) == 1 and definitions[0].parent is function.args:
        return str(node.name)
    return None


def is_none_constant(node: nodes.NodeNG | None) -> bool:
    """The literal `None`."""
    return isinstance(node, nodes.Const) and node.value is None


def names_builtin(name: nodes.Name) -> bool:
    """`iter`, `exec`, `list`, ... where no definition of the module shadows the builtin."""
    return all(d.root().name == "builtins" for d in lookup(name, name.name))


def import_binding(expr: nodes.NodeNG) -> nodes.Import | None:
    """The `import` statement that is the one binding of the name `expr` (`asyncio` after
    `import asyncio`): the name holds a module."""
    bound = lookup(expr, expr.name) if isinstance(expr, nodes.Name) else []
    return bound[0] if len(bound) == 1 and isinstance(bound[0], nodes.Import) else None


def is_name(node: nodes.NodeNG, name: str) -> bool:
    return isinstance(node, nodes.Name) and node.name == name


def is_self(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.Name) and node.name == "self"


def value_of(node: nodes.NodeNG) -> nodes.NodeNG:
    value, _note = (
        assigned_value(node)
        if isinstance(node, (nodes.AssignName, nodes.AssignAttr))
        else (None, "")
    )
    if value is not None:
        return value
    return getattr(node, "value", node)


def syntactic_call_name(call: nodes.Call) -> str:
    func = call.func
    if isinstance(func, nodes.Attribute):
        return str(func.attrname)
    return str(func.name) if isinstance(func, nodes.Name) else ""


def is_context_expr(expr: nodes.NodeNG, facade: Facade) -> bool:
    """Whether `expr` is a `multiprocessing.get_context(...)` result (directly or by name)."""
    if isinstance(expr, nodes.Name):
        definitions = lookup(expr, expr.name)
        if len(definitions) != 1:
            return False
        value, _note = assigned_value(definitions[0])
        expr = value if value is not None else expr
    if not isinstance(expr, nodes.Call):
        return False
    callee = facade.qualified_names(expr.func) | syntactic_names(expr.func)
    return bool(callee & kb.CONTEXT_GETTERS)


def syntactic_names(func: nodes.NodeNG) -> set[str]:
    """`mod.attr` / `from mod import attr` dotted names of a callee, read from the imports.

    Covers C-level callables astroid cannot infer (weakref.ref, types.MappingProxyType).
    """
    parts: list[str] = []
    node = func
    while isinstance(node, nodes.Attribute):
        parts.append(str(node.attrname))
        node = node.expr
    if not isinstance(node, nodes.Name):
        return set()
    names: set[str] = set()
    for definition in lookup(node, node.name):
        if isinstance(definition, nodes.Import):
            for module, alias in definition.names:
                if (alias or module.split(".")[0]) == node.name:
                    head = module if alias else node.name
                    names.add(".".join([head, *reversed(parts)]))
        elif isinstance(definition, nodes.ImportFrom) and not definition.level:
            for name, alias in definition.names:
                if (alias or name) == node.name:
                    names.add(".".join([definition.modname, name, *reversed(parts)]))
    return names


def bound_only_by_imports(name: nodes.NodeNG, modules: bool = False) -> bool:
    """`name` is a name every binding of which a read sees is an import (with `modules`, a
    plain `import`, so the name is a module): its `syntactic_names` are what it is, not a
    guess."""
    if not isinstance(name, nodes.Name):
        return False
    kinds: tuple[type[nodes.NodeNG], ...] = (
        (nodes.Import,) if modules else (nodes.Import, nodes.ImportFrom)
    )
    definitions = lookup(name, name.name)
    return bool(definitions) and all(isinstance(d, kinds) for d in definitions)


def root_name(expr: nodes.NodeNG) -> nodes.Name | None:
    """`mp` of `mp.context.Process`, `Process` of `Process`; None for anything else."""
    while isinstance(expr, nodes.Attribute):
        expr = expr.expr
    return expr if isinstance(expr, nodes.Name) else None


def in_main_guard(node: nodes.NodeNG) -> bool:
    """Inside a module-level `if __name__ == "__main__":` block."""
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.Module):
        if isinstance(parent, nodes.If) and is_main_guard(parent) and node not in parent.orelse:
            return isinstance(parent.parent, nodes.Module)
        node, parent = parent, parent.parent
    return False


def is_main_guard(node: nodes.If) -> bool:
    test = node.test
    if not isinstance(test, nodes.Compare) or len(test.ops) != 1 or test.ops[0][0] != "==":
        return False
    sides = [test.left, test.ops[0][1]]
    has_name = any(isinstance(s, nodes.Name) and s.name == "__name__" for s in sides)
    has_main = any(isinstance(s, nodes.Const) and s.value == "__main__" for s in sides)
    return has_name and has_main


def is_nested(definition: nodes.NodeNG) -> bool:
    """Defined inside a function: pickle cannot find it by its qualified name."""
    scope = definition.parent.scope() if definition.parent else None
    while scope is not None and not isinstance(scope, nodes.Module):
        if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
            return True
        scope = scope.parent.scope() if scope.parent else None
    return False


def qname_of(value: Any) -> str:
    try:
        return str(value.qname())
    except Exception:
        return ""


# Comprehensions are scopes with a name of their own in a qualified name, and no `<locals>`.
_COMPREHENSION_NAMES: dict[type[nodes.NodeNG], str] = {
    nodes.GeneratorExp: "<genexpr>",
    nodes.ListComp: "<listcomp>",  # Python 3.11; 3.12 inlines list, set and dict comprehensions
    nodes.SetComp: "<setcomp>",
    nodes.DictComp: "<dictcomp>",
}


def local_qualname(definition: nodes.NodeNG) -> str:
    """Python's `__qualname__` of a def, class or lambda: `run.<locals>.<genexpr>.<lambda>`."""
    parts: list[str] = [definition.name]
    scope = definition.parent.scope() if definition.parent else None
    while scope is not None and not isinstance(scope, nodes.Module):
        if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
            parts.append("<locals>")
            parts.append(scope.name)
        elif isinstance(scope, nodes.ClassDef):
            parts.append(scope.name)
        elif scope.__class__ in _COMPREHENSION_NAMES:
            parts.append(_COMPREHENSION_NAMES[scope.__class__])
        scope = scope.parent.scope() if scope.parent else None
    return ".".join(reversed(parts))


def assigns_none(definition: nodes.NodeNG) -> bool:
    value, _note = assigned_value(definition)
    return isinstance(value, nodes.Const) and value.value is None


def called_before(function: nodes.FunctionDef, use: nodes.Name) -> bool:
    """Whether `function()` is called in the use's scope, before the use."""
    for call in calls_of(function):
        if call.scope() is use.scope() and (call.lineno or 0) < (use.lineno or 0):
            return True
    return False


def decorates_before(function: nodes.FunctionDef, use: nodes.NodeNG, made: bool = False) -> bool:
    """`@register` on a module-level definition of the function's module that runs before
    `use`: the decorator is called when the module defines it. `made`: `@register("x")`,
    the function makes the decorator."""
    for statement in function.root().body:
        if not isinstance(statement, (nodes.FunctionDef, nodes.ClassDef)):
            continue
        decorators = statement.decorators.nodes if statement.decorators else []
        if made:
            decorators = [d.func for d in decorators if isinstance(d, nodes.Call)]
        if not any(is_name(d, function.name) for d in decorators):
            continue
        in_module = isinstance(use.frame(), nodes.Module) and use.root() is function.root()
        if not in_module or (use.lineno or 0) > (statement.lineno or 0):
            return True
    return False


def reads_of_assigned_name(call: nodes.Call) -> list[nodes.Name] | None:
    """Where `name = call(...)` is read in its scope; None when the call is not assigned to a
    single name."""
    parent = call.parent
    if not (isinstance(parent, nodes.Assign) and len(parent.targets) == 1):
        return None
    target = parent.targets[0]
    if not isinstance(target, nodes.AssignName):
        return None
    return [
        name
        for name in parent.scope().nodes_of_class(nodes.Name)
        if name.name == target.name and target in lookup(name, name.name)
    ]


def global_definitions(module: nodes.Module, name: str) -> list[nodes.NodeNG]:
    """`def name` / `class name` inside a function that declares `global name`: module
    globals made when that function runs, which astroid's module scope does not list."""
    found: list[nodes.NodeNG] = []
    for declaration in nodes_in(module, nodes.Global):
        scope = declaration.scope()
        if name in declaration.names and isinstance(scope, nodes.FunctionDef):
            found += [
                node
                for node in scope.locals.get(name, [])
                if isinstance(node, (nodes.FunctionDef, nodes.ClassDef))
            ]
    return found


def construction_sites(cls: nodes.ClassDef, limit: int = 20) -> list[nodes.Call]:
    """The calls `Cls(...)` of its own module that construct `cls` (none when there are more
    than `limit`): what a method's `self` was built from."""
    if not isinstance(cls.parent, nodes.Module):
        return []
    sites = [
        call
        for call in calls_by_name(cls.root()).get(str(cls.name), [])
        if cls in lookup(call.func, str(cls.name))
    ]
    sites += _factory_sites(cls)
    if not sites:
        sites = _sites_in_importers(cls)
    return sites if len(sites) <= limit else []


def _sites_in_importers(cls: nodes.ClassDef) -> list[nodes.Call]:
    """`Roaster(update_data_func=self.on_update)` in the other modules of the project that
    import the class, for a class its own module never constructs (a package's driver)."""
    name = str(cls.name)
    return [
        call
        for module in _importers(cls)
        for call in calls_by_name(module).get(name, [])
        if isinstance(call.func, nodes.Name) and cls in name_definitions(call.func)
    ]


def _importers(definition: nodes.ClassDef | nodes.FunctionDef) -> list[nodes.Module]:
    """The other project modules that import the module-level class or function (or the
    module defining it, or a package above it) and name it; found once per name."""
    root = definition.root()
    name = str(definition.name)
    importing = frozenset({*str(root.name).split("."), name}) - {"__init__"}
    modules: list[nodes.Module] = remembered_with_locations(
        "<picklecheck importers>",
        (getattr(root, "file", None), name),
        lambda _key: neighbour_modules_mentioning(root, name, importing) or [],
    )
    note_neighbours_read(root, modules)  # also when the list was remembered from before
    return modules


def _method_callers(method: nodes.FunctionDef) -> list[nodes.Module] | None:
    """The other project modules that call `.method(`: on instances kept there or passed in
    (`self.manager.create_futures(...)`), so they need not import the class. None when more
    files do than are worth building for one method (`.run(` everywhere)."""
    root = method.root()
    needle = f".{method.name}("
    modules: list[nodes.Module] | None = remembered_with_locations(
        "<picklecheck method callers>",
        (getattr(root, "file", None), needle),
        lambda _key: neighbour_modules_mentioning(root, needle, most=_MOST_METHOD_CALLERS),
    )
    if modules is not None:
        note_neighbours_read(root, modules)
    return modules


# Files calling a method's name built to find its calls; more leave its arguments unknown.
_MOST_METHOD_CALLERS = 8


def _constructed_in_own_module(cls: nodes.ClassDef) -> bool:
    return any(
        cls in lookup(call.func, str(cls.name))
        for call in calls_by_name(cls.root()).get(str(cls.name), [])
    ) or bool(_factory_sites(cls))


def _method_calls_in_importers(
    method: nodes.FunctionDef, cls: nodes.ClassDef
) -> list[nodes.Call] | None:
    """`w.register("load", tasks.load)` in the modules that import a class its own module never
    constructs (a package's class driven by the main program), on a receiver made there by
    `Cls(...)`. None when a receiver of a call of that name there may be an instance made
    elsewhere: its arguments are unknown."""
    if not getattr(cls.root(), "file", None) or _constructed_in_own_module(cls):
        return []
    callers = _method_callers(method)
    if callers is None:
        return None
    calls = []
    for module in callers:
        for call in calls_by_attribute(module).get(method.name, []):
            owner = _imported_receiver_class(call.func.expr, cls)
            if owner == "unknown":
                return None
            if owner == "this":
                calls.append(call)
    return calls


def _imported_receiver_class(receiver: nodes.NodeNG, cls: nodes.ClassDef) -> str:
    """In a module importing `cls`: "this" for a name bound once to `Cls(...)` (or
    `package.Cls(...)`), "other" for a module, a function or an unrelated class, or an
    instance of one made there, "unknown" otherwise."""
    if isinstance(receiver, nodes.Call):  # `Runner(workers=2).run(nodes, catalog)`
        return _made_receiver_class(receiver, cls)
    if isinstance(receiver, nodes.Attribute) and is_name(receiver.expr, "self"):
        return _attribute_class(receiver, cls)  # `self.manager.create_futures(...)`
    if not isinstance(receiver, nodes.Name):
        return "unknown"
    bound = lookup(receiver, receiver.name)
    if len(bound) != 1:
        return "unknown"
    if isinstance(bound[0], nodes.Import):
        return "other"  # a module
    if isinstance(bound[0], nodes.ImportFrom):
        imported = name_definitions(receiver)
        kinds = {_imported_definition_kind(definition, cls) for definition in imported}
        return "other" if kinds == {"other"} or not imported else "unknown"
    if not isinstance(bound[0], nodes.AssignName):
        return "unknown"
    if isinstance(bound[0].parent, nodes.Arguments):
        return _parameter_class(bound[0], cls, 2)
    made = assigned_value(bound[0])[0]
    return _made_receiver_class(made, cls) if isinstance(made, nodes.Call) else "unknown"


def _made_receiver_class(made: nodes.Call, cls: nodes.ClassDef) -> str:
    maker = single_definition(made.func)
    if maker is cls:
        return "this"
    if maker is None:
        return "other" if _names_an_import(made.func) else "unknown"
    return "other" if _unrelated_class(maker, cls) else "unknown"


def _imported_definition_kind(definition: nodes.NodeNG, cls: nodes.ClassDef) -> str:
    """A module, a function or a class unrelated to `cls` is never an instance of it."""
    if isinstance(definition, (nodes.FunctionDef, nodes.Module)):
        return "other"
    if isinstance(definition, nodes.ClassDef) and definition is not cls:
        return "other" if _unrelated_class(definition, cls) else "unknown"
    return "unknown"


def _factory_sites(cls: nodes.ClassDef) -> list[nodes.Call]:
    """`cls(...)` in the class's own classmethods (`from_config` returning `cls(out=...)`)."""
    sites = []
    for method in cls.mymethods():
        if not isinstance(method, nodes.FunctionDef) or not decorated_as(method, "classmethod"):
            continue
        positional = positional_parameters(method)
        me = positional[0].name if positional else None
        sites += [c for c in own_nodes(method, nodes.Call) if me and is_name(c.func, me)]
    return sites


def safe_ancestors(cls: nodes.ClassDef) -> list[nodes.ClassDef]:
    """Bases of `cls` through the facade's memoized, budgeted walk (never astroid's cubic one)."""
    known: list[nodes.ClassDef] | None = remembered(cls, "ancestors")
    if known is not None:
        return known  # without a budget's clock reading
    try:
        return Facade(seconds=0.5, steps_per_query=500).ancestors(cls)  # remembered per class
    except Exception:
        return []


def class_body_value(cls: nodes.ClassDef, name: str) -> tuple[nodes.NodeNG, nodes.ClassDef] | None:
    """The value the body of `cls` or of a base binds to `name` by one plain assignment, and
    that class. None when an instance attribute of that name hides it, or when the name is
    bound otherwise (a method, several assignments, a loop)."""
    for owner in (cls, *safe_ancestors(cls)):
        if name in owner.instance_attrs:
            return None
        found = owner.locals.get(name)
        if not found:
            continue
        target = found[0]
        if len(found) != 1 or not isinstance(target, nodes.AssignName):
            return None
        statement = target.parent
        if not isinstance(statement, nodes.Assign) or statement.parent is not owner:
            return None
        return statement.value, owner
    return None


def called_init(call: nodes.Call, owner: nodes.ClassDef) -> nodes.FunctionDef | None:
    """The `__init__` that `super().__init__(...)` (the first user base defining one) or
    `Base.__init__(self, ...)` calls."""
    func = call.func
    if not (isinstance(func, nodes.Attribute) and func.attrname == "__init__"):
        return None
    receiver = func.expr
    if isinstance(receiver, nodes.Call) and is_name(receiver.func, "super"):
        candidates = safe_ancestors(owner)
    elif isinstance(receiver, nodes.Name):
        bound = lookup(receiver, receiver.name)
        candidates = bound[:1] if len(bound) == 1 and isinstance(bound[0], nodes.ClassDef) else []
        candidates += [a for c in candidates for a in safe_ancestors(c)]
    else:
        return None
    for klass in candidates:
        found = klass.locals.get("__init__")
        if found and isinstance(found[0], nodes.FunctionDef):
            return found[0] if is_user_node(klass) else None
    return None


def base_init_call(init: nodes.FunctionDef) -> tuple[nodes.Call, list[nodes.NodeNG]] | None:
    """The first `super().__init__(...)` or `Base.__init__(self, ...)` call of `init`, with
    what it passes the base (without the explicit `self`)."""
    for call in own_nodes(init, nodes.Call):
        func = call.func
        if not (isinstance(func, nodes.Attribute) and func.attrname == "__init__"):
            continue
        receiver = func.expr
        is_super = isinstance(receiver, nodes.Call) and is_name(receiver.func, "super")
        return call, list(call.args[0 if is_super else 1 :])
    return None
