"""Process, Pool, Manager and executor objects, and multiprocessing primitives (locks, queues,
shared values), which pickle only while a child is being started, or never.
"""

from __future__ import annotations

from dataclasses import replace

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.model import ChainStep, FixHint
from picklecheck.engine.problem import Problem, snippet, step


def process_object_problem(kind: str, chain: tuple[ChainStep, ...]) -> Problem:
    """A Process object that is not started yet pickles while a child is being spawned (its
    authentication key may travel then); a started one never does (`started_before`)."""
    return Problem(
        rules.PKL011.code,
        f"a {kind} object",
        kb.PROCESS_OBJECT_ERRORS[kind],
        kb.ALWAYS,
        chain,
        inheritable=kind == "Process",
    )


def started_before(problem: Problem, start_call: nodes.Call) -> Problem:
    note = f"`{snippet(start_call)}` starts it before it is pickled"
    return replace(
        problem,
        what=problem.what.replace("a Process object", "an already started Process object"),
        error=kb.STARTED_PROCESS_ERROR,
        inheritable=False,
    ).through(step(start_call, note))


def primitive_problem(primitive: kb.Primitive, node: nodes.NodeNG) -> Problem:
    return Problem.at(
        rules.PKL006,
        (node, f"created by `{snippet(node)}`"),
        f"a multiprocessing {primitive.name}",
        primitive.error,
        hints=(
            FixHint("pass-via-initializer", {"primitive": primitive.name}),
            FixHint("use-manager", {"primitive": primitive.name}),
        ),
        inheritable=True,
    )


def process_object_kind(qname: str) -> str | None:
    from picklecheck.engine.providers.registry import mirror_of  # providers import families

    mirrored = mirror_of(qname)  # `multiprocess.pool.Pool`: the same object under dill
    if mirrored is not None:
        qname = mirrored[0]
    if qname in kb.POOL_FACTORIES or qname in kb.THREAD_POOL_CLASSES:
        return "Pool"  # a ThreadPool is a Pool: it refuses pickling the same way
    if qname in kb.PROCESS_CLASSES:
        return "Process"
    if qname in kb.MANAGER_FACTORIES:
        return "Manager"
    if qname == kb.EXECUTOR_CLASS:
        return "ProcessPoolExecutor"
    return None
