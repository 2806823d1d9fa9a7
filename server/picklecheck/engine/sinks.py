"""Process boundaries: the calls where values get pickled, and what each of them pickles."""

from __future__ import annotations

from collections.abc import Iterator

from astroid import bases, nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_build import positional_parameters, spelled_name
from picklecheck.engine.astroid_facade import Facade, call_name, lookup
from picklecheck.engine.boundary import Pickled, SinkCall, add_task, creating_call, keyword_value
from picklecheck.engine.boundary import argument as _argument
from picklecheck.engine.families.processes import local_worker_class
from picklecheck.engine.flow.branches import chosen_by_parameter, never_taken, stand_in_never_made
from picklecheck.engine.flow.classes import (
    process_class_candidates,
    process_library,
    user_process_class,
)
from picklecheck.engine.flow.project import (
    is_user_node,
    may_return_a_proxy,
    single_returned_value,
)
from picklecheck.engine.flow.registrations import registration
from picklecheck.engine.flow.syntax import (
    arguments_for,
    assigned_value,
    bound_argument,
    bound_only_by_imports,
    calls_of,
    class_body_value,
    construction_sites,
    constructor_arguments,
    function_of,
    is_context_expr,
    is_name,
    is_self,
    method_owner,
    own_method,
    own_nodes,
    parameter_named,
    reads_of_assigned_name,
    root_name,
    safe_ancestors,
    self_attribute_stores,
    single_assigned_value,
    single_stored_value,
    syntactic_names,
)
from picklecheck.engine.manager_server import manager_classes, manager_start_sinks, register_calls
from picklecheck.engine.problem import snippet
from picklecheck.engine.providers.registry import (
    CLASS_OF_FACTORY,
    PROVIDERS,
    Mirrored,
    mirror_of,
    mirrored,
)
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

CANDIDATE_ATTRS = kb.POOL_TASK_METHODS | {"submit", "put", "put_nowait", "send", "run_in_executor"}
CANDIDATE_CTORS = {"Process", "Pool", "ProcessPoolExecutor"}


def module_sinks(module: nodes.Module, facade: Facade) -> list[SinkCall]:
    """`find_sinks` of a module tree, remembered with the tree when the search ran to its end
    (a module another file's forwarding searched is not searched again when it is checked
    itself with the same text)."""
    known: list[SinkCall] | None = remembered(module, "sinks")
    if known is None:
        known = list(find_sinks(module, facade))
        if not facade.out_of_time():
            remember(module, "sinks", known)
    return known


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    process_subclasses = process_class_candidates(module, facade)
    aliases = _method_alias_names(module)
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        name = call_name(call.func)
        if name == "run_in_executor":
            sink = _run_in_executor_sink(call, facade)
        elif name in CANDIDATE_ATTRS and isinstance(call.func, nodes.Attribute):
            sink = _method_sink(call, facade)
        elif name in CANDIDATE_CTORS or name in process_subclasses:
            # by the class the call constructs, never by its bare name
            cls = user_process_class(call, facade) if name in process_subclasses else None
            sink = _constructor_sink(call, facade, cls, _starting_methods(cls, facade))
            if cls is not None and sink is not None:
                sink = _subclass_of_library(cls, facade, sink)
        elif name in aliases:
            sink = _aliased_method_sink(call, facade)
        else:
            sink = None
        if sink is not None:
            yield sink
    yield from _manager_proxy_sinks(module, facade)
    yield from _local_worker_pool_sinks(module, facade)
    yield from manager_start_sinks(module)
    for provider in PROVIDERS:
        if provider.find is not None:
            yield from provider.find(module, facade)


def _method_sink(
    call: nodes.Call, facade: Facade, func: nodes.Attribute | None = None
) -> SinkCall | None:
    """The boundary `receiver.method(...)` is; `func`: the method the call stands for, when
    not its own callee (`toolbox.map` registered as `pool.map`)."""
    func = func if func is not None else call.func
    assert isinstance(func, nodes.Attribute)
    method = func.attrname
    receiver = func.expr
    library = _mirror_via_creation(receiver, method)
    if library is not None:
        return _on_library(library, _stdlib_method_sink(call, method, receiver, library.names))
    if _made_by_a_plain_module(receiver):
        return None  # inferring `asyncio.Queue()` would build all of asyncio to learn nothing
    known = _stdlib_via_creation(receiver, method)
    if known is not None:  # made by a standard factory: no inference needed
        return _sink_by_names(call, method, receiver, known) if known else None
    chosen, test = _names_via_condition(receiver, method, facade)
    if chosen:  # `cls = ProcessPoolExecutor if kind == "process" else ThreadPoolExecutor`
        sink = _sink_by_names(call, method, receiver, chosen)
        if sink is not None:
            sink.label = f"{sink.label} (as `{test}` chooses)"
        return sink
    overridden = _names_via_subclass_attribute(receiver, method, facade)
    if overridden is not None:
        names, subclass = overridden
        sink = _sink_by_names(call, method, receiver, names)
        if sink is not None:
            sink.label = f"{sink.label} (when the object is a `{subclass}`)"
            return sink
    names = (
        facade.qualified_names(func)
        or _names_via_parameter(receiver, method, facade)
        or _names_via_creation(receiver, method, facade)
    )
    if not names and func is call.func:
        return _registered_method_sink(call, func, facade)
    if f"multiprocessing.pool.Pool.{method}" in names and _is_thread_pool(receiver, facade):
        return None
    if (
        len(names) > 1
        and _may_be_a_project_object(func, facade)
        and not stand_in_never_made(receiver)
        and not chosen_by_parameter(receiver)
    ):
        return None  # `self.pool.map(...)` where `pool` is a Pool or the project's stand-in
    return _sink_by_names(call, method, receiver, names)


def _registered_method_sink(
    call: nodes.Call, func: nodes.Attribute, facade: Facade
) -> SinkCall | None:
    """`toolbox.map(f, xs)` after `toolbox.register("map", pool.map)` (DEAP's way to
    parallelise): the pool's own call, with the same arguments."""
    registered = registration(func.expr, str(func.attrname))
    target = registered.function if registered is not None else None
    if (
        registered is None
        or registered.positional_extras
        or not isinstance(target, nodes.Attribute)
    ):
        return None
    sink = _method_sink(call, facade, target)
    if sink is not None:
        sink.label = f"{sink.label} (registered as `{snippet(func)}`)"
    return sink


