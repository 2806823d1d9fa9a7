"""Exceptions a worker raises that the parent cannot rebuild from `self.args`, and objects
whose `__getattr__` recurses while they are unpickled.
"""

from __future__ import annotations

import builtins
from dataclasses import replace

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_build import positional_parameters
from picklecheck.engine.families import rebuild
from picklecheck.engine.flow.project import is_user_node
from picklecheck.engine.flow.state import has_custom_reduce, has_generated_init
from picklecheck.engine.flow.syntax import (
    base_init_call,
    is_name,
    own_nodes,
    qname_of,
    safe_ancestors,
    syntactic_names,
)
from picklecheck.engine.model import FixHint
from picklecheck.engine.problem import Problem, located, span_list

# `builtins.ValueError`...: the exception classes whose instances keep their arguments
BUILTIN_EXCEPTIONS = frozenset(
    f"builtins.{name}"
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)


def caught_locally(raise_node: nodes.NodeNG, cls: nodes.ClassDef, function: nodes.NodeNG) -> bool:
    """A `try:` around the raise (or the call that raises), inside `function` (or a
    statement), whose handler catches the exception."""
    node: nodes.NodeNG = raise_node
    while node.parent is not None and node is not function:
        parent = node.parent
        in_body = isinstance(parent, nodes.Try) and node in parent.body
        if in_body and any(catches(handler, cls) for handler in parent.handlers):
            return True
        node = parent
    return False


def catches(handler: nodes.ExceptHandler, cls: nodes.ClassDef) -> bool:
    """Whether the handler's `except` clause names the class, a base of it, or nothing."""
    if handler.type is None:
        return True
    names = {cls.name, "Exception", "BaseException"} | {
        a.name for a in safe_ancestors(cls) if hasattr(a, "name")
    }
    return bool(handler_names(handler.type) & names)


def handler_names(node: nodes.NodeNG) -> set[str]:
    if isinstance(node, nodes.Tuple):
        return set().union(*(handler_names(e) for e in node.elts))
    if isinstance(node, nodes.Name):
        return {str(node.name)}
    if isinstance(node, nodes.Attribute):
        return {str(node.attrname)}
    return set()


def broken_exception(cls: nodes.ClassDef) -> Problem | None:
    """An exception class whose instances cannot be rebuilt from `self.args` when unpickled."""
    if not any(qname_of(base) == "builtins.BaseException" for base in safe_ancestors(cls)):
        return None
    if has_custom_reduce(cls):
        return None
    frozen = rebuild.frozen_restored_field([cls, *safe_ancestors(cls)])
    if frozen is not None:
        return frozen_restored(cls, frozen)
    init = _effective_init(cls)
    if init is None:
        return None
    owner = init.parent.name if init.parent is not cls else cls.name
    required = required_positional(init)
    kwonly_required = [
        a.name
        for a, d in zip(init.args.kwonlyargs, init.args.kw_defaults or [], strict=False)
        if d is None
    ]
    passed = args_kept_by(init)
    rederived = rebuild.argument_rederived(init) if init.parent is cls else None
    accepted = len(positional_parameters(init)) - 1  # without self
    if kwonly_required:
        missing = _missing_keywords(kwonly_required)
    elif passed is not None and passed < required:  # `*args` takes only what is left over
        missing = _missing_positional(positional_parameters(init)[1 + passed : 1 + required])
    elif passed is not None and passed > accepted and init.args.vararg is None:
        # `super().__init__(endpoint, "timed out")` from `__init__(self, endpoint)`
        missing = (
            f"takes {accepted + 1} positional argument{'s' if accepted else ''} "
            f"but {passed + 1} were given"
        )
    elif rederived is not None:
        parameter, expression = rederived
        return rederived_exception(cls, init, parameter, expression)
    else:
        return _message_rebuilt_as_argument(cls, init)
    note = f"`{owner}.__init__` passes other arguments to the base class"
    if _args_stores(init):
        note = f"`{owner}.__init__` sets `self.args` to {passed} value{'s' * (passed != 1)}"
    return _unrebuildable(cls, init, note, f"TypeError: {owner}.__init__() {missing}")


