"""Not the same object: pickle stores functions and classes by module and name, and checks on
the way out that the name leads back to the very object. It does not when

- a decorator class replaced the function (`@Counted def square`): the module name `square`
  now holds a `Counted` instance, whose state holds the original function;
- the class was defined again later in the module: instances made before the second `class`
  statement belong to a class the name no longer refers to;
- a `namedtuple("Pt", ...)` (an `Enum("JobStatus", ...)`, a `type("Thing", ...)`, a
  `make_dataclass("Record", ...)`) is bound to another name (`Point`): pickle looks for `Pt`.

Each failure is certain whatever the start method: the parent's own pickler refuses.
"""

from __future__ import annotations

from collections.abc import Callable

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.project import name_definitions, neighbour_modules_mentioning
from picklecheck.engine.flow.syntax import is_name, is_private_name, method_owner, own_nodes

ENUM_FACTORIES = frozenset(
    {"enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag"}
)
# Functional forms that make a class named by their first argument; TypedDict is left out:
# its instances are plain dicts.
_CLASS_FACTORIES = ENUM_FACTORIES | {
    "collections.namedtuple",
    "typing.NamedTuple",
    "builtins.type",
    "dataclasses.make_dataclass",
}


def _not_the_same_function(name: str, module: str) -> str:
    """Pickle's words for a function whose module name leads to another object."""
    return (
        f"PicklingError: Can't pickle <function {name}>: it's not the same object as "
        f"{module}.{name}"
    )


def enum_class_of_member(cls: nodes.ClassDef) -> nodes.ClassDef:
    """astroid infers `Color.RED` as an instance of a class it makes for the member, placed in
    the member's assignment; pickle sees an instance of `Color` itself."""
    assign = cls.parent
    if isinstance(assign, nodes.Assign) and isinstance(assign.parent, nodes.ClassDef):
        return assign.parent
    return cls


# (what, error, chain of (node, note)): values.py makes a PKL014 Problem of it.
Found = tuple[str, str, tuple[tuple[nodes.NodeNG, str], ...]]


def replaced_by_class_instance(
    function: nodes.FunctionDef, decorator: nodes.ClassDef, spelled: str = ""
) -> Found:
    """`@Counted` on a module-level function, where `Counted.__init__` keeps the function
    (`spelled`: the decorator as written, when a function makes the instance)."""
    error = _not_the_same_function(function.name, "__main__")
    what = f"a function its decorator replaced by a `{decorator.name}` instance"
    written = spelled or decorator.name
    chain = (
        (function, f"`@{written}` binds `{function.name}` to a `{decorator.name}` instance"),
        (decorator, "the instance keeps the original function, which pickle looks up by name"),
    )
    return what, error, chain


def decorated_originals(cls: nodes.ClassDef) -> list[nodes.FunctionDef]:
    """Module-level functions whose only decorator turns them into `cls` instances: `@Cls`,
    or for a class made inside a module-level factory, `@factory` and `@factory(...)` where
    every return of the factory is `Cls` or `Cls(<its parameter>)` (cpython issue 105982)."""
    owner = cls.parent
    if isinstance(owner, nodes.Module):
        maker: nodes.NodeNG = cls
    elif (
        isinstance(owner, nodes.FunctionDef)
        and isinstance(owner.parent, nodes.Module)
        and _returns_class_or_instance(owner, cls)
    ):
        maker = owner
    else:
        return []

    def makes(decorator: nodes.NodeNG) -> bool:
        if maker is owner and isinstance(decorator, nodes.Call):
            decorator = decorator.func
        return isinstance(decorator, nodes.Name) and lookup(decorator, decorator.name) == [maker]

    return [
        f
        for f in cls.root().body
        if isinstance(f, nodes.FunctionDef)
        and f.decorators is not None
        and len(f.decorators.nodes) == 1
        and makes(f.decorators.nodes[0])
    ]


