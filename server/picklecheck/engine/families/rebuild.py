"""Objects that pickle but cannot be rebuilt on the other side (the pool then waits forever).

- An exception is rebuilt as `cls(*self.args)`. When `__init__(self, stuff)` hands
  `super().__init__(stuff.two)`, the rebuild passes the `two` value as `stuff` and evaluates
  `stuff.two` on it again: AttributeError while unpickling the worker's exception. (A count
  mismatch between `__init__` and `self.args` is the older PKL008 check in values.py.)
- An instance whose `__getattr__` starts by reading another attribute of `self`: unpickling
  asks the still empty instance for `__setstate__`, `__getattr__` reads `self.values`, which
  is missing too, and so on: RecursionError in the process that unpickles it.
- An instance whose `__reduce__` gives back `(cls, (self.source,))` while `__init__` requires
  more arguments: pickling works, unpickling calls `cls(self.source)` and raises TypeError
  (the worker dies; the executor breaks, the pool waits).
- An instance of a class whose `__new__(cls, description)` requires arguments, with no
  `__getnewargs__` or `__reduce__`: pickle saves `copyreg.__newobj__(cls)`, and unpickling
  calls `cls.__new__(cls)` without them (TypeError in the process that unpickles it).
- An instance of a `@dataclass(frozen=True)` class with hand-written `__slots__` (pickle
  restores slots with `setattr`), or a frozen dataclass exception (`BaseException.__setstate__`
  sets each attribute): the frozen `__setattr__` refuses (FrozenInstanceError while
  unpickling). `slots=True` brings its own `__setstate__`; a plain frozen dataclass restores
  its `__dict__` directly.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.project import is_user_node
from picklecheck.engine.flow.syntax import (
    assigned_value,
    is_name,
    is_self,
    own_nodes,
    safe_ancestors,
)

REBUILDERS = ("__setstate__", "__reduce__", "__reduce_ex__", "__getnewargs__", "__getnewargs_ex__")


def argument_rederived(init: nodes.FunctionDef) -> tuple[str, str] | None:
    """(parameter, expression) when `super().__init__(...)` passes `param.attr` or
    `param[...]` in the parameter's own position, so the rebuild evaluates it on its result."""
    parameters = [a.name for a in init.args.args[1:]]
    found = _first_base_init(init)
    passed = found[1] if found is not None else None
    if passed is None or len(passed) != len(parameters) or init.args.vararg:
        return None
    for parameter, argument in zip(parameters, passed, strict=True):
        base = argument.value if isinstance(argument, nodes.Subscript) else None
        base = argument.expr if isinstance(argument, nodes.Attribute) else base
        if isinstance(base, nodes.Name) and base.name == parameter:
            return parameter, argument.as_string()
    return None


def argument_made_a_message(init: nodes.FunctionDef) -> tuple[str, str] | None:
    """(parameter, attribute) when `__init__(self, process)` reads `process.stderr` in its own
    straight-line code and hands the base a message built from it: `args` keeps the string,
    and the rebuild `cls(message)` reads `stderr` of a str (AttributeError while unpickling;
    iree 11655)."""
    for parameter in _replaced_by_messages(init):
        for node in _straight_line_attributes(init, parameter):
            if _fails_on_a_str(node, parameter):
                return parameter, str(node.attrname)
    return None


def _fails_on_a_str(node: nodes.Attribute, parameter: str) -> bool:
    return is_name(node.expr, parameter) and not hasattr(str, node.attrname)


def _replaced_by_messages(init: nodes.FunctionDef) -> list[str]:
    """The parameters in whose place `super().__init__(...)` passes a string it builds: the
    rebuild `cls(*self.args)` gives each of them that string."""
    parameters = [a.name for a in init.args.args[1:]]
    found = _first_base_init(init)  # `super().__init__(msg)`, `Exception.__init__(self, msg)`
    call, passed = found if found is not None else (None, [])
    if call is None or call.keywords or len(passed) != len(parameters) or init.args.vararg:
        return []
    return [
        parameter
        for parameter, argument in zip(parameters, passed, strict=True)
        if _builds_a_string(argument) or _holds_a_built_string(argument, init)
    ]


