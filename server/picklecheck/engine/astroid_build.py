"""How astroid builds modules here: without inference, with star imports bounded, and with
its transforms grouped so that building a large file stays cheap (see install_build_guards)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import astroid
from astroid import nodes
from astroid.builder import AstroidBuilder


class _SyntacticAttributeBuilder(AstroidBuilder):  # type: ignore[misc]
    """Records `self.x = ...` without inference.

    astroid's builder infers the owner of every attribute assignment while building, which
    imports modules and makes a "parse" of a large file cost seconds. Instance attributes set
    through a method's `self` are all picklecheck needs, and they need no inference.
    """

    def delayed_assattr(self, node: nodes.AssignAttr) -> None:
        owner = _self_class(node)
        if owner is not None:
            assignments = owner.instance_attrs.setdefault(node.attrname, [])
            if node not in assignments:
                assignments.append(node)


def _self_class(node: nodes.AssignAttr) -> nodes.ClassDef | None:
    if not isinstance(node.expr, nodes.Name):
        return None
    function = node.frame()
    if not isinstance(function, nodes.FunctionDef) or not isinstance(
        function.parent, nodes.ClassDef
    ):
        return None
    params = function.args.posonlyargs + function.args.args
    if not params or params[0].name != node.expr.name:
        return None
    decorators = function.decorators.nodes if function.decorators else []
    if any(getattr(d, "name", "") in ("staticmethod", "classmethod") for d in decorators):
        return None
    return function.parent


_ENUM_BASES = frozenset({"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum"})
# Classes looked at per check: it runs for every class built, so a chain of N classes would
# cost N**2; an enum further than this from its enum base stays a plain class (unknown).
_ENUM_WALK_LIMIT = 64


def _syntactic_enum_check(cls: nodes.ClassDef) -> bool:
    """Whether astroid's enum brain should rewrite `cls`, decided without inference.

    astroid asks `is_subtype_of("enum.Enum")` of every class it builds, in every module it
    imports, which infers each base and so builds whole import chains at build time (most of a
    cold run's time). A base spelled like an enum class, or a class of the same module that is
    one, answers for the classes that matter; an enum derived through another module's base
    stays a plain class, whose members infer to their values: unknown to us, never wrong.
    """
    expanded: set[str] = set()
    pending = [cls]
    for _visit in range(_ENUM_WALK_LIMIT):
        if not pending:
            return False
        current = pending.pop()
        for base in current.bases:
            name = spelled_name(base)
            if name in _ENUM_BASES:
                return True
            if isinstance(base, nodes.Name) and base.name not in expanded:
                expanded.add(base.name)  # each name once: `class A(A)` x N stays linear
                pending.extend(_same_module_classes(current, base.name))
    return False


def spelled_name(node: nodes.NodeNG) -> str:
    """The last part of a name as written: `Pool` for `mp.Pool` and for `Pool`, else ""."""
    if isinstance(node, nodes.Attribute):
        return str(node.attrname)
    if isinstance(node, nodes.Name):
        return str(node.name)
    return ""


def _same_module_classes(cls: nodes.ClassDef, name: str) -> list[nodes.ClassDef]:
    try:
        definitions = cls.root().locals.get(name, [])
    except Exception:
        return []
    return [d for d in definitions[-_ENUM_WALK_LIMIT:] if isinstance(d, nodes.ClassDef)]


def _literal_str_format(node: nodes.Call) -> bool:
    """`"...".format(...)` on a literal: astroid's own predicate also infers names."""
    func = node.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname == "format"
        and isinstance(func.expr, nodes.Const)
        and isinstance(func.expr.value, str)
    )


_ATTRS_DECORATORS = frozenset(
    {"attr.s", "attr.attrs", "attr.attributes", "attr.define", "attr.mutable", "attr.frozen"}
    | {"attrs.define", "attrs.mutable", "attrs.frozen", "define", "mutable", "frozen"}
)


