"""How astroid builds modules here: without inference, with star imports bounded, and with
its transforms grouped so that building a large file stays cheap (see install_build_guards)."""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import astroid
from astroid import builder as astroid_builder
from astroid import nodes, raw_building
from astroid.builder import AstroidBuilder
from astroid.inference_tip import inference_tip
from astroid.manager import AstroidManager
from astroid.rebuilder import REDIRECT, TreeRebuilder

from picklecheck.engine.astroid_lazy import RECORDED_ON_REBUILDER, install_lazy_bodies
from picklecheck.engine.syntax import keep_parsed


def positional_parameters(function: nodes.FunctionDef | nodes.Lambda) -> list[nodes.AssignName]:
    """The positional parameters, `/`-only ones first; none for a function astroid built from
    a live object (a builtin's `args` lists are None)."""
    return [*(function.args.posonlyargs or []), *(function.args.args or [])]


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
    params = positional_parameters(function)
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
    decorators = node.decorators.nodes if node.decorators else []
    return any(_spelled_dataclass_decorator(decorator) for decorator in decorators)


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


def _spelled_annotation(name: str) -> Callable[[nodes.NodeNG], bool]:
    """`ClassVar`, `ClassVar[int]`, `typing.ClassVar[int]`: an annotation by its spelling."""

    def spelled(node: nodes.NodeNG) -> bool:
        if isinstance(node, nodes.Subscript):
            node = node.value
        return spelled_name(node) == name

    return spelled


def _spelled_dataclass_decorator(
    node: nodes.NodeNG, decorator_names: frozenset[str] = frozenset({"dataclass"})
) -> bool:
    if isinstance(node, nodes.Call):
        node = node.func
    return spelled_name(node) in decorator_names


def _read_dataclasses_syntactically() -> None:
    """The dataclass and attrs transforms ask, of every field's annotation, whether it is a
    `ClassVar`, an `InitVar` or `KW_ONLY`, and of decorators whether they are `dataclass`, by
    inferring them: in a cold run of the benchmark corpus that was a third of the transform
    time, building `typing` and more. Their spelling answers (a renamed import of `ClassVar`
    makes a field of it: one more `__init__` parameter, nothing pickled differently)."""
    from astroid.brain import brain_attrs, brain_dataclasses

    brain_dataclasses.is_class_var = _spelled_annotation("ClassVar")
    brain_attrs.is_class_var = _spelled_annotation("ClassVar")
    brain_dataclasses._is_init_var = _spelled_annotation("InitVar")
    brain_dataclasses._is_keyword_only_sentinel = _spelled_annotation("KW_ONLY")
    brain_dataclasses._looks_like_dataclass_decorator = _spelled_dataclass_decorator


def _method_kind_past_imported_decorators() -> None:
    """`FunctionDef.type` (method, function, classmethod or staticmethod), which astroid asks
    whenever it infers a parameter, infers every decorator to see whether it makes a class or
    static method. A decorator reached as an attribute of an imported name
    (`@unittest.skipIf(...)`, `@pytest.mark.parametrize(...)`, `@support.requires_fork()`)
    is read as leaving the kind alone: inferring those built unittest, test.support and pytest's
    mark modules (0.05 CPU s of the standard library's multiprocessing set, 0.09 of the
    benchmark corpus). Names that say they are class or static methods still go to astroid."""
    kind = nodes.FunctionDef.__dict__["type"]  # a functools.cached_property
    infer_kind = kind.func

    def type_past_imported_decorators(function: nodes.FunctionDef) -> str:
        decorators = function.decorators
        if decorators is None or not all(map(_imported_attribute, decorators.nodes)):
            return str(infer_kind(function))
        function.decorators = None  # astroid's answer for the undecorated function
        try:
            return str(infer_kind(function))
        finally:
            function.decorators = decorators

    kind.func = type_past_imported_decorators


