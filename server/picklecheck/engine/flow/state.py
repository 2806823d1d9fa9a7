"""Object state: the attributes a class sets on `self`, what `__getstate__` drops, and which
pickling hooks a class defines."""

from __future__ import annotations

import sys

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.flow.branches import ruled_out
from picklecheck.engine.flow.classes import constructed_classes
from picklecheck.engine.flow.project import (
    built_module,
    imported_project_files,
    is_user_node,
    name_definitions,
    registers_a_reducer,
    single_returned_value,
)
from picklecheck.engine.flow.syntax import (
    Bindings,
    assigned_value,
    bound_argument,
    called_init,
    construction_sites,
    decorated_as,
    is_inside,
    is_name,
    is_none_constant,
    is_self,
    loops_around,
    method_owner,
    own_nodes,
    parameter_of,
    project_method,
    qname_of,
    safe_ancestors,
    self_name,
    single_assigned_value,
    single_stored_value,
    syntactic_call_name,
    syntactic_names,
)
from picklecheck.engine.tree_memo import nodes_in


def init_assignments(cls: nodes.ClassDef) -> dict[str, list[nodes.AssignAttr]]:
    """Instance attributes set in `__init__` (of the class and its user-defined bases) and in
    the methods construction runs: a base's `__init__` calling `self._init_sandbox()` runs
    the subclass's override of it."""
    result: dict[str, list[nodes.AssignAttr]] = {}
    hierarchy = [cls, *(a for a in safe_ancestors(cls) if is_user_node(a))]
    setup = _construction_methods(hierarchy)
    init = cls.locals.get("__init__", [None])[0]
    for klass in hierarchy:
        for attr, assigns in klass.instance_attrs.items():
            for assign in assigns:
                frame = assign.frame()
                if (
                    isinstance(frame, nodes.FunctionDef)
                    and frame.name in setup
                    and _runs_for(hierarchy, frame)
                    and not _superseded_in_method(assign, frame)
                    and not _reset_later_in_init(assign, frame, init)
                ):
                    result.setdefault(attr, []).append(assign)
    return result


def _reset_later_in_init(
    assign: nodes.AssignAttr, method: nodes.FunctionDef, init: nodes.NodeNG | None
) -> bool:
    """A store that a later statement of the class's own `__init__` undoes: `self._conn =
    None` (or `del`), or a call of a method that does so whatever the value
    (`self._close_connection()`, setting it to None after closing it; graphnet 243)."""
    if not (isinstance(init, nodes.FunctionDef) and isinstance(init.parent, nodes.ClassDef)):
        return False
    attr = str(assign.attrname)
    statements = list(init.body)
    resets = [i for i, statement in enumerate(statements) if _resets(statement, attr, init.parent)]
    if not resets:
        return False
    anchor = _anchor_in_init(statements, assign, method, init)
    return anchor is not None and anchor < resets[-1]


def _anchor_in_init(
    statements: list[nodes.NodeNG],
    assign: nodes.AssignAttr,
    method: nodes.FunctionDef,
    init: nodes.FunctionDef,
) -> int | None:
    """The index of `init`'s statement that makes the store: the one holding it, or the one
    calling (on `self`) a method from which `method` is reached."""
    cls = init.parent
    assert isinstance(cls, nodes.ClassDef)
    for index, statement in enumerate(statements):
        if method is init and is_inside(assign, statement):
            return index
        for call in [statement, *nodes_in(statement, nodes.Call)]:
            func = getattr(call, "func", None)
            if not (isinstance(func, nodes.Attribute) and is_self(func.expr)):
                continue
            if method.name in methods_called_from(cls, str(func.attrname)):
                return index
    return None


def _resets(statement: nodes.NodeNG, attr: str, cls: nodes.ClassDef) -> bool:
    """`self.<attr> = None` / `del self.<attr>`, or `self.method()` whose own body ends
    with doing so at its top level or inside `if self.<attr> is not None:` (or `if
    self.<attr>:`)."""
    if _clears(statement, attr):
        return True
    call = statement.value if isinstance(statement, nodes.Expr) else None
    func = call.func if isinstance(call, nodes.Call) else None
    if not (isinstance(func, nodes.Attribute) and is_self(func.expr)):
        return False
    found = cls.locals.get(str(func.attrname), [None])[0]
    if not isinstance(found, nodes.FunctionDef):
        return False
    for inner in found.body:
        if _clears(inner, attr):
            return True
        guarded = isinstance(inner, nodes.If) and not inner.orelse and _tests_set(inner.test, attr)
        if guarded and any(_clears(statement, attr) for statement in inner.body):
            return True
    return False


