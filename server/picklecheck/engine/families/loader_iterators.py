"""Iterators of a torch DataLoader: `iter(loader)` gives a `_SingleProcessDataLoaderIter` (with
workers, a `_MultiProcessingDataLoaderIter`) whose `__getstate__` raises NotImplementedError.
Kept on an object that crosses a boundary (a dataset caching `iter(dl)` of each sub-loader,
deepmd-kit 4686), it fails wherever that object is pickled. Read by name: torch need not be
installed, and its trees are never built."""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.boundary import argument, creating_call, literal
from picklecheck.engine.flow.syntax import (
    construction_sites,
    iterated_by,
    single_stored_value,
    syntactic_names,
)
from picklecheck.engine.problem import Problem


def loader_iterator(call: nodes.Call) -> Problem | None:
    """`iter(loader)` of a loader made by `DataLoader(...)`, directly or as an item of a list
    of loaders the call's loop or comprehension walks."""
    if len(call.args) != 1 or call.keywords:
        return None
    loader = _loader_made(call.args[0])
    if loader is None:
        return None
    kind = (
        "_MultiProcessingDataLoaderIter"
        if _with_workers(loader)
        else "_SingleProcessDataLoaderIter"
    )
    return Problem.at(
        rules.PKL004,
        (call, f"`{call.as_string()}` gives a `{kind}`, which refuses to be pickled"),
        f"a DataLoader iterator (`{kind}`)",
        f"NotImplementedError: ('{{}} cannot be pickled', '{kind}')",
    )


def loader_super_iterator(call: nodes.Call) -> Problem | None:
    """`self.iterator = super().__iter__()` in a method of a project subclass of DataLoader
    (ultralytics' InfiniteDataLoader, reusing its workers): the base's iterator."""
    func = call.func
    if not (
        isinstance(func, nodes.Attribute)
        and func.attrname == "__iter__"
        and isinstance(func.expr, nodes.Call)
        and isinstance(func.expr.func, nodes.Name)
        and func.expr.func.name == "super"
    ):
        return None
    frame = call.frame()
    cls = frame.parent if isinstance(frame, nodes.FunctionDef) else None
    if not isinstance(cls, nodes.ClassDef) or not any(
        syntactic_names(base) & kb.LOADER_CLASSES for base in cls.bases
    ):
        return None
    sites = construction_sites(cls)
    workers = any(_with_workers(site) for site in sites) or not sites
    kind = "_MultiProcessingDataLoaderIter" if workers else "_SingleProcessDataLoaderIter"
    return Problem.at(
        rules.PKL004,
        (call, f"`{call.as_string()}` gives the DataLoader's iterator, which refuses pickling"),
        "a DataLoader iterator",
        f"NotImplementedError: ('{{}} cannot be pickled', '{kind}')",
    )


def _is_loader(value: nodes.NodeNG | None) -> bool:
    return isinstance(value, nodes.Call) and bool(syntactic_names(value.func) & kb.LOADER_CLASSES)


def _loader_made(node: nodes.NodeNG) -> nodes.Call | None:
    made = creating_call(node)
    if _is_loader(made):
        return made
    loop = iterated_by(node) if isinstance(node, nodes.Name) else None
    return _listed_loader(loop.iter) if loop is not None else None


def _listed_loader(items: nodes.NodeNG) -> nodes.Call | None:
    """The `DataLoader(...)` a list display or comprehension of loaders makes, also through a
    name bound once to it or an attribute of `self` stored once."""
    listed = (
        single_stored_value(items) if isinstance(items, nodes.Name | nodes.Attribute) else items
    )
    if isinstance(listed, (nodes.ListComp, nodes.GeneratorExp)):
        return listed.elt if _is_loader(listed.elt) else None
    if isinstance(listed, (nodes.List, nodes.Tuple)) and listed.elts:
        loaders = [e for e in listed.elts if _is_loader(e)]
        return loaders[0] if len(loaders) == len(listed.elts) else None
    return None


def _with_workers(loader: nodes.Call) -> bool:
    given = argument(loader, 5, "num_workers")
    return given is not None and literal(given) != 0