def original_behind_wrapper(
    parameter: nodes.AssignName, wrapper: nodes.FunctionDef | None
) -> Found | None:
    """The parameter of a decorator (`def decorate(function)`) that returns its own `wrapper`:
    for a function it decorates (`@decorate`, or `@timeout(5)` where the module-level factory
    `timeout` returns `decorate`), the original, whose module name now holds the wrapper
    (timeout-decorator 43: the original run in a Process)."""
    decorator = parameter.parent.parent if isinstance(parameter.parent, nodes.Arguments) else None
    if not isinstance(decorator, nodes.FunctionDef) or wrapper is None:
        return None
    if [a.name for a in decorator.args.args] != [parameter.name]:
        return None
    owner = decorator.parent
    if isinstance(owner, nodes.FunctionDef):
        returned = [r.value for r in own_nodes(owner, nodes.Return)]
        if not returned or not all(_names(value, decorator) for value in returned):
            return None
    elif not isinstance(owner, nodes.Module):
        return None
    function = _decorated_by(decorator)
    if function is None or not isinstance(function.parent, nodes.Module):
        return None
    spelled = function.decorators.nodes[0].as_string() if function.decorators else ""
    # the decorator's own module runs as `__main__`; another module is imported by its name
    module = "__main__" if function.root() is decorator.root() else function.root().name
    error = _not_the_same_function(function.name, module)
    chain = (
        (function, f"`@{spelled}` binds `{function.name}` to `{wrapper.name}`"),
        (parameter, f"`{parameter.name}` is the original `{function.name}`, pickled by that name"),
    )
    return f"the original `{function.name}`, replaced by its decorator's wrapper", error, chain


def _names(value: nodes.NodeNG | None, definition: nodes.FunctionDef) -> bool:
    return isinstance(value, nodes.Name) and lookup(value, value.name) == [definition]


def _returns_class_or_instance(factory: nodes.FunctionDef, cls: nodes.ClassDef) -> bool:
    parameters = {a.name for a in factory.args.arguments}
    values = [r.value for r in own_nodes(factory, nodes.Return) if r.value is not None]

    def is_cls(node: nodes.NodeNG) -> bool:
        return isinstance(node, nodes.Name) and lookup(node, node.name) == [cls]

    return bool(values) and all(
        is_cls(value)
        or (
            isinstance(value, nodes.Call)
            and is_cls(value.func)
            and len(value.args) == 1
            and isinstance(value.args[0], nodes.Name)
            and value.args[0].name in parameters
        )
        for value in values
    )


def kept_original(
    function: nodes.FunctionDef, decorator: nodes.ClassDef, store: nodes.NodeNG, attribute: str
) -> Found:
    """`self.func` of a decorator class: the original function, while the module name it is
    pickled by holds the decorator's instance."""
    what, error, _chain = replaced_by_class_instance(function, decorator)
    spelled = function.decorators.nodes[0].as_string() if function.decorators else decorator.name
    chain = (
        (store, f"`self.{attribute}` keeps the original function `{function.name}`"),
        (function, f"`@{spelled}` binds `{function.name}` to a `{decorator.name}` instance"),
    )
    return f"the original `{function.name}`, {what}", error, chain


def decorating_class(name: nodes.Name) -> tuple[nodes.FunctionDef, nodes.ClassDef] | None:
    """(function, class) when `name` reads a module-level function of the project whose one
    decorator, a class of its module (`@Task`), made it an instance of that class."""
    found = lookup(name, name.name)
    function = found[0] if len(found) == 1 else None
    if not isinstance(function, nodes.FunctionDef) or function.decorators is None:
        return None
    decorator = function.decorators.nodes[0]
    if not isinstance(decorator, nodes.Name):
        return None
    made = lookup(decorator, decorator.name)
    cls = made[0] if len(made) == 1 else None
    if not isinstance(cls, nodes.ClassDef) or function not in decorated_originals(cls):
        return None
    return function, cls


def method_of_decorated(
    call: nodes.Call, receiver: nodes.NodeNG | None = None
) -> nodes.FunctionDef | None:
    """The plain method `compute.actions()` calls, where `@Task` made the module function
    `compute` a `Task` instance (astroid infers no attribute of it). `receiver`: what the
    call's receiver stands for, when a followed call binds it (`t` taking `compute`)."""
    func = call.func
    receiver = func.expr if receiver is None and isinstance(func, nodes.Attribute) else receiver
    if not (isinstance(func, nodes.Attribute) and isinstance(receiver, nodes.Name)):
        return None
    decorated = decorating_class(receiver)
    method = decorated[1].locals.get(func.attrname, [None])[0] if decorated else None
    if not isinstance(method, nodes.FunctionDef) or method.decorators is not None:
        return None
    return method