def argument_looked_up(init: nodes.FunctionDef) -> tuple[str, nodes.Subscript] | None:
    """(parameter, lookup) when `__init__(self, error_code)` first looks the parameter up in a
    module-level dict display whose keys are all numbers (`MESSAGES[error_code]`) and hands
    the base a message built from it: the rebuild `cls(message)` looks the str up (KeyError
    while unpickling; pyvisa 249)."""
    for parameter in _replaced_by_messages(init):
        for statement in init.body:
            if isinstance(statement, (nodes.Return, nodes.Raise, *_NOT_STRAIGHT)):
                break
            for read in statement.nodes_of_class(nodes.Subscript, skip_klass=_NOT_STRAIGHT):
                if is_name(read.slice, parameter) and _numbers_table(read.value):
                    return parameter, read
    return None


def _numbers_table(table: nodes.NodeNG) -> bool:
    """A module-level name bound once to a dict display whose keys are all int constants."""
    if not isinstance(table, nodes.Name):
        return False
    found = lookup(table, table.name)
    definition = found[0] if len(found) == 1 else None
    if definition is None or not isinstance(definition.frame(), nodes.Module):
        return False
    value = assigned_value(definition)[0] if isinstance(definition, nodes.AssignName) else None
    return (
        isinstance(value, nodes.Dict)
        and bool(value.items)
        and all(_int_constant(key) for key, _value in value.items)
    )


def _int_constant(node: nodes.NodeNG) -> bool:
    """`404` or `-1073807339`."""
    if isinstance(node, nodes.UnaryOp) and node.op == "-":
        node = node.operand
    return isinstance(node, nodes.Const) and type(node.value) is int


def _straight_line_attributes(
    init: nodes.FunctionDef, parameter: str | None = None
) -> Iterator[nodes.Attribute]:
    """Attribute reads every run of `init` makes: its straight-line statements, the test
    of a top-level `if` (`if req.status_code == 404:` runs whichever branch follows), and the
    handler of a `try` whose body reads what a str lacks on `parameter` (`try:
    process.stderr.decode() except Exception: str(process.stderr)`)."""
    for statement in init.body:
        if isinstance(statement, (nodes.Return, nodes.Raise)):
            return
        if isinstance(statement, nodes.If):
            yield from statement.test.nodes_of_class(nodes.Attribute, skip_klass=_NOT_STRAIGHT)
            continue
        if isinstance(statement, nodes.Try) and parameter is not None:
            yield from _handler_attributes(statement, parameter)
            continue
        if isinstance(statement, _NOT_STRAIGHT):
            continue
        yield from statement.nodes_of_class(nodes.Attribute, skip_klass=_NOT_STRAIGHT)
        # the test of `a if process.args else b` runs whichever branch follows
        for choice in statement.nodes_of_class(nodes.IfExp, skip_klass=_NOT_STRAIGHT_BLOCKS):
            yield from choice.test.nodes_of_class(nodes.Attribute, skip_klass=_NOT_STRAIGHT)


def _handler_attributes(statement: nodes.Try, parameter: str) -> Iterator[nodes.Attribute]:
    """The reads of a broad handler's straight-line code, when the `try` body surely fails
    on a str in place of `parameter` first."""
    reads = [
        node
        for body_statement in statement.body[:1]
        for node in body_statement.nodes_of_class(nodes.Attribute, skip_klass=_NOT_STRAIGHT)
    ]
    if not any(_fails_on_a_str(node, parameter) for node in reads):
        return
    for handler in statement.handlers:
        caught = handler.type.as_string() if handler.type is not None else "Exception"
        if caught not in ("Exception", "BaseException", "AttributeError"):
            continue
        for inner in handler.body:
            if isinstance(inner, _NOT_STRAIGHT):
                break
            yield from inner.nodes_of_class(nodes.Attribute, skip_klass=_NOT_STRAIGHT)


def _holds_a_built_string(argument: nodes.NodeNG, init: nodes.FunctionDef) -> bool:
    """`self.message` (or a local name) that every assignment in `init` sets to a string it
    builds, on each branch: `self.message = "... {}".format(req.reason)`."""
    if isinstance(argument, nodes.Attribute) and is_self(argument.expr):
        stores = [
            a
            for a in own_nodes(init, nodes.AssignAttr)
            if is_self(a.expr) and a.attrname == argument.attrname
        ]
    elif isinstance(argument, nodes.Name):
        stores = [a for a in own_nodes(init, nodes.AssignName) if a.name == argument.name]
    else:
        return False
    values = [assigned_value(store)[0] for store in stores]
    return bool(values) and all(v is not None and _builds_a_string(v) for v in values)


