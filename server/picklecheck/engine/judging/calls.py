"""Calls: known factories of unpicklable values, helper results, and instances of the
project's classes with their fields.
"""

from __future__ import annotations

import sys
from dataclasses import replace

from astroid import bases, nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_build import positional_parameters
from picklecheck.engine.astroid_facade import call_name, lookup
from picklecheck.engine.boundary import argument as passed_argument
from picklecheck.engine.boundary import creating_call, literal
from picklecheck.engine.families import names as not_the_same
from picklecheck.engine.families import rebuild
from picklecheck.engine.families.closures import captured_problem, serialized_attribute
from picklecheck.engine.families.ctypes_pointers import (
    array_instance,
    pointer_structure,
    string_buffer,
)
from picklecheck.engine.families.definitions import (
    CLASS_FACTORIES,
    caches_by_name,
    claimed_module_problem,
    class_object_problem,
    decorated_class_problem,
    is_plain_coroutine_function,
    known_base,
    lazy_result_kind,
    mangled_class_problem,
    not_the_same_problem,
    reduced_by_a_module_function,
    renamed_class_problem,
    returned_local_function,
)
from picklecheck.engine.families.exceptions import (
    BUILTIN_EXCEPTIONS,
    broken_exception,
    frozen_restored,
    getattr_answers_setstate,
    getattr_missing_key,
    is_exception,
    kept_arguments,
    library_rebuild_missing_arguments,
    new_missing_arguments,
    raised_with_keywords,
    recursing_getattr,
    reduce_missing_arguments,
)
from picklecheck.engine.families.loader_iterators import loader_iterator, loader_super_iterator
from picklecheck.engine.families.methods import method_result
from picklecheck.engine.families.processes import (
    mirrored_name,
    primitive_problem,
    process_object_kind,
    process_object_problem,
    started_before,
)
from picklecheck.engine.families.refusals import (
    deleted_state_keys,
    immutable_slots,
    missing_state_key,
    refused_pickling,
)
from picklecheck.engine.families.streams import (
    library_file_writer,
    npz_archive,
    opened_file,
    written_text_file,
)
from picklecheck.engine.flow.branches import ruled_out
from picklecheck.engine.flow.classes import inferred_project_classes, iterated_classes
from picklecheck.engine.flow.containers import additions_to_attributes
from picklecheck.engine.flow.project import (
    is_user_node,
    name_definitions,
    named_function,
    single_definition,
    single_returned_value,
)
from picklecheck.engine.flow.registries import registered_definitions
from picklecheck.engine.flow.state import (
    ancestor_init_call,
    attribute_started_after,
    const_str,
    construction_run,
    constructor,
    declared_fields,
    default_factory,
    explicit_self_call,
    field_default,
    getstate_exclusions,
    has_custom_reduce,
    has_generated_init,
    init_assignments,
    plain_or_method_of_self,
    switched_off,
)
from picklecheck.engine.flow.syntax import (
    Bindings,
    arguments_for,
    assigned_value,
    base_init_call,
    bind_arguments,
    bound_expression,
    bound_only_by_imports,
    constructed_project_class,
    constructor_arguments,
    decorated_as,
    function_of,
    in_main_guard,
    init_parameter_stored,
    is_context_expr,
    is_name,
    is_nested,
    is_self,
    local_qualname,
    method_owner,
    names_builtin,
    own_nodes,
    parameter_named,
    project_method,
    qname_of,
    safe_ancestors,
    self_attribute_stores,
    self_name,
    single_assigned_value,
    single_stored_value,
    syntactic_call_name,
    syntactic_names,
    unpacked_bindings,
)
from picklecheck.engine.judging.base import MAX_DEPTH, JudgeBase
from picklecheck.engine.problem import (
    Problem,
    instance_state_problem,
    on_every_path,
    snippet,
    step,
    with_all_attributes,
)
from picklecheck.engine.providers.picklers import Pickler, accepts
from picklecheck.engine.tree_memo import nodes_in

# Iterators whose pickled state holds the iterators (and functions) they are given.
_ITERATOR_WRAPPERS = frozenset(
    {f"builtins.{name}" for name in ("map", "filter", "zip", "enumerate", "reversed", "iter")}
    | {
        f"itertools.{name}"
        for name in (
            "cycle",
            "chain",
            "islice",
            "accumulate",
            "compress",
            "dropwhile",
            "takewhile",
            "filterfalse",
            "starmap",
            "zip_longest",
            "pairwise",
            "groupby",
            "batched",
        )
    }
)

# Builtins making a new container of the items of the one iterable they are given.
_ITEM_COPIES = frozenset(
    {"builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset", "builtins.sorted"}
)

_ARRAY_MAKERS = frozenset({"numpy.array", "numpy.asarray", "numpy.asanyarray"})
_ITERATOR_MAKERS = frozenset({"map", "filter", "zip", "iter", "reversed", "enumerate"})

# Class factories whose made class is pickled by the name it is given, in the calling module.
_CLASS_OBJECT_FACTORIES = frozenset(
    {"collections.namedtuple", "typing.NamedTuple", "enum.Enum", "builtins.type"}
)


_BOTO3_RESOURCES = frozenset({"boto3.resource", "boto3.session.Session.resource"})


def _boto3_sub_resource(call: nodes.Call) -> Problem | None:
    """`s3.Object(bucket, key)` (or `s3.Bucket(name)`) of `s3 = boto3.resource("s3")`: boto3
    makes each resource class at run time, so pickle cannot find it by name (boto3 2311)."""
    func = call.func
    if not (isinstance(func, nodes.Attribute) and func.attrname[:1].isupper()):
        return None
    made = creating_call(func.expr)
    if made is None or not syntactic_names(made.func) & _BOTO3_RESOURCES:
        return None
    service = literal(made.args[0]) if made.args else ...
    if not isinstance(service, str):
        return None
    kind = f"{service}.{func.attrname}"
    note = f"`{snippet(call)}` makes a `{kind}` resource, whose class boto3 builds at run time"
    error = (
        f"PicklingError: Can't pickle <class 'boto3.resources.factory.{kind}'>: attribute "
        f"lookup {kind} on boto3.resources.factory failed"
    )
    return Problem.at(rules.PKL004, (call, note), f"a boto3 `{kind}` resource", error)


def _made_by_tuple_factory(func: nodes.NodeNG) -> bool:
    """`Result` bound once to `namedtuple("Result", ...)` (or `typing.NamedTuple("Result",
    [...])`): its instances are tuples of what the call gives, pickled item by item."""
    if not isinstance(func, nodes.Name):
        return False
    made = single_assigned_value(func)
    return isinstance(made, nodes.Call) and bool(
        syntactic_names(made.func) & {"collections.namedtuple", "typing.NamedTuple"}
    )


