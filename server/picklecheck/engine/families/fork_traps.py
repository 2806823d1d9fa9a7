"""Fork-only traps: failures that pickling rules alone place under spawn, but that fork has too.

- A Pool forks its workers when it is created. A function defined in the `__main__` block
  after that line does not exist in the workers' copy of `__main__`: unpickling the task fails
  there and `map` waits forever. (Under spawn and forkserver it is PKL003 anyway.) So does a
  module-level function defined below an earlier `__main__` block that made the Pool (the
  order a notebook exported to a script has): only fork fails, spawned workers import it.
  ProcessPoolExecutor forks all its workers at its first `submit` or `map`: a function
  defined after that call is missing in them the same way (the executor breaks).
- A Pool handed to a Process: under spawn it cannot be pickled (PKL011); under fork the child
  inherits a copy whose worker handling threads did not survive the fork: its calls hang.
- A primitive made by a fork context (`get_context("fork").Lock()`, or any context when the
  file calls `set_start_method("fork")`) handed to a spawn or forkserver child: its semaphore
  refuses to be shared across contexts (PKL006). So does one of the default context
  (`multiprocessing.Lock()`) handed to a child of an explicit spawn or forkserver context,
  where fork is the default.
"""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine import rules
from picklecheck.engine.astroid_facade import Facade, lookup
from picklecheck.engine.boundary import creating_call
from picklecheck.engine.model import StartMethod
from picklecheck.engine.problem import Problem
from picklecheck.engine.tree_memo import nodes_in

FORK = frozenset({StartMethod.FORK})
POOL_SINK_PREFIX = "multiprocessing.pool.Pool."
PROCESS_SINK = "multiprocessing.process.BaseProcess.start"


def defined_after_pool(
    code: str, definition_line: int | None, sink: str, creation: nodes.NodeNG | None
) -> tuple[frozenset[StartMethod], str]:
    """PKL003 on a Pool task whose function is defined after the Pool was created."""
    if code != rules.PKL003.code or definition_line is None or creation is None:
        return frozenset(), ""
    if not sink.startswith(POOL_SINK_PREFIX) or sink.endswith(".__init__"):
        return frozenset(), ""
    if not isinstance(creation.frame(), nodes.Module) or (creation.lineno or 0) > definition_line:
        return frozenset(), ""
    note = (
        "; under fork the workers were forked when the pool was created, before this "
        "definition ran, so their `__main__` lacks it too and the pool hangs"
    )
    return FORK, note


def module_function_after_pool(
    worker: nodes.NodeNG, sink: str, creation: nodes.NodeNG | None
) -> Problem | None:
    """A Pool task's function defined at module level below the module-level line that made
    the Pool (`pool = Pool()` in a first `__main__` block, cpython 132898)."""
    if creation is None or not isinstance(creation.frame(), nodes.Module):
        return None
    if not sink.startswith(POOL_SINK_PREFIX) or sink.endswith(".__init__"):
        return None
    if not isinstance(worker, nodes.Name):
        return None
    definitions = lookup(worker, worker.name)
    function = definitions[0] if len(definitions) == 1 else None
    if not isinstance(function, nodes.FunctionDef) or function.parent is not worker.root():
        return None
    if (function.lineno or 0) <= (creation.lineno or 0):
        return None
    note = (
        f"`{function.name}` is defined after the pool was created on line {creation.lineno}: "
        "its forked workers copied `__main__` before this definition ran"
    )
    return Problem.at(
        rules.PKL003,
        (function, note),
        "a function defined after the pool's workers were forked",
        f"AttributeError: Can't get attribute '{function.name}' on <module '__main__'>",
        FORK,
        by_name=True,
    )


EXECUTOR_SINK_PREFIX = "concurrent.futures.process.ProcessPoolExecutor."
_EXECUTOR_WORK = frozenset({"submit", "map"})