def _method_alias_names(module: nodes.Module) -> set[str]:
    """Names and `self` attributes bound to a boundary method kept for later
    (`M = pool.map`, `self.map_fn = pool.map if pool is not None else map`): calls of these
    names may be boundaries."""
    names: set[str] = set()
    for assign in nodes_in(module, nodes.Assign):
        if len(assign.targets) != 1 or not _aliased_methods(assign.value):
            continue
        target = assign.targets[0]
        if isinstance(target, nodes.AssignName):
            names.add(str(target.name))
        elif isinstance(target, nodes.AssignAttr) and is_self(target.expr):
            names.add(str(target.attrname))
    return names


def _aliased_methods(value: nodes.NodeNG | None) -> list[nodes.Attribute]:
    """The boundary methods `value` may be: `pool.map`, or a branch of `pool.map if pool
    else map`."""
    branches = [value.body, value.orelse] if isinstance(value, nodes.IfExp) else [value]
    return [
        branch
        for branch in branches
        if isinstance(branch, nodes.Attribute) and branch.attrname in CANDIDATE_ATTRS
    ]


def _aliased_method_sink(call: nodes.Call, facade: Facade) -> SinkCall | None:
    """`M(f, xs)` after `M = pool.map`, or `self.M(...)` after `__init__` kept `pool.map` as
    `self.M`: the pool's own call, with the same arguments."""
    for method in _aliased_methods(single_stored_value(call.func)):
        sink = _method_sink(call, facade, method)
        if sink is not None:
            sink.label = f"{sink.label} (called as `{snippet(call.func)}`)"
            return sink
    return None


def sink_with_receiver(call: nodes.Call, passed: nodes.NodeNG, facade: Facade) -> SinkCall | None:
    """`executor.submit(f, x)` in a function of another module, its `executor` a parameter
    the caller fills with `passed`: the boundary the call is, by what `passed` is."""
    assert isinstance(call.func, nodes.Attribute)
    method = call.func.attrname
    receiver = call.func.expr
    for provider in PROVIDERS:
        own = provider.passed_pool_sink(call, passed) if provider.passed_pool_sink else None
        if own is not None:
            return own
    library = _mirror_via_creation(passed, method)
    if library is not None:
        return _on_library(library, _stdlib_method_sink(call, method, receiver, library.names))
    if _made_by_a_plain_module(passed):
        return None
    names = {f"{owner}.{method}" for owner in facade.instance_qnames(passed)}
    names = names or _names_via_creation(passed, method, facade)
    if f"multiprocessing.pool.Pool.{method}" in names and _is_thread_pool(passed, facade):
        return None
    return _sink_by_names(call, method, receiver, names)


def is_multiprocessing_queue(expr: nodes.NodeNG, facade: Facade) -> bool:
    """A Queue of multiprocessing (or of a library mirroring it), by its creation or type."""
    if _made_by_a_plain_module(expr):
        return False  # `queue.Queue()`: a thread's queue, never pickled
    if _mirror_via_creation(expr, "put") is not None:
        return True
    names = {f"{owner}.put" for owner in facade.instance_qnames(expr)}
    return bool(names & kb.QUEUE_PUT_METHODS)


def _sink_by_names(
    call: nodes.Call, method: str, receiver: nodes.NodeNG, names: set[str]
) -> SinkCall | None:
    """The boundary `receiver.method(...)` is by the receiver's methods' qualified names, a
    library mirroring multiprocessing labelled and pickled as that library."""
    inferred_mirror = _mirror_among(names)
    if inferred_mirror is not None:
        names = names | inferred_mirror.names
        return _on_library(inferred_mirror, _stdlib_method_sink(call, method, receiver, names))
    return _stdlib_method_sink(call, method, receiver, names)


def _may_be_a_project_object(func: nodes.Attribute, facade: Facade) -> bool:
    """Some inferred value of `receiver.method` is a method of a project class."""
    for value in facade.infer(func) or []:
        function = function_of(value) if isinstance(value, bases.BoundMethod) else None
        if function is not None and is_user_node(function):
            return True
    return False


def _mirror_among(names: set[str]) -> Mirrored | None:
    """`multiprocess.pool.Pool.map` among the receiver's inferred methods: that library's
    pool, with its pickler, even when `multiprocessing`'s is inferred too (a
    `try: import multiprocess ... except ImportError: import multiprocessing` fallback takes the
    library whenever it is installed; the fallback pool is not judged)."""
    for name in sorted(names):
        mirror = mirror_of(name)
        if mirror is not None:
            return Mirrored({mirror[0]}, mirror[1])
    return None


def _stdlib_method_sink(
    call: nodes.Call, method: str, receiver: nodes.NodeNG, names: set[str]
) -> SinkCall | None:
    if f"multiprocessing.pool.Pool.{method}" in names:
        return _pool_method_sink(call, method, receiver)
    if f"{kb.EXECUTOR_CLASS}.{method}" in names and method in ("submit", "map"):
        return _executor_sink(call, method, receiver)
    if names & kb.QUEUE_PUT_METHODS and call.args:
        sink = SinkCall(call, sorted(names & kb.QUEUE_PUT_METHODS)[0], f"Queue.{method}", None)
        sink.pickled.append(Pickled("the queued item", call.args[0], "value", kb.ALWAYS))
        sink.note = "the error is raised in the queue's feeder thread and the item is lost"
        return sink
    if names & kb.CONNECTION_SEND and call.args:
        sink = SinkCall(call, "multiprocessing.connection.Connection.send", "Connection.send", None)
        sink.pickled.append(Pickled("the sent object", call.args[0], "value", kb.ALWAYS))
        return sink
    return None


def _pool_method_sink(call: nodes.Call, method: str, receiver: nodes.NodeNG) -> SinkCall:
    sink = SinkCall(call, f"multiprocessing.pool.Pool.{method}", f"Pool.{method}", receiver)
    func = _argument(call, 0, "func")
    if func is not None:
        sink.pickled.append(Pickled("the worker function", func, "value", kb.ALWAYS))
        sink.pickled.append(Pickled("the worker's result", func, "worker", kb.ALWAYS))
    if method in ("apply", "apply_async"):
        for index, keyword in ((1, "args"), (2, "kwds")):
            value = _argument(call, index, keyword)
            if value is not None:
                sink.pickled.append(Pickled("the task arguments", value, "value", kb.ALWAYS))
    else:
        iterable = _argument(call, 1, "iterable")
        if iterable is not None:
            sink.pickled.append(Pickled("each task item", iterable, "items", kb.ALWAYS))
    return sink


def _executor_sink(call: nodes.Call, method: str, receiver: nodes.NodeNG) -> SinkCall:
    sink = SinkCall(
        call, f"{kb.EXECUTOR_CLASS}.{method}", f"ProcessPoolExecutor.{method}", receiver
    )
    if not call.args:
        return sink
    func, *rest = call.args
    if method == "submit":
        add_task(sink, func, arguments=[*rest, *(k.value for k in call.keywords or [])])
    else:
        add_task(sink, func, items=rest)
    return sink


