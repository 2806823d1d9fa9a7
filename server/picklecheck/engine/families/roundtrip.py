"""State lost in the round trip: pickling works, the copy the child gets is broken.

A class's `__getstate__` leaves an attribute out of the state (or replaces it with None, to
drop a lock), and nothing sets it again when the copy is rebuilt: no `__setstate__`, or one
that restores other names (`state["_key"] = Lock()` for `_lock`, google-auth 1479) or only
some (pypeln 74). The code the child runs then reads the attribute: `AttributeError` for one
left out, `None` used as a lock or an object for one replaced. Only plain shapes are read:
`__getstate__` returning a dict display or a copy of `__dict__` with constant keys removed
(or a tuple or list display, which gives back only what `__setstate__` assigns);
`__setstate__` whose assignments and `__dict__.update(state)` say what it restores (anything
else it does counts as restoring everything).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_build import positional_parameters
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.families.loggers import logger_class_lost
from picklecheck.engine.flow.containers import loop_elements
from picklecheck.engine.flow.project import is_user_node
from picklecheck.engine.flow.state import (
    const_str,
    is_instance_dict,
    returned_dict_copy,
)
from picklecheck.engine.flow.syntax import (
    class_body_value,
    constructed_project_class,
    constructor_arguments,
    is_name,
    is_self,
    own_method,
    own_nodes,
    project_method,
    safe_ancestors,
    self_assigned,
    single_assigned_value,
)
from picklecheck.engine.problem import Problem, step
from picklecheck.engine.tree_memo import remember, remembered


@dataclass(frozen=True)
class Lost:
    """An attribute the class's copies lack after unpickling."""

    cls: nodes.ClassDef
    attribute: str
    nulled: bool  # kept as None rather than left out
    getstate: nodes.NodeNG  # the class's `__getstate__`, or the library base that pickles
    setstate: nodes.FunctionDef | None
    library_base: str | None = None  # `multiprocessing.queues.Queue`, whose state is its own


def lost_attributes(cls: nodes.ClassDef) -> dict[str, Lost]:
    """Attributes `__init__` sets that a copy rebuilt from `__getstate__`'s state lacks or
    holds as None (remembered on the class)."""
    known: dict[str, Lost] | None = remembered(cls, "lost_attributes")
    if known is None:
        known = _lost_attributes(cls)
        remember(cls, "lost_attributes", known)
    return known


# Library classes whose `__getstate__` returns only their own fields and whose `__setstate__`
# sets only those: what a project subclass adds in `__init__` is gone from the copy.
_OWN_STATE_BASES = frozenset(
    {"multiprocessing.queues.Queue", "multiprocessing.queues.JoinableQueue"}
)


def _library_base_lost(cls: nodes.ClassDef) -> dict[str, Lost]:
    """A project subclass of `multiprocessing.queues.Queue` adding `self.size = ...` in its
    `__init__`: the queue pickles (when a child is spawned) as its own fields only, so the
    child's copy has no `size` (gazouilloire 71)."""
    if any(project_method(cls, name) for name in ("__getstate__", "__setstate__", "__reduce__")):
        return {}
    bases = [b for b in safe_ancestors(cls) if b.qname() in _OWN_STATE_BASES]
    if not bases:
        return {}
    anchor = next((b for b in cls.bases), cls)
    lost: dict[str, Lost] = {}
    for attribute in _init_attributes(cls):
        if not _class_level(cls, attribute):
            lost[attribute] = Lost(cls, attribute, False, anchor, None, bases[0].qname())
    return lost