def _clears(statement: nodes.NodeNG, attr: str) -> bool:
    cleared = isinstance(statement, nodes.Delete) or (
        isinstance(statement, nodes.Assign) and is_none_constant(statement.value)
    )
    targets = statement.targets if cleared else []
    return any(
        isinstance(t, (nodes.AssignAttr, nodes.DelAttr)) and t.attrname == attr and is_self(t.expr)
        for t in targets
    )


def _tests_set(test: nodes.NodeNG, attr: str) -> bool:
    """`self.<attr> is not None`, or `self.<attr>` itself."""
    if isinstance(test, nodes.Compare) and len(test.ops) == 1 and test.ops[0][0] == "is not":
        test = test.left if is_none_constant(test.ops[0][1]) else None
    return isinstance(test, nodes.Attribute) and test.attrname == attr and is_self(test.expr)


def _superseded_in_method(assign: nodes.AssignAttr, method: nodes.FunctionDef) -> bool:
    """`self.file = open(path)` that the method itself later deletes or sets again in a
    statement of its own body, which every call runs (`del self.file` once read)."""
    receiver = self_name(method)
    if receiver is None or not is_name(assign.expr, receiver):
        return False
    return any(
        node.attrname == assign.attrname
        and is_name(node.expr, receiver)
        and node.statement().parent is method
        and (node.lineno or 0) > (assign.lineno or 0)
        for node in own_nodes(method, (nodes.AssignAttr, nodes.DelAttr))
    )


def _runs_for(hierarchy: list[nodes.ClassDef], method: nodes.FunctionDef) -> bool:
    """The instance runs `method` under its name: no class before its own in the hierarchy
    overrides it, or an override calls up to it (`super().setup()`, `Base.setup(self)`)."""
    overrides = []
    for klass in hierarchy:
        if klass is method.parent:
            break
        found = klass.locals.get(method.name)
        if found and isinstance(found[0], nodes.FunctionDef):
            overrides.append(found[0])
    return all(_calls_up(override, str(method.name)) for override in overrides)


def _calls_up(override: nodes.FunctionDef, name: str) -> bool:
    return any(
        isinstance(call.func, nodes.Attribute)
        and call.func.attrname == name
        and isinstance(call.func.expr, (nodes.Call, nodes.Name))
        and not is_self(call.func.expr)
        for call in own_nodes(override, nodes.Call)
    )


def _construction_methods(hierarchy: list[nodes.ClassDef]) -> set[str]:
    """The names of the methods construction may run: every `__init__` of the hierarchy (and
    the generated one's post-init hooks), and what they use on `self`, looked up in every
    class of the hierarchy (an override runs where the base calls the method)."""
    return _members_run(hierarchy, _construction_entries(hierarchy))


def _construction_entries(classes: list[nodes.ClassDef]) -> set[str]:
    """`__init__`, and the post-init hooks when one of `classes` has a generated
    `__init__` (dataclasses: `__post_init__`, attrs: `__attrs_post_init__`)."""
    if any(has_generated_init(klass) for klass in classes):
        return {"__init__", "__post_init__", "__attrs_post_init__"}
    return {"__init__"}


def _members_run(hierarchy: list[nodes.ClassDef], start: set[str]) -> set[str]:
    """The methods named `start` and the methods and properties they use on `self`,
    transitively, each looked up in every class of `hierarchy`."""
    names = set(start)
    pending = list(names)
    while pending:
        name = pending.pop()
        for klass in hierarchy:
            found = klass.locals.get(name)
            if not found or not isinstance(found[0], nodes.FunctionDef):
                continue
            for used in _self_members_used(klass, found[0]) - names:
                names.add(used)
                pending.append(used)
    return names