class CallJudging(JudgeBase):
    """Part of `engine.values.Judge`: JudgeBase < CallJudging < StateJudging < Judge."""

    def _call(self, call: nodes.Call, depth: int, bindings: Bindings | None) -> Problem | None:
        if self._is_manager_proxy_factory(call):
            # manager.Lock(), manager.dict(): proxies pickle by address, but not the key
            return _proxy_of_keyed_manager(call)
        spelled = syntactic_names(call.func)
        if _calls_builtin(call, "iter"):  # `iter(loader)` of a torch DataLoader
            iterator = loader_iterator(call)
            if iterator is not None:
                return iterator
        super_iterator = loader_super_iterator(call)  # in a project DataLoader subclass
        if super_iterator is not None:
            return super_iterator
        if spelled & kb.ARGUMENT_KEEPERS and call.args:  # `Subset(dataset, indices)`, by name
            kept = self._kept_argument(call, depth, bindings)
            if kept is not None:
                return kept
        if spelled & kb.LOADER_CLASSES:  # by name: no torch needed
            return self._loader_state(call, depth, bindings)
        if spelled and all(name.split(".")[0] in kb.ARRAY_PACKAGES for name in spelled):
            # Arrays and frames pickle through their own __reduce__; inferring into numpy
            # builds its stubs again for every call (seconds per file). Left unknown, but for
            # the one loader that returns an open file.
            return self._npz_archive(call, spelled) or self._array_of_iterator(
                call, spelled, depth, bindings
            )
        if _made_by_tuple_factory(call.func):  # `Result(None, err, tb)`: the fields hold them
            values = [*call.args, *(k.value for k in call.keywords or [])]
            held = self._first(values, depth + 1, bindings, False)
            if held is not None:
                return replace(held, contained=True)
        names = self.facade.qualified_names(call.func) | spelled
        if _disabled_progress_bar(call, names):
            return None  # `tqdm(..., disable=True)` keeps no output stream
        if _lock_set_before(call, names):
            return None  # `tqdm.get_lock()` answers the lock `tqdm.set_lock(lock)` gave it
        decorated = not_the_same.method_of_decorated(call)
        if decorated is not None:  # `compute.actions()` of `@Task def compute`
            return self._helper_result(decorated, call, depth, bindings)
        if not_the_same.cache_wrapped(call, self._factory_names) is not None:
            # never inferred: functools' pure-Python fallback would make it a local function
            cache = not_the_same.cache_wrapper_made(call, self._factory_names, self.module)
            return not_the_same_problem(cache) if cache is not None else None
        if names & kb.ARGUMENT_KEEPERS and call.args:
            kept = self._kept_argument(call, depth, bindings)
            if kept is not None:
                return kept  # else the wrapper itself may still be unpicklable (3.14)
        known = (
            array_instance(call, self._module_name(call))
            or string_buffer(call)
            or self._wrapped_iterator(call, names, depth, bindings)
            or self._known_factory(call, names, bindings)
            or self._rejected_method_result(call, depth, bindings)
        )
        if known is not None:
            return known
        if "functools.partial" in names and call.args:
            note = "functools.partial pickles its function and arguments"
            inner = self._judge(call.args[0], depth + 1, bindings, False)
            if inner is None:  # a bad argument: the partial holds it
                arguments = [*call.args[1:], *(k.value for k in call.keywords or [])]
                inner = self._first(arguments, depth, bindings, False)
            # the partial holds its function and arguments: "`partial(m.run)` holds ..."
            inner = replace(inner, contained=True) if inner and inner.site is None else inner
            return inner.through(step(call, note)) if inner else None
        if names & kb.NAMESPACE_CLASSES and (call.args or call.keywords):
            parts = [*call.args, *(k.value for k in call.keywords or [])]
            inner = self._first(parts, depth, bindings, False)
            note = f"`{snippet(call.func)}` pickles the values it is given as its attributes"
            return inner.through(step(call, note)) if inner else None
        copied = self._copied_items(call, names, depth, bindings)
        if copied is not None:
            return copied
        if names & kb.DEFAULTDICT_CLASSES and call.args:
            inner = self._judge(call.args[0], depth + 1, bindings, False)
            note = "a defaultdict pickles its default factory"
            return inner.through(step(call, note)) if inner else None
        if names & kb.TZINFO_KEEPERS:  # `datetime.fromtimestamp(ts, tzoffset(-7200))`
            parts = [*call.args, *(k.value for k in call.keywords or [])]
            inner = self._first(parts, depth, bindings, False)
            note = f"`{snippet(call.func)}(...)` keeps the tzinfo it is given"
            return replace(inner, contained=True).through(step(call, note)) if inner else None
        if names & kb.COPY_FUNCTIONS and call.args:  # `copy.deepcopy(frame)`: alike
            inner = self._judge(call.args[0], depth + 1, bindings, False)
            note = f"`{snippet(call.func)}` makes an object of the same kind"
            return inner.through(step(call, note)) if inner else None
        sort_key = _keyword(call, "key") if names & kb.KEY_FUNCTION_KEEPERS else None
        if sort_key is not None:  # `SortedKeyList(rows, key=lambda r: -r[1])`
            inner = self._judge(sort_key, depth + 1, bindings, False)
            note = f"`{snippet(call.func)}` pickles the key function it sorts by"
            return replace(inner, contained=True).through(step(call, note)) if inner else None
        if names & BUILTIN_EXCEPTIONS:
            return self._builtin_exception(call, depth, bindings)
        made = call.parent.targets if isinstance(call.parent, nodes.Assign) else []
        misnamed = self._misnamed_class(made, "class")  # `Status` itself is sent
        if misnamed is not None:
            return misnamed
        made_inside = self._class_made_in_function(call)
        if made_inside is not None:
            return made_inside
        if isinstance(call.func, nodes.Name):
            local = lookup(call.func, call.func.name)
            generated = self._local_generated_class(local)
            if generated is not None:
                return generated
            misnamed = self._misnamed_class(local)
            if misnamed is not None:
                return misnamed
            if len(local) == 1 and isinstance(local[0], nodes.ClassDef):
                # Read the class as written: astroid's brains replace NamedTuples etc.
                return self._instance(local[0], call, depth + 1, bindings)
            # `kind(path)` of `for kind in (Fetcher, Logger)`: every class is made in turn
            for cls in iterated_classes(local, self.facade):
                problem = (
                    self._instance(cls, call, depth + 1, bindings) if is_user_node(cls) else None
                )
                if problem is not None:
                    return problem
        if isinstance(call.func, nodes.Attribute):
            generated = self._generated_in_class(call.func)
            if generated is not None:
                return generated
            fluent = self._fluent_call(call, depth, bindings)
            if fluent is not None:
                return fluent
        called = (
            self._lambda_result(call, depth, bindings)
            or self._bound_receiver_result(call, depth, bindings)
            or self._kept_class_method_result(call, depth)
        )
        if called is not None:
            return called
        registered = self._registered_instance(call, depth, bindings)
        if registered is not None:
            return registered
        if isinstance(call.func, nodes.Subscript):
            made = self._instance_of_looked_up_class(call, depth, bindings)
            if made is not None:
                return made
        for callee in self.facade.infer(call.func) or []:
            if isinstance(callee, nodes.ClassDef) and is_user_node(callee):
                return self._instance(callee, call, depth + 1, bindings)
            function = function_of(callee)
            if function is None or not is_user_node(function):
                continue
            if plain_or_method_of_self(function, call):
                return self._helper_result(function, call, depth + 1, bindings)
            if decorated_as(function, "classmethod") and _called_on_owner(function, call):
                return self._factory_result(function, call, depth + 1, bindings)
            if decorated_as(function, "staticmethod") and _called_on_owner(function, call):
                return self._helper_result(function, call, depth + 1, bindings)
        return self._inferred(call, depth)

    def _lambda_result(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`factory()` of a lambda: a parameter bound to one (`_single("bus", lambda:
        EventBus())`) or a name assigned one; the call gives the lambda's body, read with its
        parameters bound to the call's arguments."""
        func = call.func
        if not isinstance(func, nodes.Name):
            return None
        outer: Bindings | None = None
        if bindings is not None and func.name in bindings:
            made, outer = bindings[func.name]
        else:
            made = single_assigned_value(func)
        if not isinstance(made, nodes.Lambda) or isinstance(made, nodes.FunctionDef):
            return None
        given = bind_arguments(made, call, bindings) or {}
        inner = self._judge(made.body, depth + 1, {**(outer or {}), **given}, local=False)
        note = f"`{snippet(call)}` calls `{snippet(made)}`"
        return inner.through(step(call, note)) if inner else None

    def _getitem_result(
        self, expr: nodes.Subscript, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`doc[i]` of an instance of a project class whose `__getitem__` returns what it
        makes (`return Page(self, i)`): that method's return, `self` bound to `doc`."""
        if isinstance(expr.slice, nodes.Slice):
            return None
        classes = set(inferred_project_classes(expr.value, self.facade))
        cls = classes.pop() if len(classes) == 1 else None
        method = project_method(cls, "__getitem__") if cls is not None else None
        parameters = positional_parameters(method) if method is not None else []
        if cls is None or method is None or method.decorators or len(parameters) != 2:
            return None
        given: Bindings = {
            str(parameters[0].name): (expr.value, bindings),
            str(parameters[1].name): (expr.slice, bindings),
        }
        inner = self._every_return(method, depth + 1, given)
        note = f"`{snippet(expr)}` calls `{cls.name}.__getitem__`"
        return inner.through(step(expr, note)) if inner else None

    def _bound_receiver_result(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`dataset.open()` in `__init__(self, dataset)` of `DataStream(H5PYDataset(path))`:
        the parameter is bound to a construction of a project class, whose method runs."""
        func = call.func
        if not (isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name)):
            return None
        if bindings is None or func.expr.name not in bindings:
            return None
        made = bound_expression(func.expr, bindings)
        cls = constructed_project_class(made)
        method = project_method(cls, str(func.attrname)) if cls is not None else None
        if method is None or method.decorators:
            return None
        inner = self._helper_result(method, call, depth + 1, bindings)
        note = f"`{func.expr.name}` is `{snippet(made)}` here"
        return inner.through(step(made, note)) if inner else None

    def _kept_class_method_result(self, call: nodes.Call, depth: int) -> Problem | None:
        """`env.reset()` after `env = self.env_cls()`, where every construction passes the
        same project class for the kept `env_cls` (`Sampler(MultiAgentEnv)`): that class's
        method's result (rlpyt 14)."""
        func = call.func
        made = single_stored_value(func.expr) if isinstance(func, nodes.Attribute) else None
        maker = made.func if isinstance(made, nodes.Call) else None
        if not (isinstance(func, nodes.Attribute) and isinstance(maker, nodes.Attribute)):
            return None
        if not is_self(maker.expr):
            return None
        passed = {
            single_definition(a) if a is not None else None for a in constructor_arguments(maker)
        }
        cls = passed.pop() if len(passed) == 1 else None
        if not (isinstance(cls, nodes.ClassDef) and is_user_node(cls)):
            return None
        method = project_method(cls, str(func.attrname))
        if method is None or method.decorators:
            return None
        inner = self._every_return(method, depth + 1, None)
        note = f"`{snippet(made)}` makes a `{cls.name}`, the class every construction passes"
        return inner.through(step(call, note)) if inner else None

    def _registered_instance(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`PLUGINS[name](options)`: whatever the key, the registry may hand out each class
        (or factory) registered in it; the first that makes a bad value is reported."""
        for entry in registered_definitions(call.func, self.facade):
            definition = entry.definition
            if not is_user_node(definition):
                continue
            if isinstance(definition, nodes.ClassDef):
                problem = self._instance(definition, call, depth + 1, bindings)
            else:
                problem = self._helper_result(definition, call, depth + 1, bindings)
            if problem is not None:
                return problem.through(step(call, entry.note()))
        return None

    def _instance_of_looked_up_class(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`self.register[name](root)` where what the dict holds is a class made in a function
        (`type(...)` of a plugin loader): its instances are pickled by that class's name too."""
        looked_up = self._judge(call.func, depth + 1, bindings, local=False)
        if looked_up is None or looked_up.code != rules.PKL002.code or not looked_up.by_name:
            return None
        if not looked_up.what.startswith("the class "):
            return None
        note = f"`{snippet(call)}` makes an instance of it"
        return replace(looked_up, what=f"an instance of {looked_up.what}").through(step(call, note))

    def _rejected_method_result(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`conn.execute(sql)` of a sqlite3 connection: a method of a rejected C type that
        returns another rejected kind (a Cursor)."""
        func = call.func
        sub_resource = _boto3_sub_resource(call)
        if sub_resource is not None:
            return sub_resource
        if not (
            isinstance(func, nodes.Attribute)
            and func.attrname in kb.UNPICKLABLE_METHOD_RESULT_NAMES
        ):
            return None
        receiver = self._judge(func.expr, depth + 1, bindings, local=False)
        if receiver is None or receiver.code != rules.PKL004.code:
            return None
        known = method_result(receiver.error, str(func.attrname))
        if known is None:
            return None
        note = f"`{snippet(call)}` of {receiver.what} returns {known.what}"
        return Problem.at(rules.PKL004, (call, note), known.what, known.error, since=known.since)

    def _factory_result(
        self, factory: nodes.FunctionDef, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`RedisStore.from_host(h, p)` whose every return is `cls(...)`: an instance of the
        class, built by that inner call with the factory's parameters bound; a return of
        `cls._instance` (a singleton's accessor) gives what the class attribute holds."""
        owner = factory.parent
        me = factory.argnames()[0] if factory.argnames() else None
        returns = [r for r in own_nodes(factory, nodes.Return) if r.value is not None]
        if not isinstance(owner, nodes.ClassDef) or me is None or not returns:
            return None
        inner_bindings = bind_arguments(factory, call, bindings)
        problems = []
        for ret in returns:
            made = ret.value
            if isinstance(made, nodes.Attribute) and is_name(made.expr, me):
                problem = self._judge(made, depth + 1, inner_bindings, local=False)
            elif isinstance(made, nodes.Call) and is_name(made.func, me):
                problem = self._instance(owner, made, depth + 1, inner_bindings)
            else:
                return None
            if problem is None:
                return None
            problems.append(problem.through(step(ret, f"`{factory.name}()` returns this")))
        return problems[0]

    def _kept_argument(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`filter(lambda ...)`, `islice(generator)`, `methodcaller("m", lock)`: the wrapper
        pickles what it keeps."""
        inner = self._first(list(call.args), depth, bindings, False)
        if inner is None or (_takes_iterators(call) and _is_dict_view(inner)):
            return None  # iter(d.items()) keeps an iterator over the items, which pickles
        wrapper = snippet(call.func)
        if wrapper == "iter":  # iter() of an iterator is that iterator; of data, holds it
            return inner.through(step(call, "`iter(...)` keeps what it is given"))
        note = f"`{wrapper}(...)` keeps it and pickles it with itself"
        article = "an" if wrapper[:1] in ("a", "e", "i", "o", "u") else "a"
        what = f"{article} `{wrapper}` object holding {inner.what}"
        return replace(inner, what=what, contained=False).through(step(call, note))

    def _loader_state(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`DataLoader(SubDataset(...))` kept in a list on `self`: the loader pickles its
        dataset, samplers and worker functions with itself (CrossDomainFewShot 16)."""
        kept = [
            *call.args[:1],
            *(k.value for k in call.keywords or [] if k.arg in kb.LOADER_KEPT_KEYWORDS),
        ]
        inner = self._first(kept, depth + 1, bindings, False)
        note = f"`{snippet(call.func)}(...)` keeps its dataset and worker functions"
        return replace(inner, contained=True).through(step(call, note)) if inner else None

    def _wrapped_iterator(
        self, call: nodes.Call, names: set[str], depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`itertools.cycle(stream())`, `map(parse, lines)`: an iterator that wraps others
        pickles them (and its function) with it, on every Python version that pickles it at
        all; a generator inside fails there too (inference-perf 793)."""
        wrapper = next((n for n in sorted(names) if n in _ITERATOR_WRAPPERS), None)
        if wrapper is None or any(isinstance(a, nodes.Starred) for a in call.args):
            return None
        inner = self._first(list(call.args), depth, bindings, False)
        if inner is None or inner.since is not None or inner.what.startswith("a dict view"):
            return None  # iterating a dict view gives an iterator that pickles its items
        note = f"`{wrapper.rsplit('.', 1)[1]}` pickles what it wraps with it"
        return replace(inner, contained=True).through(step(call, note))

    def _known_factory(
        self, call: nodes.Call, names: set[str], bindings: Bindings | None = None
    ) -> Problem | None:
        origin = f"created by `{snippet(call)}`"
        special = self._known_method_result(call, names, bindings)
        if special is not None:
            return special
        writer = library_file_writer(call, names)
        if writer is not None:
            chain = (step(call, origin),)
            by_pickle, by_cloudpickle = (
                Problem(rules.PKL004.code, known.what, known.error, kb.ALWAYS, chain)
                for known in writer
            )
            return replace(by_pickle, copied_failure=by_cloudpickle)
        for name in sorted(names):
            if name == "builtins.compile" and _compile_flags_given(call):
                continue  # `ast.PyCF_ONLY_AST` makes a (picklable) syntax tree
            # `Session()` of `Session = sessionmaker()`: the call of a factory's product
            if name in kb.UNPICKLABLE_CALLED_INSTANCES and self._calls_an_instance(call):
                known = kb.UNPICKLABLE_CALLED_INSTANCES[name]
                return Problem(
                    rules.PKL004.code, known.what, known.error, kb.ALWAYS, (step(call, origin),)
                )
            if name in kb.UNPICKLABLE_FACTORIES and not self._reduced_by_copyreg(name):
                known = opened_file(call, name) or kb.UNPICKLABLE_FACTORIES[name]
                chain = (step(call, origin),)
                written = written_text_file(call, name)
                copied = (
                    Problem(rules.PKL004.code, written.what, written.error, kb.ALWAYS, chain)
                    if written is not None
                    else None
                )
                return Problem(
                    rules.PKL004.code,
                    known.what,
                    known.error,
                    kb.ALWAYS,
                    chain,
                    since=known.since,
                    copied_failure=copied,
                )
            primitive = kb.PRIMITIVE_FACTORIES.get(mirrored_name(name))
            if primitive is not None:
                return primitive_problem(primitive, call)
            kind = process_object_kind(name)
            if kind is not None:
                return process_object_problem(kind, (step(call, origin),))
        return None

    def _npz_archive(self, call: nodes.Call, spelled: set[str]) -> Problem | None:
        for name in spelled:
            known = npz_archive(call, name)
            if known is not None:
                chain = (step(call, f"created by `{snippet(call)}`"),)
                return Problem(rules.PKL004.code, known.what, known.error, kb.ALWAYS, chain)
        return None

    def _array_of_iterator(
        self, call: nodes.Call, spelled: set[str], depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`np.array(map(f, xs), dtype=object)`: numpy cannot read an iterator's items, so the
        array holds the `map` object itself (Python 2 code where map made a list)."""
        if not (spelled & _ARRAY_MAKERS and call.args):
            return None
        given = call.args[0]
        is_iterator = isinstance(given, nodes.GeneratorExp) or (
            isinstance(given, nodes.Call) and syntactic_call_name(given) in _ITERATOR_MAKERS
        )
        inner = self._judge(given, depth + 1, bindings, False) if is_iterator else None
        if inner is None:
            return None
        return _kept_in(
            call, inner, f"`{snippet(call)}` keeps the iterator itself in an object array"
        )

    def _calls_an_instance(self, call: nodes.Call) -> bool:
        """`Session()` after `Session = sessionmaker(...)`: the callee is an object, not its
        class (both have the class's qualified name)."""
        values = self.facade.infer(call.func) or []
        return bool(values) and all(
            isinstance(value, bases.Instance) and not isinstance(value, nodes.ClassDef)
            for value in values
        )

    def _known_method_result(
        self, call: nodes.Call, names: set[str], bindings: Bindings | None
    ) -> Problem | None:
        """Results astroid does not infer: `ctx.Value(...)` of a context object,
        `connection.cursor()`, `vars(SomeClass)`."""
        func = call.func
        is_method = isinstance(func, nodes.Attribute)
        if is_method and func.attrname in kb.PRIMITIVE_NAMES and self._is_context(func.expr):
            return primitive_problem(kb.Primitive(func.attrname), call)
        if isinstance(func, nodes.Attribute) and func.attrname == "cursor":
            receiver = self._judge(func.expr, MAX_DEPTH - 2, None, local=False)
            if receiver is not None and "sqlite3" in receiver.error:
                known = kb.UNPICKLABLE_INSTANCES["sqlite3.Cursor"]
                return Problem.at(rules.PKL004, (call, "a cursor"), known.what, known.error)
        if is_method and not call.args and not call.keywords:
            loop_result = self._loop_future(func)
            if loop_result is not None:
                return loop_result
            view = self._dict_view(func, bindings)
            if view is not None:
                return view
        pattern = bound_expression(func.expr, bindings) if is_method else None
        if is_method and func.attrname in ("finditer", "scanner") and _is_pattern(pattern):
            known = kb.UNPICKLABLE_FACTORIES["re.finditer"]
            note = f"`{snippet(call)}` is an iterator over matches"
            return Problem.at(rules.PKL004, (call, note), known.what, known.error)
        if is_method and func.attrname in _PATTERN_MATCHERS and _is_pattern(pattern):
            known = kb.UNPICKLABLE_FACTORIES["re.match"]
            note = f"`{snippet(call)}` is the match of a compiled pattern"
            return Problem.at(rules.PKL004, (call, note), known.what, known.error)
        if "builtins.vars" in names and len(call.args) == 1 and self._is_class(call.args[0]):
            known = kb.UNPICKLABLE_FACTORIES["types.MappingProxyType"]
            note = "`vars()` of a class is a read-only mappingproxy"
            return Problem.at(rules.PKL004, (call, note), known.what, known.error)
        return None

    def _dict_view(self, func: nodes.Attribute, bindings: Bindings | None) -> Problem | None:
        """`record.keys()` of a dict: a view object, which pickle rejects. In a helper, the
        dict may be a parameter: what the call being followed passes for it."""
        if func.attrname not in kb.DICT_VIEW_METHODS:
            return None
        receiver = bound_expression(_stored_parameter(func.expr) or func.expr, bindings)
        if isinstance(receiver, nodes.Call):  # `load_region(r)` returning a comprehension
            returned = single_returned_value(receiver.func)
            receiver = returned if isinstance(returned, (nodes.Dict, nodes.DictComp)) else receiver
        if isinstance(receiver, nodes.Name):  # `months = {m: 0.0 for m in MONTHS}`
            receiver = _written_dict(receiver) or receiver
        if isinstance(receiver, nodes.Attribute):  # `self._prices`, given a dict at every site
            receiver = (
                _dict_at_every_construction(receiver) or _dict_stored_on_self(receiver) or receiver
            )
        if isinstance(receiver, (nodes.Dict, nodes.DictComp)):
            owners = {"builtins.dict"}  # written as a dict (astroid cannot infer comprehensions)
        else:
            owners = self.facade.instance_qnames(receiver)
        prefixes = {kb.DICT_VIEW_PREFIXES.get(owner) for owner in owners}
        if len(prefixes) != 1 or None in prefixes:
            return None
        kind = f"{prefixes.pop()}_{func.attrname}"
        note = f"`{snippet(func.parent)}` is a view of the dict, not a copy"
        return Problem.at(
            rules.PKL004,
            (func.parent, note),
            f"a dict view (`{kind}`)",
            f"TypeError: cannot pickle '{kind}' object",
        )

    def _loop_future(self, func: nodes.Attribute) -> Problem | None:
        """`loop.create_future()` of an asyncio event loop (astroid cannot infer the loop)."""
        qname = kb.LOOP_FUTURE_METHODS.get(func.attrname)
        if qname is None:
            return None
        if any(is_user_node(v) for v in self.facade.infer(func) or []):
            return None  # a method of the project's own class with the same name
        known = kb.UNPICKLABLE_INSTANCES[qname]
        note = "a future bound to the parent's event loop"
        return Problem.at(rules.PKL004, (func.parent, note), known.what, known.error)

    def _misnamed_class(
        self, definitions: list[nodes.NodeNG], use: str = "instance"
    ) -> Problem | None:
        """An instance (an enum member, the class) of `Point = namedtuple("Pt", ...)`."""
        found = not_the_same.misnamed_class(definitions, self._factory_names, use)
        return not_the_same_problem(found) if found is not None else None

    def _factory_names(self, func: nodes.NodeNG) -> set[str]:
        return self.facade.qualified_names(func) | syntactic_names(func)

    def _module_name(self, node: nodes.NodeNG) -> str:
        """The module `node` is in as pickle names it: the checked file runs as `__main__`."""
        root = node.root()
        return "__main__" if root is self.module or not root.name else str(root.name)

    def _renamed_wrapper(self, function: nodes.FunctionDef, call: nodes.Call) -> Problem | None:
        """`memo(parse)` where `memo` returns a `functools.wraps(func)` wrapper (names.py)."""
        wrapper = returned_local_function(function)
        parameter = not_the_same.wraps_parameter(wrapper) if wrapper else None
        bound = bind_arguments(function, call, None) or {}
        argument = bound[parameter][0] if parameter in bound else None
        wrapped = _wrapped_function(argument) if argument is not None else None
        if wrapper is None or wrapped is None or _qualname_set(wrapper):
            return None
        if is_nested(wrapped):  # the wrapper takes a local function's name
            qualname = local_qualname(wrapped)
            note = f"`{snippet(call)}` makes a wrapper named `{qualname}` after a local function"
            return Problem.at(
                rules.PKL002,
                (call, note),
                f"a wrapper named after a local function (`{qualname}`)",
                f"AttributeError: Can't pickle local object '{qualname}'",
            )
        found = not_the_same.renamed_wrapper(call, wrapped, self._module_name(wrapped))
        return not_the_same_problem(found) if found is not None else None

    def _generated_in_class(self, func: nodes.Attribute) -> Problem | None:
        """`Holder.Point(...)` (or `self.Point(...)`) where the project's class body says
        `Point = namedtuple("Point", ...)`: the made class is named `Point`, not
        `Holder.Point`, and pickle finds no `Point` at module level."""
        for owner in self.facade.infer(func.expr) or []:
            cls = owner if isinstance(owner, nodes.ClassDef) else getattr(owner, "_proxied", None)
            if isinstance(cls, nodes.ClassDef) and is_user_node(cls):
                return self._local_generated_class(cls.locals.get(func.attrname, []))
        return None

    def _local_generated_class(self, definitions: list[nodes.NodeNG]) -> Problem | None:
        """`Row = namedtuple("Row", ...)` inside a function or a class body: pickle finds no
        `Row` at module level, so instances fail like those of a nested class."""
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return None
        definition = definitions[0]
        value, _note = assigned_value(definition)
        if isinstance(value, nodes.Call):  # `Record = make_record_type(fields)`
            made = single_returned_value(value.func)
            inner = self._class_made_in_function(made) if isinstance(made, nodes.Call) else None
            if inner is not None:
                note = f"`{snippet(value)}` returns it"
                return replace(inner, what=f"an instance of {inner.what}").through(
                    step(value, note)
                )
        guarded = isinstance(definition.scope(), nodes.Module) and in_main_guard(definition)
        if not isinstance(value, nodes.Call) or not (
            guarded or isinstance(definition.scope(), (nodes.FunctionDef, nodes.ClassDef))
        ):
            return None
        if not self._makes_a_class(value, CLASS_FACTORIES):
            return None
        name = definition.name
        if guarded:  # a spawned child never runs the `__main__` block: no `name` there
            return Problem.at(
                rules.PKL003,
                (definition.statement(), f"`{name}` is created inside the `__main__` guard"),
                f'an instance of `{name}`, a class created inside the `if __name__ == "__main__":` '
                "block",
                f"AttributeError: Can't get attribute '{name}' on <module '__mp_main__'>",
                kb.CHILD_ONLY,
                by_name=True,
            )
        scope = definition.scope()
        if isinstance(scope, nodes.FunctionDef):
            where, inside = "a function", f"`{scope.name}()`"
        else:
            where, inside = "a class body", f"the body of class `{scope.name}`"
        home = definition.root()
        module = "__main__" if home is self.module else str(home.name)  # a sibling module's
        return Problem.at(
            rules.PKL002,
            (definition.statement(), f"`{name}` is created inside {where}"),
            f"an instance of `{name}`, a class created inside {inside}",
            f"PicklingError: Can't pickle <class '{module}.{name}'>: attribute lookup {name} "
            f"on {module} failed",
            by_name=True,
        )

    def _copied_items(
        self, call: nodes.Call, names: set[str], depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`list(options)` (`tuple`, `set`, `sorted`, ...): a new container of the same items,
        bad when an item of what it copies is."""
        if "builtins.dict" in names and (call.args or call.keywords):
            return self._copied_dict(call, depth, bindings)
        if not (names & _ITEM_COPIES and len(call.args) == 1 and not call.keywords):
            return None
        source = call.args[0]
        if isinstance(source, nodes.Starred):
            return None
        inner = self._items(source, depth + 1, bindings, False)
        if inner is None:
            return None
        return _kept_in(call, inner, f"`{snippet(call)}` holds the items of `{snippet(source)}`")

    def _copied_dict(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`dict(settings, ident=ident)`, `dict(pairs)`: a new dict of the mapping's entries
        (or the pairs' items) and the keywords' values."""
        source = call.args[0] if len(call.args) == 1 else None
        inner = None
        if source is not None and not isinstance(source, nodes.Starred):
            whole = self._judge(source, depth + 1, bindings, False)
            # the copy holds the entries, not the mapping object (`dict(os.environ)` pickles)
            inner = whole if whole is not None and whole.contained else None
            inner = inner or self._items(source, depth + 1, bindings, False)
        keywords = [k.value for k in call.keywords or []]
        inner = inner or self._first(keywords, depth, bindings, False)
        if inner is None:
            return None
        return _kept_in(call, inner, f"`{snippet(call)}` holds what it is given")

    def _class_made_in_function(self, call: nodes.Call) -> Problem | None:
        """`namedtuple("Batch", fields)` (an `Enum("Color", ...)`, a `type("T", bases, ns)`)
        called in a function: the class itself is pickled by its name, which its module does
        not hold (padl 134: `self.batch_type = make_batch_type(fields)`)."""
        scope = call.scope()
        if not isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
            return None
        if not self._makes_a_class(call, _CLASS_OBJECT_FACTORIES):
            return None
        typename = call.args[0] if call.args else None
        if isinstance(typename, nodes.JoinedStr) and not _binds_globals_by_name(call.root()):
            name, computed = typename.as_string()[2:-1], True  # `f"Node_{name}"`
        elif isinstance(typename, nodes.Const) and isinstance(typename.value, str):
            name, computed = typename.value, False
        elif isinstance(typename, (nodes.BinOp, nodes.Call)) and not _binds_globals_by_name(
            call.root()
        ):
            name, computed = typename.as_string(), True  # `"%sDumper" % prefix`
        else:
            return None
        if name in call.root().locals:
            return None  # a module-level name the class may be bound to (`global Batch`)
        module = self._module_name(call)
        where = getattr(scope, "name", "<lambda>")
        error = (
            f"PicklingError when pickle looks up the class `{name}` on {module} (the name is "
            "computed at run time; no module attribute holds it)"
            if computed
            else f"PicklingError: Can't pickle <class '{module}.{name}'>: attribute lookup "
            f"{name} on {module} failed"
        )
        literal_name = isinstance(typename, nodes.Const | nodes.JoinedStr)
        shown = f"`{name}`" if literal_name else f"whose name is `{name}`"
        return Problem.at(
            rules.PKL002,
            (call, f"`{snippet(call)}` makes the class {shown} inside `{where}()`"),
            f"the class {shown}, made inside the function `{where}()`",
            error,
            by_name=True,
        )

    def _makes_a_class(self, call: nodes.Call, factories: frozenset[str]) -> bool:
        """`namedtuple("Row", ...)`, `type("T", bases, namespace)`, ... of `factories`."""
        called = factories & (self.facade.qualified_names(call.func) | syntactic_names(call.func))
        # type(x) with one argument returns an existing class
        return bool(called) and not (called == {"builtins.type"} and len(call.args) != 3)

    def _is_class(self, expr: nodes.NodeNG) -> bool:
        return any(isinstance(v, nodes.ClassDef) for v in self.facade.infer(expr) or [])

    def _is_context(self, expr: nodes.NodeNG) -> bool:
        return is_context_expr(expr, self.facade)

    def _helper_result(
        self,
        function: nodes.FunctionDef,
        call: nodes.Call,
        depth: int,
        bindings: Bindings | None,
    ) -> Problem | None:
        if function.is_generator() or is_plain_coroutine_function(function):
            kind = lazy_result_kind(function)
            known = kb.UNPICKLABLE_INSTANCES[f"builtins.{kind}"]
            return Problem.at(
                rules.PKL004,
                (call, f"`{function.name}()` returns {known.what}"),
                known.what,
                known.error,
            )
        decorators = function.decorators.nodes if function.decorators else []
        if not all(caches_by_name(d) or is_name(d, "staticmethod") for d in decorators):
            return None  # a cache (`@lru_cache`) hands back what the function returned
        renamed = self._renamed_wrapper(function, call)
        if renamed is not None:
            return renamed
        return self._every_return(function, depth, bind_arguments(function, call, bindings))

    def _every_return(
        self, function: nodes.FunctionDef, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """The problem of what `function` returns, when every `return value` of it is bad."""
        returns = [
            r
            for r in own_nodes(function, nodes.Return)
            if r.value is not None and not ruled_out(r, function, bindings)
        ]
        note = f"`{function.name}()` returns this"

        def returned(ret: nodes.Return) -> Problem | None:
            problem = self._judge(ret.value, depth, bindings, local=False) or (
                self._changed_parameter(function, ret, depth, bindings)
            )
            return problem.through(step(ret, note)) if problem else None

        return on_every_path(returns, returned)

    def _builtin_exception(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`ValueError("bad rows", rows)` sent as a value: its `args` are pickled with it."""
        for cls in self.facade.infer(call.func) or []:
            if isinstance(cls, nodes.ClassDef):
                return self._exception_arguments(call, cls, depth, bindings)
        return None

    def _exception_arguments(
        self, exc: nodes.Call, cls: nodes.ClassDef, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`raise ValueError("bad rows", rows_generator)`: `BaseException.__reduce__` pickles
        `self.args` with the exception, whatever its `__getstate__` says."""
        kept = kept_arguments(exc, cls) if is_exception(cls) else None
        if kept is None:
            return None
        arguments, init = kept
        given = bind_arguments(init, exc, bindings) if init is not None else bindings
        for argument in arguments:
            inner = self._judge(argument, depth + 1, given, False)
            if inner is not None and not inner.inheritable:
                note = f"`{cls.name}` keeps `{snippet(argument)}` in its `args`"
                return replace(
                    inner.through(step(argument, note)),
                    code=rules.PKL008.code,
                    what=f"the exception `{cls.name}`, whose `args` hold {inner.what}",
                    contained=False,
                )
        return None

    def _instance(
        self,
        cls: nodes.ClassDef,
        call: nodes.Call | None,
        depth: int,
        bindings: Bindings | None = None,
        replaced: frozenset[str] = frozenset(),
    ) -> Problem | None:
        """`replaced`: attributes set again before the boundary, judged by the caller."""
        cls = not_the_same.enum_class_of_member(cls)
        if (
            is_nested(cls)
            or in_main_guard(cls)
            or not_the_same.redefined_class(cls)
            or mangled_class_problem(cls, "")
            or claimed_module_problem(cls, "")
            or renamed_class_problem(cls, "", "")
        ):
            if reduced_by_a_module_function(cls):
                return None  # its `__reduce__` rebuilds it without naming the class
            return class_object_problem(cls, instance=True, module_name=self._module_name(cls))
        decorated = decorated_class_problem(cls, self._module_name(cls)) if cls.decorators else None
        if decorated is not None:
            return decorated
        known = (
            known_base(cls)
            or pointer_structure(cls)
            or refused_pickling(cls)
            or (immutable_slots(cls) if is_user_node(cls) else None)
        )
        if known is None and call is not None and is_user_node(cls):
            known = _state_key_never_set(cls, call, bindings)
        if known is not None:
            return known
        if call is not None and is_user_node(cls):
            # an exception object sent as a value (returned by a worker, queued) is rebuilt
            # from its `args` on the other side, like a raised one
            rebuilt = (
                raised_with_keywords(call, cls)
                or broken_exception(cls)
                or self._exception_arguments(call, cls, depth, bindings)
            )
            if rebuilt is not None:
                return rebuilt
        rebuilt_by = constructor(cls)
        short = rebuild.reduce_missing_arguments(cls, rebuilt_by)
        if short is not None and rebuilt_by is not None and cls.name not in self._copyreg_classes:
            return reduce_missing_arguments(cls, rebuilt_by, *short)
        if cls.name not in self._copyreg_classes:
            zone = library_rebuild_missing_arguments(cls, rebuilt_by)
            if zone is not None:
                return zone
        if has_custom_reduce(cls) or cls.name in self._copyreg_classes:
            return None
        lineage = [cls, *safe_ancestors(cls)]
        new = rebuild.new_missing_arguments(lineage) if is_user_node(cls) else None
        if new is not None:
            return new_missing_arguments(cls, *new)
        frozen = rebuild.frozen_restored_field(lineage) if is_user_node(cls) else None
        if frozen is not None:
            return frozen_restored(cls, frozen)
        missing = rebuild.getattr_missing_key(lineage)
        if missing is not None:
            return getattr_missing_key(cls, *missing)
        recursing = rebuild.recursive_getattr(lineage)
        if recursing is not None:
            return recursing_getattr(cls, recursing)
        answering = rebuild.getattr_answering_setstate(lineage)
        if answering is not None:
            return getattr_answers_setstate(cls, *answering)
        serialized = serialized_attribute(cls) if is_user_node(cls) else None
        if serialized is not None:
            return self._serialized_state(cls, call, depth, bindings, *serialized)
        excluded = getstate_exclusions(cls)
        if excluded is None:
            return None
        excluded |= replaced
        init = constructor(cls)
        init_bindings = bind_arguments(init, call, bindings) if init and call else None
        found: list[Problem] = []
        for attr, assignments in init_assignments(cls).items():
            if attr in excluded:
                continue
            for assign_attr in assignments:
                value, _note = assigned_value(assign_attr)
                if value is None or switched_off(assign_attr, init, init_bindings):
                    continue
                if self._overridden_call(value, assign_attr, cls):
                    continue  # another method runs for this class: not followed
                own = init is not None and assign_attr.frame() is init
                given = (
                    init_bindings if own else ancestor_bindings(init, assign_attr, init_bindings)
                )
                given = unpacked_bindings(assign_attr, value, given)
                inner = self._judge(value, depth + 1, given, False)
                if inner is not None and inner.code == rules.PKL011.code and inner.inheritable:
                    start_call = attribute_started_after(assign_attr)
                    inner = started_before(inner, start_call) if start_call else inner
                if inner is not None:
                    found.append(instance_state_problem(attr, inner, assign_attr, cls))
                    break
        if found:
            return with_all_attributes(found)
        if init is not None:
            filled = self._filled_by_init(cls, init, init_bindings, depth, excluded)
            if filled is not None:
                return filled
            dynamic = self._dynamic_state_problem(cls, init, call, depth, bindings, excluded)
            if dynamic is not None:
                return dynamic
            items = self._container_base_items(cls, init, init_bindings, depth)
            if items is not None:
                return items
        return self._field_problem(cls, call, depth, bindings, excluded)

    def _container_base_items(
        self,
        cls: nodes.ClassDef,
        init: nodes.FunctionDef,
        init_bindings: Bindings | None,
        depth: int,
    ) -> Problem | None:
        """A subclass of list or set whose `__init__` hands the base its items
        (`super().__init__(PotcarSingle(s, ...) for s in symbols)`): pickling the instance
        pickles each item."""
        if not _container_subclass(cls):
            return None
        found = base_init_call(init)
        if found is None or len(found[1]) != 1:
            return None
        call, given = found
        inner = self._items(given[0], depth + 1, init_bindings, False)
        if inner is None:
            return None
        note = f"`{snippet(call)}` makes the {cls.name} hold these items"
        what = f"an instance of `{cls.name}` whose items hold {inner.what}"
        return replace(inner, what=what, contained=False).through(step(call, note))

    def _serialized_state(
        self,
        cls: nodes.ClassDef,
        call: nodes.Call | None,
        depth: int,
        bindings: Bindings | None,
        attr: str,
        pickler: Pickler,
        dumps: nodes.Call,
    ) -> Problem | None:
        """What `__getstate__` serialises itself (`cloudpickle.dumps(self.fn)`): the values
        `__init__` gives the attribute, judged for that pickler; a lambda or local function
        cloudpickle copies is judged by what it captures."""
        init = constructor(cls)
        init_bindings = bind_arguments(init, call, bindings) if init and call else None
        for assign_attr in init_assignments(cls).get(attr, []):
            value, _note = assigned_value(assign_attr)
            if value is None or init is None or assign_attr.frame() is not init:
                continue
            inner = self._judge(value, depth + 1, init_bindings, False)
            if inner is not None and accepts(pickler, inner):
                inner = captured_problem(
                    inner, pickler, lambda read: self._judge(read, depth + 1, None, False)
                )
            if inner is not None:
                found = instance_state_problem(attr, inner, assign_attr, cls)
                note = f"`__getstate__` serialises `self.{attr}` with {pickler.value}"
                return replace(found.through(step(dumps, note)), hints=inner.hints)
        return None

    def _overridden_call(
        self, value: nodes.NodeNG, assign_attr: nodes.AssignAttr, cls: nodes.ClassDef
    ) -> bool:
        """`self.sink = self.open_sink()` in a base's method, while `cls` (or a class between
        it and that base) overrides `open_sink`: the base's method is not the one that runs
        (a dry-run subclass returning a list instead of an open file)."""
        func = value.func if isinstance(value, nodes.Call) else None
        if not (isinstance(func, nodes.Attribute) and is_name(func.expr, "self")):
            return False
        defining = assign_attr.frame().parent
        if not isinstance(defining, nodes.ClassDef) or defining is cls:
            return False
        for klass in [cls, *self.facade.ancestors(cls)]:
            if func.attrname in klass.locals:
                return klass is not defining and klass not in self.facade.ancestors(defining)
        return False

    def _filled_by_init(
        self,
        cls: nodes.ClassDef,
        init: nodes.FunctionDef,
        init_bindings: Bindings | None,
        depth: int,
        excluded: frozenset[str],
    ) -> Problem | None:
        """`self.envs[kind] = lmdb.open(...)` or `self.locks.append(Lock())` in `__init__`
        (and the methods it calls): a container attribute holds what the constructor put in."""
        for method in construction_run(cls):
            me = self_name(method)
            if me is None:
                continue
            given = init_bindings if method is init else None
            for adder, attr, added in additions_to_attributes(method, me, 0, sys.maxsize):
                if attr in excluded:
                    continue
                inner = self._judge(added, depth + 1, given, local=False)
                if inner is not None:
                    note = f"`{snippet(adder)}` puts it into `self.{attr}`"
                    named = _instance_dict_key(adder) if attr == "__dict__" else None
                    return instance_state_problem(named or attr, inner, adder, cls, note)
            # `attach_database(self)`: a function of the project that stores on its argument
            changes = self._changed_by_calls(method, me, 0, sys.maxsize, depth, cls, given)
            for call, stored in changes:
                if stored.attribute not in excluded:
                    return stored.through(step(call, f"`{snippet(call)}` changes the object"))
        return None

    def _dynamic_state_problem(
        self,
        cls: nodes.ClassDef,
        init: nodes.FunctionDef,
        call: nodes.Call | None,
        depth: int,
        bindings: Bindings | None,
        excluded: frozenset[str],
    ) -> Problem | None:
        """Attributes `__init__` names at run time: `setattr(self, name, value)`, and the
        `**options` it stores with `self.__dict__.update(options)` (or `vars(self)`)."""
        positional = positional_parameters(init)
        if not positional:
            return None
        me, options = positional[0].name, init.args.kwarg
        init_bindings = bind_arguments(init, call, bindings) if call is not None else None
        for node in own_nodes(init, nodes.Call):
            parts = _setattr_parts(node, me)
            if parts is not None:
                found = self._set_attribute(cls, node, *parts, depth, init_bindings, excluded)
            elif options and call is not None and _stores_options(node, me, options):
                found = self._stored_options(cls, init, call, node, depth, bindings, excluded)
            else:
                found = None
            if found is not None:
                return found
        return None

    def _set_attribute(
        self,
        cls: nodes.ClassDef,
        setter: nodes.Call,
        name: nodes.NodeNG,
        value: nodes.NodeNG,
        depth: int,
        bindings: Bindings | None,
        excluded: frozenset[str],
    ) -> Problem | None:
        """`setattr(self, name, value)` with a bad value."""
        attr = const_str(name)
        inner = self._judge(value, depth + 1, bindings, False)
        if inner is None or attr in excluded:
            return None
        note = f"`{snippet(setter)}` sets it"
        if attr is not None:
            return instance_state_problem(attr, inner, setter, cls, note)
        found = instance_state_problem(f"<{snippet(name)}>", inner, setter, cls, note)
        # a generated __getstate__ could not name what to drop
        return replace(found, hints=tuple(h for h in found.hints if h.kind != "add-getstate"))

    def _stored_options(
        self,
        cls: nodes.ClassDef,
        init: nodes.FunctionDef,
        call: nodes.Call,
        update: nodes.Call,
        depth: int,
        bindings: Bindings | None,
        excluded: frozenset[str],
    ) -> Problem | None:
        """A bad keyword argument of the construction that `update` stores as an attribute."""
        arguments = init.args
        named = {a.name for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
        for keyword in call.keywords or []:
            if keyword.arg is None or keyword.arg in named | excluded:
                continue
            inner = self._judge(keyword.value, depth + 1, bindings, False)
            if inner is not None:
                note = f"`{keyword.arg}=` becomes an attribute by `{snippet(update)}`"
                return instance_state_problem(keyword.arg, inner, keyword, cls, note)
        return None

    def _field_problem(
        self,
        cls: nodes.ClassDef,
        call: nodes.Call | None,
        depth: int,
        bindings: Bindings | None,
        excluded: frozenset[str],
    ) -> Problem | None:
        """Dataclass and NamedTuple fields filled from constructor arguments."""
        fields = declared_fields(cls)
        if call is None or not fields:
            return None
        arguments: dict[str, nodes.NodeNG] = dict(zip(fields, call.args, strict=False))
        arguments.update({k.arg: k.value for k in call.keywords or [] if k.arg})
        for name, argument in arguments.items():
            if name in excluded or isinstance(argument, nodes.Starred):
                continue
            inner = self._judge(argument, depth + 1, bindings, local=False)
            if inner is not None:
                return instance_state_problem(name, inner, argument, cls)
        return self._default_field_problem(cls, set(arguments) | excluded)

    def _default_field_problem(self, cls: nodes.ClassDef, given: set[str]) -> Problem | None:
        """Fields left to their default: `field(default_factory=threading.Lock)`."""
        for statement in cls.body:
            if not (
                isinstance(statement, nodes.AnnAssign)
                and isinstance(statement.target, nodes.AssignName)
                and statement.value is not None
                and statement.target.name not in given
            ):
                continue
            factory = default_factory(statement.value)
            if factory is None:
                plain = self._plain_default_problem(cls, statement)
                if plain is not None:
                    return plain
                continue
            made_by_function = self._factory_function_problem(cls, statement, factory)
            if made_by_function is not None:
                return made_by_function
            if isinstance(factory, nodes.Lambda) and not isinstance(factory, nodes.FunctionDef):
                made = self._judge(factory.body, MAX_DEPTH - 2, None, False)
                if made is not None:
                    note = f"`{statement.target.name}` defaults to what `{snippet(factory)}` makes"
                    inner = made.through(step(statement, note))
                    return instance_state_problem(statement.target.name, inner, statement, cls)
                continue
            made_by_class = self._factory_class_problem(cls, statement, factory)
            if made_by_class is not None:
                return made_by_class
        return None

    def _factory_class_problem(
        self, cls: nodes.ClassDef, statement: nodes.AnnAssign, factory: nodes.NodeNG
    ) -> Problem | None:
        """`field(default_factory=threading.Lock)` or `=threading.Event`, a class whose
        instances pickle rejects, or a class of the project whose state does."""
        name = str(statement.target.name)
        note = f"`{name}` defaults to `{snippet(factory)}()`"
        names = self.facade.qualified_names(factory) | syntactic_names(factory)
        for qname in sorted(names):
            known = kb.UNPICKLABLE_FACTORIES.get(qname) or kb.UNPICKLABLE_INSTANCES.get(qname)
            if known is not None:
                rejected = Problem.at(rules.PKL004, (statement, note), known.what, known.error)
                return instance_state_problem(name, rejected, statement, cls)
        for made in self.facade.infer(factory) or []:
            if isinstance(made, nodes.ClassDef) and made is not cls and is_user_node(made):
                inner = self._instance(made, None, MAX_DEPTH - 2)
                if inner is not None:
                    made_state = inner.through(step(statement, note))
                    return instance_state_problem(name, made_state, statement, cls)
        return None

    def _plain_default_problem(
        self, cls: nodes.ClassDef, statement: nodes.AnnAssign
    ) -> Problem | None:
        """`schedule: Callable = lambda e: ...` (or `field(default=...)`): the generated
        `__init__` stores the default on every instance."""
        default = field_default(statement.value)
        if default is None:
            return None
        inner = self._judge(default, MAX_DEPTH - 2, None, False)
        if inner is None:
            return None
        name = str(statement.target.name)
        note = f"`{name}` defaults to `{snippet(default)}`"
        return instance_state_problem(name, inner, statement, cls, note)

    def _factory_function_problem(
        self, cls: nodes.ClassDef, statement: nodes.AnnAssign, factory: nodes.NodeNG
    ) -> Problem | None:
        """`field(default_factory=make_schedule)` with a function of the project: what every
        one of its returns makes is the field's value."""
        function = self._user_function(factory)
        if function is None or isinstance(function.parent, nodes.ClassDef):
            return None
        made = self._every_return(function, MAX_DEPTH - 2, None)
        if made is None:
            return None
        name = str(statement.target.name)
        note = f"`{name}` defaults to what `{snippet(factory)}()` returns"
        return instance_state_problem(name, made, statement, cls, note)

    def _is_manager_proxy_factory(self, call: nodes.Call) -> bool:
        if not isinstance(call.func, nodes.Attribute):
            return False
        receiver = call.func.expr
        if bound_only_by_imports(receiver, modules=True):
            return False  # `threading.Lock()`: a function of a module
        made = receiver if isinstance(receiver, nodes.Call) else creating_call(receiver)
        if made is not None and (
            call_name(made.func) == "Manager"  # `ctx.Manager()`, `self.manager = Manager()`
            or kb.MANAGER_FACTORIES
            & (self.facade.qualified_names(made.func) | syntactic_names(made.func))
        ):
            return True
        owner = self.facade.instance_qnames(receiver)
        if any(name.startswith("multiprocessing.managers.") for name in owner):
            return True
        return any(  # an instance of the project's own `class MyManager(BaseManager)`
            base.qname().startswith("multiprocessing.managers.")
            for value in self.facade.infer(receiver) or []
            if isinstance(value, bases.Instance) and isinstance(value._proxied, nodes.ClassDef)
            for base in safe_ancestors(value._proxied)
        )


def _proxy_of_keyed_manager(call: nodes.Call) -> Problem | None:
    """A proxy made by a manager started with an `authkey=` of its own (CPython 139801): a
    pickled proxy carries that key only while a child is spawned; a pool worker or the
    reader of a queue connects with its own process's key and is turned away."""
    assert isinstance(call.func, nodes.Attribute)
    made = creating_call(call.func.expr)
    key = passed_argument(made, 1, "authkey") if made is not None else None
    # a bytes literal, or made by a call (`os.urandom(16)`, `secret.encode()`); a name may be
    # None, and `current_process().authkey` is the key every process has
    if key is None or not (isinstance(literal(key), bytes) or isinstance(key, nodes.Call)):
        return None
    note = f"`{snippet(call)}` is a proxy of a manager started with `authkey={snippet(key)}`"
    return Problem.at(
        rules.PKL004,
        (call, note),
        "a proxy of a manager with its own authkey",
        "multiprocessing.context.AuthenticationError: digest sent was rejected (the process "
        "that unpickles the proxy connects to the manager with its own authkey)",
        inheritable=True,
    )


def _compile_flags_given(call: nodes.Call) -> bool:
    """`compile(source, name, mode, flags)` or `flags=`: what it returns depends on them."""
    return len(call.args) > 3 or any(k.arg == "flags" for k in call.keywords or [])


def _qualname_set(function: nodes.FunctionDef) -> bool:
    """`wrapper.__qualname__ = qname` after the definition: the wrapper is renamed again, to a
    name this reading does not follow (the fix that makes pickle find it by that name)."""
    scope = function.parent.scope() if function.parent else None
    return scope is not None and any(
        target.attrname == "__qualname__" and is_name(target.expr, function.name)
        for target in own_nodes(scope, nodes.AssignAttr)
    )


def _instance_dict_key(statement: nodes.NodeNG) -> str | None:
    """`_module` of `self.__dict__["_module"] = value`: the attribute the store sets."""
    targets = statement.targets if isinstance(statement, nodes.Assign) else []
    keys = [t.slice for t in targets if isinstance(t, nodes.Subscript)]
    key = keys[0] if len(keys) == 1 else None
    return key.value if isinstance(key, nodes.Const) and isinstance(key.value, str) else None


def _calls_builtin(call: nodes.Call, name: str) -> bool:
    """`iter(...)` where no definition of the module shadows the builtin."""
    return is_name(call.func, name) and names_builtin(call.func)


def _takes_iterators(call: nodes.Call) -> bool:
    """Every keeper but methodcaller calls iter() on its arguments."""
    return not snippet(call.func).endswith("methodcaller")


def _written_dict(name: nodes.Name) -> nodes.Dict | nodes.DictComp | None:
    """The dict display or comprehension the name's one binding assigns."""
    value = single_assigned_value(name)
    return value if isinstance(value, (nodes.Dict, nodes.DictComp)) else None


def _is_dict_view(problem: Problem) -> bool:
    """`cannot pickle 'dict_items' object` (or keys/values; odict_ too)."""
    return any(f"dict_{view}'" in problem.error for view in kb.DICT_VIEW_METHODS)


def _disabled_progress_bar(call: nodes.Call, names: set[str]) -> bool:
    if not any(name.split(".")[0] == "tqdm" for name in names):
        return False
    return any(
        k.arg == "disable" and isinstance(k.value, nodes.Const) and k.value.value is True
        for k in call.keywords or []
    )


def _lock_set_before(call: nodes.Call, names: set[str]) -> bool:
    """`tqdm.get_lock()` after a `tqdm.set_lock(RLock())` of the module (tqdm 920's fix)."""
    if not isinstance(call.func, nodes.Attribute) or call.func.attrname != "get_lock":
        return False
    if not any(name.split(".")[0] == "tqdm" for name in names):
        return False
    receiver = snippet(call.func.expr)
    return any(
        isinstance(other.func, nodes.Attribute)
        and other.func.attrname == "set_lock"
        and other.args
        and snippet(other.func.expr) == receiver
        and (other.lineno or 0) < (call.lineno or 0)
        for other in nodes_in(call.root(), nodes.Call)
    )


# `pattern.match(text)`: astroid infers the methods of a compiled pattern to no result
_PATTERN_MATCHERS = ("match", "search", "fullmatch")


def _dict_at_every_construction(attribute: nodes.Attribute) -> nodes.NodeNG | None:
    """`self._prices` whose one store is an `__init__` parameter every construction of the
    class in its module passes a dict display for: the first of them."""
    passed = [
        _written_dict(value) or value if isinstance(value, nodes.Name) else value
        for value in constructor_arguments(attribute)
    ]
    if passed and all(isinstance(value, (nodes.Dict, nodes.DictComp)) for value in passed):
        return passed[0]
    return None


def _binds_globals_by_name(module: nodes.Module) -> bool:
    """`globals()[name] = cls` or `setattr(sys.modules[__name__], name, cls)`: the module may
    hold a class made under a computed name."""
    return any(
        is_name(call.func, "globals")
        or (is_name(call.func, "setattr") and "modules" in snippet(call))
        for call in nodes_in(module, nodes.Call)
    )


def _setattr_parts(call: nodes.Call, me: str) -> tuple[nodes.NodeNG, nodes.NodeNG] | None:
    """(name, value) of `setattr(self, name, value)`, `self.__setattr__(name, value)` or
    `object.__setattr__(self, name, value)` (pydot's `create_<format>` methods)."""
    func, args = call.func, call.args
    if is_name(func, "setattr") and len(args) == 3 and is_name(args[0], me):
        return args[1], args[2]
    if not (isinstance(func, nodes.Attribute) and func.attrname == "__setattr__"):
        return None
    if is_name(func.expr, me) and len(args) == 2:
        return args[0], args[1]
    if is_name(func.expr, "object") and len(args) == 3 and is_name(args[0], me):
        return args[1], args[2]
    return None


_CONTAINER_BASES = frozenset({"builtins.list", "builtins.set"})


def _container_subclass(cls: nodes.ClassDef) -> bool:
    """A project class deriving from list or set, with no pickling of its own."""
    if has_custom_reduce(cls) or "__getstate__" in cls.locals:
        return False
    return any(qname_of(base) in _CONTAINER_BASES for base in safe_ancestors(cls))


def _dict_stored_on_self(attribute: nodes.Attribute) -> nodes.NodeNG | None:
    """`self.vocab_dict` every store of its class binds to a dict display or comprehension
    (`self.vocab_dict = {ch: i for ...}`): the first of them."""
    cls = method_owner(attribute) if is_self(attribute.expr) else None
    stores = self_attribute_stores(cls, str(attribute.attrname)) if cls is not None else []
    if stores and all(isinstance(value, (nodes.Dict, nodes.DictComp)) for value in stores):
        return stores[0]
    return None


def _stored_parameter(expr: nodes.NodeNG) -> nodes.Name | None:
    """`self.ranges` read in `__init__` after its one store `self.ranges = ranges`: the
    parameter, which the construction being followed binds."""
    stored = init_parameter_stored(expr) if isinstance(expr, nodes.Attribute) else None
    return stored[0] if stored is not None and expr.frame() is stored[1] else None


def _is_pattern(expr: nodes.NodeNG | None) -> bool:
    """A compiled regular expression: `re.compile(...)`, a name bound once to one (here or
    in the project module it is imported from), or `self.<attr>` every store of its class
    binds to one."""
    if expr is None:
        return False
    if isinstance(expr, nodes.Name):
        definitions = name_definitions(expr)
        return len(definitions) == 1 and _compiles(assigned_value(definitions[0])[0])
    if isinstance(expr, nodes.Attribute) and is_name(expr.expr, "self"):
        cls = method_owner(expr)
        stores = self_attribute_stores(cls, expr.attrname) if cls is not None else []
        return bool(stores) and all(_compiles(value) for value in stores)
    return _compiles(expr)


def _compiles(expr: nodes.NodeNG | None) -> bool:
    return isinstance(expr, nodes.Call) and "re.compile" in syntactic_names(expr.func)


def _stores_options(call: nodes.Call, me: str, options: str) -> bool:
    """`self.__dict__.update(options)` or `vars(self).update(options)`."""
    func = call.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname == "update"
        and _own_dict(func.expr, me)
        and len(call.args) == 1
        and is_name(call.args[0], options)
    )


def _own_dict(expr: nodes.NodeNG, me: str) -> bool:
    """`self.__dict__` or `vars(self)`."""
    if isinstance(expr, nodes.Attribute):
        return expr.attrname == "__dict__" and is_name(expr.expr, me)
    return (
        isinstance(expr, nodes.Call)
        and is_name(expr.func, "vars")
        and len(expr.args) == 1
        and is_name(expr.args[0], me)
    )


def _wrapped_function(argument: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The function of the project an argument names: by its name, a local `def`, or a
    parameter every call in the module fills with the same one (`cm_gen` of
    `start(target_fn)`)."""
    function = _named_def(argument)
    parameter = parameter_named(argument) if function is None else None
    if parameter is None:
        return function
    passed = [_named_def(a) for _call, a in arguments_for(parameter)]
    first = passed[0] if passed else None
    return first if first is not None and all(f is first for f in passed) else None


def _named_def(argument: nodes.NodeNG) -> nodes.FunctionDef | None:
    """A function of the project by its name, or a local `def` of that name."""
    function = named_function(argument)
    if function is not None or not isinstance(argument, nodes.Name):
        return function
    found = lookup(argument, argument.name)
    return found[0] if len(found) == 1 and isinstance(found[0], nodes.FunctionDef) else None


def _called_on_owner(method: nodes.FunctionDef, call: nodes.Call) -> bool:
    """`Owner.method(...)` with `Owner` the class defining it by name (not a subclass, whose
    `cls` would be another class)."""
    func = call.func
    owner = method.parent
    return (
        isinstance(func, nodes.Attribute)
        and isinstance(owner, nodes.ClassDef)
        and isinstance(func.expr, nodes.Name)
        and func.expr.name == owner.name
    )


def ancestor_bindings(
    init: nodes.FunctionDef | None, assigned: nodes.AssignAttr, bindings: Bindings | None
) -> Bindings | None:
    """The parameters of a base class's `__init__` (where `assigned` is made) as the
    constructor's `super().__init__(...)` chain passes them, defaults included."""
    target = assigned.frame()
    if init is None or not isinstance(target, nodes.FunctionDef) or target.name != "__init__":
        return None
    chain = ancestor_init_call(init, target)
    if not chain:
        return None
    for called, call in chain:
        bindings = bind_arguments(called, call, bindings, receiver_passed=explicit_self_call(call))
    return bindings


def _kept_in(call: nodes.Call, inner: Problem, note: str) -> Problem:
    """`inner`, held by the new object `call` makes (a copy, an array): said of what it holds
    unless the problem already names its own site."""
    inner = replace(inner, contained=True) if inner.site is None else inner
    return inner.through(step(call, note))


def _keyword(call: nodes.Call, name: str) -> nodes.NodeNG | None:
    return next((k.value for k in call.keywords or [] if k.arg == name), None)


def _state_key_never_set(
    cls: nodes.ClassDef, call: nodes.Call, bindings: Bindings | None
) -> Problem | None:
    """A key `__getstate__` deletes that the construction `call` never stores (its branch is
    ruled out by the call's arguments), and that no other method stores."""
    keys = deleted_state_keys(cls)
    hierarchy = [klass for klass in [cls, *safe_ancestors(cls)] if is_user_node(klass)]
    if not keys or any(_sets_attributes_by_name(klass) for klass in hierarchy):
        return None
    init = constructor(cls)
    given = bind_arguments(init, call, bindings) if init is not None else None
    construction = init_assignments(cls)
    setters = [
        store
        for key in keys
        for store in construction.get(key, [])
        if not (store.frame() is init and ruled_out(store, init, given))
    ]
    in_construction = {id(s) for key in keys for s in construction.get(key, [])}
    elsewhere = any(
        id(store) not in in_construction
        for klass in hierarchy
        for key in keys
        for store in klass.instance_attrs.get(key, [])
    )
    return missing_state_key(cls, setters, elsewhere)


def _sets_attributes_by_name(cls: nodes.ClassDef) -> bool:
    """Attributes the class stores where `instance_attrs` cannot see them: a generated
    `__init__` (dataclass, attrs), `setattr(self, ...)`, `self.__dict__` written, slots."""
    if has_generated_init(cls) or "__slots__" in cls.locals:
        return True
    methods = [m for m in cls.mymethods() if m.name not in ("__getstate__", "__setstate__")]
    for call in (call for method in methods for call in nodes_in(method, nodes.Call)):
        func = call.func
        if is_name(func, "setattr") and call.args and is_self(call.args[0]):
            return True
        if isinstance(func, nodes.Attribute) and func.attrname == "update":
            target = func.expr
            if isinstance(target, nodes.Attribute) and target.attrname == "__dict__":
                return True
    return any(
        isinstance(node.value, nodes.Attribute) and node.value.attrname == "__dict__"
        for node in (node for method in methods for node in nodes_in(method, nodes.Subscript))
        if isinstance(node.parent, nodes.Assign) and node in node.parent.targets
    )
