"""Dicts made in a scope and filled later: the values `d[key]`, `d.values()` and `d.items()`
give back."""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.containers import (
    added_by_functions,
    added_to,
    additions,
    container_name,
    is_container,
    makes_plain_dict_subclass,
)
from picklecheck.engine.flow.state import const_str
from picklecheck.engine.flow.syntax import (
    assigned_value,
    is_name,
    own_nodes,
)


@dataclass(frozen=True)
class Entry:
    """A value put into the dict: under a constant string `key`, or a key known only when
    the program runs (None); `statement` puts it there."""

    key: str | None
    value: nodes.NodeNG
    statement: nodes.NodeNG


def dict_definition(name: nodes.NodeNG) -> nodes.AssignName | None:
    """The one binding of `name` to a dict written in the program (`{...}`, a dict
    comprehension, `dict()`)."""
    if not isinstance(name, nodes.Name):
        return None
    definitions = lookup(name, name.name)
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return None
    return definitions[0] if makes_dict(definitions[0]) else None


def makes_dict(definition: nodes.AssignName) -> bool:
    value = assigned_value(definition)[0]
    return (
        isinstance(value, (nodes.Dict, nodes.DictComp))
        or (is_container(value) and isinstance(value, nodes.Call) and is_name(value.func, "dict"))
        or makes_plain_dict_subclass(value)
    )


def dict_entries(definition: nodes.AssignName, use: nodes.NodeNG) -> list[Entry] | None:
    """What the dict holds at `use`: its literal entries, then what the statements of its
    scope (and module functions called before `use`) put in. None when a `**` spread makes
    the contents unknown."""
    value = assigned_value(definition)[0]
    entries: list[Entry] = []
    if isinstance(value, nodes.Dict):
        for key, item in value.items:
            if isinstance(key, nodes.DictUnpack):
                return None
            entries.append(Entry(const_str(key), item, value))
    elif isinstance(value, nodes.DictComp):
        entries.append(Entry(None, value.value, value))
    elif isinstance(value, nodes.Call):
        entries += [Entry(k.arg, k.value, value) for k in value.keywords or [] if k.arg]
    for statement, added in [*additions(definition, use), *added_by_functions(definition, use)]:
        entries.append(Entry(_added_key(statement), added, statement))
    return entries


def module_dict_entries(definition: nodes.AssignName, use: nodes.NodeNG) -> list[Entry]:
    """What a module-level dict holds where `use` reads it, also from another module: its
    literal entries, what its module puts in before `use`, and what the module's functions put
    in (a registry). Entries a `**` spread adds are not known here."""
    same_module = use.root() is definition.root()
    entries = dict_entries(definition, use if same_module else definition) or []
    return [*entries, *registry_entries(definition)]


def registry_entries(definition: nodes.AssignName) -> list[Entry]:
    """What the functions of its module (nested ones too) put into a module-level dict that
    another module imports: a registry is read once the modules that fill it are imported
    (`PLUGINS[name] = timed` in a decorator factory)."""
    module = definition.root()
    name = str(definition.name)
    entries: list[Entry] = []
    for function in module.nodes_of_class(nodes.FunctionDef):
        for node in own_nodes(function, (nodes.Call, nodes.Assign)):
            for added in added_to(node, name):
                if definition in lookup(container_name(node), name):
                    entries.append(Entry(_added_key(node), added, node))
    return entries


def _added_key(statement: nodes.NodeNG) -> str | None:
    if isinstance(statement, nodes.Assign):
        for target in statement.targets:
            if isinstance(target, nodes.Subscript):
                return const_str(target.slice)
    return None


def entries_for_key(entries: list[Entry], key: str | None) -> list[Entry]:
    """The entries `d[key]` can read: the last one put in under that constant key, else every
    entry whose key is known only at run time."""
    if key is not None:
        same = [e for e in entries if e.key == key]
        if same:
            return same[-1:]
    return [e for e in entries if e.key is None]