def switched_off(
    assign: nodes.AssignAttr, init: nodes.FunctionDef | None, bindings: Bindings | None
) -> bool:
    """A store `__init__` makes only in a branch (itself, or around its every call of the
    method making it) that this construction's constants rule out (flow/branches.py): TTS's
    `if use_cache: self.create_feature_cache()` built with `use_cache=False`, an `if mode ==
    "multiprocessing":` built with `mode="common"`."""
    if init is None or not bindings:
        return False
    frame = assign.frame()
    if frame is init:
        anchors: list[nodes.NodeNG] = [assign]
    elif isinstance(frame, nodes.FunctionDef) and frame.parent is init.parent:
        anchors = [
            call
            for call in own_nodes(init, nodes.Call)
            if isinstance(call.func, nodes.Attribute)
            and is_self(call.func.expr)
            and call.func.attrname == frame.name
        ]
    else:
        return False
    return bool(anchors) and all(ruled_out(anchor, init, bindings) for anchor in anchors)


def ancestor_init_call(
    init: nodes.FunctionDef, target: nodes.FunctionDef, hops: int = 4
) -> list[tuple[nodes.FunctionDef, nodes.Call]]:
    """The chain of `super().__init__(...)` / `Base.__init__(self, ...)` calls leading from the
    constructor `init` to the ancestor's `target` `__init__`: (called function, call) pairs,
    empty when `init` does not reach `target` that way."""
    owner = init.parent
    if hops <= 0 or not isinstance(owner, nodes.ClassDef):
        return []
    for call in own_nodes(init, nodes.Call):
        called = called_init(call, owner)
        if called is None:
            continue
        if called is target:
            return [(called, call)]
        rest = ancestor_init_call(called, target, hops - 1)
        if rest:
            return [(called, call), *rest]
    return []


def explicit_self_call(call: nodes.Call) -> bool:
    """`Base.__init__(self, ...)`: the receiver is passed as the first argument."""
    func = call.func
    return isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name)


def construction_run(cls: nodes.ClassDef) -> list[nodes.FunctionDef]:
    """The methods constructing `cls` runs, as its instances find them: `__init__` (also a
    project base's) and what it calls on `self`, transitively."""
    hierarchy = [cls, *(a for a in safe_ancestors(cls) if is_user_node(a))]
    names = _construction_methods(hierarchy)
    found = (project_method(cls, name) for name in sorted(names))
    return [method for method in found if method is not None]


def methods_called_from(klass: nodes.ClassDef, *start: str) -> set[str]:
    """The methods named `start` and those they call on `self`, transitively, with the
    properties they read on `self` (a lazy `self.env` opening and keeping an environment)."""
    return _members_run([klass], set(start))


def _self_members_used(klass: nodes.ClassDef, method: nodes.FunctionDef) -> set[str]:
    used = set()
    for attribute in own_nodes(method, nodes.Attribute):
        if not is_self(attribute.expr):
            continue
        name = str(attribute.attrname)
        called = isinstance(attribute.parent, nodes.Call) and attribute.parent.func is attribute
        if called or _is_property(klass, name):
            used.add(name)
    return used


def _is_property(klass: nodes.ClassDef, name: str) -> bool:
    found = klass.locals.get(name)
    return (
        bool(found)
        and isinstance(found[0], nodes.FunctionDef)
        and decorated_as(found[0], "property", "cached_property")
    )


def has_generated_init(klass: nodes.ClassDef) -> bool:
    """Decorated with dataclasses' or attrs' class decorator (`@dataclass`, `@attr.s`,
    `@define`, `@dataclasses.dataclass(frozen=True)`), read from the source."""
    for decorator in klass.decorators.nodes if klass.decorators else []:
        called = decorator.func if isinstance(decorator, nodes.Call) else decorator
        name = (
            called.attrname if isinstance(called, nodes.Attribute) else getattr(called, "name", "")
        )
        if name in ("dataclass", "s", "attrs", "define", "frozen", "mutable"):
            return True
    return False


def method_calls_on(
    scope: nodes.NodeNG, receiver: str, start: int, end: int
) -> list[tuple[nodes.Call, nodes.Attribute]]:
    """`receiver.method(...)` calls in `scope` on the lines after `start` and before `end`,
    in source order."""
    found = []
    for call in own_nodes(scope, nodes.Call):
        func = call.func
        if (
            start < (call.lineno or 0) < end
            and isinstance(func, nodes.Attribute)
            and is_name(func.expr, receiver)
        ):
            found.append((call, func))
    found.sort(key=lambda pair: (pair[0].lineno or 0, pair[0].col_offset or 0))
    return found