def _args_stores(init: nodes.FunctionDef) -> list[nodes.AssignAttr]:
    """The `self.args = ...` stores of `init`."""
    return [
        target
        for target in own_nodes(init, nodes.AssignAttr)
        if target.attrname == "args" and is_name(target.expr, "self")
    ]


def expanded_into_args(exc: nodes.Call, cls: nodes.ClassDef) -> Problem | None:
    """`raise RethrownJobError([a, b])` where `__init__(self, job_exceptions)` hands the base
    `*job_exceptions`: `self.args` holds the list's items, so the rebuild calls `cls(a, b)`,
    which that `__init__` cannot take (ruffus 67); known when the raise passes a display."""
    init = _effective_init(cls)
    if init is None or init.parent is not cls or has_custom_reduce(cls):
        return None
    expanded = _expanded_parameter(init)
    given = _display_for(exc, init, expanded) if expanded is not None else None
    if given is None or init.args.vararg is not None:
        return None
    accepted = len(positional_parameters(init)) - 1  # without self
    count = len(given.elts)
    if count > accepted:
        plural = "s" if accepted else ""
        missing = f"takes {accepted + 1} positional argument{plural} but {count + 1} were given"
    elif count < required_positional(init):
        missing = _missing_positional(positional_parameters(init)[1 + count :])
    else:
        return None
    note = f"`{cls.name}.__init__` hands the base the items of `{expanded}`, not `{expanded}`"
    return _unrebuildable(cls, init, note, f"TypeError: {cls.name}.__init__() {missing}")


def _expanded_parameter(init: nodes.FunctionDef) -> str | None:
    """`P` of `super().__init__(*P)` or `Base.__init__(self, *P)` in `__init__`."""
    found = base_init_call(init)
    given = found[1] if found is not None else []
    if len(given) == 1 and isinstance(given[0], nodes.Starred):
        value = given[0].value
        return str(value.name) if isinstance(value, nodes.Name) else None
    return None


def _display_for(
    exc: nodes.Call, init: nodes.FunctionDef, parameter: str
) -> nodes.List | nodes.Tuple | None:
    """The list or tuple display the raise passes for `parameter` (no starred items)."""
    names = [a.name for a in positional_parameters(init)][1:]
    given = dict(zip(names, exc.args, strict=False))
    given.update({k.arg: k.value for k in exc.keywords or [] if k.arg is not None})
    value = given.get(parameter)
    if any(isinstance(a, nodes.Starred) for a in exc.args):
        return None
    if isinstance(value, (nodes.List, nodes.Tuple)) and not any(
        isinstance(e, nodes.Starred) for e in value.elts
    ):
        return value
    return None


def _unrebuildable(cls: nodes.ClassDef, init: nodes.FunctionDef, note: str, error: str) -> Problem:
    """PKL008 at `init` for an exception class `cls(*self.args)` cannot rebuild, with the fix
    that gives it a `__reduce__`."""
    problem = Problem.at(
        rules.PKL008,
        (init, note),
        f"the exception `{cls.name}`, which cannot be rebuilt from its `args` when unpickled",
        error,
        hints=(
            FixHint(
                "exception-reduce",
                {"class": cls.name, "class_span": span_list(cls), **located(cls)},
            ),
        ),
    )
    return replace(problem, fails_rebuilding=True)


def _message_rebuilt_as_argument(cls: nodes.ClassDef, init: nodes.FunctionDef) -> Problem | None:
    """`__init__(self, process)` reading `process.stderr` while the base keeps a message built
    from it: the rebuild hands `__init__` that message (families/rebuild.py)."""
    found = rebuild.argument_made_a_message(init) if init.parent is cls else None
    if found is None:
        return _message_looked_up(cls, init) if init.parent is cls else None
    parameter, attribute = found
    note = (
        f"`{cls.name}.__init__` keeps a message in `args`; rebuilding calls "
        f"`{cls.name}(message)`, which reads `{parameter}.{attribute}` of that str"
    )
    error = (
        f"AttributeError: 'str' object has no attribute '{attribute}' (in {cls.name}.__init__ "
        "while unpickling)"
    )
    return _unrebuildable(cls, init, note, error)


