"""A logger of a custom class that comes back as a plain `logging.Logger` in the child.

`logging.Logger.__reduce__` pickles a named logger as `getLogger(name)`: the child gets the
logger its own logging module makes. When the parent made it while `logging.setLoggerClass(C)`
was in effect (a helper setting the class around `getLogger`, or the main program setting it),
a spawned child, which ran none of that, makes a plain `Logger`, and a method only `C` defines
fails there (trinity 1971, eth-utils 199). fork copies the parent's logging manager, whose
cached logger is a `C`, so pool tasks of forked workers keep it (PKL015's family: the copy
lacks what the child reads)."""

from __future__ import annotations

import logging

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.project import named_function
from picklecheck.engine.flow.syntax import in_main_guard, is_name, own_nodes, syntactic_names
from picklecheck.engine.problem import Problem, snippet, step

_LOGGER_ATTRIBUTES = frozenset(dir(logging.Logger))


def logger_class_lost(cls: nodes.ClassDef, method: nodes.FunctionDef) -> Problem | None:
    """`self.logger.debug2(...)` in `method`, the bound method a child runs on its copy of an
    instance of `cls`, where `self.logger` is a logger made while `setLoggerClass(C)` was in
    effect in the parent only, and `debug2` is `C`'s own."""
    for call in own_nodes(method, nodes.Call):
        func = call.func
        holder = func.expr if isinstance(func, nodes.Attribute) else None
        if not (
            isinstance(holder, nodes.Attribute)
            and is_name(holder.expr, "self")
            and func.attrname not in _LOGGER_ATTRIBUTES
        ):
            continue
        for made in _stored_values(cls, str(holder.attrname)):
            logger_class = _class_set_around(made)
            if logger_class is not None and func.attrname in logger_class.locals:
                return _problem(call, made, logger_class, str(func.attrname))
    return None


def _problem(
    call: nodes.Call, made: nodes.Call, logger_class: nodes.ClassDef, name: str
) -> Problem:
    note = f"`{snippet(made)}` makes a `{logger_class.name}` while the parent's logger class is set"
    problem = Problem.at(
        rules.PKL015,
        (made, note),
        f"a `{logger_class.name}` logger, which a spawned child rebuilds by name as a plain Logger",
        f"AttributeError: 'Logger' object has no attribute '{name}'",
        methods=kb.CHILD_ONLY,
    )
    return problem.through(
        step(call, f"the child calls `{name}()`, which only `{logger_class.name}` has")
    )


def _stored_values(cls: nodes.ClassDef, attribute: str) -> list[nodes.Call]:
    """The calls `self.<attribute> = call(...)` in the class's methods store."""
    found = []
    for method in cls.mymethods():
        for assign in own_nodes(method, nodes.Assign):
            if isinstance(assign.value, nodes.Call) and any(
                isinstance(t, nodes.AssignAttr)
                and t.attrname == attribute
                and is_name(t.expr, "self")
                for t in assign.targets
            ):
                found.append(assign.value)
    return found


def _class_set_around(made: nodes.Call) -> nodes.ClassDef | None:
    """The logger class in effect when `made` makes a logger: `getLogger(...)` inside a
    project helper (or the function itself) that calls `logging.setLoggerClass(C)`, or a
    plain `getLogger(...)` in a module that sets C only at run time (in a function or under
    the main guard, never at import, where a spawned child would set it too); C a project
    class."""
    helper = named_function(made.func)
    if helper is not None:
        if any(map(_is_get_logger, own_nodes(helper, nodes.Call))):
            return _chosen_class(own_nodes(helper, nodes.Call))
        return None
    if not _is_get_logger(made):
        return None
    chosen = list(own_nodes(made.frame(), nodes.Call))
    module = made.root()
    settings = [c for c in module.nodes_of_class(nodes.Call) if _sets_logger_class(c)]
    if any(c.frame() is module and not in_main_guard(c) for c in settings):
        return None  # set at import: the child makes the same class
    return _chosen_class(chosen) or _chosen_class(settings)


def _chosen_class(calls: object) -> nodes.ClassDef | None:
    for call in calls:  # type: ignore[attr-defined]
        if _sets_logger_class(call):
            chosen = call.args[0]
            found = lookup(chosen, chosen.name) if isinstance(chosen, nodes.Name) else []
            cls = found[0] if len(found) == 1 else None
            if isinstance(cls, nodes.ClassDef) and cls.parent is cls.root():
                return cls
    return None


def _sets_logger_class(call: nodes.Call) -> bool:
    return bool(call.args) and "logging.setLoggerClass" in syntactic_names(call.func)


def _is_get_logger(call: nodes.Call) -> bool:
    return "logging.getLogger" in syntactic_names(call.func)