def _run_in_executor_sink(call: nodes.Call, facade: Facade) -> SinkCall | None:
    """`loop.run_in_executor(executor, func, *args)` with a ProcessPoolExecutor: `func`, the
    arguments and the result cross as with `executor.submit` (`None`: the loop's threads)."""
    if len(call.args) < 2 or any(isinstance(a, nodes.Starred) for a in call.args[:2]):
        return None
    executor = call.args[0]
    if kb.EXECUTOR_CLASS not in facade.instance_qnames(executor) and (
        f"{kb.EXECUTOR_CLASS}.submit" not in _names_via_parameter(executor, "submit", facade)
    ):
        return None  # (a parameter: what every caller of the function passes for it)
    sink = SinkCall(
        call, f"{kb.EXECUTOR_CLASS}.submit", "run_in_executor (ProcessPoolExecutor)", executor
    )
    func, *arguments = call.args[1:]
    add_task(sink, func, arguments=arguments)
    return sink


def _constructor_sink(
    call: nodes.Call,
    facade: Facade,
    cls: nodes.ClassDef | None,
    starting: frozenset[str] = frozenset(),
) -> SinkCall | None:
    library = None if cls is not None else mirrored(call.func)
    if library is not None:
        return _on_library(library, _stdlib_constructor_sink(call, library.names, False))
    names = facade.qualified_names(call.func)
    sink = _stdlib_constructor_sink(call, names, cls is not None, facade, starting)
    if sink is not None and cls is not None:
        _add_forwarded_process_arguments(sink, call, cls, facade)
    return sink


def _add_forwarded_process_arguments(
    sink: SinkCall, call: nodes.Call, cls: nodes.ClassDef, facade: Facade
) -> None:
    """`ProcessWithResult(target=job)` of a subclass that leaves `__init__` to Process, or
    whose `__init__` hands `**kwargs` (or the keyword itself) to the base's: Process keeps
    `target`, `args` and `kwargs` on the object, which spawn pickles with it."""
    if not sink.pickled or sink.pickled[-1].role != "the process object":
        return
    for keyword, role in (
        ("target", "the target"),
        ("args", "the arguments"),
        ("kwargs", "the keyword arguments"),
    ):
        value = keyword_value(call, keyword)
        if value is not None and _reaches_process_init(cls, keyword, facade):
            sink.pickled.insert(-1, Pickled(role, value, "value", kb.CHILD_ONLY, True))


def _reaches_process_init(cls: nodes.ClassDef, keyword: str, facade: Facade) -> bool:
    """Whether a keyword given to the subclass reaches `Process.__init__` unchanged."""
    init = next(
        (
            own_method(klass, "__init__")
            for klass in [cls, *facade.ancestors(cls)]
            if is_user_node(klass) and "__init__" in klass.locals
        ),
        None,
    )
    if init is None:
        return True  # Process's own __init__
    names = {a.name for a in init.args.args + init.args.kwonlyargs}
    rest = init.args.kwarg
    for call in own_nodes(init, nodes.Call):
        func = call.func
        if not (isinstance(func, nodes.Attribute) and func.attrname == "__init__"):
            continue
        if keyword in names:
            return any(k.arg == keyword and is_name(k.value, keyword) for k in call.keywords or [])
        if rest is not None and any(
            k.arg is None and is_name(k.value, rest) for k in call.keywords or []
        ):
            return not _reads_mapping(init, rest)
    return False


def _reads_mapping(function: nodes.FunctionDef, name: str) -> bool:
    """`kwargs.pop(...)`, `kwargs["target"]`, `del kwargs[...]`: the mapping may be changed."""
    for node in own_nodes(function, (nodes.Attribute, nodes.Subscript)):
        if is_name(node.expr if isinstance(node, nodes.Attribute) else node.value, name):
            return True
    return False


def _starting_methods(cls: nodes.ClassDef | None, facade: Facade) -> frozenset[str]:
    """Methods of a project Process subclass (or of its project bases) that call
    `self.start()`, or hand `self.start` to a call that will (`Thread(target=self.start)`):
    `node.start_and_wait()` starts the process too."""
    if cls is None:
        return frozenset()
    return frozenset(
        method.name
        for klass in [cls, *facade.ancestors(cls)]
        if is_user_node(klass)
        for method in klass.mymethods()
        if any(
            attribute.attrname == "start"
            and is_name(attribute.expr, "self")
            and isinstance(attribute.parent, (nodes.Call, nodes.Keyword))
            for attribute in own_nodes(method, nodes.Attribute)
        )
    )


def _stdlib_constructor_sink(
    call: nodes.Call,
    names: set[str],
    user_subclass: bool,
    facade: Facade | None = None,
    starting: frozenset[str] = frozenset(),
) -> SinkCall | None:
    receiver = call.func.expr if isinstance(call.func, nodes.Attribute) else None
    if receiver is not None and not names and facade and is_context_expr(receiver, facade):
        # `ctx.Process(...)` / `ctx.Pool(...)` where astroid lost the context's type
        kind = spelled_name(call.func)
        names = {"multiprocessing.context.Process"} if kind == "Process" else set()
        names |= {"multiprocessing.context.BaseContext.Pool"} if kind == "Pool" else set()
    if user_subclass or names & kb.PROCESS_CLASSES:
        reads = reads_of_assigned_name(call)  # one walk of the scope serves both questions
        if _never_started(reads, starting):
            return None  # a Process that is never started pickles nothing
        return _process_sink(call, receiver, user_subclass, reads)
    if names & kb.POOL_FACTORIES:
        return _initializer_sink(call, "multiprocessing.pool.Pool", "Pool", receiver, 1)
    if kb.EXECUTOR_CLASS in names:
        return _initializer_sink(call, kb.EXECUTOR_CLASS, "ProcessPoolExecutor", call, 2)
    return None


def _subclass_of_library(cls: nodes.ClassDef, facade: Facade, sink: SinkCall) -> SinkCall | None:
    """A subclass of `multiprocess.Process` is pickled by that library's pickler (dill)."""
    provider = process_library(cls, facade)
    return _on_library(Mirrored(set(), provider), sink) if provider is not None else sink


def _on_library(library: Mirrored, sink: SinkCall | None) -> SinkCall | None:
    """A sink of a library that mirrors multiprocessing, pickling with that library's pickler."""
    if sink is not None:
        sink.pickler = library.provider.pickler
        sink.label = f"{library.provider.name} {sink.label}"
    return sink