def _lost_attributes(cls: nodes.ClassDef) -> dict[str, Lost]:
    from_base = _library_base_lost(cls)
    if from_base:
        return from_base
    getstate = project_method(cls, "__getstate__")
    setstate = project_method(cls, "__setstate__")
    state = _state(getstate, setstate is not None, cls) if getstate is not None else None
    if getstate is None or state is None:
        return {}
    kept, dropped, nulled = state
    restored = _restored(setstate, cls) if setstate is not None else (frozenset(), True)
    if restored is None:
        return {}
    assigned, whole_state = restored
    lost: dict[str, Lost] = {}
    for attribute in _init_attributes(cls):
        if attribute in assigned or _class_level(cls, attribute):
            continue
        in_state = attribute not in dropped if kept is None else attribute in kept
        if in_state and whole_state and attribute not in nulled:
            continue
        lost[attribute] = Lost(cls, attribute, in_state, getstate, setstate)
    return lost


def _state(
    getstate: nodes.FunctionDef, restored_by_setstate: bool, cls: nodes.ClassDef
) -> tuple[frozenset[str] | None, frozenset[str], frozenset[str]] | None:
    """(kept keys or None for all of `__dict__`, keys left out, keys set to None) of the one
    state `__getstate__` returns; None when its shape is not a plain one. A tuple or list
    display keeps no attribute by name: only what `__setstate__` assigns comes back
    (zarr-python 2752)."""
    returns = [r.value for r in own_nodes(getstate, nodes.Return)]
    if len(returns) != 1 or returns[0] is None:
        return None
    returned = returns[0]
    if isinstance(returned, (nodes.Tuple, nodes.List)):
        return (frozenset(), frozenset(), frozenset()) if restored_by_setstate else None
    if isinstance(returned, nodes.Dict):
        keys = [const_str(key) for key, _value in returned.items]
        if any(key is None for key in keys):
            return None
        nulled = {
            str(const_str(key))
            for key, value in returned.items
            if isinstance(value, nodes.Const) and value.value is None
        }
        return frozenset(k for k in keys if k is not None), frozenset(), frozenset(nulled)
    if isinstance(returned, nodes.DictComp):
        listed = _listed_keys(returned, cls)
        return (listed, frozenset(), frozenset()) if listed is not None else None
    if is_instance_dict(returned):
        return None, frozenset(), frozenset()
    state = returned_dict_copy(getstate, returned)
    return _removed(getstate, state) if state is not None else None


def _listed_keys(state: nodes.DictComp, cls: nodes.ClassDef) -> frozenset[str] | None:
    """`{attr: getattr(self, attr, None) for attr in self.__attrs__}` (requests' Session and
    HTTPAdapter): the names the class of the instance lists, which a subclass's own
    attributes are not among unless it lists them too."""
    if len(state.generators) != 1:
        return None
    loop = state.generators[0]
    if loop.ifs or not isinstance(loop.target, nodes.AssignName):
        return None
    if not is_name(state.key, loop.target.name):
        return None
    listing = loop.iter
    if not (isinstance(listing, nodes.Attribute) and is_self(listing.expr)):
        return None
    bound = class_body_value(cls, str(listing.attrname))
    return _names_listed(bound[0] if bound is not None else None, 3)


def _names_listed(value: nodes.NodeNG | None, hops: int) -> frozenset[str] | None:
    """The strings of a class attribute's display, also `Base.__attrs__ + ["cache"]`."""
    if isinstance(value, (nodes.List, nodes.Tuple)):
        names = [const_str(item) for item in value.elts]
        return frozenset(n for n in names if n is not None) if None not in names else None
    if isinstance(value, nodes.BinOp) and value.op == "+" and hops > 0:
        left = _names_listed(_class_attribute(value.left), hops - 1)
        right = _names_listed(_class_attribute(value.right), hops - 1)
        return left | right if left is not None and right is not None else None
    return None


def _class_attribute(side: nodes.NodeNG) -> nodes.NodeNG | None:
    """A display as it is, or what the body of a project class binds: `Base.__attrs__`."""
    if isinstance(side, nodes.Attribute) and isinstance(side.expr, nodes.Name):
        found = lookup(side.expr, side.expr.name)
        cls = found[0] if len(found) == 1 else None
        bound = (
            class_body_value(cls, str(side.attrname)) if isinstance(cls, nodes.ClassDef) else None
        )
        return bound[0] if bound is not None else None
    return side