def _imported_attribute(decorator: nodes.NodeNG) -> bool:
    """`@a.b.c` or `@a.b.c(...)` where `a` is bound only by imports, and no part of the
    chain is spelled like a class or static method (`abc.abstractclassmethod`)."""
    target = decorator.func if isinstance(decorator, nodes.Call) else decorator
    if not isinstance(target, nodes.Attribute):
        return False
    while isinstance(target, nodes.Attribute):
        if "classmethod" in target.attrname or "staticmethod" in target.attrname:
            return False
        target = target.expr
    if not isinstance(target, nodes.Name):
        return False
    _scope, bindings = target.lookup(target.name)
    return bool(bindings) and all(isinstance(b, (nodes.Import, nodes.ImportFrom)) for b in bindings)


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
    AstroidBuilder._data_build = _source_kept(AstroidBuilder._data_build)
    AstroidManager.ast_from_module_name = _load_timed(AstroidManager.ast_from_module_name)
    astroid_builder._parse_string = _tree_shared(astroid_builder._parse_string)
    raw_building._add_dunder_class = _dunder_class_shared(raw_building._add_dunder_class)
    # The span of a def's or class's keyword and name, which astroid finds by tokenizing every
    # header again; nothing here reads `node.position` (findings use the nodes' own spans).
    TreeRebuilder._get_position_info = _no_position
    try:
        _read_dataclasses_syntactically()
        _method_kind_past_imported_decorators()
        replacements = _syntactic_predicates()
        registered = astroid.MANAGER._transform.transforms
    except (ImportError, AttributeError):
        return  # another astroid layout: keep its own predicates
    for entries in registered.values():
        for index, (transform, predicate) in enumerate(entries):
            if predicate in replacements:
                entries[index] = (transform, replacements[predicate])
    _install_inference_tips()
    _group_builtin_call_transforms(registered)
    gates = _dispatch_by_spelled_name(registered)
    _install_lean_transform_walk(astroid.MANAGER._transform, gates)
    _build_numpy_stubs_once()


# Inference tips of the guarded facade (astroid_facade registers them here: only it infers),
# as (node class, tip, predicate); installed with the guards, again after a cache clear.
INFERENCE_TIPS: list[tuple[type[nodes.NodeNG], Callable[..., Any], Callable[[Any], bool]]] = []


def _install_inference_tips() -> None:
    for kind, tip, predicate in INFERENCE_TIPS:
        astroid.MANAGER.register_transform(kind, inference_tip(tip), predicate)


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

    def entry_for(node: nodes.Call) -> tuple[Any, Any] | None:
        func = node.func
        if isinstance(func, nodes.Name):
            return by_name.get(func.name)
        if isinstance(func, nodes.Attribute) and func.attrname == "fromkeys":
            return by_name.get("dict.fromkeys")  # `dict.fromkeys(...)`, as astroid decides
        return None

    def applies(node: nodes.Call) -> bool:
        entry = entry_for(node)
        return entry is not None and bool(entry[1](node))

    def transform_group(node: nodes.Call) -> Any:
        entry = entry_for(node)
        return entry[0](node) if entry is not None else None

    names = frozenset({name for name in by_name if "." not in name} | {"fromkeys"})
    group = _SpelledPredicate(applies, names)
    entries[:] = [(transform_group, group) if entry is None else entry for entry in kept]


@dataclass(frozen=True)
class _SpelledPredicate:
    """A transform predicate that can hold only for calls spelled with one of `names`, which
    the dispatch by spelled name (`_dispatch_by_spelled_name`) reads."""

    test: Callable[[nodes.Call], bool]
    names: frozenset[str]

    def __call__(self, node: nodes.Call) -> bool:
        return self.test(node)