# Code that may not run, or not on the rebuilt value: a guarded branch, a nested definition.
_NOT_STRAIGHT = (nodes.If, nodes.Try, nodes.IfExp, nodes.FunctionDef, nodes.Lambda, nodes.BoolOp)
_NOT_STRAIGHT_BLOCKS = (nodes.If, nodes.Try, nodes.FunctionDef, nodes.Lambda, nodes.BoolOp)


def _builds_a_string(argument: nodes.NodeNG) -> bool:
    """An f-string, `"..." % x`, `"...".format(...)` or a sum with a string literal."""
    if isinstance(argument, nodes.JoinedStr):
        return True
    if isinstance(argument, nodes.BinOp) and argument.op in ("%", "+"):
        return any(
            isinstance(side, nodes.Const) and isinstance(side.value, str)
            for side in (argument.left, argument.right)
        ) or any(isinstance(side, nodes.JoinedStr) for side in (argument.left, argument.right))
    if isinstance(argument, nodes.Call) and isinstance(argument.func, nodes.Attribute):
        owner = argument.func.expr
        return (
            argument.func.attrname == "format"
            and isinstance(owner, nodes.Const)
            and isinstance(owner.value, str)
        )
    return False


def _first_base_init(init: nodes.FunctionDef) -> tuple[nodes.Call, list[nodes.NodeNG]] | None:
    """The first call of the base's `__init__` in source order, `super().__init__(...)` or
    `Base.__init__(self, ...)`, with what it passes (without the explicit `self`)."""
    for call in init.nodes_of_class(nodes.Call):
        func = call.func
        if not (isinstance(func, nodes.Attribute) and func.attrname == "__init__"):
            continue
        receiver = func.expr
        if isinstance(receiver, nodes.Call) and getattr(receiver.func, "name", "") == "super":
            return call, list(call.args)
        if isinstance(receiver, nodes.Name) and call.args and is_self(call.args[0]):
            return call, list(call.args[1:])
        return None
    return None


def recursive_getattr(classes: list[nodes.ClassDef]) -> nodes.FunctionDef | None:
    """The `__getattr__` (of the class or a user base, nearest first) that recurses on an empty
    instance; None when any class in `classes` customises how instances are rebuilt."""
    method = _plain_getattr(classes)
    return method if method is not None and _reads_self_first(method) else None


def getattr_missing_key(classes: list[nodes.ClassDef]) -> tuple[nodes.FunctionDef, str] | None:
    """(`__getattr__`, the key) when the class's `__getattr__` first reads a constant key of
    `self.__dict__` (`if self.__dict__["_attribute_identity"]:`): an instance being unpickled
    has an empty `__dict__` when pickle asks it for `__setstate__`, so the lookup raises
    KeyError, not AttributeError (peppy 108)."""
    method = _plain_getattr(classes)
    if method is None:
        return None
    body = [s for s in method.body if not _is_docstring(s)]
    evaluated = _evaluated_first(body[0] if body else None)
    self_name = method.args.args[0].name if method.args.args else "self"
    for node in evaluated.nodes_of_class(nodes.Subscript) if evaluated is not None else []:
        base = node.value
        key = node.slice
        if (
            isinstance(base, nodes.Attribute)
            and base.attrname == "__dict__"
            and isinstance(base.expr, nodes.Name)
            and base.expr.name == self_name
            and isinstance(key, nodes.Const)
            and isinstance(key.value, str)
        ):
            return method, key.value
    return None


def _plain_getattr(classes: list[nodes.ClassDef]) -> nodes.FunctionDef | None:
    """The nearest `__getattr__` of `classes` (a class, then its bases), unless one of them
    customises how instances are rebuilt."""
    # `object`'s own `__reduce__` (an explicit `class C(object)` lists it) is the default
    rebuilders = [k for k in classes if k.qname() != "builtins.object"]
    if any(name in klass.locals for klass in rebuilders for name in REBUILDERS):
        return None
    for klass in classes:
        method = klass.locals.get("__getattr__", [None])[0]
        if isinstance(method, nodes.FunctionDef):
            return method
    return None