def _mirror_via_creation(receiver: nodes.NodeNG, method: str) -> Mirrored | None:
    """`pool = multiprocess.Pool()`: the receiver's methods by the multiprocessing names of the
    class its creating call mirrors."""
    creation = creating_call(receiver)
    library = mirrored(creation.func) if creation is not None else None
    if library is None:
        return None
    classes = {CLASS_OF_FACTORY[name] for name in library.names if name in CLASS_OF_FACTORY}
    return Mirrored({f"{owner}.{method}" for owner in classes}, library.provider)


# Factories whose instances' methods the fast path names without inference; thread pools
# (None) pickle nothing.
_STDLIB_CLASS_OF_FACTORY: dict[str, str | None] = {
    **CLASS_OF_FACTORY,
    "concurrent.futures.ProcessPoolExecutor": kb.EXECUTOR_CLASS,
    kb.EXECUTOR_CLASS: kb.EXECUTOR_CLASS,
    "concurrent.futures.ThreadPoolExecutor": None,
    "concurrent.futures.thread.ThreadPoolExecutor": None,
    "multiprocessing.pool.ThreadPool": None,
    "multiprocessing.dummy.Pool": None,
}


def _stdlib_via_creation(receiver: nodes.NodeNG, method: str) -> set[str] | None:
    """`with multiprocessing.Pool() as pool: pool.map(...)`: a name bound once to a call of a
    standard factory spelled through the file's imports names the methods without inferring
    the `with` (astroid infers `__enter__` of the class for each read: most of the search's
    time on files full of pools). Empty for a thread pool's; None when not known this way."""
    if not isinstance(receiver, nodes.Name):
        return None
    creation = creating_call(receiver)
    if creation is None:
        return None
    head = root_name(creation.func)
    if head is None or not bound_only_by_imports(head):
        return None
    spelled = syntactic_names(creation.func)
    if len(spelled) != 1 or not spelled <= _STDLIB_CLASS_OF_FACTORY.keys():
        return None
    owner = _STDLIB_CLASS_OF_FACTORY[next(iter(spelled))]
    return {f"{owner}.{method}"} if owner is not None else set()


def _never_started(reads: list[nodes.Name] | None, starting: frozenset[str]) -> bool:
    """`p = Process(...)` where `p` (read at `reads`) is only ever used as `p.<attr>` and never
    `p.start()` (nor a method of its class that calls `self.start()`, in `starting`)."""
    if reads is None:
        return False
    for name in reads:
        attribute = name.parent
        if not isinstance(attribute, nodes.Attribute) or attribute.attrname == "start":
            return False  # started, or handed on somewhere we cannot follow
        if attribute.attrname in starting:
            return False
    return True


def _process_sink(
    call: nodes.Call,
    receiver: nodes.NodeNG | None,
    user_subclass: bool,
    reads: list[nodes.Name] | None,
) -> SinkCall:
    label = "Process subclass" if user_subclass else "Process"
    sink = SinkCall(call, "multiprocessing.process.BaseProcess.start", label, receiver)
    for index, keyword, role in (
        (1, "target", "the target"),
        (3, "args", "the arguments"),
        (4, "kwargs", "the keyword arguments"),
    ):
        value = None if user_subclass else _argument(call, index, keyword)
        if value is not None:
            sink.pickled.append(Pickled(role, value, "value", kb.CHILD_ONLY, True))
    if user_subclass:
        then = _started_name(reads)
        sink.pickled.append(
            Pickled("the process object", call, "value", kb.CHILD_ONLY, True, then=then)
        )
    return sink


def _started_name(reads: list[nodes.Name] | None) -> nodes.Name | None:
    """`worker` of the one `worker.start()` among the reads of `worker = Worker(...)`."""
    starts = [
        name
        for name in reads or []
        if isinstance(name.parent, nodes.Attribute)
        and name.parent.attrname == "start"
        and isinstance(name.parent.parent, nodes.Call)
    ]
    return starts[0] if len(starts) == 1 else None


def _initializer_sink(
    call: nodes.Call, sink_name: str, label: str, receiver: nodes.NodeNG | None, index: int
) -> SinkCall | None:
    sink = SinkCall(call, f"{sink_name}.__init__", label, receiver)
    for offset, keyword, role in (
        (0, "initializer", "the initializer"),
        (1, "initargs", "the initializer arguments"),
    ):
        value = _argument(call, index + offset, keyword)
        if value is not None:
            sink.pickled.append(Pickled(role, value, "value", kb.CHILD_ONLY, True))
    return sink


def _manager_proxy_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    """Values stored into Manager proxies are pickled to the manager process, and so are the
    initial contents given to `manager.dict(...)`, `.list(...)` and `.Namespace(...)`."""
    yield from _manager_initial_contents(module, facade)
    proxies = manager_proxy_names(module, facade)
    attributes = _manager_proxy_attributes(module, facade)
    if not proxies and not attributes:
        return
    for node in nodes_in(module, (nodes.Assign, nodes.Call)):
        if isinstance(node, nodes.Assign):
            for target in node.targets:
                owner = _proxy_owner(target, proxies, attributes)
                if owner is not None:
                    yield _proxy_sink(node, node.value, owner)
        elif isinstance(node.func, nodes.Attribute) and node.func.attrname in PROXY_STORES:
            receiver = node.func.expr
            if node.args and _names_a_proxy(receiver, proxies, attributes):
                yield _proxy_sink(node, node.args[-1], receiver.as_string())


PROXY_STORES = ("append", "extend", "update", "put", "insert", "setdefault")


def _names_a_proxy(
    receiver: nodes.NodeNG,
    proxies: dict[str, nodes.AssignName],
    attributes: set[tuple[nodes.ClassDef, str]],
) -> bool:
    if isinstance(receiver, nodes.Name):
        return is_proxy(receiver, proxies)
    return _is_proxy_attribute(receiver, attributes)


def _is_proxy_attribute(node: nodes.NodeNG, attributes: set[tuple[nodes.ClassDef, str]]) -> bool:
    """`self._locks` in a method of a class that keeps a Manager proxy there."""
    if not (isinstance(node, nodes.Attribute) and is_name(node.expr, "self")):
        return False
    cls = node.frame().parent
    return isinstance(cls, nodes.ClassDef) and (cls, node.attrname) in attributes


def _proxy_sink(node: nodes.NodeNG, value: nodes.NodeNG, owner: str) -> SinkCall:
    call = node if isinstance(node, nodes.Call) else value
    sink = SinkCall(
        call, "multiprocessing.managers.BaseProxy", f"the Manager proxy `{owner}`", None
    )
    sink.pickled.append(Pickled("the stored value", value, "value", kb.ALWAYS))
    return sink