@functools.cache
def _names_of_plain_predicates() -> dict[Any, frozenset[str]]:
    """astroid's predicates that test one spelled name, with the names (built once)."""
    from astroid.brain import (
        brain_argparse,
        brain_gi,
        brain_numpy_ndarray,
        brain_random,
        brain_re,
        brain_regex,
        brain_statistics,
        brain_type,
        brain_typing,
    )

    return {
        brain_argparse._looks_like_namespace: frozenset({"Namespace"}),
        brain_gi._looks_like_require_version: frozenset({"require_version"}),
        brain_random._looks_like_random_sample: frozenset({"sample"}),
        brain_re._looks_like_pattern_or_match: frozenset({"type"}),
        brain_regex._looks_like_pattern_or_match: frozenset({"type"}),
        brain_statistics._looks_like_statistics_quantiles: frozenset({"quantiles"}),
        brain_typing.looks_like_typing_typevar_or_newtype: frozenset(brain_typing.TYPING_TYPEVARS),
        brain_typing._looks_like_typing_cast: frozenset({"cast"}),
        brain_typing._looks_like_typing_alias: frozenset({"_alias", "_DeprecatedGenericAlias"}),
        brain_typing._looks_like_special_alias: frozenset({"_TupleType", "_CallableType"}),
        brain_type._looks_like_type_subscript: frozenset({"type"}),
        brain_numpy_ndarray._looks_like_numpy_ndarray: frozenset({"ndarray"}),
        _literal_str_format: frozenset({"format"}),
        _spelled_field_call: frozenset({"field"}),
    }


def _spelled_names_of(predicate: Any) -> frozenset[str] | None:
    """The names a node must spell (see `_SPELLING_OF`) for astroid's `predicate` to hold;
    None for a predicate not known here, which is asked of every node."""
    from astroid.brain import brain_functools, brain_namedtuple_enum, brain_numpy_utils

    plain = _names_of_plain_predicates()
    if predicate in plain:
        return plain[predicate]
    if isinstance(predicate, _SpelledPredicate):
        return predicate.names
    if not isinstance(predicate, functools.partial):
        return None
    if predicate.func is brain_namedtuple_enum._looks_like:
        return _one_name(predicate.keywords.get("name"))
    if predicate.func is brain_functools._looks_like_functools_member:
        return _one_name(predicate.keywords.get("member"))
    member_checks = (
        brain_numpy_utils.member_name_looks_like_numpy_member,
        brain_numpy_utils.attribute_name_looks_like_numpy_member,
    )
    if predicate.func in member_checks and len(predicate.args) == 1:
        members = predicate.args[0]
        if isinstance(members, (set, frozenset)):
            return frozenset(str(member) for member in members)
    return None


def _one_name(name: object) -> frozenset[str] | None:
    return frozenset({name}) if isinstance(name, str) else None


def _call_spelling(node: nodes.Call) -> str:
    func = node.func
    if func.__class__ is nodes.Name:
        return str(func.name)
    if func.__class__ is nodes.Attribute:
        return str(func.attrname)
    return ""


# What a node spells, by node class, for the predicates above: the called name of a call,
# the name of a name, the attribute of an attribute.
_SPELLING_OF: dict[type[Any], Callable[[Any], str]] = {
    nodes.Call: _call_spelling,
    nodes.Name: lambda node: str(node.name),
    nodes.Attribute: lambda node: str(node.attrname),
}


# Per node class, what a node spells and the spellings some transform may apply to: the walk
# skips every other node of the class without asking astroid (most names and attributes).
_SpellingGates = dict[type[Any], tuple[Callable[[Any], str], frozenset[str]]]