def getattr_answering_setstate(
    classes: list[nodes.ClassDef],
) -> tuple[nodes.FunctionDef, nodes.FunctionDef] | None:
    """(`__getattr__`, the local function it returns) when the class's `__getattr__` (the
    class's or a user base's, nearest first) answers every name, `__setstate__` too, with a
    local function that takes no positional argument: unpickling calls it with the state
    (ckanapi 219). None when a class customises its rebuilding or the method may refuse a name
    (a `raise`, a test on the name)."""
    if not any(klass.instance_attrs for klass in classes):
        return None  # no state: pickle never asks for `__setstate__`
    method = _plain_getattr(classes)
    if method is None or not is_user_node(method.parent):
        return None
    if any(True for _ in method.nodes_of_class((nodes.Raise, nodes.If, nodes.Try))):
        return None
    returns = [r for r in method.nodes_of_class(nodes.Return) if r.scope() is method]
    value = returns[0].value if len(returns) == 1 else None
    local = method.locals.get(value.name, []) if isinstance(value, nodes.Name) else []
    answer = local[0] if len(local) == 1 else None
    if isinstance(answer, nodes.FunctionDef) and _takes_no_positional(answer):
        return method, answer
    return None


def _takes_no_positional(function: nodes.FunctionDef) -> bool:
    arguments = function.args
    return not (arguments.posonlyargs or arguments.args or arguments.vararg)


def _reads_self_first(method: nodes.FunctionDef) -> bool:
    """The first statement reads an attribute of `self` whatever the name asked for: `return
    self.values[name]`, `return getattr(self.wrapped, name)`, `if name not in self.settings:`
    (gunicorn's Config), also as the first statement of a `try` (an `except KeyError` does not
    stop the recursion)."""
    body = [s for s in method.body if not _is_docstring(s)]
    first = body[0] if body else None
    while isinstance(first, nodes.Try) and first.body:
        first = first.body[0]
    evaluated = _evaluated_first(first)
    if evaluated is None:
        return False
    self_name = method.args.args[0].name if method.args.args else "self"
    return any(
        isinstance(node.expr, nodes.Name)
        and node.expr.name == self_name
        and not node.attrname.startswith("__")
        for node in evaluated.nodes_of_class(nodes.Attribute)
    )


def _evaluated_first(statement: nodes.NodeNG | None) -> nodes.NodeNG | None:
    """The part of a statement that runs before anything else can: a return's value, an
    if's test, an assignment's or expression's value."""
    if isinstance(statement, nodes.Return):
        return statement.value
    if isinstance(statement, nodes.If):
        return statement.test
    if isinstance(statement, (nodes.Assign, nodes.Expr)):
        return statement.value
    return None


def _is_docstring(statement: nodes.NodeNG) -> bool:
    return isinstance(statement, nodes.Expr) and isinstance(statement.value, nodes.Const)


def reduce_missing_arguments(
    cls: nodes.ClassDef, init: nodes.FunctionDef | None
) -> tuple[nodes.FunctionDef, list[str]] | None:
    """(`__reduce__`, the required `__init__` parameters it leaves out) when every return of
    the class's own `__reduce__` is `(cls, (a, b, ...))`, the class itself rebuilt from fewer
    positional arguments than `init` requires."""
    owner = next(
        (
            k
            for k in [cls, *safe_ancestors(cls)]
            if "__reduce__" in k.locals or "__reduce_ex__" in k.locals
        ),
        None,
    )  # the nearest class deciding the reduction (a base's `(self.__class__, (), state)`)
    reduce = owner.locals.get("__reduce__", [None])[0] if owner is not None else None
    if not isinstance(reduce, nodes.FunctionDef) or init is None or init.args.vararg:
        return None
    if owner is None or "__reduce_ex__" in owner.locals or not is_user_node(owner):
        return None  # pickle asks `__reduce_ex__` first; a library's reduction is trusted
    parameters = init.args.args[1:]
    required = [a.name for a in parameters[: len(parameters) - len(init.args.defaults)]]
    returns = [r for r in reduce.nodes_of_class(nodes.Return) if r.scope() is reduce]
    counts = [_rebuild_argument_count(r.value, cls) for r in returns]
    if not counts or any(count is None for count in counts):
        return None
    given = max(count for count in counts if count is not None)
    return (reduce, required[given:]) if given < len(required) else None