def _proxy_owner(
    target: nodes.NodeNG,
    proxies: dict[str, nodes.AssignName],
    attributes: set[tuple[nodes.ClassDef, str]],
) -> str | None:
    if isinstance(target, nodes.Subscript) and isinstance(target.value, nodes.Name):
        return target.value.name if is_proxy(target.value, proxies) else None
    if isinstance(target, nodes.Subscript) and _is_proxy_attribute(target.value, attributes):
        return str(target.value.as_string())
    if isinstance(target, nodes.AssignAttr) and isinstance(target.expr, nodes.Name):
        return target.expr.name if is_proxy(target.expr, proxies) else None
    return None


def is_proxy(name: nodes.Name, proxies: dict[str, nodes.AssignName], hops: int = 2) -> bool:
    """A name bound to a Manager proxy here, or a parameter every caller of its function (or
    every Process running it) passes such a name for (`def register(flags, name)`)."""
    definitions = lookup(name, name.name)
    definition = proxies.get(name.name)
    if definition is not None and definition in definitions:
        return True
    if hops <= 0 or len(definitions) != 1 or not isinstance(definitions[0].parent, nodes.Arguments):
        return False
    function = definitions[0].parent.parent
    if not isinstance(function, nodes.FunctionDef):
        return False
    parameter = str(name.name)
    passed = [bound_argument(function, call, parameter) for call in calls_of(function)]
    passed = passed or _process_target_arguments(function, parameter)
    passed = passed or _task_arguments(function, parameter)
    return bool(passed) and all(
        isinstance(argument, nodes.Name) and is_proxy(argument, proxies, hops - 1)
        for argument in passed
    )


_CONTAINER_PROXIES = ("dict", "list", "Namespace")


