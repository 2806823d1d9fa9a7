"""The class a call constructs, resolved through its definition, never by a bare name.

Two classes may share a name (`ProcRunner._Worker`, a Process, and `ThreadRunner._Worker`, a
thread, in one module); a class may come from another module of the project (`from workers
import W`, relative imports, `__init__.py` re-exports). The call's callee is followed to the
class statements it can denote; whatever cannot be followed is unknown.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterator

from astroid import bases, nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_build import positional_parameters
from picklecheck.engine.astroid_facade import Facade, call_name, lookup, qname_of
from picklecheck.engine.flow.project import is_project_import, is_project_module, is_user_node
from picklecheck.engine.flow.syntax import (
    class_body_value,
    is_name,
    is_self,
    own_nodes,
    root_name,
    single_assigned_value,
    syntactic_names,
)
from picklecheck.engine.providers.base import Provider
from picklecheck.engine.providers.registry import mirror_of
from picklecheck.engine.tree_memo import nodes_in

# Standard-library packages that define Process classes.
_PROCESS_PACKAGES = frozenset({"multiprocessing", "concurrent"})


def process_class_candidates(module: nodes.Module, facade: Facade) -> set[str]:
    """Names under which a call may construct a user `Process` subclass: the classes of this
    module that derive from Process, and the classes imported from the project's own modules.
    A name only makes its calls candidates; `user_process_class` decides for each call."""
    names: set[str] = set()
    known: dict[int, bool] = {}
    classes = _top_level_classes(module)
    # Only a class this module calls can make a sink here: judging every class's bases built
    # their modules (a tenth of a cold run), for classes constructed nowhere in the file.
    called = {call_name(call.func) for call in nodes_in(module, nodes.Call)}
    loops = _loops_over_names(module)  # `for kind in (Fetcher, Logger): kind(...)`
    called |= {item for target, items in loops.items() if target in called for item in items}
    for cls in nodes_in(module, nodes.ClassDef):
        if not cls.bases or cls.name not in called:
            continue
        if facade.out_of_time():
            break
        if _derives_from_process(cls, facade, known, classes):
            names.add(cls.name)
    for imported in nodes_in(module, nodes.ImportFrom):
        if not is_project_import(imported):
            continue
        names |= {alias or name for name, alias in imported.names if name[:1].isupper()}
    names |= _classes_of_imported_modules(module)
    # `engine(...)` of `for engine in (Netcraft, Bing)` constructs a candidate class
    return names | {target for target, items in loops.items() if items & names}


def _loops_over_names(module: nodes.Module) -> dict[str, set[str]]:
    """Loop variables (`for x in ...`, comprehensions) over a literal list, tuple or set (or
    a module name bound to one), with the names among its items."""
    found: dict[str, set[str]] = {}
    for loop in nodes_in(module, (nodes.For, nodes.Comprehension)):
        target = loop.target
        if not isinstance(target, nodes.AssignName):
            continue
        items = {item.name for item in _literal_items(loop.iter) if isinstance(item, nodes.Name)}
        if items:
            found.setdefault(str(target.name), set()).update(items)
    return found


def _classes_of_imported_modules(module: nodes.Module) -> set[str]:
    """`workers.W(...)` where `import workers` (or `from . import workers`, `from pkg import
    workers`) reads a project module: `W` becomes a candidate name."""
    made: dict[str, set[str]] = {}  # receiver name -> the capitalised names called on it
    for call in nodes_in(module, nodes.Call):
        func = call.func
        if (
            isinstance(func, nodes.Attribute)
            and isinstance(func.expr, nodes.Name)
            and func.attrname[:1].isupper()
        ):
            made.setdefault(str(func.expr.name), set()).add(str(func.attrname))
    if not made:
        return set()  # the imports are read only for the names something is called on
    modules: set[str] = set()
    for imported in nodes_in(module, nodes.Import):
        modules |= {
            alias or name
            for name, alias in imported.names
            if (alias or name) in made and is_project_module(name)
        }
    for imported in nodes_in(module, nodes.ImportFrom):
        relative_package = imported.level and imported.modname == ""
        for name, alias in imported.names:
            bound = alias or name
            if bound not in made:
                continue
            # `from hid import write as hid_write`: a submodule of a project package
            if relative_package or (
                not imported.level
                and imported.modname
                and name[:1].islower()
                and is_project_module(f"{imported.modname}.{name}")
            ):
                modules.add(bound)
    return {cls for name in modules for cls in made[name]}


def user_process_class(call: nodes.Call, facade: Facade) -> nodes.ClassDef | None:
    """The user-defined `Process` subclass `call` constructs, when every class its callee can
    denote is one."""
    classes = constructed_classes(call.func, facade)
    if not classes:
        return None
    for cls in classes:
        if not is_user_node(cls) or not process_ancestors(cls, facade):
            return None
    return classes[0]


def process_ancestors(cls: nodes.ClassDef, facade: Facade) -> set[str]:
    """The names of the process classes `cls` derives from: multiprocessing's, or those of a
    library that mirrors it (`multiprocess.Process`), as inferred or, for a library astroid
    cannot read, as the bases of `cls` and of its project ancestors are written."""
    ancestors = facade.ancestors(cls)
    lineage = [cls, *(a for a in ancestors if is_user_node(a))]
    names = {qname_of(a) for a in ancestors}
    names |= {name for c in lineage for base in c.bases for name in syntactic_names(base)}
    names |= {_CONTEXT_PROCESS for c in lineage for base in c.bases if _context_process(base)}
    return {name for name in names if _is_process_class(name)}


_CONTEXT_PROCESS = "multiprocessing.context.Process"


def _context_process(base: nodes.NodeNG) -> bool:
    """`ctx.Process` of `ctx = context or multiprocessing.get_context()` (billiard's pool):
    inference loses the context through the `or`, the spelling does not."""
    if not (isinstance(base, nodes.Attribute) and base.attrname == "Process"):
        return False
    value = single_assigned_value(base.expr) if isinstance(base.expr, nodes.Name) else None
    operands = value.values if isinstance(value, nodes.BoolOp) else [value]
    return any(
        isinstance(operand, nodes.Call)
        and any(name.endswith("get_context") for name in syntactic_names(operand.func))
        for operand in operands
    )


def process_library(cls: nodes.ClassDef, facade: Facade) -> Provider | None:
    """The mirroring library (multiprocess) whose Process `cls` derives from; None for
    multiprocessing's own."""
    for name in sorted(process_ancestors(cls, facade)):
        mirror = mirror_of(name)
        if mirror is not None:
            return mirror[1]
    return None


def _is_process_class(name: str) -> bool:
    mirror = mirror_of(name)
    return name in kb.PROCESS_CLASSES or (mirror is not None and mirror[0] in kb.PROCESS_CLASSES)


def constructed_classes(callee: nodes.NodeNG, facade: Facade) -> list[nodes.ClassDef]:
    """The class statements `callee` can denote; empty when anything else might be called."""
    if isinstance(callee, nodes.Name):
        definitions = lookup(callee, callee.name)
        if definitions and all(isinstance(d, nodes.ClassDef) for d in definitions):
            return [d for d in definitions if isinstance(d, nodes.ClassDef)]
        iterated = iterated_classes(definitions, facade)
        if iterated:
            return iterated
    elif isinstance(callee, nodes.Attribute):
        nested = _nested_class(callee)
        if nested is not None:
            return [nested]
    values = facade.infer(callee) or []
    if values and all(isinstance(v, nodes.ClassDef) for v in values):
        return [v for v in values if isinstance(v, nodes.ClassDef)]
    return []


def iterated_classes(definitions: list[nodes.NodeNG], facade: Facade) -> list[nodes.ClassDef]:
    """`engine` of `for engine in (Netcraft, Bing)` or `[engine(d) for engine in ENGINES]`
    (a literal list, tuple or set of classes, perhaps bound to a module-level name)."""
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return []
    loop = definitions[0].parent
    if not isinstance(loop, (nodes.For, nodes.Comprehension)) or loop.target is not definitions[0]:
        return []
    items = _literal_items(loop.iter)
    classes: list[nodes.ClassDef] = []
    for item in items:
        found = constructed_classes(item, facade) if isinstance(item, nodes.Name) else []
        if not found:
            return []
        classes += found
    return classes


def _literal_items(iterable: nodes.NodeNG) -> list[nodes.NodeNG]:
    if isinstance(iterable, nodes.Name):
        iterable = single_assigned_value(iterable)
    if isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)):
        return list(iterable.elts)
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
    first = positional_parameters(method)[:1]
    if first and first[0] is definition and method.type in ("method", "classmethod"):
        return method.parent
    return None