def constructor(cls: nodes.ClassDef) -> nodes.FunctionDef | None:
    for klass in [cls, *safe_ancestors(cls)]:
        init = klass.locals.get("__init__")
        if init and isinstance(init[0], nodes.FunctionDef):
            return init[0] if is_user_node(klass) else None
    return None


def has_custom_reduce(cls: nodes.ClassDef) -> bool:
    for klass in [cls, *safe_ancestors(cls)]:
        if not is_user_node(klass):
            continue
        if "__reduce__" in klass.locals or "__reduce_ex__" in klass.locals:
            return True
        if patched_hooks(klass) & {"__reduce__", "__reduce_ex__"}:
            return True
    return False


_PICKLING_HOOKS = frozenset({"__reduce__", "__reduce_ex__", "__getstate__", "__setstate__"})


def patched_hooks(cls: nodes.ClassDef) -> frozenset[str]:
    """Pickling hooks the class's module sets on it from outside the class body
    (`BPE.__reduce__ = bpe_reduce`), by name."""
    module = cls.parent
    if not isinstance(module, nodes.Module):
        return frozenset()
    return frozenset(
        str(target.attrname)
        for statement in module.body
        if isinstance(statement, nodes.Assign)
        for target in statement.targets
        if isinstance(target, nodes.AssignAttr)
        and target.attrname in _PICKLING_HOOKS
        and is_name(target.expr, str(cls.name))
    )


def getstate_exclusions(cls: nodes.ClassDef) -> frozenset[str] | None:
    """Attributes a `__getstate__` drops; None when it does something we cannot follow."""
    for klass in [cls, *safe_ancestors(cls)]:
        if not is_user_node(klass):
            # A library class's own `__getstate__` (multiprocessing's Queue returns a fixed
            # tuple) decides what a subclass's instances pickle: trusted, not analysed.
            return None if _library_getstate(klass) else frozenset()
        if "__getstate__" in patched_hooks(klass):
            return None  # set from outside the class: not followed
        getstate = klass.locals.get("__getstate__")
        if getstate and not exception_ignores_getstate(cls):
            function = getstate[0]
            if not isinstance(function, nodes.FunctionDef):
                return None
            listed = _listed_attributes(function)
            if listed is not None:
                # `return {"tasks": self.tasks}`: what it lists is pickled, the rest left out
                every = {a for k in [cls, *safe_ancestors(cls)] for a in k.instance_attrs}
                return frozenset(every - listed)
            return dropped_keys(function)
    return frozenset()


def exception_ignores_getstate(cls: nodes.ClassDef) -> bool:
    """An exception pickles its `__dict__` as it is (`BaseException.__reduce__` returns
    `(cls, args, __dict__)`): a `__getstate__` of the project's is never called, unless a
    class before the built-in one defines the reduction itself."""
    for klass in [cls, *safe_ancestors(cls)]:
        if klass.root().name == "builtins":
            return klass.name == "BaseException" or any(
                qname_of(a) == "builtins.BaseException" for a in safe_ancestors(klass)
            )
        if "__reduce__" in klass.locals or "__reduce_ex__" in klass.locals:
            return False
    return False


def _library_getstate(first_library_class: nodes.ClassDef) -> bool:
    """Whether the first library class of an MRO, or a library class after it, defines
    `__getstate__` (object's own, in the builtins, is the default and does not count)."""
    for klass in [first_library_class, *safe_ancestors(first_library_class)]:
        if klass.root().name != "builtins" and "__getstate__" in klass.locals:
            return True
    return False


def dropped_keys(function: nodes.FunctionDef) -> frozenset[str] | None:
    """Keys removed by `state = self.__dict__.copy(); del state['k']` and its variants."""
    returns = [r for r in own_nodes(function, nodes.Return) if r.value is not None]
    if len(returns) != 1:
        return None
    returned = returns[0].value
    if is_instance_dict(returned):
        return frozenset()  # `return self.__dict__`: everything is pickled
    state = returned_dict_copy(function, returned)
    if state is None:
        return None  # a hand-built state: trusted, not analysed
    dropped: set[str] = set()
    for node in own_nodes(function, nodes.NodeNG):
        keys = _dropped_keys(node, state)
        if keys is None:
            return None  # `state.pop(name, None)` for names listed elsewhere: trusted
        dropped.update(keys)
    return frozenset(dropped)


