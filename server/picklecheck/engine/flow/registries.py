"""What a registry hands out: `cls = PLUGINS[name]; cls(options)`.

Plugin systems keep classes (or factory functions) in a module-level dict and make instances by
key, so the class behind a call is not written there. The dict is read as the program fills it
before the lookup runs: its literal items, and stores into it (`PLUGINS[name] = cls`) of a class,
of the class a registering decorator is given (`@plugin("strip")` whose inner function stores
its parameter) or of the subclass `__init_subclass__` is called for. Decorated and derived
classes are looked for in the modules that run before the lookup: the lookup's module, the
registry's module, and the project modules they import (a plugin module must be imported to
register anything). Whatever cannot be followed adds nothing (unknown, never a guess).
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.astroid_facade import Facade, lookup
from picklecheck.engine.flow.classes import constructed_classes
from picklecheck.engine.flow.dicts import makes_dict, module_dict_entries
from picklecheck.engine.flow.project import (
    built_module,
    file_mentions,
    imported_project_files,
    name_definitions,
    project_definitions,
)
from picklecheck.engine.flow.syntax import (
    method_owner,
    parameter_read,
    returning_parent,
    single_assigned_value,
)
from picklecheck.engine.tree_memo import nodes_in

# Project modules read to find the classes a decorator or a base class registers.
_MODULES_READ = 40


@dataclass(frozen=True)
class Registered:
    """A class or function a registry may hand out, and what registered it."""

    definition: nodes.ClassDef | nodes.FunctionDef
    registration: nodes.NodeNG
    registry: str

    def note(self) -> str:
        how = self.registration.as_string().splitlines()[0][:80]
        if isinstance(self.registration.parent, nodes.Decorators):
            how = f"@{how}"
        return f"`{self.definition.name}` is registered in `{self.registry}` by `{how}`"


def registered_definitions(callee: nodes.NodeNG, facade: Facade) -> list[Registered]:
    """What the registry the callee is looked up from may hand out: `PLUGINS[name]`,
    `PLUGINS.get(name)`, or a name assigned once from either. Empty when the callee is not
    such a lookup or the dict cannot be found."""
    looked_up = callee
    if isinstance(callee, nodes.Name):
        assigned = single_assigned_value(callee)
        if assigned is None:
            return []
        looked_up = assigned
    registry = _registry_name(looked_up)
    definition = _registry_definition(registry) if registry is not None else None
    if definition is None:
        return []
    name = str(definition.name)
    found: list[Registered] = []
    for entry in module_dict_entries(definition, callee):
        value = entry.value
        if isinstance(value, nodes.Name) and _reads_a_parameter(value):
            function = value.frame()
            assert isinstance(function, nodes.FunctionDef)
            found += _given_to(function, (callee.root(), definition.root()), name)
        else:
            found += [Registered(d, value, name) for d in _definitions_named(value, facade)]
    return found


def _registry_name(looked_up: nodes.NodeNG) -> nodes.Name | None:
    if isinstance(looked_up, nodes.Subscript) and isinstance(looked_up.value, nodes.Name):
        return looked_up.value
    func = looked_up.func if isinstance(looked_up, nodes.Call) else None
    if (
        isinstance(func, nodes.Attribute)
        and func.attrname == "get"
        and isinstance(func.expr, nodes.Name)
        and looked_up.args
    ):
        return func.expr
    return None


def _registry_definition(name: nodes.Name) -> nodes.AssignName | None:
    """The module-level assignment of the registry's dict (also in another module of the
    project: `from registry import PLUGINS`), or a dict of the function looking it up
    (`registry = {"archive": ArchiveHandler, ...}` then `registry[name](config)`)."""
    definitions = name_definitions(name)
    definition = definitions[0] if len(definitions) == 1 else None
    if (
        isinstance(definition, nodes.AssignName)
        and (isinstance(definition.scope(), nodes.Module) or definition.frame() is name.frame())
        and makes_dict(definition)
    ):
        return definition
    return None


def _definitions_named(
    item: nodes.NodeNG, facade: Facade
) -> list[nodes.ClassDef | nodes.FunctionDef]:
    """The class, or the factory function, an entry's value names."""
    if isinstance(item, nodes.Name):
        functions = [d for d in lookup(item, item.name) if isinstance(d, nodes.FunctionDef)]
        if functions:
            return list(functions)
    if isinstance(item, (nodes.Name, nodes.Attribute)):
        return list(constructed_classes(item, facade))
    return []