def keeps_its_argument(
    decorator: nodes.ClassDef, position: int = 0, keyword: str | None = None
) -> bool:
    """Whether `__init__(self, f)` stores `f`, its parameter at `position` after `self` (or
    the one named `keyword`), on the instance (so pickling it pickles `f`)."""
    init = decorator.locals.get("__init__", [None])[0]
    if not isinstance(init, nodes.FunctionDef) or len(init.args.args) < position + 2:
        return False
    if any(name in decorator.locals for name in ("__reduce__", "__reduce_ex__", "__getstate__")):
        return False
    parameter = keyword or init.args.args[position + 1].name
    if keyword is not None and keyword not in {a.name for a in init.args.args[1:]}:
        return False
    return any(
        isinstance(assign.value, nodes.Name) and assign.value.name == parameter
        for assign in init.nodes_of_class(nodes.Assign)
        if any(isinstance(t, nodes.AssignAttr) for t in assign.targets)
    )


def redefined_class(cls: nodes.ClassDef) -> Found | None:
    """A module-level class whose name a later module-level `class` statement takes over."""
    module = cls.parent
    if not isinstance(module, nodes.Module):
        return None
    later = [
        other
        for other in module.body
        if (other.lineno or 0) > (cls.lineno or 0) and _rebinds(other, str(cls.name))
    ]
    if not later:
        return None
    error = (
        f"PicklingError: Can't pickle <class '__main__.{cls.name}'>: it's not the same object "
        f"as __main__.{cls.name}"
    )
    if isinstance(later[-1], nodes.ClassDef):
        note = f"`{cls.name}` is defined again here; the name now means this class"
        what = f"an instance of a `{cls.name}` class defined again later"
    else:  # `args = args()`: the name now holds the instance
        note = f"`{cls.name}` is bound to another object here"
        what = f"an instance of a `{cls.name}` class whose name is bound again later"
    chain = ((cls, f"this `{cls.name}` is the class of the object"), (later[-1], note))
    return what, error, chain


def _rebinds(statement: nodes.NodeNG, name: str) -> bool:
    """A module-level statement binding `name` again: a `class` statement, or the name bound
    to an instance of the class (`args = args()`, the config-object idiom). A call passing
    the class (`Config = dataclass(Config)`) usually hands the class back: not counted."""
    if isinstance(statement, nodes.ClassDef):
        return bool(statement.name == name)
    value = statement.value if isinstance(statement, nodes.Assign) else None
    if not (isinstance(value, nodes.Call) and is_name(value.func, name)):
        return False
    return any(isinstance(t, nodes.AssignName) and t.name == name for t in statement.targets)


def misnamed_class(
    definitions: list[nodes.NodeNG],
    names_of: Callable[[nodes.NodeNG], set[str]],
    use: str = "instance",
) -> Found | None:
    """`Point = namedtuple("Pt", ...)` (or `Enum("JobStatus", ...)`, `type("Thing", ...)`,
    `make_dataclass("Record", ...)`) at module level: the class records the name it is given,
    and pickle looks that name up, finding nothing. `use`: what is pickled, "instance",
    "member" (of an enum) or "class"."""
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return None
    definition = definitions[0]
    value = definition.parent.value if isinstance(definition.parent, nodes.Assign) else None
    module = definition.scope()
    if not isinstance(value, nodes.Call) or not value.args or not isinstance(module, nodes.Module):
        return None
    typename = value.args[0]
    if not (isinstance(typename, nodes.Const) and isinstance(typename.value, str)):
        return None
    name = typename.value
    factory = names_of(value.func)
    if name == definition.name or name in module.locals or not factory & _CLASS_FACTORIES:
        return None  # `JobStatus = Status` elsewhere makes the lookup succeed
    if any(k.arg in ("module", "qualname") for k in value.keywords or []):
        return None  # `Enum("Job", ..., qualname="Status")` names it where it is bound
    if factory == {"builtins.type"} and not _plain_type_call(value):
        return None
    if use == "member" and not factory & ENUM_FACTORIES:
        return None
    if factory & ENUM_FACTORIES:
        shown = f"<enum '{name}'>: attribute lookup {name} on __main__ failed"
    elif "dataclasses.make_dataclass" in factory:  # 3.11 sets its __module__ to `types`
        shown = f"<class 'types.{name}'>: attribute lookup {name} on types failed"
    else:
        shown = f"<class '__main__.{name}'>: attribute lookup {name} on __main__ failed"
    note = f"the class is named `{name}` but bound to `{definition.name}`"
    what = (
        f"the class `{definition.name}`, named `{name}`"
        if use == "class"
        else f"{'a member' if use == 'member' else 'an instance'} of `{definition.name}`, a "
        f"class named `{name}`"
    )
    return what, f"PicklingError: Can't pickle {shown}", ((definition.statement(), note),)