def _listed_attributes(function: nodes.FunctionDef) -> set[str] | None:
    """The attributes the one dict display of `self.<attr>` values a `__getstate__` returns
    names (`{"k": self.k}`); None for any other shape (values computed from them are
    trusted, not analysed)."""
    returns = [r.value for r in own_nodes(function, nodes.Return) if r.value is not None]
    returned = returns[0] if len(returns) == 1 else None
    if not isinstance(returned, nodes.Dict) or not returned.items:
        return None
    names = set()
    for key, value in returned.items:
        if not (isinstance(key, nodes.Const) and isinstance(key.value, str)):
            return None
        if not (isinstance(value, nodes.Attribute) and is_self(value.expr)):
            return None
        names.add(str(value.attrname))
    return names


def returned_dict_copy(function: nodes.FunctionDef, returned: nodes.NodeNG) -> str | None:
    """The name `function` returns when its one assignment is a copy of `self.__dict__`
    (`state = self.__dict__.copy()`, then keys removed)."""
    if not isinstance(returned, nodes.Name):
        return None
    sources = [
        a.value
        for a in own_nodes(function, nodes.Assign)
        if any(is_name_target(t, returned.name) for t in a.targets)
    ]
    return str(returned.name) if len(sources) == 1 and is_instance_dict(sources[0]) else None


def is_instance_dict(node: nodes.NodeNG) -> bool:
    """`self.__dict__`, `self.__dict__.copy()`, `dict(self.__dict__)`, `vars(self)` and copies."""
    if isinstance(node, nodes.Call):
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname == "copy" and not node.args:
            return is_instance_dict(func.expr)
        if isinstance(func, nodes.Name) and func.name in ("dict", "vars") and len(node.args) == 1:
            argument = node.args[0]
            return is_instance_dict(argument) or (func.name == "vars" and is_self(argument))
        return False
    return isinstance(node, nodes.Attribute) and node.attrname == "__dict__" and is_self(node.expr)


def is_name_target(target: nodes.NodeNG, name: str) -> bool:
    return isinstance(target, nodes.AssignName) and target.name == name


def _dropped_keys(node: nodes.NodeNG, state: str) -> list[str] | None:
    """The keys of `state` one statement removes: `del state["a"], state["b"]`,
    `state.pop("a")`, `state["lock"] = None` (a plain replacement: the original is not
    pickled); None when it removes a key that is not a constant (`state.pop(name)`)."""
    if (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Attribute)
        and node.func.attrname == "pop"
        and is_name(node.func.expr, state)
        and node.args
    ):
        key = const_str(node.args[0])
        return [key] if key is not None else None
    if not isinstance(node, (nodes.Delete, nodes.Assign)):
        return []
    keys = [
        const_str(target.slice)
        for target in node.targets
        if isinstance(target, nodes.Subscript) and is_name(target.value, state)
    ]
    if any(key is None for key in keys):
        return None
    found = [key for key in keys if key is not None]
    if isinstance(node, nodes.Assign) and not _replacement(node.value, found):
        return []
    return found


def _replacement(value: nodes.NodeNG, keys: list[str]) -> bool:
    """A value made in `__getstate__` in place of the attribute's: a constant, a display or a
    call (`(self.name, self.fh.tell())`, baseband's reader reopening its file from them). A
    name or an attribute may be the original object under another name, and a display may
    still hold it (`[self.lock]`): not counted."""
    if isinstance(value, (nodes.Name, nodes.Attribute, nodes.Subscript)):
        return False
    return not any(
        isinstance(part, nodes.Attribute)
        and is_self(part.expr)
        and part.attrname in keys
        and isinstance(part.parent, (nodes.List, nodes.Tuple, nodes.Set, nodes.Dict))
        for part in value.nodes_of_class(nodes.Attribute)
    )


def const_str(node: nodes.NodeNG) -> str | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    return None


def copyreg_registered(module: nodes.Module) -> frozenset[str]:
    return frozenset(
        call.args[0].name
        for call in _pickle_registrations(module)
        if isinstance(call.args[0], nodes.Name)
    )