def _message_looked_up(cls: nodes.ClassDef, init: nodes.FunctionDef) -> Problem | None:
    """`MESSAGES[error_code]` in `__init__` while the base keeps a message built from it: the
    rebuild looks the message up (families/rebuild.py)."""
    found = rebuild.argument_looked_up(init)
    if found is None:
        return None
    parameter, read = found
    note = (
        f"`{cls.name}.__init__` keeps a message in `args`; rebuilding calls "
        f"`{cls.name}(message)`, which looks the message up in `{read.as_string()}`"
    )
    error = (
        f"KeyError (in {cls.name}.__init__ while unpickling: `{read.value.as_string()}` has "
        f"no key for the message `{parameter}` now holds)"
    )
    return _unrebuildable(cls, init, note, error)


def raised_with_keywords(exc: nodes.Call, cls: nodes.ClassDef) -> Problem | None:
    """`raise QuotaExceeded(user=u, limit=10)` where the class's `__init__` never calls the
    base's (a dataclass, `subprocess.CalledProcessError`): `self.args` keeps only what was
    passed by position, too few for `__init__` when the parent rebuilds it."""
    if not exc.keywords or any(isinstance(a, nodes.Starred) for a in exc.args):
        return None
    if not is_exception(cls) or has_custom_reduce(cls):
        return None
    required = _required_arguments(cls)
    if required is None or len(exc.args) >= required:
        return None
    missing = required - len(exc.args)
    plural = "s" if missing > 1 else ""
    return Problem.at(
        rules.PKL008,
        (exc, "raised with keywords: its `args` keep only the values passed by position"),
        f"the exception `{cls.name}`, which cannot be rebuilt from its `args` when unpickled",
        f"TypeError: {cls.name}.__init__() missing {missing} required positional argument{plural}",
        hints=(
            FixHint(
                "exception-reduce",
                {"class": cls.name, "class_span": span_list(cls), **located(cls)},
            ),
        )
        if is_user_node(cls)
        else (),
    )


def is_exception(cls: nodes.ClassDef) -> bool:
    return any(qname_of(base) == "builtins.BaseException" for base in safe_ancestors(cls))


def _required_arguments(cls: nodes.ClassDef) -> int | None:
    """How many positional arguments the class's `__init__` requires when it leaves `args` to
    the call (no call of the base's `__init__`); None when unknown or when it calls it."""
    init = cls.locals.get("__init__", [None])[0]
    if isinstance(init, nodes.FunctionDef):
        if super_init_argument_count(init) is not None or init.args.vararg is not None:
            return None
        return required_positional(init)
    if has_generated_init(cls):
        return sum(
            1
            for statement in cls.body
            if isinstance(statement, nodes.AnnAssign)
            and statement.value is None
            and "ClassVar" not in statement.annotation.as_string()
        )
    return None


def recursing_getattr(cls: nodes.ClassDef, method: nodes.FunctionDef) -> Problem:
    """families/rebuild.py: unpickling asks an empty instance for `__setstate__`."""
    note = (
        f"`{cls.name}.__getattr__` reads an attribute of `self`, which an instance being "
        "unpickled does not have yet, so it calls itself again"
    )
    return Problem.at(
        rules.PKL005,
        (method, note),
        f"an instance of `{cls.name}` whose `__getattr__` recurses while it is unpickled",
        "RecursionError: maximum recursion depth exceeded (in __getattr__ while unpickling; "
        "the pool waits forever)",
    )


def getattr_missing_key(cls: nodes.ClassDef, method: nodes.FunctionDef, key: str) -> Problem:
    """families/rebuild.py: unpickling asks an empty instance for `__setstate__`."""
    note = (
        f"`{cls.name}.__getattr__` reads `self.__dict__[{key!r}]`, which an instance being "
        "unpickled does not have yet"
    )
    return Problem.at(
        rules.PKL005,
        (method, note),
        f"an instance of `{cls.name}` whose `__getattr__` raises KeyError while it is unpickled",
        f"KeyError: '{key}' (in __getattr__ while unpickling)",
    )