def _reads_a_parameter(value: nodes.Name) -> bool:
    function = value.frame()
    return isinstance(function, nodes.FunctionDef) and parameter_read(function, value) is not None


def _given_to(
    function: nodes.FunctionDef, roots: tuple[nodes.Module, nodes.Module], registry: str
) -> list[Registered]:
    """The classes a registering function is given: the subclasses `__init_subclass__` is
    called for, or the classes decorated with it (`@register`, or `@plugin("x")` where
    `plugin` returns it), in the modules that run before the lookup."""
    owner = method_owner(function)
    if function.name == "__init_subclass__" and owner is not None:
        return [
            Registered(cls, cls, registry)
            for module in _modules_run_before(roots, {str(owner.name)})
            for cls in nodes_in(module, nodes.ClassDef)
            if cls is not owner and _derives_from(cls, owner)
        ]
    makers = _decorator_makers(function)
    found: list[Registered] = []
    for module in _modules_run_before(roots, {str(function.name), *makers}):
        for defined in nodes_in(module, (nodes.ClassDef, nodes.FunctionDef)):
            decorator = _registering_decorator(defined, function.name, makers)
            if decorator is not None:
                found.append(Registered(defined, decorator, registry))
    return found


def _decorator_makers(function: nodes.FunctionDef) -> set[str]:
    """`plugin` when `function` is `register` of `def plugin(name): def register(cls): ...;
    return register`."""
    maker = returning_parent(function)
    return {str(maker.name)} if maker is not None else set()


def _registering_decorator(
    defined: nodes.ClassDef | nodes.FunctionDef, name: str, makers: set[str]
) -> nodes.NodeNG | None:
    for decorator in defined.decorators.nodes if defined.decorators else []:
        if isinstance(decorator, nodes.Call):
            if spelled_name(decorator.func) in makers:
                return decorator
        elif spelled_name(decorator) == name:
            return decorator
    return None


def _derives_from(cls: nodes.ClassDef, base: nodes.ClassDef) -> bool:
    """Read from the source: a base spelled as `base`'s name, directly or through the
    project's classes in between (at most 20)."""
    pending = [cls]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen or len(seen) > 20:
            continue
        seen.add(id(current))
        for expr in current.bases:
            if spelled_name(expr) == base.name:
                return True
            pending += [d for d in _class_statements(expr) if isinstance(d, nodes.ClassDef)]
    return False


def _class_statements(expr: nodes.NodeNG) -> list[nodes.NodeNG]:
    if not isinstance(expr, nodes.Name):
        return []
    found: list[nodes.NodeNG] = []
    for definition in lookup(expr, expr.name):
        if isinstance(definition, nodes.ImportFrom):
            found += project_definitions(definition, str(expr.name))
        else:
            found.append(definition)
    return found


def _modules_run_before(
    roots: tuple[nodes.Module, nodes.Module], names: set[str]
) -> list[nodes.Module]:
    """The lookup's and the registry's modules, and the project modules importing them runs
    (read from the files' text) that mention one of `names`, built."""
    modules = list(dict.fromkeys(roots))
    files = dict(imported_project_files(roots[0], _MODULES_READ))
    files.update(imported_project_files(roots[1], _MODULES_READ))
    for modname, file in files.items():
        if any(module.name == modname for module in modules):
            continue
        if not any(file_mentions(file, name) for name in names):
            continue  # the text test first: only a module naming the decorator is built
        built = built_module(roots[0], modname)
        modules += [built] if built is not None else []
    return modules