def copyreg_registered_packages(module: nodes.Module) -> frozenset[str]:
    """Top-level packages of the library classes the module registers a copyreg reducer for
    (`copyreg.pickle(Engine, reduce_engine)` with `from sqlalchemy.engine import Engine`):
    that library's objects may pickle here, whatever the knowledge table says."""
    return frozenset(
        name.split(".")[0]
        for call in _pickle_registrations(module)
        if isinstance(call.func, nodes.Attribute) and is_name(call.func.expr, "copyreg")
        for name in syntactic_names(call.args[0])
    )


def _pickle_registrations(module: nodes.Module) -> list[nodes.Call]:
    """`copyreg.pickle(cls, reducer)` (or `pickle(...)` imported from copyreg) calls, and
    `ForkingPickler.register(cls, reducer)` (multiprocessing's own pickler: every boundary of
    the standard library uses it)."""
    return [
        call
        for call in nodes_in(module, nodes.Call)
        if call.args
        and (
            (isinstance(call.func, nodes.Attribute) and call.func.attrname == "pickle")
            or is_name(call.func, "pickle")
            or (
                isinstance(call.func, nodes.Attribute)
                and call.func.attrname == "register"
                and call.func.expr.as_string().rsplit(".", 1)[-1] in ("ForkingPickler", "reduction")
            )
        )
    ]


def imported_registrations(module: nodes.Module) -> frozenset[str]:
    """Classes, by name, that a project module imported by `module` (or by what it imports,
    or the package it comes from) registers a reducer for: `import registrations` run for its
    side effect, which registers `ForkingPickler.register(Client, reduce_client)` before any
    boundary is reached."""
    names: set[str] = set()
    for modname, file in imported_project_files(module):
        if not registers_a_reducer(file):
            continue  # the text test first: only a registering module is built
        built = built_module(module, modname)
        names |= copyreg_registered(built) if built is not None else frozenset()
    return frozenset(names)


def declared_fields(cls: nodes.ClassDef) -> list[str]:
    """Field names of a dataclass or typing.NamedTuple, in constructor order."""
    decorators = [d.as_string() for d in (cls.decorators.nodes if cls.decorators else [])]
    is_dataclass = any(d.split("(")[0].endswith("dataclass") for d in decorators)
    is_named_tuple = any(b.as_string().endswith("NamedTuple") for b in cls.bases)
    if not (is_dataclass or is_named_tuple):
        return []
    return [
        str(statement.target.name)
        for statement in cls.body
        if isinstance(statement, nodes.AnnAssign)
        and isinstance(statement.target, nodes.AssignName)
        and "ClassVar" not in statement.annotation.as_string()
    ]


def default_factory(value: nodes.NodeNG) -> nodes.NodeNG | None:
    return _field_keyword(value, "default_factory") if _is_field(value) else None


def field_default(value: nodes.NodeNG) -> nodes.NodeNG | None:
    """The default a dataclass field declares: `x: T = value` or `field(default=value)`;
    None for `field(...)` without one."""
    return _field_keyword(value, "default") if _is_field(value) else value


def _is_field(value: nodes.NodeNG) -> bool:
    return isinstance(value, nodes.Call) and syntactic_call_name(value) == "field"


def _field_keyword(field: nodes.Call, name: str) -> nodes.NodeNG | None:
    return next((k.value for k in field.keywords or [] if k.arg == name), None)


def started_between(definition: nodes.AssignName, use: nodes.NodeNG) -> nodes.Call | None:
    """A `.start()` call on the value `definition` binds, or on each item of it
    (`for child in children: child.start()`), after the binding and before `use`."""
    name = str(definition.name)
    receivers = {name}
    scope = definition.scope()
    start, end = definition.lineno or 0, use.lineno or 0
    for loop in own_nodes(scope, nodes.For):
        if is_name(loop.iter, name) and isinstance(loop.target, nodes.AssignName):
            receivers.add(str(loop.target.name))
    for receiver in sorted(receivers):
        for call, func in method_calls_on(scope, receiver, start, end):
            if func.attrname == "start":
                return call
    return None