def _removed(
    getstate: nodes.FunctionDef, state: str
) -> tuple[None, frozenset[str], frozenset[str]] | None:
    dropped: set[str] = set()
    nulled: set[str] = set()
    for node in own_nodes(getstate, (nodes.Call, nodes.Delete, nodes.Assign)):
        if isinstance(node, nodes.Call):
            func = node.func
            if isinstance(func, nodes.Attribute) and is_name(func.expr, state):
                if func.attrname != "pop":
                    return None  # `state.update(...)` and the like: not a plain shape
                key = const_str(node.args[0]) if node.args else None
                if key is None:
                    return None
                dropped.add(key)
            continue
        targets = node.targets
        subscripts = [t for t in targets if isinstance(t, nodes.Subscript)]
        subscripts = [t for t in subscripts if is_name(t.value, state)]
        if not subscripts:
            continue
        keys = [const_str(t.slice) for t in subscripts]
        if any(key is None for key in keys):
            return None
        if isinstance(node, nodes.Delete):
            dropped.update(k for k in keys if k is not None)
        elif isinstance(node.value, nodes.Const) and node.value.value is None:
            nulled.update(k for k in keys if k is not None)
        else:
            return None  # a replacement value: what it is decides, not read here
    return None, frozenset(dropped), frozenset(nulled)


def _restored(
    setstate: nodes.FunctionDef, cls: nodes.ClassDef
) -> tuple[frozenset[str], bool] | None:
    """(attributes `__setstate__` assigns, whether it restores the whole state); None when it
    does what is not read here."""
    parameters = [a.name for a in positional_parameters(setstate)]
    state = parameters[1] if len(parameters) > 1 else None
    assigned: set[str] = set()
    whole = False
    for node in own_nodes(setstate, (nodes.AssignAttr, nodes.Call, nodes.Assign)):
        if isinstance(node, nodes.AssignAttr):
            if is_self(node.expr) and node.attrname == "__dict__":
                whole = True
            elif is_self(node.expr):
                assigned.add(str(node.attrname))
            continue
        if isinstance(node, nodes.Assign):  # `state["_lock"] = Lock()` before an update
            assigned |= {
                key
                for t in node.targets
                if isinstance(t, nodes.Subscript) and state and is_name(t.value, state)
                if (key := const_str(t.slice)) is not None
            }
            continue
        func = node.func
        if (
            isinstance(func, nodes.Attribute)
            and func.attrname == "update"
            and _is_own_dict(func.expr)
        ):
            if not (len(node.args) == 1 and state and is_name(node.args[0], state)):
                return None  # `update(type(self)(*args).__dict__)`: a rebuilt object's
            whole = True
            continue
        if _sets_each_item(node, state):
            whole = True  # `for attr, value in state.items(): setattr(self, attr, value)`
            continue
        if _opaque(node, state):
            return None
        if isinstance(func, nodes.Attribute) and is_self(func.expr):
            called = project_method(cls, str(func.attrname))
            if called is not None:
                assigned |= {
                    str(a.attrname) for a in own_nodes(called, nodes.AssignAttr) if is_self(a.expr)
                }
    return frozenset(assigned), whole


def _is_own_dict(node: nodes.NodeNG) -> bool:
    """`self.__dict__` or `vars(self)`."""
    return is_instance_dict(node) or (isinstance(node, nodes.Call) and is_name(node.func, "vars"))


def _sets_each_item(call: nodes.Call, state: str | None) -> bool:
    """`setattr(self, attr, value)` in `for attr, value in state.items()`, or that loop's
    `state.items()` itself: every entry of the state comes back, no more."""
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname == "items" and state:
        return is_name(func.expr, state) and isinstance(call.parent, nodes.For)
    loop = call.parent.parent if isinstance(call.parent, nodes.Expr) else None
    if not (is_name(func, "setattr") and len(call.args) == 3 and isinstance(loop, nodes.For)):
        return False
    iterated = loop.iter
    target = loop.target
    return (
        is_self(call.args[0])
        and isinstance(iterated, nodes.Call)
        and isinstance(iterated.func, nodes.Attribute)
        and iterated.func.attrname == "items"
        and state is not None
        and is_name(iterated.func.expr, state)
        and isinstance(target, nodes.Tuple)
        and [e.as_string() for e in target.elts] == [a.as_string() for a in call.args[1:]]
    )