def getattr_answers_setstate(
    cls: nodes.ClassDef, method: nodes.FunctionDef, answer: nodes.FunctionDef
) -> Problem:
    """families/rebuild.py: unpickling calls what `__getattr__` gives for `__setstate__`."""
    note = (
        f"`{cls.name}.__getattr__` answers every name with `{answer.name}`, `__setstate__` "
        "too: unpickling calls it with the state"
    )
    owner = method.parent.name if isinstance(method.parent, nodes.ClassDef) else cls.name
    return Problem.at(
        rules.PKL005,
        (method, note),
        f"an instance of `{cls.name}` whose `__getattr__` answers `__setstate__`",
        f"TypeError: {owner}.__getattr__.<locals>.{answer.name}() takes 0 positional "
        "arguments but 1 was given (in the process that unpickles it)",
    )


def reduce_missing_arguments(
    cls: nodes.ClassDef, init: nodes.FunctionDef, reduce: nodes.FunctionDef, missing: list[str]
) -> Problem:
    """families/rebuild.py: `__reduce__` rebuilds the class from too few arguments."""
    owner = init.parent.name if isinstance(init.parent, nodes.ClassDef) else cls.name
    note = (
        f"`{cls.name}.__reduce__` rebuilds it as `{cls.name}(...)` without "
        f"{rebuild.missing_arguments_text(missing)}, which `__init__` requires"
    )
    return Problem.at(
        rules.PKL005,
        (reduce, note),
        f"an instance of `{cls.name}` whose `__reduce__` leaves out required arguments",
        f"{_missing_positional_error(f'{owner}.__init__', missing)} (in the process that "
        "unpickles it: a Pool waits forever, an executor breaks)",
    )


def library_rebuild_missing_arguments(
    cls: nodes.ClassDef, init: nodes.FunctionDef | None
) -> Problem | None:
    """A subclass of a library class whose own `__reduce__` rebuilds it from a fixed number of
    arguments, fewer than the subclass's `__init__` requires, so the process unpickling it
    fails: a `datetime.tzinfo` (rebuilt as `cls(*self.__getinitargs__())`, or `cls()` without
    one; GitPython 650), an `OrderedDict` (`cls()`; avalanche 930), a `Counter` or a
    `defaultdict` (`cls(data)`, `cls(default_factory)`)."""
    hierarchy = [cls, *safe_ancestors(cls)]
    base = next((qname_of(k) for k in hierarchy if qname_of(k) in _LIBRARY_REBUILDS), None)
    if base is None or init is None or init.args.vararg:
        return None
    given, kind = _LIBRARY_REBUILDS[base]
    hooks = ("__reduce__", "__reduce_ex__", "__getinitargs__")
    if any(hook in k.locals for k in hierarchy if is_user_node(k) for hook in hooks):
        return None
    parameters = init.args.args[1:]
    missing = [a.name for a in parameters[: len(parameters) - len(init.args.defaults)]][given:]
    if not missing:
        return None
    owner = init.parent.name if isinstance(init.parent, nodes.ClassDef) else cls.name
    rebuilt = f"{cls.name}({', '.join(['...'] * given)})"
    note = (
        f"`{cls.name}` is {kind}: it is rebuilt as `{rebuilt}`, without "
        f"{rebuild.missing_arguments_text(missing)}, which `__init__` requires"
    )
    return Problem.at(
        rules.PKL005,
        (cls, note),
        f"an instance of `{cls.name}`, {kind} rebuilt without its `__init__` arguments",
        f"{_missing_positional_error(f'{owner}.__init__', missing)} (in the process that "
        "unpickles it: a Pool waits forever, an executor breaks)",
    )


# Library classes whose reduction rebuilds a subclass from this many positional arguments.
_LIBRARY_REBUILDS = {
    "datetime.tzinfo": (0, "a tzinfo"),
    "collections.OrderedDict": (0, "an OrderedDict"),
    "collections.Counter": (1, "a Counter"),
    "collections.defaultdict": (1, "a defaultdict"),
}


def _missing_positional_error(function: str, missing: list[str]) -> str:
    plural = "s" if len(missing) > 1 else ""
    return (
        f"TypeError: {function}() missing {len(missing)} required positional argument{plural}: "
        f"{rebuild.missing_arguments_text(missing)}"
    )