def attribute_started_after(assigned: nodes.AssignAttr) -> nodes.Call | None:
    """`self.monitor.start()` in the method that sets `self.monitor = Process(...)`, after
    that assignment: the object then holds a started Process."""
    method = assigned.frame()
    me = self_name(method) if isinstance(method, nodes.FunctionDef) else None
    if me is None or not is_name(assigned.expr, me):
        return None
    assert isinstance(method, nodes.FunctionDef)
    looped = _started_by_loop_over(method.parent, str(assigned.attrname))
    if looped is not None:
        return looped
    for call in own_nodes(method, nodes.Call):
        func = call.func
        if (
            (call.lineno or 0) > (assigned.lineno or 0)
            and isinstance(func, nodes.Attribute)
            and func.attrname == "start"
            and isinstance(func.expr, nodes.Attribute)
            and func.expr.attrname == assigned.attrname
            and is_name(func.expr.expr, me)
        ):
            return call
    return None


def _started_by_loop_over(owner: nodes.NodeNG, attr: str) -> nodes.Call | None:
    """`for process in self._processes: process.start()` in a method of the class: from the
    second process on, what is pickled holds the processes started before it (SO 71356422)."""
    if not isinstance(owner, nodes.ClassDef):
        return None
    for method in owner.mymethods():
        me = self_name(method)
        for loop in own_nodes(method, nodes.For):
            over, target = loop.iter, loop.target
            if not (
                isinstance(over, nodes.Attribute)
                and over.attrname == attr
                and is_name(over.expr, me or "self")
                and isinstance(target, nodes.AssignName)
            ):
                continue
            for call in own_nodes(loop, nodes.Call):
                func = call.func
                started = isinstance(func, nodes.Attribute) and func.attrname == "start"
                if started and is_name(func.expr, str(target.name)):
                    return call
    return None


def added_item_started(
    method: nodes.FunctionDef, statement: nodes.NodeNG, added: nodes.NodeNG, attr: str
) -> nodes.Call | None:
    """A Process put into `self.<attr>` and started after that (or anywhere in a loop around
    both): `p.start()` for the name added, `self.pool[i].start()` for the slot assigned, or
    `w.start()` in `for w in self.<attr>:`."""
    receivers = {added.as_string()} if isinstance(added, nodes.Name) else set()
    if isinstance(statement, nodes.Assign):
        receivers |= {t.as_string() for t in statement.targets if isinstance(t, nodes.Subscript)}
    for loop in own_nodes(method, nodes.For):
        over = loop.iter
        if (
            isinstance(over, nodes.Attribute)
            and over.attrname == attr
            and is_name(over.expr, "self")
            and isinstance(loop.target, nodes.AssignName)
        ):
            receivers.add(str(loop.target.name))
    loops = loops_around(statement, method)
    for call in own_nodes(method, nodes.Call):
        func = call.func
        if not (
            isinstance(func, nodes.Attribute)
            and func.attrname == "start"
            and func.expr.as_string() in receivers
        ):
            continue
        if (call.lineno or 0) > (statement.lineno or 0) or any(
            is_inside(call, loop) for loop in loops
        ):
            return call
    return None


def state_before(
    method: nodes.FunctionDef, use: nodes.NodeNG
) -> dict[str, tuple[nodes.NodeNG, nodes.Call | None]]:
    """The last `self.<attr> = value` (or `del self.<attr>`) per attribute before `use`: in
    `method` itself, or, before it calls `self.<method>()`, in another method of the class
    (`reset_state()` sets `self.queue`, then calls `self._start_workers()`), with that call."""
    receiver = self_name(method)
    cls = method.parent
    found: dict[str, tuple[nodes.NodeNG, nodes.Call | None]] = {}
    if receiver is None or not isinstance(cls, nodes.ClassDef):
        return found
    for caller in cls.mymethods():
        caller_self = self_name(caller)
        if caller is method or caller_self is None:
            continue
        calls = method_calls_on(caller, caller_self, 0, sys.maxsize)
        call = next((c for c, func in calls if func.attrname == method.name), None)
        if call is not None:
            for node in _assignments_on(caller, caller_self, call.lineno or 0):
                found[str(node.attrname)] = (node, call)
    for node in _assignments_on(method, receiver, use.lineno or 0):
        found[str(node.attrname)] = (node, None)
    return found