def _manager_initial_contents(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    for call in nodes_in(module, nodes.Call):
        func = call.func
        if not isinstance(func, nodes.Attribute) or func.attrname not in _CONTAINER_PROXIES:
            continue
        values = [*call.args, *(keyword.value for keyword in call.keywords or [])]
        if not values or not _made_by_a_manager(func, facade):
            continue
        sink = SinkCall(
            call,
            f"multiprocessing.managers.SyncManager.{func.attrname}",
            f"Manager.{func.attrname}",
            None,
        )
        for value in values:
            sink.pickled.append(Pickled("the proxy's initial contents", value, "value", kb.ALWAYS))
        yield sink


def _made_by_a_manager(func: nodes.Attribute, facade: Facade) -> bool:
    """`manager.dict(...)`: the method's receiver is a Manager. Not inferred for a module's
    class (`asyncio.Queue()`): inferring would build the module to learn nothing."""
    return not bound_only_by_imports(func.expr, modules=True) and _is_a_manager(func.expr, facade)


def _is_a_manager(expr: nodes.NodeNG, facade: Facade) -> bool:
    """A Manager by its type, or a parameter every call of its function fills with one
    (`def launch(manager, jobs)` called with the `with Manager() as manager:` one)."""
    if _manager_typed(expr, facade):
        return True
    parameter = parameter_named(expr)
    passed = [value for _call, value in arguments_for(parameter)] if parameter else []
    return bool(passed) and all(_manager_typed(value, facade) for value in passed)


def _manager_typed(expr: nodes.NodeNG, facade: Facade) -> bool:
    return any(t.startswith("multiprocessing.managers.") for t in facade.instance_qnames(expr))


_PROXY_FACTORIES = ("dict", "list", "Namespace", "Queue", "JoinableQueue")


def manager_proxy_names(module: nodes.Module, facade: Facade) -> dict[str, nodes.AssignName]:
    """Names assigned from `manager.dict()`, `.list()`, `.Namespace()` and friends
    (remembered with the tree when found in time)."""
    known: dict[str, nodes.AssignName] | None = remembered(module, "manager_proxy_names")
    if known is not None:
        return known
    found: dict[str, nodes.AssignName] = {}
    for assign, func in _proxy_factory_assignments(module):
        if not _made_by_a_manager(func, facade):
            continue
        for target in assign.targets:
            if isinstance(target, nodes.AssignName):
                found[target.name] = target
    found.update(_registered_proxies(module, facade))
    found.update(_proxies_from_helpers(module, facade))
    if not facade.out_of_time():
        remember(module, "manager_proxy_names", found)
    return found


def _registered_proxies(module: nodes.Module, facade: Facade) -> dict[str, nodes.AssignName]:
    """`devices = manager.get_devices()` after `DeviceManager.register("get_devices", ...)` on
    a manager class of this module: a proxy whose method calls pickle their arguments to the
    manager's process (python-onvif 21)."""
    registered = _registered_typeids(module)
    found: dict[str, nodes.AssignName] = {}
    if not registered:
        return found
    for assign in nodes_in(module, nodes.Assign):
        value = assign.value
        func = value.func if isinstance(value, nodes.Call) else None
        if not (isinstance(func, nodes.Attribute) and func.attrname in registered):
            continue
        if not registered[func.attrname] & facade.instance_qnames(func.expr):
            continue
        for target in assign.targets:
            if isinstance(target, nodes.AssignName):
                found[target.name] = target
    return found


def _registered_typeids(module: nodes.Module) -> dict[str, set[str]]:
    """typeid -> the manager classes of the module `Class.register("typeid", ...)` names."""
    classes = manager_classes(module)
    found: dict[str, set[str]] = {}
    for name, call in register_calls(module, classes):
        typeid = call.args[0] if call.args else None
        if isinstance(typeid, nodes.Const) and isinstance(typeid.value, str):
            found.setdefault(typeid.value, set()).add(classes[name].qname())
    return found


def _proxies_from_helpers(module: nodes.Module, facade: Facade) -> dict[str, nodes.AssignName]:
    """`manager, store = open_shared_state()` (or `store = make_store()`) where the helper, of
    this module or another of the project, returns `manager.dict()` there."""
    found: dict[str, nodes.AssignName] = {}
    for assign in nodes_in(module, nodes.Assign):
        value = assign.value
        if not (isinstance(value, nodes.Call) and isinstance(value.func, nodes.Name)):
            continue
        if not may_return_a_proxy(value.func):
            continue  # the cheap test first: the helper's module is built only then
        targets = [t for target in assign.targets for t in _names_assigned(target)]
        for target in targets:
            made = assigned_value(target)[0]
            if isinstance(made, nodes.Call) and made is value:
                made = single_returned_value(value.func)
            func = made.func if isinstance(made, nodes.Call) else None
            if (
                isinstance(func, nodes.Attribute)
                and func.attrname in _PROXY_FACTORIES
                and _made_by_a_manager(func, facade)
            ):
                found[target.name] = target
    return found


def _names_assigned(target: nodes.NodeNG) -> list[nodes.AssignName]:
    if isinstance(target, nodes.AssignName):
        return [target]
    if isinstance(target, nodes.Tuple):
        return [e for e in target.elts if isinstance(e, nodes.AssignName)]
    return []


def _manager_proxy_attributes(
    module: nodes.Module, facade: Facade
) -> set[tuple[nodes.ClassDef, str]]:
    """(class, attribute) for `self._locks = manager.dict()` in a method, the manager known
    or a parameter every construction of the class (or call of the method) passes one for."""
    found: set[tuple[nodes.ClassDef, str]] = set()
    for assign, func in _proxy_factory_assignments(module):
        targets = [t for t in assign.targets if isinstance(t, nodes.AssignAttr)]
        targets = [t for t in targets if is_name(t.expr, "self")]
        cls = assign.frame().parent
        if not targets or not isinstance(cls, nodes.ClassDef):
            continue
        if _made_by_a_manager(func, facade) or _manager_parameter(func.expr, facade):
            found |= {(cls, str(t.attrname)) for t in targets}
    return found


def _proxy_factory_assignments(
    module: nodes.Module,
) -> Iterator[tuple[nodes.Assign, nodes.Attribute]]:
    """`x = <receiver>.dict()` (or `.list()`, `.Queue()`, ...), with the called attribute."""
    for assign in nodes_in(module, nodes.Assign):
        value = assign.value
        if (
            isinstance(value, nodes.Call)
            and isinstance(value.func, nodes.Attribute)
            and value.func.attrname in _PROXY_FACTORIES
        ):
            yield assign, value.func


def _manager_parameter(receiver: nodes.NodeNG, facade: Facade) -> bool:
    """A parameter every caller passes a Manager for (an `__init__`'s: every construction)."""
    if not isinstance(receiver, nodes.Name):
        return False
    definitions = lookup(receiver, receiver.name)
    if len(definitions) != 1 or not isinstance(definitions[0].parent, nodes.Arguments):
        return False
    function = definitions[0].parent.parent
    cls = function.parent if isinstance(function, nodes.FunctionDef) else None
    if isinstance(cls, nodes.ClassDef) and function.name == "__init__":
        sites = construction_sites(cls)
        passed = [bound_argument(function, site, receiver.name) for site in sites]
    else:
        passed = _parameter_arguments(receiver)
    return bool(passed) and all(
        argument is not None and _is_a_manager(argument, facade) for argument in passed
    )


def _names_via_parameter(
    receiver: nodes.NodeNG, method: str, facade: Facade, hops: int = 2
) -> set[str]:
    """`def submit(pool): pool.map(...)`: the receiver's type from the function's callers;
    `self.pool.map(...)` after `__init__` kept its `pool` parameter: from the constructions,
    also when they pass on what their own caller gave (`Iterator(pool=self.pool)`)."""
    if isinstance(receiver, nodes.Attribute):
        arguments = constructor_arguments(receiver) or _function_attribute_values(receiver)
    elif isinstance(receiver, nodes.Name):
        arguments = _parameter_arguments(receiver) or _global_set_from_parameter(receiver)
    else:
        return set()
    names: set[str] = set()
    for argument in arguments:
        if argument is None:
            return set()
        if _made_by_a_plain_module(argument):
            continue
        types = facade.instance_qnames(argument) - {"builtins.NoneType"}
        if types:
            names |= {f"{owner}.{method}" for owner in types}
        elif hops and (_is_self_attribute(argument) or isinstance(argument, nodes.Name)):
            names |= _names_via_parameter(argument, method, facade, hops - 1)
    return names


def _is_self_attribute(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.Attribute) and is_self(node.expr)


def _parameter_arguments(receiver: nodes.Name) -> list[nodes.NodeNG | None]:
    definitions = lookup(receiver, receiver.name)
    if len(definitions) != 1 or not isinstance(definitions[0].parent, nodes.Arguments):
        return []
    function = definitions[0].parent.parent
    if not isinstance(function, nodes.FunctionDef):
        return []
    name = definitions[0].name
    return (
        [bound_argument(function, call, name) for call in calls_of(function)]
        or _process_target_arguments(function, name)
        or _initializer_arguments(function, name)
    )


def _global_set_from_parameter(receiver: nodes.Name) -> list[nodes.NodeNG | None]:
    """`QUEUE.put(...)` where `QUEUE` is set only by `global QUEUE; QUEUE = q` in a function
    (a pool's initializer): the parameter it is set from."""
    return _parameters_assigned(lookup(receiver, receiver.name))


def _function_attribute_values(receiver: nodes.Attribute) -> list[nodes.NodeNG | None]:
    """`worker.q.put(...)` where `worker` is a module-level function and `worker.q = q` is
    set from a parameter (the initializer idiom `def init(q): worker.q = q`)."""
    holder = receiver.expr
    found = lookup(holder, holder.name) if isinstance(holder, nodes.Name) else []
    function = found[0] if len(found) == 1 else None
    if not (isinstance(function, nodes.FunctionDef) and isinstance(function.parent, nodes.Module)):
        return []
    stores = [
        store
        for store in nodes_in(function.root(), nodes.AssignAttr)
        if store.attrname == receiver.attrname and is_name(store.expr, str(function.name))
    ]
    return _parameters_assigned(stores)


def _parameters_assigned(targets: list[nodes.NodeNG]) -> list[nodes.NodeNG | None]:
    """The parameter each `target = name` assigns (inside the function having it), when every
    one does; else none."""
    values: list[nodes.NodeNG | None] = []
    for target in targets:
        statement = target.parent
        value = statement.value if isinstance(statement, nodes.Assign) else None
        if value is None or parameter_named(value) is None:
            return []
        values.append(value)
    return values


def _initializer_arguments(
    function: nodes.FunctionDef, parameter: str
) -> list[nodes.NodeNG | None]:
    """`Pool(2, initializer=init, initargs=(queue,))`: what each worker's `init` receives."""
    if not isinstance(function.parent, nodes.Module):
        return []
    handing = (
        call
        for call in nodes_in(function.root(), nodes.Call)
        if _names_function(keyword_value(call, "initializer"), function)
    )
    return _tuple_arguments(function, parameter, (keyword_value(c, "initargs") for c in handing))


def _names_function(expr: nodes.NodeNG | None, function: nodes.FunctionDef) -> bool:
    return isinstance(expr, nodes.Name) and function in lookup(expr, expr.name)


def _made_by_a_plain_module(receiver: nodes.NodeNG) -> bool:
    """`q = queue.Queue()`, `queue.put(...)`: made by a standard module that makes no process
    boundary, read from the file's imports without inference."""
    creation = creating_call(receiver)
    names = syntactic_names(creation.func) if creation is not None else set()
    return bool(names) and all(name.split(".")[0] in kb.PLAIN_STANDARD_MODULES for name in names)


def _process_target_arguments(
    function: nodes.FunctionDef, parameter: str
) -> list[nodes.NodeNG | None]:
    """`Process(target=child, args=(sender,))`: what a process target receives."""
    calls = _calls_with_target(function.root()).get(function.name, [])
    return _tuple_arguments(function, parameter, (_argument(c, 3, "args") for c in calls))


def _tuple_arguments(
    function: nodes.FunctionDef, parameter: str, given: Iterator[nodes.NodeNG | None]
) -> list[nodes.NodeNG | None]:
    """What `parameter` of `function` receives from each argument tuple `given` hands it
    (`args=(sender,)`, `initargs=(queue,)`); None where a tuple does not say."""
    params = [a.name for a in positional_parameters(function)]
    if parameter not in params:
        return []
    index = params.index(parameter)
    found: list[nodes.NodeNG | None] = []
    for arguments in given:
        elements = arguments.elts if isinstance(arguments, nodes.Tuple) else None
        found.append(elements[index] if elements and index < len(elements) else None)
    return found


# Methods that run their first argument with arguments they are given: `(f, args_tuple)`,
# `(f, *args)`, or one task per item of an iterable (of argument tuples for the starmaps).
_TUPLE_TASKS = frozenset({"apply", "apply_async"})
_SPREAD_TASKS = frozenset({"submit"})
_ITEM_TASKS = frozenset({"map", "map_async", "imap", "imap_unordered"})
_STARRED_TASKS = frozenset({"starmap", "starmap_async"})
TASK_METHODS = _TUPLE_TASKS | _SPREAD_TASKS | _ITEM_TASKS | _STARRED_TASKS


def _task_arguments(function: nodes.FunctionDef, parameter: str) -> list[nodes.NodeNG | None]:
    """`pool.apply(work, (shared, name))`, `executor.submit(work, shared, name)`,
    `pool.starmap(work, [(shared, n) for n in names])`: what a task function's parameter gets
    from the calls of the module that hand it to a pool (whatever the pool: a proxy's
    methods reach its manager from threads too). None where the call does not tell."""
    params = [a.name for a in positional_parameters(function)]
    if parameter not in params or not isinstance(function.parent, nodes.Module):
        return []
    index = params.index(parameter)
    found: list[nodes.NodeNG | None] = []
    for call in _task_calls(function.root()).get(function.name, []):
        if function not in lookup(call.args[0], function.name):
            continue
        found.append(task_argument(call, str(call.func.attrname), index, len(params)))
    return found


def task_argument(call: nodes.Call, method: str, index: int, count: int) -> nodes.NodeNG | None:
    rest = call.args[1:]
    if any(isinstance(a, nodes.Starred) for a in rest) or (call.keywords and method != "submit"):
        return None
    if method in _SPREAD_TASKS:
        return rest[index] if index < len(rest) else None
    given = rest[0] if rest else None
    if method in _TUPLE_TASKS:
        return _element(given, index)
    items: list[nodes.NodeNG] = []
    if isinstance(given, (nodes.List, nodes.Tuple)):
        items = list(given.elts)
    elif isinstance(given, nodes.ListComp):
        items = [given.elt]
    if not items:
        return None
    if method in _ITEM_TASKS:
        return items[0] if count == 1 and len(items) == 1 else None
    elements = {id(e): e for e in (_element(item, index) for item in items)}
    return next(iter(elements.values())) if len(elements) == 1 else None


def _element(node: nodes.NodeNG | None, index: int) -> nodes.NodeNG | None:
    if isinstance(node, nodes.Tuple) and not any(isinstance(e, nodes.Starred) for e in node.elts):
        return node.elts[index] if index < len(node.elts) else None
    return None


def _task_calls(module: nodes.Module) -> dict[str, list[nodes.Call]]:
    """`x.apply(f, ...)`, `x.submit(f, ...)`, `x.starmap(f, ...)` and the like, indexed by the
    name `f` once per tree."""
    index: dict[str, list[nodes.Call]] | None = remembered(module, "task_calls")
    if index is None:
        index = {}
        for call in nodes_in(module, nodes.Call):
            func = call.func
            if (
                isinstance(func, nodes.Attribute)
                and func.attrname in TASK_METHODS
                and call.args
                and isinstance(call.args[0], nodes.Name)
            ):
                index.setdefault(call.args[0].name, []).append(call)
        remember(module, "task_calls", index)
    return index


def _names_via_creation(receiver: nodes.NodeNG, method: str, facade: Facade) -> set[str]:
    """`pool = ctx.Pool()` where astroid loses the context's type: read the creating call;
    `self.executor` set once to `ProcessPoolExecutor()` (lazily, or from outside the class)
    where astroid infers only the `None` of `__init__`."""
    if isinstance(receiver, nodes.Attribute):
        made = creating_call(receiver)
        owners = facade.instance_qnames(made) if made is not None else set()
        return {f"{owner}.{method}" for owner in owners}
    if not isinstance(receiver, nodes.Name):
        return set()
    definitions = lookup(receiver, receiver.name)
    if len(definitions) != 1:
        return set()
    creation, _note = assigned_value(definitions[0])
    closed = _closed(creation)
    if closed is not None:  # `with contextlib.closing(Pool()) as pool`: astroid loses it
        return {f"{owner}.{method}" for owner in facade.instance_qnames(closed)}
    if isinstance(creation, nodes.Call) and isinstance(creation.func, nodes.Name):
        made = _class_passed_for(creation.func, facade)
        if made is not None:  # `with parallel(max_workers=2) as ex`, given ProcessPoolExecutor
            return {f"{made}.{method}"}
    if not (isinstance(creation, nodes.Call) and isinstance(creation.func, nodes.Attribute)):
        return set()
    if creation.func.attrname == "Pool" and is_context_expr(creation.func.expr, facade):
        return {f"multiprocessing.pool.Pool.{method}"}
    return set()


def _names_via_subclass_attribute(
    receiver: nodes.NodeNG, method: str, facade: Facade
) -> tuple[set[str], str] | None:
    """`executor = self.executor_factory()` in a base class whose subclass, constructed in the
    module, sets `executor_factory = ProcessPoolExecutor` in its body (a strategy class): for
    that subclass's objects the call is the process pool's. Its methods' names and the
    subclass's name; None when no constructed subclass overrides the attribute."""
    if not isinstance(receiver, nodes.Name):
        return None
    definitions = lookup(receiver, receiver.name)
    creation = assigned_value(definitions[0])[0] if len(definitions) == 1 else None
    if isinstance(creation, nodes.Call):
        creation = creation.func
    if not (isinstance(creation, nodes.Attribute) and is_self(creation.expr)):
        return None
    owner = method_owner(creation)
    if owner is None:
        return None
    constructed = {
        call.func.name
        for call in nodes_in(owner.root(), nodes.Call)
        if isinstance(call.func, nodes.Name)
    }
    for subclass in nodes_in(owner.root(), nodes.ClassDef):
        if subclass.name not in constructed or owner not in safe_ancestors(subclass):
            continue
        bound = class_body_value(subclass, str(creation.attrname))
        classes = _library_classes(bound[0], facade) if bound and bound[1] is subclass else set()
        if len(classes) == 1:
            return {f"{classes.pop()}.{method}"}, str(subclass.name)
    return None


def _library_classes(expr: nodes.NodeNG, facade: Facade) -> set[str]:
    """The qualified names of the standard-library or installed classes `expr` may be."""
    return {
        found.qname()
        for found in facade.infer(expr) or []
        if isinstance(found, nodes.ClassDef) and not is_user_node(found)
    }


def _names_via_condition(
    receiver: nodes.NodeNG, method: str, facade: Facade
) -> tuple[set[str], str]:
    """`with executor_class(max_workers=2) as executor` where `executor_class` is bound once
    to `A if test else B`, both standard-library classes: the methods of either, and the
    test that chooses."""
    creation = creating_call(receiver) if isinstance(receiver, nodes.Name) else None
    if creation is None or not isinstance(creation.func, nodes.Name):
        return set(), ""
    chosen = single_assigned_value(creation.func)
    classes = _classes_chosen_by_condition(creation.func, facade)
    test = snippet(chosen.test) if isinstance(chosen, nodes.IfExp) else ""
    return {f"{made}.{method}" for made in classes}, test


def _classes_chosen_by_condition(name: nodes.Name, facade: Facade) -> set[str]:
    """The standard-library classes a name bound once to `A if test else B` may hold, both
    branches naming one such class; empty otherwise."""
    chosen = single_assigned_value(name)
    if not isinstance(chosen, nodes.IfExp):
        return set()
    classes: set[str] = set()
    for branch in (chosen.body, chosen.orelse):
        found = _library_classes(branch, facade)
        if len(found) != 1:
            return set()
        classes |= found
    return classes


def _class_passed_for(parameter: nodes.Name, facade: Facade) -> str | None:
    """The one standard-library class every call of the function passes for the parameter
    `parameter` names (`open_virtual_mfdataset(..., parallel=ProcessPoolExecutor)`)."""
    classes: set[str] = set()
    for argument in _parameter_arguments(parameter):
        if not isinstance(argument, (nodes.Name, nodes.Attribute)):
            return None
        found = _library_classes(argument, facade)
        if len(found) != 1:
            return None
        classes |= found
    return classes.pop() if len(classes) == 1 else None


def _closed(creation: nodes.NodeNG | None) -> nodes.NodeNG | None:
    """X in `contextlib.closing(X)`, which hands X itself to the `with` target."""
    if not isinstance(creation, nodes.Call) or len(creation.args) != 1 or creation.keywords:
        return None
    if syntactic_names(creation.func) != {"contextlib.closing"}:
        return None
    return creation.args[0]


def _calls_with_target(module: nodes.Module) -> dict[str, list[nodes.Call]]:
    """Calls passing `target=<name>`, indexed by that name once per tree."""
    index: dict[str, list[nodes.Call]] | None = remembered(module, "target_calls")
    if index is None:
        index = {}
        for call in nodes_in(module, nodes.Call):
            target = _argument(call, 1, "target")
            if isinstance(target, nodes.Name):
                index.setdefault(target.name, []).append(call)
        remember(module, "target_calls", index)
    return index


def _is_thread_pool(receiver: nodes.NodeNG, facade: Facade) -> bool:
    return bool(facade.instance_qnames(receiver) & kb.THREAD_POOL_CLASSES) or (
        _created_by_thread_pool(receiver, facade)
    )


def _created_by_thread_pool(receiver: nodes.NodeNG, facade: Facade) -> bool:
    if not isinstance(receiver, nodes.Name):
        return False
    for definition in lookup(receiver, receiver.name):
        parent: nodes.NodeNG | None = definition.parent
        value = parent.value if isinstance(parent, nodes.Assign) else None
        if isinstance(parent, nodes.With):
            value = next((item for item, var in parent.items if var is definition), None)
        for made in pool_making_calls(value):
            names = facade.qualified_names(made.func)
            if names & kb.THREAD_POOL_CLASSES or any("dummy" in n for n in names):
                return True
    return False


def pool_making_calls(value: nodes.NodeNG | None) -> list[nodes.Call]:
    """The calls that make what `value` gives: itself, what `closing(...)` wraps, or for
    `self.make_pool(...)` the body of each lambda the class stores there in a branch its
    constants may take (Keras's `executor_fn`)."""
    if not isinstance(value, nodes.Call):
        return []
    if spelled_name(value.func) == "closing" and value.args:
        return pool_making_calls(value.args[0])
    func = value.func
    owner = method_owner(func) if isinstance(func, nodes.Attribute) and is_self(func.expr) else None
    if owner is None:
        return [value]
    assert isinstance(func, nodes.Attribute)
    made = [
        stored.body
        for stored in self_attribute_stores(owner, str(func.attrname))
        if isinstance(stored, nodes.Lambda)
        and isinstance(stored.body, nodes.Call)
        and not never_taken(stored)
    ]
    return made or [value]


def _local_worker_pool_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    """`NestedPool(2)` of a Pool subclass whose `Process` factory makes each worker an
    instance of a class local to it: the pool starts its workers at once, and spawn and
    forkserver pickle each worker Process object."""
    pools = {
        cls.name: (cls, local)
        for cls in module.body
        if isinstance(cls, nodes.ClassDef)
        for local in [local_worker_class(cls)]
        if local is not None and _process_pool_class(cls, facade)
    }
    if not pools:
        return
    for call in nodes_in(module, nodes.Call):
        name = str(call.func.name) if isinstance(call.func, nodes.Name) else ""
        if name not in pools or lookup(call.func, name) != [pools[name][0]]:
            continue
        sink = SinkCall(call, "multiprocessing.pool.Pool", "Pool", None)
        role = "each worker process"
        sink.pickled.append(Pickled(role, pools[name][1], "value", kb.CHILD_ONLY))
        sink.note = (
            f"`{snippet(call)}` starts its workers at once; spawn and forkserver pickle each "
            "worker Process object"
        )
        yield sink


def _process_pool_class(cls: nodes.ClassDef, facade: Facade) -> bool:
    ancestors = {ancestor.qname() for ancestor in facade.ancestors(cls)}
    return (
        "multiprocessing.pool.Pool" in ancestors
        and "multiprocessing.pool.ThreadPool" not in ancestors
    )