def new_missing_arguments(
    cls: nodes.ClassDef, new: nodes.FunctionDef, missing: list[str], base: str | None
) -> Problem:
    """families/rebuild.py: unpickling calls `__new__` without the arguments it requires."""
    owner = new.parent.name if isinstance(new.parent, nodes.ClassDef) else cls.name
    given = (
        f"`{base}.__getnewargs__` gives pickle only the value"
        if base is not None
        else f"`{cls.name}` gives pickle no arguments for it (no `__getnewargs__` or `__reduce__`)"
    )
    note = f"`{owner}.__new__` requires {rebuild.missing_arguments_text(missing)}, and {given}"
    return Problem.at(
        rules.PKL005,
        (new, note),
        f"an instance of `{cls.name}` whose `__new__` requires arguments",
        f"{_missing_positional_error(f'{owner}.__new__', missing)} (in the process that "
        "unpickles it)",
    )


def frozen_restored(cls: nodes.ClassDef, field: str) -> Problem:
    """families/rebuild.py: unpickling assigns through a frozen dataclass's `__setattr__`."""
    how = "sets each attribute again" if is_exception(cls) else "restores its slots with setattr"
    note = f"`{cls.name}` is a frozen dataclass; unpickling {how}, which it refuses"
    return Problem.at(
        rules.PKL005,
        (cls, note),
        f"an instance of the frozen dataclass `{cls.name}`",
        f"dataclasses.FrozenInstanceError: cannot assign to field '{field}' (in the process "
        "that unpickles it)",
    )


def rederived_exception(
    cls: nodes.ClassDef, init: nodes.FunctionDef, parameter: str, expression: str
) -> Problem:
    """families/rebuild.py: the rebuild evaluates `expression` on what it produced."""
    note = (
        f"`{cls.name}.__init__` keeps `{expression}` in `args`; rebuilding calls "
        f"`{cls.name}({expression})`, which evaluates `{expression}` again on it"
    )
    error = (
        f"error in {cls.name}.__init__ while unpickling: `{expression}` of the `{parameter}` "
        "argument's own value (the pool waits forever)"
    )
    return _unrebuildable(cls, init, note, error)


def required_positional(function: nodes.FunctionDef) -> int:
    params = positional_parameters(function)
    return max(0, len(params) - 1 - len(function.args.defaults or []))


def _effective_init(cls: nodes.ClassDef) -> nodes.FunctionDef | None:
    """The `__init__` that `cls(*args)` runs when it is a project class's: the class's own, or
    the nearest base's that defines one (`ResourceNotFound(ResourceError)`)."""
    for klass in [cls, *safe_ancestors(cls)]:
        if "__init__" in klass.locals:
            init = klass.locals["__init__"][0]
            if is_user_node(klass) and isinstance(init, nodes.FunctionDef):
                return init
            return None
    return None


def args_kept_by(init: nodes.FunctionDef, hops: int = 5) -> int | None:
    """How many values `self.args` keeps once `init` has run: what the base exception's
    `__init__` is passed by position at the end of the chain of `super().__init__(...)` calls
    (`ResourceError.__init__` passing `msg=msg` to `FSError.__init__`, which calls
    `super().__init__()`: none). `self.args = (message,)` set once, at the top level of
    `init`, to a tuple display keeps that many (minio's ResponseError). None when unknown: no
    such call, `*args`, `self.args` set otherwise."""
    stores = _args_stores(init)
    if hops <= 0:
        return None
    if stores:
        statement = stores[0].statement()
        value = statement.value if isinstance(statement, nodes.Assign) else None
        if len(stores) != 1 or statement.parent is not init or not isinstance(value, nodes.Tuple):
            return None
        starred = any(isinstance(e, nodes.Starred) for e in value.elts)
        return None if starred else len(value.elts)
    arguments = super_init_arguments(init)
    if arguments is None:
        return None
    owner = init.parent
    following = _next_init(owner) if isinstance(owner, nodes.ClassDef) else None
    if following is None or not is_user_node(following):
        return len(arguments)
    return args_kept_by(following, hops - 1) if isinstance(following, nodes.FunctionDef) else None