def _opaque(call: nodes.Call, state: str | None) -> bool:
    """A call that may restore anything: `setattr`, `super().__setstate__(state)`,
    `self.__init__(...)`, or one the state itself is handed to."""
    func = call.func
    name = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")
    if name in ("setattr", "__setattr__", "__setstate__", "__init__"):
        return True
    arguments = [*call.args, *(k.value for k in call.keywords or [])]
    return state is not None and any(is_name(a, state) for a in arguments) and name != "update"


def _init_attributes(cls: nodes.ClassDef) -> list[str]:
    """Attributes the project's `__init__` (the class's, or its bases') sets on `self`."""
    found: dict[str, None] = {}
    for klass in [cls, *safe_ancestors(cls)]:
        init = own_method(klass, "__init__") if is_user_node(klass) else None
        if init is not None:
            stores = [a for a in own_nodes(init, nodes.AssignAttr) if is_self(a.expr)]
            found.update((str(a.attrname), None) for a in stores)
    return list(found)


def _class_level(cls: nodes.ClassDef, attribute: str) -> bool:
    """A class attribute of that name: a copy without it reads the class's."""
    return any(
        attribute in klass.locals and not isinstance(klass.locals[attribute][0], nodes.AssignAttr)
        for klass in [cls, *safe_ancestors(cls)]
    )


def failing_read(
    method: nodes.FunctionDef, lost: dict[str, Lost], hops: int = 2
) -> tuple[nodes.Attribute, Lost] | None:
    """A read of a lost attribute by `method`, or by a method of its class it calls on `self`
    (`hops` deep), that fails on the copy: any read of one left out, a use as an object (`with
    self._lock`, `self._lock.acquire()`, a call, an item) of one replaced by None. Reads after
    the method sets the attribute itself are not counted (nor `if self._lock:` for one kept as
    None: a test, not a use)."""
    cls = method.parent
    if not isinstance(cls, nodes.ClassDef):
        return None
    sets = {str(a.attrname) for a in own_nodes(method, nodes.AssignAttr) if is_self(a.expr)}
    sets |= _set_by_called_methods(method, cls)  # `if self.client is None: self._load()`
    for attribute in own_nodes(method, nodes.Attribute):
        if not (is_self(attribute.expr) and attribute.attrname in lost):
            continue
        if attribute.attrname in sets:
            continue
        found = lost[attribute.attrname]
        if not found.nulled or _used_as_object(attribute):
            return attribute, found
    if hops <= 0:
        return None
    for call in own_nodes(method, nodes.Call):
        func = call.func
        if not isinstance(func, nodes.Attribute):
            continue
        called = _called_on_self(call, cls, method)
        if called is not None:
            inner = failing_read(called, lost, hops - 1)
            if inner is not None:
                return inner
        elif isinstance(func.expr, nodes.Attribute) and is_self(func.expr.expr):
            inner = _through_kept_object(cls, func.expr, func.attrname, hops)
            if inner is not None:
                return inner
    return None


def _set_by_called_methods(method: nodes.FunctionDef, cls: nodes.ClassDef) -> set[str]:
    """Attributes the methods `method` calls on `self` set (a lazy loader rebuilding one)."""
    found: set[str] = set()
    for call in own_nodes(method, nodes.Call):
        called = _called_on_self(call, cls, method)
        found |= self_assigned(called) if called is not None else set()
    return found