def _dispatch_by_spelled_name(registered: dict[Any, list[Any]]) -> _SpellingGates:
    """Ask each call, name and attribute only the predicates its spelling can satisfy.

    Most of astroid's predicates for these classes test one spelled name (`namedtuple`,
    `cast`, a numpy member): asking all of them of each of a cold run's 300k such nodes was a
    large part of the transform walk. Each class gets one entry that picks, by the node's
    spelling, the entries that may apply, in astroid's order, and runs them as astroid does.
    Returns the gates of the classes whose every predicate is keyed by a spelling.
    """
    from astroid.context import _invalidate_cache

    gates: _SpellingGates = {}
    for kind, spelling in _SPELLING_OF.items():
        entries = registered.get(kind)
        if not entries:
            continue
        keyed = [(entry, _spelled_names_of(entry[1])) for entry in entries]
        unkeyed = [entry for entry, names in keyed if names is None]
        every_name = {name for _entry, names in keyed for name in names or ()}
        by_name = {
            name: [entry for entry, names in keyed if names is None or name in names]
            for name in every_name
        }

        def applicable(
            node: Any, *, by_name: Any = by_name, unkeyed: Any = unkeyed, spelling: Any = spelling
        ) -> list[Any]:
            return by_name.get(spelling(node), unkeyed)  # type: ignore[no-any-return]

        def transform_picked(node: Any, *, applicable: Any = applicable) -> Any:
            kind_before = node.__class__
            replaced = None
            for transform, predicate in applicable(node):
                if predicate is None or predicate(node):
                    result = transform(node)
                    if result is not None:
                        _invalidate_cache()
                        node = replaced = result
                    if result.__class__ is not kind_before:
                        break  # as astroid: no further transform applies
            return replaced

        entries[:] = [(transform_picked, _may_apply(spelling, frozenset(by_name), bool(unkeyed)))]
        if not unkeyed:
            gates[kind] = (spelling, frozenset(by_name))
    return gates


def _may_apply(
    spelling: Callable[[Any], str], names: frozenset[str], always: bool
) -> Callable[[Any], bool]:
    """The one entry's predicate: some picked transform may apply to the node."""
    if always:
        return lambda node: True
    return lambda node: spelling(node) in names


def _install_lean_transform_walk(visitor: Any, gates: _SpellingGates) -> None:
    """astroid's transform walk, with fewer calls per node: every built node is visited, and
    most node classes have no transform at all, most names and attributes none that applies
    to their spelling (`gates`). Same order, same replacements."""
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
        kind = node.__class__
        entries = transforms.get(kind)
        if not entries:
            return node
        gate = gates.get(kind)
        if gate is not None and len(entries) == 1 and gate[0](node) not in gate[1]:
            return node  # (a transform registered after the gates makes two entries)
        return apply(node)

    def transform_recorded(recorded: list[Any]) -> None:
        for built in recorded:
            kind = built.__class__
            entries = transforms.get(kind)
            gate = gates.get(kind)
            if gate is not None and len(entries) == 1 and gate[0](built) not in gate[1]:
                continue
            replaced = apply(built)
            if replaced is not built:
                _put_in_place_of(built, replaced)

    def visit_tree(node: Any) -> Any:
        recorded = node.__dict__.pop(_RECORDED, None)
        if recorded is None:
            return visit(node)  # not built by a recording rebuilder (a brain's own snippet)
        transform_recorded(recorded)
        return apply(node) if transforms.get(node.__class__) else node

    visitor._visit = visit_tree
    _record_transformable_nodes(transforms)
    install_lazy_bodies(transform_recorded)


# On a module node between its building and its transform walk: the nodes of the classes some
# transform is registered for, in the order the rebuilder finished them (children first).
_RECORDED = RECORDED_ON_REBUILDER