def _next_init(owner: nodes.ClassDef) -> nodes.NodeNG | None:
    """The `__init__` `super().__init__` reaches from a method of `owner` (single inheritance:
    the nearest base defining one)."""
    for klass in safe_ancestors(owner):
        if "__init__" in klass.locals:
            return klass.locals["__init__"][0]
    return None


def _missing_positional(names: list[nodes.AssignName]) -> str:
    """CPython's wording: "missing 1 required positional argument: 'path'"."""
    quoted = [f"'{name.name}'" for name in names]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    plural = "s" if len(quoted) > 1 else ""
    return f"missing {len(quoted)} required positional argument{plural}: {listed}"


def super_init_argument_count(init: nodes.FunctionDef) -> int | None:
    arguments = super_init_arguments(init)
    return None if arguments is None else len(arguments)


def super_init_arguments(init: nodes.FunctionDef) -> list[nodes.NodeNG] | None:
    """What `__init__` passes to the base's `__init__` (`super().__init__(a, b)` or
    `Base.__init__(self, a, b)`): what the base keeps in `self.args`; None when unknown."""
    found = base_init_call(init)
    if found is None or any(isinstance(a, nodes.Starred) for a in found[0].args):
        return None
    return found[1]


def kept_arguments(
    exc: nodes.Call, cls: nodes.ClassDef
) -> tuple[list[nodes.NodeNG], nodes.FunctionDef | None] | None:
    """The expressions an exception made by `exc` keeps in `self.args`, which
    `BaseException.__reduce__` pickles, with the project `__init__` whose parameters they
    name (None: the call's own arguments, for a class that leaves `__init__` to a built-in
    exception). None when a class on the way decides otherwise (`__reduce__`, `__new__`, a
    library `__init__`)."""
    if not is_exception(cls):
        return None
    for klass in [cls, *safe_ancestors(cls)]:
        if klass.root().name == "builtins":
            if any(isinstance(a, nodes.Starred) for a in exc.args):
                return None
            return list(exc.args), None
        if not is_user_node(klass) or any(
            name in klass.locals for name in ("__reduce__", "__reduce_ex__", "__new__")
        ):
            return None
        init = klass.locals.get("__init__")
        if init:
            function = init[0]
            if not isinstance(function, nodes.FunctionDef):
                return None
            arguments = super_init_arguments(function)
            return None if arguments is None else (arguments, function)
    return None


def _missing_keywords(names: list[str]) -> str:
    """CPython's wording: "missing 2 required keyword-only arguments: 'a' and 'b'"."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = " and ".join(quoted)
    else:
        listed = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
    plural = "s" if len(quoted) > 1 else ""
    return f"missing {len(quoted)} required keyword-only argument{plural}: {listed}"


def reraised_library_error(function: nodes.FunctionDef) -> Problem | None:
    """`except jsonschema.ValidationError: ...; raise` in a worker: the error the library
    raised leaves the worker, and it keeps library state that cannot be pickled back
    (unpicklable.toml's `reraised`)."""
    for raise_node in own_nodes(function, nodes.Raise):
        handler = _enclosing_handler(raise_node, function)
        if handler is None or handler.type is None:
            continue
        if raise_node.exc is not None and not (
            handler.name is not None and is_name(raise_node.exc, handler.name.name)
        ):
            continue  # `raise Other(...)`: judged as raised
        for name in sorted(syntactic_names(handler.type)):
            known = kb.UNPICKLABLE_RERAISED.get(name)
            if known is not None:
                note = f"the `{handler.type.as_string()}` the library raised leaves the worker"
                return Problem.at(rules.PKL008, (raise_node, note), known.what, known.error)
    return None


def _enclosing_handler(
    node: nodes.NodeNG, function: nodes.FunctionDef
) -> nodes.ExceptHandler | None:
    current: nodes.NodeNG | None = node.parent
    while current is not None and current is not function:
        if isinstance(current, nodes.ExceptHandler):
            return current
        if isinstance(current, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
            return None
        current = current.parent
    return None
