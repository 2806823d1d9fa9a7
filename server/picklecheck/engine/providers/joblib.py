"""joblib: `Parallel(n_jobs=...)(delayed(f)(*args) for ...)`.

Each `delayed(f)(args)` task sends `f` and its arguments to a worker and the result back.
- backend "loky" (the default) starts fresh interpreters and pickles with cloudpickle:
  lambdas, local functions and `__main__` definitions pass, locks, sqlite connections,
  generators and multiprocessing primitives fail.
- backend "multiprocessing" is a multiprocessing.Pool: plain pickle, the default start method.
- "threading", "sequential", `prefer="threads"`, `require="sharedmem"`, any backend that is
  not a literal, and `n_jobs` absent, None or 1 run in this process: no boundary.
Settings the call leaves out come from an enclosing `with parallel_config(...)` or
`with parallel_backend(...)` (whose `n_jobs` defaults to all CPUs) in the same function, else
from such a `with` around the calls of that function in its module (two callers up), when all
of those calls agree.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade, called_names, lookup
from picklecheck.engine.boundary import (
    SinkCall,
    add_task,
    argument,
    called_as,
    creating_call,
    keyword_value,
    literal,
)
from picklecheck.engine.flow.containers import additions
from picklecheck.engine.flow.syntax import assigned_value, calls_of, own_nodes, single_assignment
from picklecheck.engine.model import StartMethod
from picklecheck.engine.providers.base import Provider
from picklecheck.engine.providers.picklers import Pickler
from picklecheck.engine.tree_memo import nodes_in

MENTIONS = ("joblib",)
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("Parallel", "delayed")

_PARALLEL = frozenset({"joblib.Parallel", "joblib.parallel.Parallel"})
_DELAYED = frozenset({"joblib.delayed", "joblib.parallel.delayed"})
_BACKEND_CONTEXT = frozenset({"joblib.parallel_backend", "joblib.parallel.parallel_backend"})
_CONFIGS = _BACKEND_CONTEXT | {"joblib.parallel_config", "joblib.parallel.parallel_config"}
_PICKLER_OF_BACKEND = {"loky": Pickler.CLOUDPICKLE, "multiprocessing": Pickler.PICKLE}


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    calls = nodes_in(module, nodes.Call)
    if "Parallel" not in called_names(module):
        return  # the cheap test first: a name lookup per call costs more
    for call in calls:
        if facade.out_of_time():
            return
        if not call.args or not isinstance(call.func, (nodes.Call, nodes.Name)):
            continue
        parallel = creating_call(call.func)
        if parallel is None or not called_as(parallel, _PARALLEL):
            continue
        backend = _process_backend(parallel)
        if backend is not None:
            yield _tasks_sink(call, backend)


def _process_backend(parallel: nodes.Call) -> str | None:
    """ "loky" or "multiprocessing" when the tasks run in other processes; None otherwise."""
    settings = _settings(parallel)
    if settings.get("n_jobs") in (None, 1):
        return None
    for keyword, in_process in (("prefer", "threads"), ("require", "sharedmem")):
        if keyword in settings and settings[keyword] in (in_process, ...):
            return None
    backend = settings.get("backend", "loky")
    return backend if isinstance(backend, str) and backend in _PICKLER_OF_BACKEND else None


def _settings(parallel: nodes.Call) -> dict[str, object]:
    """`n_jobs`, `backend`, `prefer`, `require` as literals (`...`: unknown; absent: not
    set): the `Parallel(...)` call's own, else the innermost enclosing
    `with parallel_config(...)` / `with parallel_backend(...)` that sets them."""
    found: dict[str, object] = {}
    for name, index in (("n_jobs", 0), ("backend", 1), ("prefer", None), ("require", None)):
        given = (
            argument(parallel, index, name) if index is not None else keyword_value(parallel, name)
        )
        if given is not None:
            found[name] = literal(given)
    for name, value in _context_settings(parallel, _CALLER_DEPTH).items():
        found.setdefault(name, value)
    return found


# How many callers up a `with parallel_config(...)` is looked for.
_CALLER_DEPTH = 2


def _context_settings(node: nodes.NodeNG, callers: int) -> dict[str, object]:
    """The settings the `with` statements around `node` make, innermost first; what they leave
    out comes from the `with` statements around the calls of its function in its module, when
    every such call agrees (`with parallel_config(backend="multiprocessing"): run()`)."""
    found: dict[str, object] = {}
    for config in _enclosing_configs(node):
        for name, value in _config_settings(config).items():
            found.setdefault(name, value)
    function = node.scope()
    if callers <= 0 or not isinstance(function, nodes.FunctionDef):
        return found
    sites = [_context_settings(call, callers - 1) for call in calls_of(function)]
    for name in {name for site in sites for name in site}:
        values = [site.get(name, _UNSET) for site in sites]
        if all(value == values[0] for value in values):
            found.setdefault(name, values[0])
    return found


_UNSET = object()  # a caller that does not set the name: callers disagree


def _enclosing_configs(node: nodes.NodeNG) -> Iterator[nodes.Call]:
    """The `parallel_config`/`parallel_backend` calls of the `with` statements around `node`,
    innermost first, within its function."""
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, (nodes.FunctionDef, nodes.Module)):
        if isinstance(parent, nodes.With) and child in parent.body:
            for expression, _target in reversed(parent.items):
                if isinstance(expression, nodes.Call) and called_as(expression, _CONFIGS):
                    yield expression
        child, parent = parent, parent.parent


def _config_settings(config: nodes.Call) -> dict[str, object]:
    settings: dict[str, object] = {}
    backend = argument(config, 0, "backend")
    if backend is not None:
        settings["backend"] = literal(backend)
    if called_as(config, _BACKEND_CONTEXT):
        n_jobs = argument(config, 1, "n_jobs")
        settings["n_jobs"] = -1 if n_jobs is None else literal(n_jobs)  # its default: all CPUs
    for name in ("n_jobs", "prefer", "require"):
        given = keyword_value(config, name)
        if given is not None:
            settings[name] = literal(given)
    return settings


def _tasks_sink(call: nodes.Call, backend: str) -> SinkCall:
    sink = SinkCall(call, "joblib.Parallel", f"joblib.Parallel (backend {backend!r})", None)
    sink.pickler = _PICKLER_OF_BACKEND[backend]
    if backend == "loky":
        sink.start_method = StartMethod.SPAWN  # loky workers are fresh interpreters
    mapped = _mapped_tasks(call.args[0])
    if mapped is not None:
        function, iterables = mapped
        add_task(sink, function, items=iterables)
    for task in _tasks(call.args[0]):
        maker = _delayed_maker(task.func)
        if maker is None:
            continue
        arguments = [*task.args, *(k.value for k in task.keywords or [])]
        add_task(sink, maker.args[0], arguments=arguments)
    return sink


def _delayed_maker(func: nodes.NodeNG) -> nodes.Call | None:
    """The `delayed(f)` call a task is made by: written in place, or bound to a name first
    (`do = delayed(partial(work, tokenizer))`, then `do(i, batch)`)."""
    if isinstance(func, nodes.Name):
        definition = single_assignment(func)
        func = assigned_value(definition)[0] if definition is not None else None
    if isinstance(func, nodes.Call) and func.args and called_as(func, _DELAYED):
        return func
    return None


def _mapped_tasks(tasks: nodes.NodeNG) -> tuple[nodes.NodeNG, list[nodes.NodeNG]] | None:
    """`map(delayed(f), items, ...)`: one task per item (or per zipped items); `f` and the
    iterables whose items are its arguments."""
    if not (
        isinstance(tasks, nodes.Call)
        and isinstance(tasks.func, nodes.Name)
        and tasks.func.name == "map"
        and len(tasks.args) >= 2
        and not tasks.keywords
    ):
        return None
    maker = tasks.args[0]
    if not (isinstance(maker, nodes.Call) and len(maker.args) == 1 and called_as(maker, _DELAYED)):
        return None
    return maker.args[0], list(tasks.args[1:])


def _tasks(tasks: nodes.NodeNG) -> list[nodes.Call]:
    """The `delayed(f)(...)` calls the tasks handed to `Parallel(...)` are made of."""
    return [
        task
        for task in _task_candidates(tasks, 2)
        if isinstance(task, nodes.Call) and _delayed_maker(task.func) is not None
    ]


def _task_candidates(tasks: nodes.NodeNG, hops: int) -> list[nodes.NodeNG]:
    """The elements of a generator, comprehension or list of tasks, also through a name
    bound to one (with what is appended to it before `Parallel(...)(tasks)`), or what a
    generator function of the module, called there, yields."""
    if isinstance(tasks, (nodes.GeneratorExp, nodes.ListComp)):
        return [tasks.elt]
    if isinstance(tasks, (nodes.List, nodes.Tuple)):
        return list(tasks.elts)
    if hops <= 0:
        return []
    if isinstance(tasks, nodes.Name):
        return _named_candidates(tasks, hops)
    if isinstance(tasks, nodes.Call):
        return _yielded(tasks)
    return []


def _named_candidates(name: nodes.Name, hops: int) -> list[nodes.NodeNG]:
    """`tasks = [delayed(f)(x) for x in xs]`, or `jobs = []` then `jobs.append(...)`."""
    definition = single_assignment(name)
    if definition is None:
        return []
    value = assigned_value(definition)[0]
    found = _task_candidates(value, hops - 1) if value is not None else []
    return found + [added for _node, added in additions(definition, name)]


def _yielded(call: nodes.Call) -> list[nodes.NodeNG]:
    """What a generator function of the module, called here, yields."""
    if not isinstance(call.func, nodes.Name):
        return []
    found = lookup(call.func, call.func.name)
    function = found[0] if len(found) == 1 else None
    if not isinstance(function, nodes.FunctionDef) or not function.is_generator():
        return []
    yields = own_nodes(function, nodes.Yield)
    return [y.value for y in yields if y.value is not None and not isinstance(y, nodes.YieldFrom)]


PROVIDER = Provider("joblib", Pickler.CLOUDPICKLE, MENTIONS, (), find_sinks, CALLS)
