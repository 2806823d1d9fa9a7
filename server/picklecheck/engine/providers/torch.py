"""PyTorch: `torch.multiprocessing` and `torch.utils.data.DataLoader` workers.

- `torch.multiprocessing` re-exports multiprocessing (same sinks, same pickler; tensors are
  moved to shared memory by its reducers, which pickle fine), so it is a mirror.
- `torch.multiprocessing.spawn(fn, args=...)` (and `start_processes`) always starts its
  processes with spawn unless `start_method=` says otherwise: `fn` and `args` are pickled.
- `DataLoader(dataset, num_workers=N)` with N > 0 starts N worker processes when iterated; under
  spawn and forkserver each one receives the dataset, `collate_fn` and `worker_init_fn`
  pickled (the "Can't pickle local object" of macOS and Windows). `num_workers` absent or 0
  loads in the parent: no boundary. `multiprocessing_context=` pins the start method. Each
  batch comes back pickled under every start method: with a `collate_fn`, what it returns (or
  the dataset's `__getitem__` results, when it passes them through) must pickle.

Names resolve from the imports: torch need not be installed, and its trees are never built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.astroid_facade import Facade, call_name, called_names, lookup
from picklecheck.engine.boundary import (
    Pickled,
    SinkCall,
    argument,
    called_as,
    creating_call,
    keyword_value,
    literal,
)
from picklecheck.engine.flow.platforms import EVERY, platforms_where
from picklecheck.engine.flow.project import named_function, single_returned_value
from picklecheck.engine.flow.syntax import (
    arguments_for,
    assigned_value,
    bind_arguments,
    called_init,
    calls_by_name,
    constant_value,
    construction_sites,
    is_name,
    own_nodes,
    parameter_default,
    parameter_named,
    reads_of_assigned_name,
    single_assigned_value,
    single_assignment,
    syntactic_names,
)
from picklecheck.engine.model import StartMethod
from picklecheck.engine.providers.base import Provider
from picklecheck.engine.providers.picklers import Pickler
from picklecheck.engine.tree_memo import nodes_in

MENTIONS = ("torch", "DataLoader")
MIRRORS = ("torch.multiprocessing",)
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("DataLoader", "spawn", "start_processes")

_SPAWN = frozenset(
    {
        "torch.multiprocessing.spawn",
        "torch.multiprocessing.spawn.spawn",
        "torch.multiprocessing.start_processes",
        "torch.multiprocessing.spawn.start_processes",
    }
)
# Positions in DataLoader(dataset, batch_size, shuffle, sampler, batch_sampler, num_workers,
# collate_fn, pin_memory, drop_last, timeout, worker_init_fn, multiprocessing_context, ...)
_WORKER_VALUES = ((0, "dataset", "the dataset"), (6, "collate_fn", "the collate_fn"))
_WORKER_INIT = (10, "worker_init_fn", "the worker_init_fn")
_CALLED = frozenset({"DataLoader", "spawn", "start_processes"})


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    called = called_names(module)
    loaders_made = "DataLoader" in module.locals and bool(called & {"__init__", "partial"})
    if not called & _CALLED and not loaders_made:
        return  # the cheap test first
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        name = call_name(call.func)
        if name == "DataLoader" and called_as(call, kb.LOADER_CLASSES):
            sink = _dataloader_sink(call)
            if sink is not None:
                yield sink
        elif name in ("spawn", "start_processes") and called_as(call, _SPAWN):
            yield _spawn_sink(call, name)
        elif name == "__init__":
            sink = _subclass_sink(call)
            if sink is not None:
                yield sink
        elif isinstance(call.func, nodes.Name) and loaders_made:
            sink = _partial_loader_sink(call)
            if sink is not None:
                yield sink


def _dataloader_sink(call: nodes.Call) -> SinkCall | None:
    unpacked = _unpacked_keywords(call)
    if unpacked.get("num_workers") is _UNKNOWN and argument(call, 5, "num_workers") is None:
        return None  # a `**options` of unknown contents may hold any num_workers
    given = _given_in(call, unpacked)
    workers = given(5, "num_workers")
    platforms = _platforms_with_workers(workers)
    if platforms is not None:
        if not platforms or _never_used(call):
            return None
        sink = _loader_sink(call, given)
        sink.platforms = platforms
        return sink
    if _no_workers(workers) or _never_used(call):
        return None  # loads in this process (or never loads at all)
    return _loader_sink(call, given)


_PARTIAL = frozenset({"functools.partial"})


def _partial_loader_sink(call: nodes.Call) -> SinkCall | None:
    """`make_loader(dataset)` of `make_loader = partial(DataLoader, num_workers=2, ...)`:
    the loader made with the partial's keywords and the call's arguments (DeblurGANv2 44)."""
    made = single_assigned_value(call.func)
    if not (
        isinstance(made, nodes.Call)
        and called_as(made, _PARTIAL)
        and len(made.args) == 1
        and _called_as_loader(made.args[0])
        and not any(k.arg is None for k in made.keywords or [])
    ):
        return None
    fixed = {k.arg: k.value for k in made.keywords or []}

    def given(index: int, keyword: str) -> nodes.NodeNG | None:
        return argument(call, index, keyword) or fixed.get(keyword)

    workers = given(5, "num_workers")
    if workers is None or _no_workers(workers) or _never_used(call):
        return None
    return _loader_sink(call, given)


def _called_as_loader(func: nodes.NodeNG) -> bool:
    return bool(syntactic_names(func) & kb.LOADER_CLASSES)


def _platforms_with_workers(workers: nodes.NodeNG | None) -> frozenset[str] | None:
    """`4 if sys.platform == "linux" else 0` (also through a name bound once to it): the
    platforms on which the loader starts workers; None when the count does not depend on the
    platform that way."""
    if isinstance(workers, nodes.Name):
        definitions = lookup(workers, workers.name)
        if len(definitions) == 1 and isinstance(definitions[0], nodes.AssignName):
            workers = assigned_value(definitions[0])[0]
    if not isinstance(workers, nodes.IfExp):
        return None
    holds = platforms_where(workers.test)
    if holds is None:
        return None
    with_workers: frozenset[str] = frozenset()
    if not _no_workers(workers.body):
        with_workers |= holds
    if not _no_workers(workers.orelse):
        with_workers |= EVERY - holds
    return with_workers


def _given_in(
    call: nodes.Call, unpacked: dict[str, nodes.NodeNG]
) -> Callable[[int, str], nodes.NodeNG | None]:
    def given(index: int, keyword: str) -> nodes.NodeNG | None:
        value = argument(call, index, keyword)
        if value is None:
            value = unpacked.get(keyword)
        return None if value is _UNKNOWN else value

    return given


def _subclass_sink(call: nodes.Call) -> SinkCall | None:
    """`super().__init__(dataset, collate_fn=lambda b: b, **kwargs)` in a DataLoader subclass
    (pytorch_geometric's DataListLoader), or in a subclass of one whose `__init__` hands its
    parameters on (pytorch-meta's BatchMetaDataLoader): a loader with workers when one of the
    class's constructions (in its module, else in the project modules importing it) passes a
    number of workers, through a parameter or `**kwargs`."""
    init = call.scope()
    owner = init.parent
    if not (
        _is_super_init(call)
        and isinstance(init, nodes.FunctionDef)
        and init.name == "__init__"
        and isinstance(owner, nodes.ClassDef)
    ):
        return None
    given = _loader_arguments(call, owner)
    if given is None:
        return None
    workers = given(5, "num_workers")
    if workers is not None and not _parameter_of(workers, init):
        return None if _no_workers(workers) else _loader_sink(call, given)
    passed = [_passed_workers(init, site, workers) for site in construction_sites(owner)]
    if not any(value is not None and not _no_workers(value) for value in passed):
        return None
    return _loader_sink(call, given)


def _is_super_init(call: nodes.Call) -> bool:
    func = call.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname == "__init__"
        and isinstance(func.expr, nodes.Call)
        and spelled_name(func.expr.func) == "super"
    )


_Given = Callable[[int, str], nodes.NodeNG | None]


def _loader_arguments(call: nodes.Call, owner: nodes.ClassDef, hops: int = 3) -> _Given | None:
    """What DataLoader's `__init__` receives from `super().__init__(...)` in `owner`: the
    call's own arguments for a direct subclass; through a base of the project whose
    `__init__` passes its parameters on (`collate_fn=collate_fn`), what this call gives for
    them. None when `owner` is no such class."""
    if any(syntactic_names(base) & kb.LOADER_CLASSES for base in owner.bases):
        unpacked = _unpacked_keywords(call)
        return _given_in(call, {k: v for k, v in unpacked.items() if v is not _UNKNOWN})
    found = _base_super_call(call, owner) if hops > 0 else None
    if found is None:
        return None
    base_init, base_call = found
    inner = _loader_arguments(base_call, base_init.parent, hops - 1)
    if inner is None:
        return None
    bound = bind_arguments(base_init, call, None) or {}
    passes_options = bool(base_init.args.kwarg) and any(
        k.arg is None for k in base_call.keywords or []
    )

    def given(index: int, keyword: str) -> nodes.NodeNG | None:
        value = inner(index, keyword)
        if value is None and passes_options:
            return keyword_value(call, keyword)  # carried by the base's `**kwargs`
        if value is not None and _parameter_of(value, base_init):
            entry = bound.get(value.name) if isinstance(value, nodes.Name) else None
            return entry[0] if entry is not None else None
        return value

    return given


def _base_super_call(
    call: nodes.Call, owner: nodes.ClassDef
) -> tuple[nodes.FunctionDef, nodes.Call] | None:
    """The `__init__` of the project base that `call` runs, and that `__init__`'s own
    `super().__init__(...)`."""
    base_init = called_init(call, owner)
    if base_init is None or not isinstance(base_init.parent, nodes.ClassDef):
        return None
    base_call = next((c for c in own_nodes(base_init, nodes.Call) if _is_super_init(c)), None)
    return (base_init, base_call) if base_call is not None else None


def _parameter_of(value: nodes.NodeNG, function: nodes.FunctionDef) -> bool:
    return isinstance(value, nodes.Name) and value.name in {a.name for a in function.args.arguments}


def _passed_workers(
    init: nodes.FunctionDef, site: nodes.Call, workers: nodes.NodeNG | None
) -> nodes.NodeNG | None:
    """What a construction of the subclass gives for the workers: for the parameter the
    `super().__init__` call passes on, or as a `num_workers=` keyword its `**kwargs` takes."""
    bound = bind_arguments(init, site, None) or {}
    name = workers.name if isinstance(workers, nodes.Name) else "num_workers"
    if workers is None and (
        init.args.kwarg is None or "num_workers" in {a.name for a in init.args.arguments}
    ):
        return None
    chosen = bound.get(name)
    return chosen[0] if chosen is not None else None


def _loader_sink(call: nodes.Call, given: Callable[[int, str], nodes.NodeNG | None]) -> SinkCall:
    sink = SinkCall(call, "torch.utils.data.DataLoader", "DataLoader", None)
    sink.note = "each worker process receives its own copy when the loader is iterated"
    sink.start_method = _context_method(given(11, "multiprocessing_context"))
    for index, keyword, role in (*_WORKER_VALUES, _WORKER_INIT):
        value = given(index, keyword)
        if value is not None:
            sink.pickled.append(Pickled(role, value, "value", kb.CHILD_ONLY, True))
    batch_size = given(1, "batch_size")
    unbatched = isinstance(batch_size, nodes.Const) and batch_size.value is None
    sink.pickled += _batches(given(0, "dataset"), given(6, "collate_fn"), unbatched)
    return sink


# The DataLoader keywords a `**options` may carry that decide or are pickled; a key of
# unknown value maps to _UNKNOWN (only num_workers' unknown value gives the loader up: the
# others are then just not judged).
_KEYS = ("dataset", "num_workers", "collate_fn", "worker_init_fn", "multiprocessing_context")
_UNKNOWN = nodes.Const(None)


def _unpacked_keywords(call: nodes.Call) -> dict[str, nodes.NodeNG]:
    """The keywords `**params` passes, where `params` is a dict display or a name bound once
    in the call's function to one (or to `dict(k=v)`), then set by `params["k"] = v` before
    the call (catalyst's `DataLoader(dataset, **loader_params)`); a key of an unknown
    `**options` is _UNKNOWN (a keyword written in the call cannot be among them)."""
    found: dict[str, nodes.NodeNG] = {}
    for keyword in call.keywords or []:
        if keyword.arg is None:
            entries = _dict_entries(keyword.value, call)
            found.update(entries if entries is not None else dict.fromkeys(_KEYS, _UNKNOWN))
    return found


def _dict_entries(
    value: nodes.NodeNG, call: nodes.NodeNG, helpers: int = 2
) -> dict[str, nodes.NodeNG] | None:
    """`call`: where the dict is unpacked (or returned, in a helper building it)."""
    if isinstance(value, nodes.Dict):
        return _display_entries(value)
    if not isinstance(value, nodes.Name):
        return None
    definition = single_assignment(value)
    if definition is None:
        return None
    built = assigned_value(definition)[0]
    if isinstance(built, nodes.Dict):
        entries = _display_entries(built)
    elif isinstance(built, nodes.Call) and spelled_name(built.func) == "dict" and not built.args:
        keywords = built.keywords or []
        if any(k.arg is None for k in keywords):
            return None
        entries = {k.arg: k.value for k in keywords if k.arg in _KEYS}
    elif isinstance(built, nodes.Call) and helpers > 0:
        entries = _helper_entries(built, helpers - 1)
    else:
        return None
    if entries is None:
        return None
    scope = definition.scope()
    if any(
        is_name(a.expr, value.name) and not _update_empty_by_default(a)
        for a in own_nodes(scope, nodes.Attribute)
    ):
        return None  # `params.update(...)`, `.pop(...)`: changed in ways not followed
    for target in own_nodes(scope, nodes.Subscript):
        statement = target.parent
        if not (
            isinstance(statement, nodes.Assign)
            and target in statement.targets
            and isinstance(target.value, nodes.Name)
            and target.value.name == value.name
            and definition.lineno < target.lineno < call.lineno
        ):
            continue
        key = literal(target.slice)
        if not isinstance(key, str):
            return None  # `params[name] = ...`: any key
        if key in _KEYS:
            entries[key] = statement.value
    return entries


def _update_empty_by_default(attribute: nodes.Attribute) -> bool:
    """`params.update((loaders_params or {}).get(name, {}))` (catalyst): an update that adds
    nothing unless a caller elsewhere passes the parameter, judged, like the defaults of a
    public helper's other parameters, by what the function does when called with its
    defaults."""
    call = attribute.parent
    return (
        attribute.attrname == "update"
        and isinstance(call, nodes.Call)
        and call.func is attribute
        and len(call.args) == 1
        and not call.keywords
        and _empty_by_default(call.args[0])
    )


def _empty_by_default(value: nodes.NodeNG) -> bool:
    """`{}`, `options or {}` or `(options or {}).get(key, {})` where `options` is a
    parameter defaulting to None or `{}` that no call of its function in this file passes."""
    if isinstance(value, nodes.Dict):
        return not value.items
    func = value.func if isinstance(value, nodes.Call) else None
    if isinstance(func, nodes.Attribute) and func.attrname == "get":
        assert isinstance(value, nodes.Call)
        return len(value.args) == 2 and all(map(_empty_by_default, (func.expr, value.args[1])))
    if isinstance(value, nodes.BoolOp) and value.op == "or" and len(value.values) == 2:
        return _left_at_empty_default(value.values[0]) and _empty_by_default(value.values[1])
    return False


def _left_at_empty_default(name: nodes.NodeNG) -> bool:
    parameter = parameter_named(name)
    if parameter is None:
        return False
    default = parameter_default(parameter)
    empty = (isinstance(default, nodes.Const) and default.value is None) or (
        isinstance(default, nodes.Dict) and not default.items
    )
    return empty and all(value is default for _call, value in arguments_for(parameter))


def _helper_entries(built: nodes.Call, helpers: int) -> dict[str, nodes.NodeNG] | None:
    """`params = loader_params(cfg)`: the dict a project function builds and returns once."""
    helper = named_function(built.func)
    if helper is None or helper.is_generator():
        return None
    returns = list(own_nodes(helper, nodes.Return))
    if len(returns) != 1 or returns[0].value is None:
        return None
    return _dict_entries(returns[0].value, returns[0], helpers)


def _display_entries(display: nodes.Dict) -> dict[str, nodes.NodeNG] | None:
    """`{"num_workers": n, **kwargs}`: a `**mapping` may set any key later, unless it is the
    function's own `**kwargs`, which never holds a name of the function's parameters."""
    entries: dict[str, nodes.NodeNG] = {}
    for key, item in display.items:
        if isinstance(key, nodes.DictUnpack):
            named = _named_parameters_beside(item)
            entries.update({k: _UNKNOWN for k in _KEYS if k not in named})
            continue
        name = literal(key)
        if not isinstance(name, str):
            return None
        if name in _KEYS:
            entries[name] = item
    return entries


def _named_parameters_beside(mapping: nodes.NodeNG) -> frozenset[str]:
    """The parameter names of the function whose `**kwargs` `mapping` reads, else none."""
    if not isinstance(mapping, nodes.Name):
        return frozenset()
    function = mapping.scope()
    if not isinstance(function, nodes.FunctionDef) or function.args.kwarg != mapping.name:
        return frozenset()
    arguments = function.args
    return frozenset(a.name for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs)


def _no_workers(given: nodes.NodeNG | None) -> bool:
    """`num_workers` absent, or 0/None wherever it comes from: a literal, a parameter every
    call of the function in this file leaves at (or passes) 0, or a field of a namespace built
    with it (`cfg = SimpleNamespace(num_workers=0)`, also by a helper)."""
    if given is None:
        return True
    candidates = _parameter_values(given) or [_namespace_field(given) or given]
    values = [literal(candidate) for candidate in candidates]
    return all(value is None or (isinstance(value, int) and value <= 0) for value in values)


def _parameter_values(name: nodes.NodeNG) -> list[nodes.NodeNG]:
    if not isinstance(name, nodes.Name):
        return []
    definitions = lookup(name, name.name)
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return []
    parameter = definitions[0]
    if not isinstance(parameter.parent, nodes.Arguments):
        return []
    passed = [value for _call, value in arguments_for(parameter)]
    function = parameter.parent.parent
    if not passed and _called_elsewhere(function):
        return []  # the callers of a public function may pass any number of workers
    return passed or [d for d in [parameter_default(parameter)] if d is not None]


def _called_elsewhere(function: nodes.NodeNG) -> bool:
    """A public module-level function its own module never calls: its callers are in other
    modules (catalyst's `get_loaders_from_params(num_workers=0, ...)`)."""
    return (
        isinstance(function, nodes.FunctionDef)
        and isinstance(function.parent, nodes.Module)
        and not function.name.startswith("_")
        and not calls_by_name(function.root()).get(function.name)
    )


def _namespace_field(attribute: nodes.NodeNG) -> nodes.NodeNG | None:
    """`cfg.num_workers` where `cfg` is bound once to `SimpleNamespace(num_workers=...)` (or
    argparse.Namespace), directly or as what a function of the project returns."""
    if not (isinstance(attribute, nodes.Attribute) and isinstance(attribute.expr, nodes.Name)):
        return None
    built = single_assigned_value(attribute.expr)
    if isinstance(built, nodes.Call) and not syntactic_names(built.func) & kb.NAMESPACE_CLASSES:
        built = single_returned_value(built.func)
    if not isinstance(built, nodes.Call) or not syntactic_names(built.func) & kb.NAMESPACE_CLASSES:
        return None
    return next((k.value for k in built.keywords or [] if k.arg == attribute.attrname), None)


def _batches(
    dataset: nodes.NodeNG | None, collate: nodes.NodeNG | None, unbatched: bool = False
) -> list[Pickled]:
    """Each batch a worker makes is pickled back to the loader, whatever the start method.
    Without `collate_fn`, torch's default collation turns items into tensors (and rejects
    what it cannot: an error of its own, not pickling's), so only a given `collate_fn`'s
    batch is judged: the dataset's items when it passes them through, else what it returns.
    With `batch_size=None` (`unbatched`) the default only converts arrays: every other item
    comes back as it is."""
    if collate is None and unbatched and dataset is not None:
        return [Pickled("each dataset item", dataset, "batch", kb.ALWAYS, note=_LOST_BATCH)]
    if collate is None:
        return []
    if dataset is not None and _passes_items_through(collate):
        role, value, mode = "each batch of dataset items", dataset, "batch"
    else:
        role, value, mode = "each collated batch", collate, "worker"
    return [Pickled(role, value, mode, kb.ALWAYS, note=_LOST_BATCH)]


_LOST_BATCH = (
    "the worker's queue thread prints the error and drops the batch: iterating the loader "
    "then waits forever, unless it has a timeout"
)


def _passes_items_through(collate: nodes.NodeNG) -> bool:
    """`lambda batch: batch`, or a module function returning its parameter, `list(batch)` or
    `tuple(batch)` on every path."""
    function: nodes.NodeNG | None = collate
    if isinstance(collate, nodes.Name):
        definitions = lookup(collate, collate.name)
        function = definitions[0] if len(definitions) == 1 else None
    if isinstance(function, nodes.Lambda) and not isinstance(function, nodes.FunctionDef):
        returned = [function.body]
    elif isinstance(function, nodes.FunctionDef):
        returned = [r.value for r in own_nodes(function, nodes.Return)]
    else:
        return False
    parameters = function.args.args or []
    if len(parameters) != 1 or not returned:
        return False
    return all(_is_the_batch(value, parameters[0].name) for value in returned)


def _is_the_batch(value: nodes.NodeNG | None, parameter: str) -> bool:
    if (
        isinstance(value, nodes.Call)
        and isinstance(value.func, nodes.Name)
        and value.func.name in ("list", "tuple")
        and len(value.args) == 1
        and not value.keywords
    ):
        value = value.args[0]
    return isinstance(value, nodes.Name) and value.name == parameter


def _spawn_sink(call: nodes.Call, name: str) -> SinkCall:
    sink = SinkCall(call, f"torch.multiprocessing.{name}", f"torch.multiprocessing.{name}", None)
    given = argument(call, 5, "start_method")
    method = "spawn" if given is None else literal(given)
    sink.start_method = kb.start_method_named(method) if isinstance(method, str) else None
    for index, keyword, role in ((0, "fn", "the process function"), (1, "args", "its arguments")):
        value = argument(call, index, keyword)
        if value is not None:
            sink.pickled.append(Pickled(role, value, "value", kb.CHILD_ONLY, True))
    return sink


def _context_method(context: nodes.NodeNG | None) -> StartMethod | None:
    """`multiprocessing_context="spawn"`, `=get_context("fork")` or a name bound to either."""
    creation = creating_call(context) if context is not None else None
    if creation is not None and spelled_name(creation.func) == "get_context":
        context = creation.args[0] if creation.args else None
    value = constant_value(context)  # also `self.hypers["start_method"]` from a dict display
    return kb.start_method_named(value) if isinstance(value, str) else None


def _never_used(call: nodes.Call) -> bool:
    """`loader = DataLoader(...)` and `loader` is never read: no worker ever starts."""
    return reads_of_assigned_name(call) == []


PROVIDER = Provider("torch.multiprocessing", Pickler.PICKLE, MENTIONS, MIRRORS, find_sinks, CALLS)