def _plain_type_call(call: nodes.Call) -> bool:
    """`type("Thing", (), {...})` with no base and no `__reduce__` of its own: instances are
    pickled with their class (a base's `__reduce__` might pickle something else)."""
    if len(call.args) != 3:
        return False  # type(x) returns an existing class
    bases, namespace = call.args[1], call.args[2]
    plain = isinstance(bases, nodes.Tuple) and all(
        isinstance(b, nodes.Name) and b.name == "object" for b in bases.elts
    )
    reduces = not isinstance(namespace, nodes.Dict) or any(
        not isinstance(key, nodes.Const) or str(key.value).startswith("__reduce")
        for key, _value in namespace.items
    )
    return plain and not reduces


def rebound_later(
    function: nodes.FunctionDef, makes_another: Callable[[nodes.NodeNG], bool]
) -> nodes.NodeNG | None:
    """The later module-level statement that surely binds the name of the module-level
    `function` to another object: a `def` or `class` of that name, or an assignment whose
    value `makes_another` object (`score = functools.partial(score, ...)`). Conditional
    statements are left out."""
    module = function.parent
    if not isinstance(module, nodes.Module):
        return None
    # The module's bindings of the name, not its whole body: this runs for every function
    # judged, and a generated 6k-line module has thousands of statements.
    later = sorted(
        {
            id(statement): statement
            for binding in module.locals.get(function.name, ())
            if (statement := binding.statement()).parent is module
            and (statement.lineno or 0) > (function.lineno or 0)
        }.values(),
        key=lambda statement: statement.lineno or 0,
    )
    for statement in later:
        if isinstance(statement, (nodes.FunctionDef, nodes.ClassDef)):
            return statement
        if isinstance(statement, nodes.Assign) and any(
            isinstance(target, nodes.AssignName) and target.name == function.name
            for target in statement.targets
        ):
            # else `f = register(f)` may give back `f` itself
            return statement if makes_another(statement.value) else None
    return None


def rebound_function(function: nodes.FunctionDef, later: nodes.NodeNG, module: str) -> Found:
    """A function object pickled after its module name was bound to another object."""
    name = function.name
    error = _not_the_same_function(name, module)
    chain = (
        (function, f"this `{name}` is the function pickled"),
        (later, f"`{name}` is bound again here; the name now means another object"),
    )
    return f"the original `{name}` function, whose name now means another object", error, chain


def wraps_argument(decorator: nodes.NodeNG) -> nodes.Name | None:
    """`x` of a `@functools.wraps(x)` (or `@wraps(x)`) decorator."""
    if (
        isinstance(decorator, nodes.Call)
        and decorator.func.as_string() in ("functools.wraps", "wraps")
        and len(decorator.args) == 1
        and isinstance(decorator.args[0], nodes.Name)
    ):
        return decorator.args[0]
    return None


def wraps_parameter(wrapper: nodes.FunctionDef) -> str | None:
    """`x` of `@functools.wraps(x)` on `wrapper`."""
    for decorator in wrapper.decorators.nodes if wrapper.decorators else []:
        argument = wraps_argument(decorator)
        if argument is not None:
            return str(argument.name)
    return None