def _called_on_self(
    call: nodes.Call, cls: nodes.ClassDef, method: nodes.FunctionDef
) -> nodes.FunctionDef | None:
    """The method of `cls` that `call`, a `self.<name>(...)` in `method`, runs (not `method`)."""
    func = call.func
    if not (isinstance(func, nodes.Attribute) and is_self(func.expr)):
        return None
    called = project_method(cls, str(func.attrname))
    return called if called is not method else None


def _through_kept_object(
    cls: nodes.ClassDef, read: nodes.Attribute, method_name: str, hops: int
) -> tuple[nodes.Attribute, Lost] | None:
    """`self.refresher.start(...)` where `__init__` set `self.refresher = Refresher()`, or
    stored a parameter every construction passes such an object for (`IBMQJob(id, session)`
    with `session = RetrySession(...)`), a project class whose copies lose what `start`
    reads."""
    held = _kept_instance_class(cls, str(read.attrname)) or _passed_instance_class(read)
    method = project_method(held, method_name) if held is not None else None
    if held is None or method is None:
        return None
    return failing_read(method, lost_attributes(held), hops - 1)


def _kept_instance_class(cls: nodes.ClassDef, attribute: str) -> nodes.ClassDef | None:
    init = own_method(cls, "__init__")
    stores = [
        a.parent.value
        for a in (own_nodes(init, nodes.AssignAttr) if init is not None else [])
        if is_self(a.expr) and a.attrname == attribute and isinstance(a.parent, nodes.Assign)
    ]
    return constructed_project_class(stores[0]) if len(stores) == 1 else None


def _passed_instance_class(read: nodes.Attribute) -> nodes.ClassDef | None:
    """The project class of the object each construction passes for the `__init__`
    parameter `self.<attr>` keeps (one class for all of them)."""
    classes = set()
    for passed in constructor_arguments(read):
        made = single_assigned_value(passed) if isinstance(passed, nodes.Name) else passed
        held = constructed_project_class(made)
        if held is None:
            return None
        classes.add(held)
    return classes.pop() if len(classes) == 1 else None


def _used_as_object(attribute: nodes.Attribute) -> bool:
    parent = attribute.parent
    if isinstance(parent, nodes.With):
        return any(item is attribute for item, _var in parent.items)
    if isinstance(parent, nodes.Attribute):
        return True
    if isinstance(parent, nodes.Call) and parent.func is attribute:
        return True
    if isinstance(parent, nodes.Subscript) and parent.value is attribute:
        return True
    return isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.iter is attribute


def lost_state_problem(read: nodes.Attribute, found: Lost, *, holder: nodes.ClassDef) -> Problem:
    """PKL015 for a read of `found` in code the child runs on the copy of a `holder`."""
    name, attribute = found.cls.name, found.attribute
    if found.library_base is not None:
        what = f"`{name}`, whose `{found.library_base}` base pickles only its own state"
        error = f"AttributeError: '{name}' object has no attribute '{attribute}'"
        how = f"`{found.library_base}.__getstate__` keeps its own fields, not `{attribute}`"
    elif found.nulled:
        what = f"`{name}`, whose `__getstate__` replaces `{attribute}` with None"
        error = _none_error(read)
        how = f"`__getstate__` keeps `{attribute}` only as None"
    else:
        what = f"`{name}`, whose `__getstate__` leaves `{attribute}` out"
        error = f"AttributeError: '{name}' object has no attribute '{attribute}'"
        how = f"`__getstate__` leaves `{attribute}` out of the state"
    rebuilt = (
        (found.setstate, f"`__setstate__` does not set `{attribute}` again")
        if found.setstate is not None
        else (found.cls, f"`{name}` has no `__setstate__`: the copy gets the state as it is")
        if found.library_base is None
        else (found.cls, f"`{name}` leaves rebuilding to its base, which sets its own fields")
    )
    chain = (
        step(found.getstate, how),
        step(*rebuilt),
        step(read, f"the copy in the child reads `self.{attribute}` here"),
    )
    if holder is not found.cls:
        what = f"an instance of `{holder.name}` holding a {what}"
    else:
        what = f"an instance of {what}"
    return Problem(rules.PKL015.code, what, error, kb.ALWAYS, chain)