def _spelled_attrs_class(node: nodes.ClassDef) -> bool:
    """An attrs class by its decorator's spelling; astroid's predicate also infers it."""
    for decorator in node.decorators.nodes if node.decorators else []:
        if isinstance(decorator, nodes.Call):
            decorator = decorator.func
        if decorator.as_string() in _ATTRS_DECORATORS:
            return True
    return False


def _spelled_dataclass(node: nodes.ClassDef) -> bool:
    """A class decorated with something spelled `dataclass` (astroid's predicate infers it)."""
    for decorator in node.decorators.nodes if node.decorators else []:
        if isinstance(decorator, nodes.Call):
            decorator = decorator.func
        if spelled_name(decorator) == "dataclass":
            return True
    return False


def _spelled_field_call(node: nodes.Call) -> bool:
    """`x: T = field(...)` in the body of such a class."""
    if spelled_name(node.func) != "field":
        return False
    statement = node.statement()
    scope = statement.scope()
    return (
        isinstance(statement, nodes.AnnAssign)
        and statement.value is not None
        and isinstance(scope, nodes.ClassDef)
        and _spelled_dataclass(scope)
    )


def _syntactic_predicates() -> dict[Any, Callable[[Any], bool]]:
    """astroid's build-time predicates that infer, each with its syntactic stand-in."""
    from astroid.brain import (
        brain_attrs,
        brain_builtin_inference,
        brain_dataclasses,
        brain_namedtuple_enum,
    )

    return {
        brain_namedtuple_enum._is_enum_subclass: _syntactic_enum_check,
        brain_builtin_inference._is_str_format_call: _literal_str_format,
        brain_attrs.is_decorated_with_attrs: _spelled_attrs_class,
        brain_dataclasses.is_decorated_with_dataclass: _spelled_dataclass,
        brain_dataclasses._looks_like_dataclass_field_call: _spelled_field_call,
    }


_guards_installed = [False]


def install_build_guards() -> None:
    """Make astroid build modules without inference (once per process).

    Building runs inference in two places: brain predicates that decide whether a transform
    applies, and `delayed_assattr`, which infers the owner of every `x.attr = ...`. Both run for
    every module astroid imports, and each inference can import and build further modules, so
    a cold run spent most of its time there. Syntactic stand-ins answer for the cases that
    matter to pickling.
    """
    if _guards_installed[0]:
        return
    _guards_installed[0] = True
    AstroidBuilder.delayed_assattr = _SyntacticAttributeBuilder.delayed_assattr
    AstroidBuilder.add_from_names_to_locals = _bounded_star_imports(
        AstroidBuilder.add_from_names_to_locals
    )
    try:
        replacements = _syntactic_predicates()
        registered = astroid.MANAGER._transform.transforms
    except (ImportError, AttributeError):
        return  # another astroid layout: keep its own predicates
    for entries in registered.values():
        for index, (transform, predicate) in enumerate(entries):
            if predicate in replacements:
                entries[index] = (transform, replacements[predicate])
    _group_builtin_call_transforms(registered)
    _install_lean_transform_walk(astroid.MANAGER._transform)
    _build_numpy_stubs_once()


_numpy_stubs: dict[str, Any] = {}


def _build_numpy_stubs_once() -> None:
    """astroid's numpy brains build their stub (the whole `ndarray` class for every
    `x.ndarray`) from source again on each inference, seconds for one joblib test file. A
    stub depends only on its source text, so each is built once per cache."""
    try:
        from astroid.brain import brain_numpy_ndarray, brain_numpy_utils
    except ImportError:
        return
    for brain in (brain_numpy_ndarray, brain_numpy_utils):
        original = getattr(brain, "extract_node", None)
        if original is None or getattr(original, "_picklecheck_once", False):
            continue

        def extract_once(code: str, module_name: str = "", *, build: Any = original) -> Any:
            key = f"{module_name}\0{code}"
            if key not in _numpy_stubs:
                _numpy_stubs[key] = build(code, module_name)
            return _numpy_stubs[key]

        extract_once._picklecheck_once = True  # type: ignore[attr-defined]
        brain.extract_node = extract_once