def _derives_from_process(
    cls: nodes.ClassDef,
    facade: Facade,
    known: dict[int, bool],
    classes: dict[str, list[nodes.ClassDef]],
) -> bool:
    """Whether a base at any depth is a multiprocessing process class. Each class is judged
    once from its direct bases (source order makes the bases' answers known already), so a
    chain of N classes costs N, not the N**2 of listing every class's ancestors."""
    answer = known.get(id(cls))
    if answer is None:
        known[id(cls)] = False  # a cycle in the bases ends here
        answer = (
            _written_process_base(cls, classes)
            or any(_context_process(base) for base in cls.bases)
            or any(
                value is not cls
                and (
                    _is_process_class(qname_of(value))
                    or _derives_from_process(value, facade, known, classes)
                )
                for value in _base_classes(cls, facade, classes)
            )
        )
        known[id(cls)] = answer
    return answer


def _base_classes(
    cls: nodes.ClassDef, facade: Facade, classes: dict[str, list[nodes.ClassDef]]
) -> Iterator[nodes.ClassDef]:
    for base in cls.bases:
        earlier = _earlier_definition(cls, base, classes)
        if earlier is None and _standard_non_process_base(base, classes):
            continue
        values = [earlier] if earlier is not None else facade.infer(base) or []
        yield from (value for value in values if isinstance(value, nodes.ClassDef))