def _assignments_on(scope: nodes.FunctionDef, receiver: str, end: int) -> list[nodes.NodeNG]:
    """`receiver.<attr> = ...` and `del receiver.<attr>` in `scope` before line `end`, in
    source order."""
    found = [
        node
        for node in own_nodes(scope, (nodes.AssignAttr, nodes.DelAttr))
        if (node.lineno or 0) < end and is_name(node.expr, receiver)
    ]
    return sorted(found, key=lambda node: (node.lineno or 0, node.col_offset or 0))


def self_attribute_classes(cls: nodes.ClassDef, name: str, facade: Facade) -> list[nodes.ClassDef]:
    """The classes whose instances `self.<name>` holds: built in `__init__`
    (`self.tokenizer = Tokenizer()`), or passed to the constructor at each construction site
    (`self.tokenizer = tokenizer` and `Pipeline(Tokenizer())`). Empty when any value is
    something else or unknown."""
    init = constructor(cls)
    values: list[nodes.NodeNG] = []
    for assign in init_assignments(cls).get(name, []):
        value = assigned_value(assign)[0]
        if value is None:
            return []
        parameter = parameter_of(value, init)
        if parameter is None:
            values.append(value)
            continue
        sites = construction_sites(cls) if init is not None else []
        bound = [bound_argument(init, site, parameter) for site in sites if init is not None]
        if not bound or any(argument is None for argument in bound):
            return []
        values.extend(argument for argument in bound if argument is not None)
    classes: list[nodes.ClassDef] = []
    for value in values:
        found = _classes_made(value, facade)
        if not found or not all(is_user_node(c) for c in found):
            return []
        classes.extend(found)
    return classes


def _classes_made(value: nodes.NodeNG, facade: Facade) -> list[nodes.ClassDef]:
    """The classes of the new object `value` is: `Tokenizer()`, a name bound once to one, or
    `self` in a method (`Iterator(self)` in `Generator.flow`: the method's own class)."""
    if is_self(value):
        owner = method_owner(value)
        return [owner] if owner is not None else []
    if isinstance(value, nodes.Name):
        value = single_assigned_value(value)
    return constructed_classes(value.func, facade) if isinstance(value, nodes.Call) else []


def on_exact_instance(call: nodes.Call, method: nodes.FunctionDef) -> bool:
    """`corpus.documents()` where `corpus` is bound once to `Corpus(...)` (or
    `Corpus(...).documents()`), `Corpus` the class defining the method: no subclass can
    override what runs."""
    func = call.func
    if not isinstance(func, nodes.Attribute):
        return False
    receiver = func.expr
    if isinstance(receiver, nodes.Name):
        receiver = single_assigned_value(receiver)
    elif isinstance(receiver, nodes.Attribute) and is_self(receiver.expr):
        receiver = single_stored_value(receiver)  # `self.templates = Templates()`, stored once
    if not (isinstance(receiver, nodes.Call) and isinstance(receiver.func, nodes.Name)):
        return False
    # also `data = build_sim_data()`, the helper returning `SimData(...)`
    return _constructs(receiver, method.parent) or _constructs(
        single_returned_value(receiver.func), method.parent
    )


def _constructs(made: nodes.NodeNG | None, cls: nodes.NodeNG) -> bool:
    """`made` is `Cls(...)` with `Cls` naming `cls` (also another module's class)."""
    return (
        isinstance(made, nodes.Call)
        and isinstance(made.func, nodes.Name)
        and name_definitions(made.func) == [cls]
    )


def plain_or_method_of_self(function: nodes.FunctionDef, call: nodes.Call) -> bool:
    """A function not in a class, or a method called on `self` in a method of its own class
    (`self.file = self.open(path)`): the object's class is the method's, not a subclass
    that the caller could not see."""
    owner = function.parent
    if not isinstance(owner, nodes.ClassDef):
        return True
    if on_exact_instance(call, function):
        return True  # `store.connect()` after `store = Store(...)`
    func = call.func
    caller = call.frame()
    while type(caller) is nodes.Lambda and caller.parent is not None:
        caller = caller.parent.frame()  # a lambda's `self` is its method's
    return (
        isinstance(func, nodes.Attribute)
        and isinstance(func.expr, nodes.Name)
        and func.expr.name == "self"
        and isinstance(caller, nodes.FunctionDef)
        and caller.parent is owner
    )