def _none_error(read: nodes.Attribute) -> str:
    parent = read.parent
    if isinstance(parent, nodes.With):
        return "TypeError: 'NoneType' object does not support the context manager protocol"
    if isinstance(parent, nodes.Attribute):
        return f"AttributeError: 'NoneType' object has no attribute '{parent.attrname}'"
    if isinstance(parent, nodes.Call):
        return "TypeError: 'NoneType' object is not callable"
    if isinstance(parent, nodes.Subscript):
        return "TypeError: 'NoneType' object is not subscriptable"
    return "TypeError: 'NoneType' object is not iterable"


ClassesOf = Callable[[nodes.NodeNG], list[nodes.ClassDef]]


def bound_method_problem(expr: nodes.NodeNG, classes_of: ClassesOf) -> Problem | None:
    """`pool.map(report.score, ...)`: the child runs `score` on its copy of `report`."""
    if not isinstance(expr, nodes.Attribute):
        return None
    for cls in classes_of(expr.expr):
        method = project_method(cls, str(expr.attrname))
        found = failing_read(method, lost_attributes(cls)) if method is not None else None
        if found is not None:
            problem = lost_state_problem(*found, holder=cls)
            return replace(problem, what=f"a bound method of {problem.what}")
        logger = logger_class_lost(cls, method) if method is not None else None
        if logger is not None:
            return replace(logger, what=f"a bound method of an object holding {logger.what}")
    return None


def passed_object_problem(
    expr: nodes.NodeNG, worker: nodes.FunctionDef, classes_of: ClassesOf
) -> Problem | None:
    """An object among the task's arguments whose method the worker calls on a parameter
    (`creds.before_request(...)`): the child runs it on its copy."""
    called = _parameter_method_calls(worker)
    if not called:
        return None
    for site, candidate in _candidates(expr):
        for cls in classes_of(candidate):
            for name in called:
                method = project_method(cls, name)
                found = failing_read(method, lost_attributes(cls)) if method is not None else None
                if found is not None:
                    return replace(lost_state_problem(*found, holder=cls), site=site)
    return None


def _parameter_method_calls(worker: nodes.FunctionDef) -> list[str]:
    """Methods the worker calls on a parameter, or on a name unpacked from one (`session, url
    = args` of a pool task's tuple)."""
    parameters = {a.name for a in positional_parameters(worker)}
    for assign in own_nodes(worker, nodes.Assign):
        target = assign.targets[0] if len(assign.targets) == 1 else None
        value = assign.value
        if (
            isinstance(target, nodes.Tuple)
            and isinstance(value, nodes.Name)
            and value.name in parameters
        ):
            parameters |= {str(e.name) for e in target.elts if isinstance(e, nodes.AssignName)}
    return list(
        dict.fromkeys(
            str(call.func.attrname)
            for call in own_nodes(worker, nodes.Call)
            if isinstance(call.func, nodes.Attribute)
            and isinstance(call.func.expr, nodes.Name)
            and call.func.expr.name in parameters
        )
    )


def _candidates(expr: nodes.NodeNG) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(where it is passed, a value it may be) for the values a task's arguments hold: tuple
    and list elements, a comprehension's, and what a loop variable takes from a list it
    iterates (`for s in stores` with `stores = [ZipStore(p) for p in paths]`)."""
    if isinstance(expr, (nodes.Tuple, nodes.List)):
        return [c for element in expr.elts for c in _candidates(element)]
    if isinstance(expr, (nodes.ListComp, nodes.GeneratorExp)):
        return _candidates(expr.elt)
    # what may be an instance; a literal, an f-string or arithmetic is not inferred
    if not isinstance(expr, (nodes.Name, nodes.Attribute, nodes.Call)):
        return []
    return [(expr, expr), *((expr, element) for element in loop_elements(expr))]