def _rebuild_argument_count(value: nodes.NodeNG | None, cls: nodes.ClassDef) -> int | None:
    """n for `(cls, (a1, ..., an))` (also `self.__class__`, `type(self)`); else None."""
    if not isinstance(value, nodes.Tuple) or not 2 <= len(value.elts) <= 5:
        return None
    rebuilt, arguments = value.elts[:2]  # then perhaps the state `__setstate__` receives
    itself = (
        (isinstance(rebuilt, nodes.Name) and rebuilt.name == cls.name)
        or (isinstance(rebuilt, nodes.Attribute) and rebuilt.attrname == "__class__")
        or (
            isinstance(rebuilt, nodes.Call)
            and isinstance(rebuilt.func, nodes.Name)
            and rebuilt.func.name == "type"
            and len(rebuilt.args) == 1
        )
    )
    if not itself or not isinstance(arguments, nodes.Tuple):
        return None
    if any(isinstance(e, nodes.Starred) for e in arguments.elts):
        return None
    return len(arguments.elts)


# Library bases that leave pickling to `object` (abc.ABC only declares empty `__slots__`).
_PLAIN_BASES = frozenset({"builtins.object", "abc.ABC", "typing.Generic"})


def new_missing_arguments(
    lineage: list[nodes.ClassDef],
) -> tuple[nodes.FunctionDef, list[str], str | None] | None:
    """(`__new__`, the required parameters pickle does not pass, the builtin base whose
    `__getnewargs__` passes the value alone or None) for a project class whose nearest
    `__new__` requires positional arguments: a plain class (every base a project class or
    `object`) gets none; a subclass of `str`, `int`, `tuple`, ... gets only its value
    (Pillow's `iTXt(str)` with `__new__(cls, text, lang, tkey)`)."""
    libraries = {k.qname() for k in lineage if not is_user_node(k)} - _PLAIN_BASES
    value_bases = libraries & _ONE_VALUE_BASES
    if libraries - value_bases or len(value_bases) > 1:
        return None  # Enum, a library class...: their own reduction passes arguments
    own = [k for k in lineage if is_user_node(k)]
    if any(name in k.locals for k in own for name in REBUILDERS if name != "__setstate__"):
        return None
    found = next((k.locals["__new__"][0] for k in own if "__new__" in k.locals), None)
    if not isinstance(found, nodes.FunctionDef) or found.args.vararg:
        return None
    parameters = found.args.args[1:]
    required = [a.name for a in parameters[: len(parameters) - len(found.args.defaults)]]
    base = value_bases.pop().removeprefix("builtins.") if value_bases else None
    missing = required[1:] if base is not None else required
    return (found, missing, base) if missing else None


# Builtin bases whose `__getnewargs__` gives the value alone: `(str(self),)`.
_ONE_VALUE_BASES = frozenset(
    {"builtins.str", "builtins.bytes", "builtins.int", "builtins.float", "builtins.tuple"}
)


def frozen_restored_field(lineage: list[nodes.ClassDef]) -> str | None:
    """The first field unpickling assigns through a frozen dataclass's `__setattr__`."""
    cls = lineage[0]
    if not _frozen_dataclass(cls):
        return None
    if any(name in k.locals for k in lineage if is_user_node(k) for name in _RESTORERS):
        return None
    exception = any(k.qname() == "builtins.BaseException" for k in lineage)
    if "__slots__" not in cls.locals and not exception:
        return None
    fields = [
        str(statement.target.name)
        for statement in cls.body
        if isinstance(statement, nodes.AnnAssign)
        and isinstance(statement.target, nodes.AssignName)
        and "ClassVar" not in statement.annotation.as_string()
    ]
    return fields[0] if fields else None


_RESTORERS = ("__setstate__", "__reduce__", "__reduce_ex__")


def _frozen_dataclass(cls: nodes.ClassDef) -> bool:
    """`@dataclass(frozen=True)` (not `slots=True`, which restores slots itself)."""
    for decorator in cls.decorators.nodes if cls.decorators else []:
        func = decorator.func if isinstance(decorator, nodes.Call) else None
        name = func.name if isinstance(func, nodes.Name) else getattr(func, "attrname", None)
        if name != "dataclass" or not isinstance(decorator, nodes.Call):
            continue
        given = {k.arg: k.value for k in decorator.keywords or []}
        frozen, slots = given.get("frozen"), given.get("slots")
        return (
            isinstance(frozen, nodes.Const)
            and frozen.value is True
            and not (isinstance(slots, nodes.Const) and slots.value is True)
        )
    return False


def missing_arguments_text(missing: list[str]) -> str:
    """How Python lists missing arguments: 'a', 'a' and 'b', 'a', 'b', and 'c'."""
    quoted = [f"'{name}'" for name in missing]
    if len(quoted) <= 2:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]