def defined_after_executor_started(
    code: str, definition_line: int | None, sink: str, receiver: nodes.NodeNG | None
) -> tuple[frozenset[StartMethod], str]:
    """PKL003 on an executor task whose function is defined after an earlier `submit` or
    `map` on the same executor, in the same straight-line code (cpython 94440's shape)."""
    if code != rules.PKL003.code or definition_line is None:
        return frozenset(), ""
    if not sink.startswith(EXECUTOR_SINK_PREFIX) or not isinstance(receiver, nodes.Name):
        return frozenset(), ""
    scope = receiver.scope()
    started = any(
        isinstance(call.func, nodes.Attribute)
        and call.func.attrname in _EXECUTOR_WORK
        and isinstance(call.func.expr, nodes.Name)
        and call.func.expr.name == receiver.name
        and call.scope() is scope
        and (call.lineno or 0) < definition_line
        for call in scope.nodes_of_class(nodes.Call)
    )
    if not started:
        return frozenset(), ""
    note = (
        "; under fork the executor forked its workers at its first task, before this "
        "definition ran, so their `__main__` lacks it too and the executor breaks"
    )
    return FORK, note


def pool_inherited_by_process(
    code: str, error: str, sink: str
) -> tuple[frozenset[StartMethod], str]:
    """A Pool object in a Process's arguments: pickled under spawn, a hang under fork."""
    if code != rules.PKL011.code or sink != PROCESS_SINK or "pool objects" not in error:
        return frozenset(), ""
    return FORK, "; under fork the child inherits a pool it cannot use and hangs"


_THREAD_QUEUES = frozenset(
    {"a queue.Queue", "a queue.LifoQueue", "a queue.PriorityQueue", "a queue.SimpleQueue"}
)
_READS = frozenset({"get", "get_nowait", "join"})


def thread_queue_read_back(
    code: str, what: str, site: nodes.NodeNG | None, sink: str, call: nodes.Call
) -> tuple[frozenset[StartMethod], str]:
    """A thread queue in a Process's arguments that the parent reads after starting it
    (`status_queue.get()`): under spawn it cannot be pickled; under fork the child puts into
    its own copy and the parent waits forever (pytest-salt 6)."""
    if code != rules.PKL004.code or sink != PROCESS_SINK or what not in _THREAD_QUEUES:
        return frozenset(), ""
    if not isinstance(site, (nodes.Name, nodes.Attribute)):
        return frozenset(), ""
    spelled = site.as_string()
    started = call.lineno or 0
    for read in nodes_in(call.frame(), nodes.Call):
        func = read.func
        if (
            isinstance(func, nodes.Attribute)
            and func.attrname in _READS
            and func.expr.as_string() == spelled
            and (read.lineno or 0) > started
        ):
            note = (
                f"; under fork the child puts into its own copy of the queue and "
                f"`{read.as_string()}` on line {read.lineno} waits forever"
            )
            return FORK, note
    return frozenset(), ""


FORK_CONTEXT_ERROR = (
    "RuntimeError: A SemLock created in a fork context is being shared with a process in a "
    "spawn context. This is not supported."
)


def made_by_default_context(site: nodes.NodeNG | None, facade: Facade) -> bool:
    """`multiprocessing.Lock()` / `mp.Queue()` / `Lock()` imported from multiprocessing (also
    through a name bound once to such a call): made by the default context."""
    if isinstance(site, nodes.Name):
        site = creating_call(site)
    if not isinstance(site, nodes.Call):
        return False
    func = site.func
    if isinstance(func, nodes.Attribute):
        receivers = facade.infer(func.expr) or []
        return bool(receivers) and all(
            isinstance(r, nodes.Module) and r.name == "multiprocessing" for r in receivers
        )
    if isinstance(func, nodes.Name):
        return any(
            (name.startswith("multiprocessing.") and name.count(".") == 1)
            or name.startswith("multiprocessing.context.BaseContext.")
            for name in facade.qualified_names(func)
        )
    return False


def fork_context_primitive(created_in: StartMethod | None, what: str) -> frozenset[StartMethod]:
    """A Lock/Semaphore/Queue/Value made by a fork context, handed to a spawned or forkserver
    child: rejected while spawning although primitives may pass there otherwise. RawValue and
    RawArray hold no semaphore and pass."""
    if created_in is not StartMethod.FORK or "Raw" in what:
        return frozenset()
    return CHILD_ONLY


CHILD_ONLY = frozenset({StartMethod.SPAWN, StartMethod.FORKSERVER})
