"""What a boundary call is: the values it pickles, with which pickler, under which start methods.

Shared by the standard-library sinks (`sinks.py`) and the library providers (`providers/`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.syntax import (
    assigned_value,
    context_manager_function,
    own_nodes,
    self_attribute_stores,
    single_assigned_value,
    syntactic_names,
    with_item,
)
from picklecheck.engine.model import ALL_START_METHODS, StartMethod
from picklecheck.engine.providers.picklers import Pickler


@dataclass(frozen=True)
class Pickled:
    """One value a boundary call pickles."""

    role: str  # "the worker function", "each task item"
    expr: nodes.NodeNG
    # "value"; "items": each item of it; "worker": what the function returns or raises;
    # "batch": what a dataset's `__getitem__` returns
    mode: str
    methods: frozenset[StartMethod]  # start methods under which this value is pickled
    inheritance_ok: bool = False  # multiprocessing primitives may pass here (spawning a child)
    note: str = ""  # what the failure looks like, when the call's own note does not say it
    # The same value read again where it is pickled (`worker` of `worker.start()` after
    # `worker = Worker()`): what was put into it in between is judged there.
    then: nodes.NodeNG | None = None


@dataclass
class SinkCall:
    call: nodes.Call
    sink: str  # qualified name of the boundary, e.g. "multiprocessing.pool.Pool.starmap"
    label: str  # short name for messages, e.g. "Pool.starmap"
    receiver: nodes.NodeNG | None  # pool/executor/process expression, for start methods
    pickled: list[Pickled] = field(default_factory=list)
    note: str = ""
    pickler: Pickler = Pickler.PICKLE  # what serialises the values (see providers/picklers.py)
    # A start method the library always uses whatever the platform's default (torch's
    # `spawn()`, joblib's loky workers); None leaves it to the receiver and the configuration.
    start_method: StartMethod | None = None
    # The platforms on which the call is a boundary at all (`num_workers=4 if sys.platform ==
    # "linux" else 0`); None: every platform.
    platforms: frozenset[str] | None = None
    # The library sends a worker's exception as its class, args and `__dict__`, rebuilt without
    # calling `__init__`, or as its own error when those do not pickle (mpire): whatever the
    # worker raises reaches the caller as an exception.
    rebuilds_exceptions: bool = False


def add_task(
    sink: SinkCall,
    function: nodes.NodeNG,
    arguments: Sequence[nodes.NodeNG] = (),
    items: Sequence[nodes.NodeNG] = (),
) -> None:
    """One task of a pool or executor: its worker function (and the result coming back), its
    arguments, and the iterables each item of which is a task; all under every start method."""
    every = ALL_START_METHODS
    sink.pickled.append(Pickled("the worker function", function, "value", every))
    sink.pickled.append(Pickled("the worker's result", function, "worker", every))
    for value in arguments:
        # `submit(f, *args)`: the tuple `args` is pickled, each of its items with it
        value = value.value if isinstance(value, nodes.Starred) else value
        sink.pickled.append(Pickled("a task argument", value, "value", every))
    for iterable in items:
        sink.pickled.append(Pickled("each task item", iterable, "items", every))


def argument(call: nodes.Call, index: int, keyword: str) -> nodes.NodeNG | None:
    """The expression passed as positional `index` or as `keyword=`; None when unknown."""
    for kw in call.keywords or []:
        if kw.arg == keyword:
            return kw.value
    positional = [a for a in call.args if not isinstance(a, nodes.Starred)]
    if len(positional) == len(call.args) and index < len(positional):
        return positional[index]
    return None


def keyword_value(call: nodes.Call, keyword: str) -> nodes.NodeNG | None:
    return next((kw.value for kw in call.keywords or [] if kw.arg == keyword), None)


def creating_call(receiver: nodes.NodeNG) -> nodes.Call | None:
    """The call that made `receiver`: the call itself, or the one a name was bound to once
    (`p = Pool()`, `with Pool() as p`)."""
    if isinstance(receiver, nodes.Call):
        return receiver
    if isinstance(receiver, nodes.Attribute):
        return _attribute_creation(receiver)
    if not isinstance(receiver, nodes.Name):
        return None
    definitions = lookup(receiver, receiver.name)
    if len(definitions) != 1:
        return None
    value, _note = assigned_value(definitions[0])
    if value is None:
        return _yielded_creation(definitions[0])
    return value if isinstance(value, nodes.Call) else None


def _yielded_creation(target: nodes.NodeNG) -> nodes.Call | None:
    """`with parallel(2) as pool` where `parallel` is a `@contextmanager` generator whose one
    `yield` gives a call's result (`yield Pool(n)`), or a name it binds once to one there
    (`with Pool(n) as _pool: yield _pool`, also a `global` it fills)."""
    item = with_item(target)
    function = context_manager_function(item) if item is not None else None
    yields = list(own_nodes(function, nodes.Yield)) if function is not None else []
    if function is None or len(yields) != 1:
        return None
    given = yields[0].value
    if isinstance(given, nodes.Call):
        return given
    if not isinstance(given, nodes.Name):
        return None
    made = [
        value
        for bound in own_nodes(function, nodes.AssignName)
        if bound.name == given.name
        for value in [assigned_value(bound)[0]]
        if not (isinstance(value, nodes.Const) and value.value is None)  # reset after use
    ]
    return made[0] if len(made) == 1 and isinstance(made[0], nodes.Call) else None


def _attribute_creation(receiver: nodes.Attribute) -> nodes.Call | None:
    """`self.pool` in a method of a class whose one store to it that is not `None` is
    `self.pool = Pool(...)` (made at once, or lazily); with `None` only, the one
    `obj.pool = Pool(...)` of the module on an object of the class (set from outside)."""
    method = receiver.frame()
    owner = method.parent if isinstance(method, nodes.FunctionDef) else None
    arguments = method.args.args if isinstance(method, nodes.FunctionDef) else []
    if not isinstance(owner, nodes.ClassDef) or not arguments:
        return None
    if not (isinstance(receiver.expr, nodes.Name) and receiver.expr.name == arguments[0].name):
        return None
    attr = str(receiver.attrname)
    stores = self_attribute_stores(owner, attr)
    made = [v for v in stores if not (isinstance(v, nodes.Const) and v.value is None)]
    if not made:
        made = _set_from_outside(owner, attr) if stores else []
    return made[0] if len(made) == 1 and isinstance(made[0], nodes.Call) else None


def _set_from_outside(owner: nodes.ClassDef, attr: str) -> list[nodes.NodeNG | None]:
    """`bank.executor = ProcessPoolExecutor()` in the class's module, on a name bound once to
    `Owner(...)`."""
    found: list[nodes.NodeNG | None] = []
    for target in owner.root().nodes_of_class(nodes.AssignAttr):
        if target.attrname != attr or not isinstance(target.expr, nodes.Name):
            continue
        if target.expr.name == "self":
            continue
        value = single_assigned_value(target.expr)
        if not (
            isinstance(value, nodes.Call)
            and isinstance(value.func, nodes.Name)
            and lookup(value.func, value.func.name) == [owner]
        ):
            continue
        found.append(target.parent.value if isinstance(target.parent, nodes.Assign) else None)
    return found


def called_as(call: nodes.Call, names: frozenset[str]) -> bool:
    """Whether the callee is one of `names`, read from the file's imports."""
    return bool(syntactic_names(call.func) & names)


def literal(node: nodes.NodeNG | None) -> object:
    """The value of a constant, also through a name bound once to one; `...` when unknown."""
    if isinstance(node, nodes.Name):
        value = single_assigned_value(node)
        node = value if isinstance(value, nodes.Const) else None
    return node.value if isinstance(node, nodes.Const) else ...