def _record_transformable_nodes(transforms: dict[Any, Any]) -> None:
    """The rebuilder lists, as it builds them, the nodes a transform may apply to, so the
    transform walk visits those (a fifth of a tree) instead of every node: the walk was about a
    tenth of a cold run. Children are finished before their parent, as the walk visits them."""

    def visit(rebuilder: TreeRebuilder, node: Any, parent: Any) -> Any:
        if node is None:
            return None
        rebuild = rebuilder._visit_meths.get(node.__class__)
        if rebuild is None:
            name = node.__class__.__name__
            rebuild = getattr(rebuilder, "visit_" + REDIRECT.get(name, name).lower())
            rebuilder._visit_meths[node.__class__] = rebuild
        built = rebuild(node, parent)
        if built.__class__ in transforms:
            recorded = rebuilder.__dict__.get(_RECORDED)
            if recorded is not None:
                recorded.append(built)
        return built

    build_module = _REBUILDER_AS_IMPORTED["visit_module"]

    def visit_module(rebuilder: TreeRebuilder, *args: Any) -> nodes.Module:
        recorded: list[nodes.NodeNG] = []
        rebuilder.__dict__[_RECORDED] = recorded
        try:
            module = build_module(rebuilder, *args)
        finally:
            del rebuilder.__dict__[_RECORDED]
        module.__dict__[_RECORDED] = recorded
        return module

    TreeRebuilder.visit = visit
    TreeRebuilder.visit_module = visit_module
    for name in ("check_type_comment", "check_function_type_comment"):
        setattr(TreeRebuilder, name, _not_recorded(_REBUILDER_AS_IMPORTED[name]))


# astroid's own methods, wrapped afresh at each installation (after astroid's caches are
# cleared, its transforms are registered again and the guards installed again).
_REBUILDER_AS_IMPORTED: dict[str, Callable[..., Any]] = {
    name: getattr(TreeRebuilder, name)
    for name in ("visit_module", "check_type_comment", "check_function_type_comment")
}


def _not_recorded(build: Callable[..., Any]) -> Callable[..., Any]:
    """Type comments become nodes outside the fields the walk visits: never transformed."""

    def unrecorded(rebuilder: TreeRebuilder, node: Any, *args: Any, **kwargs: Any) -> Any:
        if not getattr(node, "type_comment", None):
            return build(rebuilder, node, *args, **kwargs)  # the common case: nothing to build
        recorded = rebuilder.__dict__.pop(_RECORDED, None)
        try:
            return build(rebuilder, node, *args, **kwargs)
        finally:
            if recorded is not None:
                rebuilder.__dict__[_RECORDED] = recorded

    return unrecorded


def _put_in_place_of(old: Any, new: Any) -> None:
    """Where `old` is in its parent's fields, `new` (a transform's replacement)."""
    parent = old.parent
    for name in getattr(parent, "_astroid_fields", ()):
        value = getattr(parent, name)
        if value is old:
            setattr(parent, name, new)
            return
        if isinstance(value, (list, tuple)) and any(item is old for item in value):
            items = [new if item is old else item for item in value]
            setattr(parent, name, items if isinstance(value, list) else tuple(items))
            return


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


def _dunder_class_shared(add: Callable[..., None]) -> Callable[..., None]:
    """astroid gives every method it builds from a live object (`str.join`, the ~3,000 of the
    builtins module alone) a `__class__` of its own: a new class node named after the method's
    type (`method_descriptor`), with the method's owner as parent. Methods of one owner and
    type share one here: the same name, bases, docstring and parent, so the same answers
    (building the builtins module: about 0.03 of 0.2 CPU s of the warm-up, measured)."""
    if getattr(add, "_picklecheck_shares_dunder_class", False):
        return add

    def _add_dunder_class(func: nodes.FunctionDef, parent: nodes.NodeNG, member: Any) -> None:
        # kept on the owner node, so the classes live and die with its tree
        known: dict[type, nodes.ClassDef] = parent.__dict__.setdefault(_DUNDER_CLASSES, {})
        shared = known.get(member.__class__)
        if shared is not None:
            func.instance_attrs["__class__"] = [shared]
            return
        add(func, parent, member)
        built = func.instance_attrs.get("__class__")
        if built:
            known[member.__class__] = built[0]

    _add_dunder_class._picklecheck_shares_dunder_class = True  # type: ignore[attr-defined]
    return _add_dunder_class


_DUNDER_CLASSES = "_picklecheck_dunder_classes"


# CPU seconds each thread has spent loading modules astroid imports while inferring.
_loading = threading.local()