def copied_name(function: nodes.FunctionDef, wrapped: nodes.FunctionDef) -> Found | None:
    """`@functools.wraps(_impl)` on the module-level `def square`: `square` takes the name
    `_impl`, where pickle finds `_impl` itself."""
    module_of = wrapped.parent
    if not isinstance(function.parent, nodes.Module) or not isinstance(module_of, nodes.Module):
        return None
    if wrapped.name == function.name or module_of.locals.get(wrapped.name) != [wrapped]:
        return None  # the name is bound again (`_impl = square`): it may lead to `square`
    name = wrapped.name
    module = "__main__" if wrapped.root() is function.root() else wrapped.root().name
    error = _not_the_same_function(name, module)
    chain = (
        (function, f"`functools.wraps` gives `{function.name}` the name `{name}`"),
        (wrapped, f"`{module}.{name}` is this other function"),
    )
    return f"a function `{function.name}` named `{name}` by functools.wraps", error, chain


def wrapper_kept_aside(wrapper: nodes.FunctionDef, main: nodes.Module | None) -> Found | None:
    """`@functools.wraps(fn) def timed(...)` inside a decorator that returns `fn` itself (the
    wrapper only goes into a registry): the wrapper takes `fn`'s qualified name, where pickle
    finds the original `fn` the decorator gave back."""
    decorator = wrapper.parent
    copied = wraps_parameter(wrapper)
    if not isinstance(decorator, nodes.FunctionDef) or copied is None:
        return None
    if [a.name for a in decorator.args.args[:1]] != [copied]:
        return None
    returns = [r.value for r in own_nodes(decorator, nodes.Return)]
    if not returns or not all(isinstance(v, nodes.Name) and v.name == copied for v in returns):
        return None
    decorated = _decorated_by(decorator)
    # the decorated function is in another module: described, not quoted
    error = "a PicklingError: the wrapper is not the same object as the function of its name"
    if decorated is not None:
        root = decorated.root()
        original = f"{'__main__' if root is main else root.name}.{decorated.name}"
        error = (
            f"PicklingError: Can't pickle <function {decorated.name}>: it's not the same "
            f"object as {original}"
        )
    chain = (
        (wrapper, f"`functools.wraps` gives `{wrapper.name}` the name of the function it wraps"),
        (
            returns[0],
            f"`{decorator.name}` gives back the original `{copied}`, which keeps the name",
        ),
    )
    return "a wrapper named after the function it wraps (`functools.wraps`)", error, chain


