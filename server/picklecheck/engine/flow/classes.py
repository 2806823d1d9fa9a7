"""The class a call constructs, resolved through its definition, never by a bare name.

Two classes may share a name (`ProcRunner._Worker`, a Process, and `ThreadRunner._Worker`, a
thread, in one module); a class may come from another module of the project (`from workers
import W`, relative imports, `__init__.py` re-exports). The call's callee is followed to the
class statements it can denote; whatever cannot be followed is unknown.
"""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade, lookup, nodes_in, qname_of
from picklecheck.engine.flow.project import is_project_import, is_project_module, is_user_node


def process_class_candidates(module: nodes.Module, facade: Facade) -> set[str]:
    """Names under which a call may construct a user `Process` subclass: the classes of this
    module that derive from Process, and the classes imported from the project's own modules.
    A name only makes its calls candidates; `user_process_class` decides for each call."""
    names: set[str] = set()
    for cls in nodes_in(module, nodes.ClassDef):
        if not cls.bases:
            continue
        if facade.out_of_time():
            break
        ancestors = {qname_of(a) for a in facade.ancestors(cls)}
        if ancestors & kb.PROCESS_CLASSES:
            names.add(cls.name)
    for imported in nodes_in(module, nodes.ImportFrom):
        if not is_project_import(imported):
            continue
        names |= {alias or name for name, alias in imported.names if name[:1].isupper()}
    return names | _classes_of_imported_modules(module)


def _classes_of_imported_modules(module: nodes.Module) -> set[str]:
    """`workers.W(...)` where `import workers` (or `from . import workers`) reads a project
    module: `W` becomes a candidate name."""
    modules: set[str] = set()
    for imported in nodes_in(module, nodes.Import):
        modules |= {alias or name for name, alias in imported.names if is_project_module(name)}
    for imported in nodes_in(module, nodes.ImportFrom):
        if imported.level and imported.modname == "":
            modules |= {alias or name for name, alias in imported.names}
    if not modules:
        return set()
    return {
        str(call.func.attrname)
        for call in nodes_in(module, nodes.Call)
        if isinstance(call.func, nodes.Attribute)
        and isinstance(call.func.expr, nodes.Name)
        and call.func.expr.name in modules
        and call.func.attrname[:1].isupper()
    }


def user_process_class(call: nodes.Call, facade: Facade) -> nodes.ClassDef | None:
    """The user-defined `Process` subclass `call` constructs, when every class its callee can
    denote is one."""
    classes = constructed_classes(call.func, facade)
    if not classes:
        return None
    for cls in classes:
        if not is_user_node(cls):
            return None
        if not {qname_of(a) for a in facade.ancestors(cls)} & kb.PROCESS_CLASSES:
            return None
    return classes[0]


def constructed_classes(callee: nodes.NodeNG, facade: Facade) -> list[nodes.ClassDef]:
    """The class statements `callee` can denote; empty when anything else might be called."""
    if isinstance(callee, nodes.Name):
        definitions = lookup(callee, callee.name)
        if definitions and all(isinstance(d, nodes.ClassDef) for d in definitions):
            return [d for d in definitions if isinstance(d, nodes.ClassDef)]
    elif isinstance(callee, nodes.Attribute):
        nested = _nested_class(callee)
        if nested is not None:
            return [nested]
    values = facade.infer(callee) or []
    if values and all(isinstance(v, nodes.ClassDef) for v in values):
        return [v for v in values if isinstance(v, nodes.ClassDef)]
    return []


def _nested_class(callee: nodes.Attribute) -> nodes.ClassDef | None:
    """`Outer.Inner`, or `self.Inner` / `cls.Inner` inside a method of `Outer`."""
    owner = _owner_class(callee.expr)
    if owner is None:
        return None
    found = owner.locals.get(callee.attrname, [])
    if len(found) == 1 and isinstance(found[0], nodes.ClassDef):
        return found[0]
    return None


def _owner_class(expr: nodes.NodeNG) -> nodes.ClassDef | None:
    if not isinstance(expr, nodes.Name):
        return None
    definitions = lookup(expr, expr.name)
    if len(definitions) != 1:
        return None
    definition = definitions[0]
    if isinstance(definition, nodes.ClassDef):
        return definition
    arguments = definition.parent
    method = arguments.parent if isinstance(arguments, nodes.Arguments) else None
    if not isinstance(method, nodes.FunctionDef) or not isinstance(method.parent, nodes.ClassDef):
        return None
    first = (method.args.posonlyargs + method.args.args)[:1]
    if first and first[0] is definition and method.type in ("method", "classmethod"):
        return method.parent
    return None