def _group_builtin_call_transforms(registered: dict[Any, list[Any]]) -> None:
    """One transform entry for astroid's ~20 builtin-call inference tips (`len(...)`,
    `isinstance(...)`, ...): each built `Call` node asked every one of their predicates in
    turn, a tenth of a cold run. A dictionary on the called name picks the one that can apply;
    its own predicate still decides."""
    from astroid.brain import brain_builtin_inference

    entries = registered.get(nodes.Call, [])
    by_name: dict[str, tuple[Any, Any]] = {}
    kept: list[Any] = []
    for transform, predicate in entries:
        original = getattr(predicate, "func", None)
        if original is not brain_builtin_inference._builtin_filter_predicate:
            kept.append((transform, predicate))
            continue
        name = predicate.keywords.get("builtin_name")
        if not isinstance(name, str) or name in by_name:
            return  # another layout than expected: keep astroid's own entries
        if not by_name:
            kept.append(None)  # the group takes the place of the first builtin entry
        by_name[name] = (transform, predicate)
    if not by_name:
        return

    def applies(node: nodes.Call) -> bool:
        func = node.func
        entry = by_name.get(func.name) if isinstance(func, nodes.Name) else None
        return entry is not None and bool(entry[1](node))

    def transform_group(node: nodes.Call) -> Any:
        return by_name[node.func.name][0](node)

    entries[:] = [(transform_group, applies) if entry is None else entry for entry in kept]


def _install_lean_transform_walk(visitor: Any) -> None:
    """astroid's transform walk, with fewer calls per node: every built node is visited, and
    most node classes have no transform at all. Same order, same replacements."""
    transforms = visitor.transforms
    apply = visitor._transform

    def generic(value: Any) -> Any:
        if not value:
            return value
        kind = value.__class__
        if kind is list:
            return [generic(child) for child in value]
        if kind is tuple:
            return tuple(generic(child) for child in value)
        if kind is str:
            return value
        try:
            return visit(value)
        except RecursionError:
            return value  # untransformed, as astroid does

    def visit(node: Any) -> Any:
        for name in node._astroid_fields:
            value = getattr(node, name)
            visited = generic(value)
            if visited != value:
                setattr(node, name, visited)
        return apply(node) if transforms.get(node.__class__) else node

    visitor._visit = visit


# `from m import *` builds `m` while building the importer, one Python stack level per module
# of a chain: 150 chained modules overflowed the stack, so the whole file was "not checked".
# Past this depth a star import adds no names (they stay unknown, never wrong).
STAR_IMPORT_DEPTH_LIMIT = 32
_star_import_depth = [0]


def _bounded_star_imports(add_names: Callable[..., None]) -> Callable[..., None]:
    def add_from_names_to_locals(
        builder: AstroidBuilder, node: nodes.ImportFrom, global_names: Any
    ) -> None:
        if all(name != "*" for name, _alias in node.names):
            add_names(builder, node, global_names)
        elif _star_import_depth[0] < STAR_IMPORT_DEPTH_LIMIT:
            _star_import_depth[0] += 1
            try:
                add_names(builder, node, global_names)
            finally:
                _star_import_depth[0] -= 1

    return add_from_names_to_locals


def forget_build_guards() -> None:
    """After astroid's caches are cleared it registers its brains again, with their inferring
    predicates: the guards must be installed again."""
    _guards_installed[0] = False
    _numpy_stubs.clear()  # built against the cleared modules


def syntactic_builder() -> AstroidBuilder:
    """A builder that records `self.x = ...` without inference."""
    install_build_guards()
    return _SyntacticAttributeBuilder(astroid.MANAGER)