def _decorated_by(decorator: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """The first module-level function of the decorator's module decorated with it, directly
    (`@timed`) or through the factory that returns it (`@plugin("upper")`)."""
    maker = decorator.parent.scope() if decorator.parent else None
    names = {decorator.name} if isinstance(decorator.parent, nodes.Module) else set()
    calls = {maker.name} if isinstance(maker, nodes.FunctionDef) else set()
    for function in decorator.root().nodes_of_class(nodes.FunctionDef):
        for used in function.decorators.nodes if function.decorators else []:
            if (isinstance(used, nodes.Name) and used.name in names) or (
                isinstance(used, nodes.Call)
                and isinstance(used.func, nodes.Name)
                and used.func.name in calls
            ):
                return function
    if not isinstance(maker, nodes.Module):
        return _decorated_elsewhere(decorator, maker if calls else decorator)
    return _decorated_elsewhere(decorator, decorator) if names else None


def _decorated_elsewhere(
    decorator: nodes.FunctionDef, applied: nodes.FunctionDef
) -> nodes.FunctionDef | None:
    """The first module-level function of another project module decorated with `applied`
    (the decorator, or the factory returning it), imported by name: `@run_in_subprocess`
    from a package of helpers."""
    if not isinstance(applied.parent, nodes.Module):
        return None
    made = applied is not decorator
    for module in neighbour_modules_mentioning(decorator.root(), applied.name) or []:
        for function in module.body:
            if not isinstance(function, nodes.FunctionDef) or not function.decorators:
                continue
            for used in function.decorators.nodes:
                named = used.func if made and isinstance(used, nodes.Call) else used
                if isinstance(named, nodes.Name) and name_definitions(named) == [applied]:
                    return function
    return None


def renamed_wrapper(call: nodes.Call, wrapped: nodes.FunctionDef, module: str) -> Found | None:
    """`fast_parse = memo(parse)` where `memo` returns a `functools.wraps(func)` wrapper: the
    wrapper takes `parse`'s qualified name, and pickle finds the original `parse` there. Fine
    only as `parse = memo(parse)` in `parse`'s own module."""
    statement = call.parent
    if (
        isinstance(statement, nodes.Assign)
        and isinstance(statement.parent, nodes.Module)
        and statement.root() is wrapped.root()
        and any(
            isinstance(t, nodes.AssignName) and t.name == wrapped.name for t in statement.targets
        )
    ):
        return None
    if not isinstance(wrapped.parent, nodes.Module):
        return None
    name = wrapped.name
    error = _not_the_same_function(name, module)
    chain = (
        (call, f"the wrapper copies the name `{name}` from the function it wraps"),
        (wrapped, f"`{module}.{name}` is still this original function"),
    )
    return f"a wrapper named `{name}` after the function it wraps", error, chain


def registered_original(
    table: nodes.AssignName,
    returns_local: Callable[[nodes.FunctionDef], bool],
    elsewhere: Callable[[nodes.FunctionDef], list[nodes.Module]] = lambda _decorator: [],
    module_name: Callable[[nodes.NodeNG], str] = lambda _node: "__main__",
) -> Found | None:
    """`TASKS = {}` filled only by a decorator (`TASKS[key] = func`, then it returns a local
    wrapper or an instance keeping the function) used only as `@task` on module-level
    functions: every function in the table is an original whose module name now holds the
    wrapper. The decorated functions are looked for in the table's module, then in the
    modules `elsewhere` gives for the decorator (other modules of the project using it)."""
    module = table.scope()
    assign = table.parent
    if not (
        isinstance(module, nodes.Module)
        and isinstance(assign, nodes.Assign)
        and isinstance(assign.value, nodes.Dict)
        and not assign.value.items
        and module.locals.get(table.name) == [table]
    ):
        return None
    decorators: list[nodes.FunctionDef] = []
    for use in module.nodes_of_class(nodes.Name):
        if use.name != table.name or use.lookup(use.name)[1] != [table]:
            continue
        parent = use.parent
        if isinstance(parent, nodes.Attribute) and parent.attrname in _READS:
            continue
        if isinstance(parent, nodes.For) and parent.iter is use:
            continue
        if not isinstance(parent, nodes.Subscript) or parent.value is not use:
            return None  # passed on or changed another way: contents unknown
        statement = parent.parent
        if not (isinstance(statement, nodes.Assign) and parent in statement.targets):
            if isinstance(statement, nodes.Delete):
                return None
            continue  # `TASKS[name]` read
        decorator = use.scope()
        stored = statement.value
        if not (
            isinstance(decorator, nodes.FunctionDef)
            and isinstance(decorator.parent, nodes.Module)
            and isinstance(stored, nodes.Name)
            and [a.name for a in decorator.args.args[:1]] == [stored.name]
            and returns_local(decorator)
            and _only_decorates(decorator)
        ):
            return None
        decorators.append(decorator)
    if len({d.name for d in decorators}) != 1:
        return None
    decorator = decorators[0]
    decorated = _decorated_with(module, decorator.name)
    for other in elsewhere(decorator) if not decorated else []:
        decorated = _decorated_with(other, decorator.name)
        if decorated:
            break
    if not decorated:
        return None
    first = decorated[0].name
    error = _not_the_same_function(first, module_name(decorated[0]))
    chain = (
        (decorator, f"`@{decorator.name}` stores the original function in `{table.name}`"),
        (decorated[0], f"`{first}` is bound to the wrapper `@{decorator.name}` returns"),
    )
    return f"an original function `@{decorator.name}` stored in `{table.name}`", error, chain


def _decorated_with(module: nodes.Module, name: str) -> list[nodes.FunctionDef]:
    return [
        f
        for f in module.body
        if isinstance(f, nodes.FunctionDef)
        and f.decorators
        and any(isinstance(d, nodes.Name) and d.name == name for d in f.decorators.nodes)
    ]


_READS = frozenset({"get", "items", "values", "keys", "__getitem__"})


def _only_decorates(decorator: nodes.FunctionDef) -> bool:
    """Every use of `decorator` in its module is `@decorator` on a module-level function,
    so each function it stores has its name bound to the wrapper."""
    module = decorator.parent
    for use in module.nodes_of_class(nodes.Name):
        if use.name != decorator.name:
            continue
        holder = use.parent
        if not (
            isinstance(holder, nodes.Decorators)
            and isinstance(holder.parent, nodes.FunctionDef)
            and isinstance(holder.parent.parent, nodes.Module)
        ):
            return False
    return True


_CACHE_MAKERS = frozenset({"functools.lru_cache", "functools.cache"})


def cache_wrapper_made(
    call: nodes.Call, names_of: Callable[[nodes.NodeNG], set[str]], main: nodes.Module
) -> Found | None:
    """`lru_cache(maxsize=n)(f)`, `lru_cache(f)` or `cache(f)` made by a call: the wrapper
    pickles by the qualified name of what it wraps, which leads back to the wrapper only when
    the call binds it to that very name at the same level (`parse = lru_cache()(parse)` at
    module level or in a class body). `self._inv = lru_cache()(self._inv)` or `fast =
    cache(parse)` leave the name to the function: "it's not the same object as ..."."""
    wrapped = cache_wrapped(call, names_of)
    qualname = _wrapped_qualname(wrapped) if wrapped is not None else None
    if wrapped is None or qualname is None or _rebinds_its_name(call, qualname):
        return None
    root = wrapped.root()
    module = "__main__" if root is main else root.name
    if "." in qualname and is_private_name(qualname.rsplit(".", 1)[-1]):
        # `Transform.__load` is stored as `_Transform__load`: the lookup finds nothing
        error = (
            "PicklingError: Can't pickle <functools._lru_cache_wrapper object>: attribute "
            f"lookup {qualname} on {module} failed"
        )
        chain = ((call, f"`{call.as_string()[:60]}` wraps the private method `{qualname}`"),)
        return f"a cache wrapper of the private method `{qualname}`", error, chain
    error = (
        "PicklingError: Can't pickle <functools._lru_cache_wrapper object>: it's not the "
        f"same object as {module}.{qualname}"
    )
    chain = ((call, f"`{call.as_string()[:60]}` wraps `{qualname}` and takes its name"),)
    return f"a cache wrapper of `{qualname}`", error, chain


def cache_wrapped(
    call: nodes.Call, names_of: Callable[[nodes.NodeNG], set[str]]
) -> nodes.NodeNG | None:
    """What `lru_cache(maxsize=n)(f)`, `lru_cache(f)` or `cache(f)` wraps."""
    if len(call.args) != 1 or call.keywords:
        return None
    func = call.func
    if isinstance(func, nodes.Call) and "functools.lru_cache" in names_of(func.func):
        return call.args[0]
    if names_of(func) & _CACHE_MAKERS and not isinstance(call.args[0], nodes.Const):
        return call.args[0]
    return None


def _wrapped_qualname(wrapped: nodes.NodeNG) -> str | None:
    """The qualified name of a module-level function (`parse`) or of a method read from
    `self` (`Measure._inv`); None for anything else."""
    if isinstance(wrapped, nodes.Name):
        found = name_definitions(wrapped)
        function = found[0] if len(found) == 1 else None
        if isinstance(function, nodes.FunctionDef) and isinstance(function.parent, nodes.Module):
            return str(function.name)
        return None
    if isinstance(wrapped, nodes.Attribute) and isinstance(wrapped.expr, nodes.Name):
        owner = method_owner(wrapped)
        if owner is None or not isinstance(owner.parent, nodes.Module):
            return None
        frame = wrapped.frame()
        first = (
            frame.args.args[0].name
            if isinstance(frame, nodes.FunctionDef) and frame.args.args
            else None
        )
        method = owner.locals.get(wrapped.attrname, [None])[0]
        read_on = (first, str(owner.name))  # `self._inv`, or `Transform.__load` in a method
        if wrapped.expr.name in read_on and isinstance(method, nodes.FunctionDef):
            return f"{owner.name}.{wrapped.attrname}"
    return None


def _rebinds_its_name(call: nodes.Call, qualname: str) -> bool:
    statement = call.parent
    if not (isinstance(statement, nodes.Assign) and len(statement.targets) == 1):
        return False
    target = statement.targets[0]
    level = statement.parent
    if not isinstance(target, nodes.AssignName) or target.name != qualname.rsplit(".", 1)[-1]:
        return False
    if isinstance(level, nodes.Module):
        return "." not in qualname
    return isinstance(level, nodes.ClassDef) and qualname == f"{level.name}.{target.name}"