def loading_seconds() -> float:
    """CPU seconds this thread has spent finding and building the modules inference imports
    (standard library, installed packages, project modules), so far. The analysis budget
    leaves them out: they are paid once per process, by whichever file first needs them, and
    on a slow machine they alone could spend a file's budget (its findings would then depend
    on which files were checked before it)."""
    return float(getattr(_loading, "seconds", 0.0))


def _load_timed(load: Callable[..., Any]) -> Callable[..., Any]:
    if getattr(load, "_picklecheck_timed", False):
        return load

    def ast_from_module_name(manager: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(_loading, "busy", False):
            return load(manager, *args, **kwargs)  # a nested import: counted by the outer one
        started = time.thread_time()
        _loading.busy = True
        try:
            return load(manager, *args, **kwargs)
        finally:
            _loading.busy = False
            _loading.seconds = loading_seconds() + time.thread_time() - started

    ast_from_module_name._picklecheck_timed = True  # type: ignore[attr-defined]
    return ast_from_module_name


def _no_position(rebuilder: TreeRebuilder, node: Any, parent: Any) -> None:
    return None


def _source_kept(build: Callable[..., Any]) -> Callable[..., Any]:
    """Every built module keeps the text it was built from (see `built_from`): a project
    module imported by one checked file and checked itself later is built once, not twice."""
    if getattr(build, "_picklecheck_keeps_source", False):
        return build

    def data_build(builder: AstroidBuilder, data: str, modname: str, path: Any) -> Any:
        module, rebuilder = build(builder, data, modname, path)
        module.__dict__["_picklecheck_source"] = data
        return module, rebuilder

    data_build._picklecheck_keeps_source = True  # type: ignore[attr-defined]
    return data_build


# The text whose syntax tree `_tree_shared` hands on (`sharing_tree_of`), or None.
_shared_text: list[str | None] = [None]


@contextlib.contextmanager
def sharing_tree_of(text: str) -> Iterator[None]:
    """While building `text`, hand the `ast` tree astroid parses it into to `parsed_text`: the
    quick fixes of a file with findings, and their verification, read it instead of parsing
    the file again (a tenth of the CLI's time on a 6k-line file with findings)."""
    _shared_text[0] = text
    try:
        yield
    finally:
        _shared_text[0] = None


def _tree_shared(parse: Callable[..., Any]) -> Callable[..., Any]:
    if getattr(parse, "_picklecheck_shares_tree", False):
        return parse

    def _parse_string(data: str, type_comments: bool = True, modname: str | None = None) -> Any:
        tree = parse(data, type_comments=type_comments, modname=modname)
        if data is _shared_text[0] and _same_as_plain_parse(data):
            keep_parsed(data, tree)
        return tree

    _parse_string._picklecheck_shares_tree = True  # type: ignore[attr-defined]
    return _parse_string


def _same_as_plain_parse(text: str) -> bool:
    """astroid parses `text + "\\n"` with type comments: the tree equals `ast.parse(text)` when
    the text already ends a line (one more empty line changes no node) and holds no type
    comment (which would fill `type_comment` and `type_ignores`, and `ast.unparse` prints).
    The search finds every type comment the tokenizer would (`#`, blanks, `type:`) and more."""
    return text.endswith("\n") and _TYPE_COMMENT.search(text) is None


_TYPE_COMMENT = re.compile(r"#\s*type\s*:")


def built_from(module: nodes.Module) -> str | None:
    """The text `module` was built from, when it was built here."""
    source = module.__dict__.get("_picklecheck_source")
    return source if isinstance(source, str) else None


def forget_build_guards() -> None:
    """After astroid's caches are cleared it registers its brains again, with their inferring
    predicates: the guards must be installed again."""
    _guards_installed[0] = False
    _numpy_stubs.clear()  # built against the cleared modules


def syntactic_builder() -> AstroidBuilder:
    """A builder that records `self.x = ...` without inference."""
    install_build_guards()
    return _SyntacticAttributeBuilder(astroid.MANAGER)