def _written_process_base(cls: nodes.ClassDef, classes: dict[str, list[nodes.ClassDef]]) -> bool:
    """A base written as an imported process class (`multiprocess.Process`, which astroid
    may be unable to read). Names the module's class statements bind are skipped: reading
    those is `_base_classes`' work, and a name bound N times costs N per lookup."""
    for base in cls.bases:
        root = root_name(base)
        if root is not None and root.name in classes:
            continue
        if any(_is_process_class(name) for name in syntactic_names(base)):
            return True
    return False


def _standard_non_process_base(
    base: nodes.NodeNG, classes: dict[str, list[nodes.ClassDef]]
) -> bool:
    """`unittest.TestCase`, `threading.Thread`: a class imported from a standard-library module
    other than multiprocessing, which no Process subclass comes from. Not inferred: inferring it
    builds the whole module (unittest, socketserver, ...) only to find it is not a Process.
    A subscripted base, `Generic[T]`, is read by what is subscripted; a module imported by
    `import_module("name")` counts as imported; a fallback binding of the name to a builtin
    class (`except ImportError: Structure = object`) is no Process either."""
    if isinstance(base, nodes.Subscript):
        base = base.value
    root = root_name(base)
    if root is None or root.name in classes:
        return False  # a name a class statement binds is the project's own
    everywhere = lookup(root, root.name)
    definitions = [d for d in everywhere if not _builtin_class_alias(d)]
    if not definitions or (root is not base and len(definitions) < len(everywhere)):
        return False  # `object.attr` is not a module's attribute: left to inference
    if all(isinstance(d, (nodes.Import, nodes.ImportFrom)) for d in definitions):
        names = syntactic_names(base)
    else:
        modules = {_imported_by_name(d) for d in definitions}
        if None in modules:
            return False
        rest = base.as_string()[len(root.name) :]  # `.SemLock` of `_multiprocessing.SemLock`
        names = {f"{module}{rest}" for module in modules}
    return bool(names) and all(_standard_non_process_module(name) for name in names)


def _builtin_class_alias(definition: nodes.NodeNG) -> bool:
    """`Name = object`: the name bound to a class of the builtins module, by a plain name."""
    assign = definition.parent
    if not isinstance(definition, nodes.AssignName) or not isinstance(assign, nodes.Assign):
        return False
    value = assign.value
    if assign.targets != [definition] or not isinstance(value, nodes.Name):
        return False
    found = lookup(value, value.name)
    return bool(found) and all(
        isinstance(d, nodes.ClassDef) and d.root().name == "builtins" for d in found
    )


def _imported_by_name(definition: nodes.NodeNG) -> str | None:
    """`X = importlib.import_module("name")` (or a helper's `import_module("name")`, as
    `test.support.import_helper`'s): the module the name is bound to, as `import name as X`
    would bind it; None for anything else."""
    assign = definition.parent
    if not isinstance(definition, nodes.AssignName) or not isinstance(assign, nodes.Assign):
        return None
    call = assign.value
    if assign.targets != [definition] or not isinstance(call, nodes.Call) or not call.args:
        return None
    module = call.args[0]
    spelled = call.func.attrname if isinstance(call.func, nodes.Attribute) else ""
    spelled = spelled or getattr(call.func, "name", "")
    if spelled != "import_module" or not isinstance(module, nodes.Const):
        return None
    return module.value if isinstance(module.value, str) else None


