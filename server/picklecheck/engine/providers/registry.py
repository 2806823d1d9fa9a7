"""The boundary providers picklecheck knows, and how a call is recognised as one of theirs.

Names resolve from the file's imports (`syntactic_names`), never by inferring into the library:
analysis must not need torch, joblib or multiprocess installed, and must not build their trees.
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.boundary import creating_call
from picklecheck.engine.flow.syntax import syntactic_names
from picklecheck.engine.providers import (
    deap,
    futures,
    joblib,
    loky,
    mpire,
    multiprocess,
    pebble,
    stdlib,
    torch,
    vecenv,
)
from picklecheck.engine.providers.base import Provider

PROVIDERS: tuple[Provider, ...] = (
    stdlib.PROVIDER,
    futures.PROVIDER,
    torch.PROVIDER,
    joblib.PROVIDER,
    multiprocess.PROVIDER,
    loky.PROVIDER,
    pebble.PROVIDER,
    mpire.PROVIDER,
    deap.PROVIDER,
    vecenv.PROVIDER,
)

# Every word that may mean a process boundary is near (engine/prefilter.py).
MENTIONS: tuple[str, ...] = tuple(dict.fromkeys(w for p in PROVIDERS for w in p.mentions))

# Names of the providers' own sink calls, as `name(` or `.name(` (prefilter.calls_a_candidate).
CALLS: frozenset[str] = frozenset(call for p in PROVIDERS for call in p.calls)

# multiprocessing factories and classes whose instances' methods are boundaries.
CLASS_OF_FACTORY: dict[str, str] = {
    "multiprocessing.Pool": "multiprocessing.pool.Pool",
    "multiprocessing.pool.Pool": "multiprocessing.pool.Pool",
    "multiprocessing.Queue": "multiprocessing.queues.Queue",
    "multiprocessing.queues.Queue": "multiprocessing.queues.Queue",
    "multiprocessing.JoinableQueue": "multiprocessing.queues.JoinableQueue",
    "multiprocessing.queues.JoinableQueue": "multiprocessing.queues.JoinableQueue",
    "multiprocessing.SimpleQueue": "multiprocessing.queues.SimpleQueue",
    "multiprocessing.queues.SimpleQueue": "multiprocessing.queues.SimpleQueue",
}


_MAX_HOPS = 4  # `ctx = ctx.get_context(...)` must not send the search round in circles


@dataclass(frozen=True)
class Mirrored:
    """A callee of a library that mirrors multiprocessing, by its multiprocessing names."""

    names: set[str]
    provider: Provider


def mirrored(func: nodes.NodeNG, hops: int = 0) -> Mirrored | None:
    """`torch.multiprocessing.Pool`, `multiprocess.Process`, `multiprocess.get_context("spawn")
    .Pool`: what they mirror, and whose."""
    names = syntactic_names(func)
    context = None
    if isinstance(func, nodes.Attribute) and hops < _MAX_HOPS:
        context = _mirrored_context(func.expr, hops + 1)
    if context is not None:
        assert isinstance(func, nodes.Attribute)
        return Mirrored({f"multiprocessing.{func.attrname}"}, context)
    for name in names:
        mirror = mirror_of(name)
        if mirror is not None:
            return Mirrored({mirror[0]}, mirror[1])
    return None


def mirror_of(name: str) -> tuple[str, Provider] | None:
    """`multiprocess.context.Process` -> `multiprocessing.context.Process` and the provider of
    the library that mirrors it; None for a name of no mirroring library."""
    for provider in PROVIDERS:
        for module in provider.mirrors:
            if name.startswith(f"{module}."):
                return "multiprocessing" + name[len(module) :], provider
    return None


def _mirrored_context(expr: nodes.NodeNG, hops: int) -> Provider | None:
    """The provider whose `get_context(...)` made `expr` (directly or through a name)."""
    creation = creating_call(expr)
    if creation is None or spelled_name(creation.func) != "get_context":
        return None
    found = mirrored(creation.func, hops)
    return found.provider if found is not None else None