def _standard_non_process_module(dotted: str) -> bool:
    top = dotted.split(".")[0]
    return (
        top in sys.stdlib_module_names
        and top not in _PROCESS_PACKAGES
        and not is_project_module(top)  # a project module that shadows the standard one
    )


def _top_level_classes(module: nodes.Module) -> dict[str, list[nodes.ClassDef]]:
    """Names the module binds only with top-level class statements, to those classes in
    source order. Executed top to bottom, a class statement's base of such a name is the
    last of them before it: known without astroid's lookup, which costs N per name read
    (`class A(A): pass` repeated N times costs N**2 to infer)."""
    found: dict[str, list[nodes.ClassDef]] = {}
    for name, definitions in module.locals.items():
        if definitions and all(
            isinstance(d, nodes.ClassDef) and d.parent is module for d in definitions
        ):
            found[name] = sorted(definitions, key=_position)
    return found


def _position(node: nodes.NodeNG) -> tuple[int, int]:
    return (node.fromlineno, node.col_offset)


def _earlier_definition(
    cls: nodes.ClassDef, base: nodes.NodeNG, classes: dict[str, list[nodes.ClassDef]]
) -> nodes.ClassDef | None:
    definitions = classes.get(base.name, []) if isinstance(base, nodes.Name) else []
    if not definitions or cls.parent is not cls.root():
        return None
    index = bisect.bisect_left(definitions, _position(cls), key=_position)
    return definitions[index - 1] if index > 0 else None


def attribute_owner(attr: nodes.Attribute, facade: Facade) -> tuple[nodes.ClassDef, bool] | None:
    """The project class `attr` is read from, and whether through an instance: `self.x` in a
    method of the class, `obj.x` of the one value inferred, an instance of it, or `Cls.x`."""
    method = attr.frame()
    if is_self(attr.expr):
        owner = method.parent if isinstance(method, nodes.FunctionDef) else None
        return (owner, True) if isinstance(owner, nodes.ClassDef) else None
    values = facade.infer(attr.expr) or []
    if len(values) != 1:
        return None
    on_instance = isinstance(values[0], bases.Instance)
    cls = values[0]._proxied if on_instance else values[0]
    return (cls, on_instance) if isinstance(cls, nodes.ClassDef) and is_user_node(cls) else None


_DISPLAYS = (nodes.Dict, nodes.List, nodes.Tuple, nodes.Set)


def class_display(
    attr: nodes.Attribute, facade: Facade
) -> tuple[nodes.NodeNG, nodes.ClassDef] | None:
    """The display (dict, list, tuple or set) that the body of a project class binds to the
    attribute `attr` reads (`Cls.getters`, `self.Defaults.getters`), and that class."""
    owner = attribute_owner(attr, facade)
    found = class_body_value(owner[0], str(attr.attrname)) if owner is not None else None
    return found if found is not None and isinstance(found[0], _DISPLAYS) else None


def class_attribute_fills(
    cls: nodes.ClassDef, name: str
) -> list[tuple[nodes.Assign, nodes.NodeNG]]:
    """(statement, value) of `Cls.<name> = value` in the methods of `cls` (also `cls.<name>`
    in a classmethod, `type(self).<name>`), values other than None."""
    found = []
    for method in cls.mymethods():
        first = method.args.args[0].name if method.args.args else None
        for store in own_nodes(method, nodes.AssignAttr):
            statement = store.parent
            if store.attrname != name or not isinstance(statement, nodes.Assign):
                continue
            if not _names_the_class(
                store.expr, cls, first if method.type == "classmethod" else None
            ):
                continue
            value = statement.value
            if not (isinstance(value, nodes.Const) and value.value is None):
                found.append((statement, value))
    return found


def _names_the_class(expr: nodes.NodeNG, cls: nodes.ClassDef, cls_parameter: str | None) -> bool:
    if isinstance(expr, nodes.Name):
        return expr.name in (cls.name, cls_parameter)
    return (
        isinstance(expr, nodes.Call)
        and is_name(expr.func, "type")
        and len(expr.args) == 1
        and is_self(expr.args[0])
    )


def inferred_project_classes(expr: nodes.NodeNG, facade: Facade) -> list[nodes.ClassDef]:
    """The project classes of the instances inferred for `expr`, one per inferred value."""
    return [
        value._proxied
        for value in facade.infer(expr) or []
        if isinstance(value, bases.Instance)
        and isinstance(value._proxied, nodes.ClassDef)
        and is_user_node(value._proxied)
    ]
