"""Functions and classes that pickle stores by name: lambdas, local and `__main__`-guarded
definitions, decorators that replace them, bound methods, subclasses of unpicklable types.
"""

from __future__ import annotations

from dataclasses import replace

from astroid import modutils, nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_build import positional_parameters, spelled_name
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.families import names as not_the_same
from picklecheck.engine.families.refusals import refused_pickling
from picklecheck.engine.flow.project import (
    is_user_node,
    name_definitions,
    named_function,
    single_definition,
)
from picklecheck.engine.flow.syntax import (
    calls_of,
    class_body_value,
    in_main_guard,
    is_name,
    is_nested,
    is_private_name,
    local_qualname,
    mangled_name,
    own_method,
    own_nodes,
    qname_of,
    safe_ancestors,
    syntactic_names,
)
from picklecheck.engine.model import FixHint
from picklecheck.engine.problem import Problem, located, snippet, span_list, step

CLASS_FACTORIES = frozenset(
    {
        "collections.namedtuple",
        "typing.NamedTuple",
        "typing.TypedDict",
        "enum.Enum",
        "builtins.type",
        "dataclasses.make_dataclass",
    }
)


def is_plain_coroutine_function(function: nodes.FunctionDef) -> bool:
    """An undecorated `async def`: calling it returns a coroutine (a decorator may not)."""
    return isinstance(function, nodes.AsyncFunctionDef) and not function.decorators


def coroutine_wrapper(function: nodes.FunctionDef) -> nodes.AsyncFunctionDef | None:
    """The `async def` a project decorator puts in place of a plain function (`@cache(expire=
    30)` returning `async def inner`, fastapi-cache 555): calling the name returns a
    coroutine, whatever the function itself returns."""
    decorators = function.decorators.nodes if function.decorators else []
    if isinstance(function, nodes.AsyncFunctionDef) or len(decorators) != 1:
        return None
    decorator = decorators[0]
    maker = named_function(decorator.func if isinstance(decorator, nodes.Call) else decorator)
    if maker is not None and isinstance(decorator, nodes.Call):  # a decorator factory
        made = returned_local(maker)
        maker = made if isinstance(made, nodes.FunctionDef) else None
    wrapper = returned_local(maker) if maker is not None else None
    if not isinstance(wrapper, nodes.AsyncFunctionDef) or wrapper.is_generator():
        return None
    kept = wrapper.decorators.nodes if wrapper.decorators else []
    plain = all(spelled_name(d.func if isinstance(d, nodes.Call) else d) == "wraps" for d in kept)
    return wrapper if plain else None


def lazy_result_kind(function: nodes.FunctionDef) -> str:
    """What calling a generator or `async def` function returns instead of running it."""
    if isinstance(function, nodes.AsyncFunctionDef):
        return "async_generator" if function.is_generator() else "coroutine"
    return "generator"


def lambda_problem(node: nodes.Lambda, main: nodes.Module | None = None) -> Problem:
    """`main`: the module being checked, run as `__main__`; a lambda of another module is
    looked up there (`... attribute lookup <lambda> on handlers failed`)."""
    qualname = local_qualname(node)
    root = node.root()
    module = root.name if main is not None and root is not main and root.name else "__main__"
    error = (
        f"AttributeError: Can't pickle local object '{qualname}'"
        if "<locals>" in qualname
        else f"PicklingError: Can't pickle <function {qualname}>: attribute lookup {qualname} "
        f"on {module} failed"
    )
    problem = Problem.at(
        rules.PKL001,
        (node, "the lambda is defined here"),
        "a lambda",
        error,
        hints=(FixHint("lift-lambda", {"lambda": span_list(node), **located(node)}),),
        by_name=True,
    )
    return replace(problem, closure=node) if "<locals>" in qualname else problem


def class_level_lambda(cls: nodes.ClassDef, name: str) -> tuple[nodes.Lambda, bool] | None:
    """The lambda a class body (of `cls` or a base) binds to `name`, and whether it is wrapped
    in `staticmethod(...)`: `clean = staticmethod(lambda s: ...)` or `clean = lambda self, s:
    ...`. Both are named `Cls.<lambda>`, which no lookup finds. None when an instance
    attribute of that name hides it."""
    found = class_body_value(cls, name)
    if found is None:
        return None
    value = found[0]
    if isinstance(value, nodes.Lambda):
        return value, False
    wrapped = isinstance(value, nodes.Call) and is_name(value.func, "staticmethod")
    if wrapped and len(value.args) == 1 and isinstance(value.args[0], nodes.Lambda):
        return value.args[0], True
    return None


def class_lambda_problem(
    attr: nodes.Attribute, cls: nodes.ClassDef, on_instance: bool, main: nodes.Module
) -> Problem | None:
    """`self.clean` / `obj.clean` / `Cls.clean` where the class body binds `clean` to a lambda.
    Wrapped in staticmethod, the lambda itself is pickled by its name `Cls.<lambda>` and the
    lookup fails. A plain lambda read from an instance is a bound method, pickled as
    `getattr(obj, "<lambda>")`: that pickles, and fails in the process that unpickles it."""
    found = class_level_lambda(cls, str(attr.attrname))
    if found is None:
        return None
    function, static = found
    note = f"`{snippet(attr)}` is the lambda that class `{cls.name}` binds to `{attr.attrname}`"
    if static:
        return lambda_problem(function, main).through(step(attr, note))
    if not on_instance:
        return None  # `Cls.clean`: the lambda itself, which inference finds (lambda_problem)
    error = f"AttributeError: '{cls.name}' object has no attribute '<lambda>'"
    return Problem.at(
        rules.PKL001,
        (function, "the lambda is defined here, in the class body"),
        "a method defined by a lambda: pickled as `getattr(obj, '<lambda>')`, which the "
        "receiving process cannot find",
        error,
        hints=(FixHint("lambda-to-method", {"lambda": span_list(function), **located(function)}),),
        by_name=True,
    ).through(step(attr, note))


def function_problem(
    function: nodes.FunctionDef, main: nodes.Module | None = None
) -> Problem | None:
    """`main`: the module being checked, which runs as `__main__`."""
    if isinstance(function.parent, nodes.ClassDef):
        return None
    if function.decorators:
        return decorated_problem(function, main)
    return placement_problem(function, "a function")


def placement_problem(definition: nodes.FunctionDef | nodes.ClassDef, kind: str) -> Problem | None:
    """A definition pickle cannot find by name where it is written: inside a function (`kind`
    "a function" or "a class", perhaps "an instance of a class"), or inside the `__main__` guard,
    which a spawned child does not run."""
    name = definition.name
    if is_nested(definition) and _declared_global(definition):
        # `global f` then `def f`: a module global, made only when the function runs
        return _global_made_by_guarded_call(definition, kind)
    if is_nested(definition):
        qualname = local_qualname(definition)
        problem = Problem.at(
            rules.PKL002,
            (definition, f"`{name}` is defined inside a function"),
            f"{kind.replace('a ', 'a local ', 1)} (`{qualname}`)",
            f"AttributeError: Can't pickle local object '{qualname}'",
            hints=(_definition_hint("lift-local-def", definition),),
            by_name=True,
        )
        is_function = isinstance(definition, nodes.FunctionDef) and kind == "a function"
        return replace(problem, closure=definition) if is_function else problem
    if in_main_guard(definition):
        return Problem.at(
            rules.PKL003,
            (definition, f"`{name}` is defined inside the `__main__` guard"),
            f'{kind} defined inside the `if __name__ == "__main__":` block',
            f"AttributeError: Can't get attribute '{name}' on <module '__mp_main__'>",
            kb.CHILD_ONLY,
            (_definition_hint("move-out-of-main-guard", definition),),
            by_name=True,
        )
    return None


def _global_made_by_guarded_call(
    definition: nodes.FunctionDef | nodes.ClassDef, kind: str
) -> Problem | None:
    """`def main(): global work; def work(x): ...` where nothing calls `main` while the module
    is imported (the `__main__` guard does): a spawned child's `__main__` never has `work`.
    Not even as the pool's initializer: the child runs the script through runpy and copies
    the names it made into `__mp_main__`, so `main.__globals__` is no longer the module's."""
    maker = definition.parent.scope() if definition.parent else None
    owner = maker.parent if isinstance(maker, nodes.FunctionDef) else None
    if isinstance(owner, nodes.ClassDef):  # a method: `__init__` runs at each construction
        owner = owner.parent
    if not isinstance(maker, nodes.FunctionDef) or not isinstance(owner, nodes.Module):
        return None
    calls = calls_of(maker)  # none found (or too many to read): no report
    if not calls or any(_runs_at_import(call, depth=0) for call in calls):
        return None
    name = definition.name
    runner = f"{maker.parent.name}.{maker.name}" if owner is not maker.parent else maker.name
    note = (
        f"`{name}` becomes a module global only when `{runner}()` runs, which importing "
        "the module never does"
    )
    return Problem.at(
        rules.PKL003,
        (definition, note),
        f"{kind} made global by `{runner}()`, which a spawned child's import never runs",
        f"AttributeError: Can't get attribute '{name}' on <module '__mp_main__'>",
        kb.CHILD_ONLY,
        by_name=True,
    )


def _runs_at_import(call: nodes.Call, depth: int) -> bool:
    """The call runs while its module is imported: at module level outside the `__main__`
    guard, or in a module-level function that such a call runs (a few levels deep). Unsure
    counts as yes."""
    frame = call.frame()
    if isinstance(frame, nodes.Module):
        return not in_main_guard(call)
    if depth > 2 or not (
        isinstance(frame, nodes.FunctionDef) and isinstance(frame.parent, nodes.Module)
    ):
        return True
    outer_calls = calls_of(frame)  # none found: called from elsewhere, perhaps at import
    return not outer_calls or any(_runs_at_import(outer, depth + 1) for outer in outer_calls)


def _declared_global(definition: nodes.FunctionDef | nodes.ClassDef) -> bool:
    scope = definition.parent.scope() if definition.parent else None
    return isinstance(scope, nodes.FunctionDef) and any(
        definition.name in statement.names for statement in own_nodes(scope, nodes.Global)
    )


def _definition_hint(kind: str, definition: nodes.FunctionDef | nodes.ClassDef) -> FixHint:
    data = {"name": definition.name, "def": span_list(definition), **located(definition)}
    return FixHint(kind, data)


def decorated_problem(
    function: nodes.FunctionDef, main: nodes.Module | None = None
) -> Problem | None:
    """A decorator of this file or another module of the project that returns its inner
    function without functools.wraps: the module name now holds `deco.<locals>.wrapper`,
    which pickle cannot look up."""
    copied = _copied_name(function)
    if copied is not None:
        return copied
    if all(caches_by_name(decorator) for decorator in function.decorators.nodes):
        # the cache wrapper pickles by the function's qualified name, like the function
        return placement_problem(function, "a function")
    held = _held_by_decorators(function) if is_nested(function) else None
    if held is not None:
        return held
    kept_aside = not_the_same.wrapper_kept_aside(function, main) if is_nested(function) else None
    if kept_aside is not None:
        return not_the_same_problem(kept_aside)
    proxied = _library_proxy(function)
    if proxied is not None:
        return proxied
    for decorator in function.decorators.nodes:
        # `@timed`, or `@plugin("upper")`: a factory returning the decorator
        made = isinstance(decorator, nodes.Call)
        named = decorator.func if isinstance(decorator, nodes.Call) else decorator
        if not isinstance(named, nodes.Name):
            return None
        # also a decorator of another module of the project (`from timing import timed`)
        definitions = name_definitions(named)
        if not made and replaced_by_instance(function, definitions):
            assert isinstance(definitions[0], nodes.ClassDef)
            return not_the_same_problem(
                not_the_same.replaced_by_class_instance(function, definitions[0])
            )
        if made and len(definitions) == 1 and isinstance(definitions[0], nodes.ClassDef):
            # `@appify(types)`: a decorator class's instance, whose `__call__` decorates
            caller = own_method(definitions[0], "__call__")
            holder = returned_holder_class(caller) if caller is not None else None
            if holder is not None:
                spelled = snippet(decorator)
                replaced = not_the_same.replaced_by_class_instance(function, holder, spelled)
                return not_the_same_problem(replaced)
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.FunctionDef):
            return None
        maker: nodes.FunctionDef | None = definitions[0]
        refused = _returns_refusing_instance(maker, made)
        if refused is not None:
            note = f"`@{snippet(decorator)}` binds `{function.name}` to what it returns"
            return refused.through(step(decorator, note))
        holder = returned_holder_class(maker) if not made else None
        if holder is not None:
            replaced = not_the_same.replaced_by_class_instance(function, holder, snippet(decorator))
            return not_the_same_problem(replaced)
        if made and maker is not None:
            maker = returned_local_function(maker)
            holder = returned_holder_class(maker) if maker is not None else None
            if holder is not None:  # `@task(deps)` whose inner decorator returns `Task(f)`
                spelled = snippet(decorator)
                replaced = not_the_same.replaced_by_class_instance(function, holder, spelled)
                return not_the_same_problem(replaced)
        wrapper = returned_local_function(maker) if maker is not None else None
        if wrapper is None and maker is not None and not made:
            wrapper = _delegated_wrapper(maker)
        if wrapper is None:
            return None
        if wrapper.decorators and any("wraps" in d.as_string() for d in wrapper.decorators.nodes):
            continue
        qualname = local_qualname(wrapper)
        return Problem(
            rules.PKL002.code,
            f"a function replaced by its decorator's local function (`{qualname}`)",
            f"AttributeError: Can't pickle local object '{qualname}'",
            kb.ALWAYS,
            (
                step(decorator, f"`@{snippet(decorator)}` replaces `{function.name}`"),
                step(wrapper, f"`{wrapper.name}` is local and not wrapped with functools.wraps"),
            ),
            by_name=True,
        )
    return None


def caches_by_name(decorator: nodes.NodeNG) -> bool:
    """`@functools.lru_cache(...)` or `@functools.cache` (also imported from functools)."""
    named = decorator.func if isinstance(decorator, nodes.Call) else decorator
    if isinstance(named, nodes.Attribute):
        return named.as_string() in ("functools.lru_cache", "functools.cache")
    if not isinstance(named, nodes.Name) or named.name not in ("lru_cache", "cache"):
        return False
    bound = lookup(named, named.name)
    return (
        len(bound) == 1
        and isinstance(bound[0], nodes.ImportFrom)
        and bound[0].modname == "functools"
    )


def _copied_name(function: nodes.FunctionDef) -> Problem | None:
    """`@functools.wraps(other)` as the only decorator of a module-level function."""
    decorators = function.decorators.nodes if function.decorators else []
    argument = not_the_same.wraps_argument(decorators[0]) if len(decorators) == 1 else None
    wrapped = name_definitions(argument) if argument is not None else []
    if len(wrapped) != 1 or not isinstance(wrapped[0], nodes.FunctionDef):
        return None
    found = not_the_same.copied_name(function, wrapped[0])
    return not_the_same_problem(found) if found is not None else None


def replaced_by_instance(function: nodes.FunctionDef, definitions: list[nodes.NodeNG]) -> bool:
    return (
        isinstance(function.parent, nodes.Module)
        and len(definitions) == 1
        and isinstance(definitions[0], nodes.ClassDef)
        and not_the_same.keeps_its_argument(definitions[0])
    )


def not_the_same_problem(found: not_the_same.Found) -> Problem:
    """PKL014: the name pickle stores leads to another object (families/names.py)."""
    what, error, chain = found
    steps = tuple(step(node, note) for node, note in chain)
    return Problem(rules.PKL014.code, what, error, kb.ALWAYS, steps, by_name=True)


def decorated_class_problem(cls: nodes.ClassDef, module_name: str) -> Problem | None:
    """A class decorator of the project that returns a class of its own (`class
    Traced(cls)` inside it) or an instance (`return cls()`, a singleton): the module name no
    longer holds the class pickle looks up."""
    for decorator in cls.decorators.nodes if cls.decorators else []:
        found = name_definitions(decorator) if isinstance(decorator, nodes.Name) else []
        maker = found[0] if len(found) == 1 else None
        if not isinstance(maker, nodes.FunctionDef) or not maker.args.args:
            continue
        local = returned_local(maker)
        if isinstance(local, nodes.ClassDef):
            qualname = local_qualname(local)
            return Problem.at(
                rules.PKL002,
                (decorator, f"`@{decorator.name}` replaces `{cls.name}` with its local class"),
                f"an instance of a local class (`{qualname}`)",
                f"AttributeError: Can't pickle local object '{qualname}'",
                by_name=True,
            )
        if _returns_an_instance_of_parameter(maker):
            error = (
                f"PicklingError: Can't pickle <class '{module_name}.{cls.name}'>: it's not the "
                f"same object as {module_name}.{cls.name}"
            )
            return Problem.at(
                rules.PKL014,
                (decorator, f"`@{decorator.name}` binds `{cls.name}` to an instance of it"),
                f"an instance of `{cls.name}`, whose name now holds that instance, not the class",
                error,
                by_name=True,
            )
    return None


def _returns_an_instance_of_parameter(decorator: nodes.FunctionDef) -> bool:
    """`def singleton(cls): return cls()`."""
    returns = [r for r in own_nodes(decorator, nodes.Return) if r.value is not None]
    value = returns[0].value if len(returns) == 1 else None
    return isinstance(value, nodes.Call) and is_name(value.func, decorator.args.args[0].name)


def returned_local(decorator: nodes.FunctionDef) -> nodes.FunctionDef | nodes.ClassDef | None:
    """The function or class defined in `decorator` that its only return gives back."""
    returns = [r for r in own_nodes(decorator, nodes.Return) if r.value is not None]
    if len(returns) != 1 or not isinstance(returns[0].value, nodes.Name):
        return None
    local = decorator.locals.get(returns[0].value.name, [])
    if len(local) == 1 and isinstance(local[0], (nodes.FunctionDef, nodes.ClassDef)):
        return local[0]
    return None


def _delegated_wrapper(decorator: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """`def profile(func): return _stamper.wrap_function(func)`: the decorator hands its
    function to a module-level function, or a method of a module-level instance, whose local
    function it returns (memory_profiler 293: `TimeStamper.wrap_function.<locals>.f`)."""
    returns = [r for r in own_nodes(decorator, nodes.Return) if r.value is not None]
    call = returns[0].value if len(returns) == 1 else None
    parameters = decorator.args.args
    if not (
        isinstance(call, nodes.Call)
        and parameters
        and any(is_name(a, parameters[0].name) for a in call.args)
    ):
        return None
    delegate = _module_level_callee(call.func)
    return returned_local_function(delegate) if delegate is not None else None


def _module_level_callee(func: nodes.NodeNG) -> nodes.FunctionDef | None:
    """A module-level function `func` names, or the method of a module-level instance of a
    module-level class (`_stamper.wrap_function` after `_stamper = TimeStamper()`)."""
    if isinstance(func, nodes.Name):
        found = lookup(func, func.name)
        function = found[0] if len(found) == 1 else None
        if isinstance(function, nodes.FunctionDef) and isinstance(function.parent, nodes.Module):
            return function
        return None
    if not (isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name)):
        return None
    bound = lookup(func.expr, func.expr.name)
    statement = bound[0].parent if len(bound) == 1 else None
    if not (isinstance(statement, nodes.Assign) and isinstance(statement.parent, nodes.Module)):
        return None
    cls = _constructed_module_class(statement.value)
    if cls is None:
        return None
    method = cls.locals.get(func.attrname, [None])[0]
    return method if isinstance(method, nodes.FunctionDef) else None


def returned_local_function(decorator: nodes.FunctionDef) -> nodes.FunctionDef | None:
    local = returned_local(decorator)
    return local if isinstance(local, nodes.FunctionDef) else None


def _returns_refusing_instance(maker: nodes.FunctionDef, made: bool) -> Problem | None:
    """`@runtime_validation` (or `@validate(...)`) whose decorator returns `Proxy(f, ...)`,
    an instance of a project class whose pickling hook raises (a wrapt-style object proxy):
    the module name holds that instance, and pickling it raises."""
    decorator = returned_local_function(maker) if made else _decorated_decorator(maker)
    returns = [r.value for r in own_nodes(decorator, nodes.Return)] if decorator else []
    cls = _constructed_module_class(returns[0]) if len(returns) == 1 else None
    return refused_pickling(cls) if cls is not None else None


def _constructed_module_class(made: nodes.NodeNG | None) -> nodes.ClassDef | None:
    """The module-level class `Cls(...)` constructs, by its one binding."""
    if not (isinstance(made, nodes.Call) and isinstance(made.func, nodes.Name)):
        return None
    found = lookup(made.func, made.func.name)
    cls = found[0] if len(found) == 1 else None
    return cls if isinstance(cls, nodes.ClassDef) and isinstance(cls.parent, nodes.Module) else None


def _library_proxy(function: nodes.FunctionDef) -> Problem | None:
    """A decorator that makes the function a library's unpicklable object: Deprecated's
    `@deprecated` or `@deprecated(reason=...)`, or a project decorator made by
    `@wrapt.decorator` (both give a wrapt FunctionWrapper, which refuses pickling)."""
    for decorator in function.decorators.nodes:
        named = decorator.func if isinstance(decorator, nodes.Call) else decorator
        known = _first_known(syntactic_names(named), kb.UNPICKLABLE_DECORATED)
        maker = named_function(named) if known is None and isinstance(named, nodes.Name) else None
        for outer in maker.decorators.nodes if maker is not None and maker.decorators else []:
            known = known or _first_known(syntactic_names(outer), kb.UNPICKLABLE_DECORATOR_MAKERS)
        known = known or _proxy_made_inside(decorator)
        if known is not None:
            note = f"`@{snippet(decorator)}` makes `{function.name}` {known.what}"
            return Problem.at(rules.PKL004, (decorator, note), known.what, known.error)
    return None


def _proxy_made_inside(decorator: nodes.NodeNG) -> kb.Unpicklable | None:
    """A project decorator that makes the library proxy itself: `@log_call` whose function
    returns `logging_wrapper(f)` for a local `@wrapt.decorator` function (eliot), `@retry(3)`
    whose factory returns such a local function, or `@log_call(action_type=...)` whose factory
    returns `lambda f: log_call(f, ...)`."""
    made = isinstance(decorator, nodes.Call)
    maker = named_function(decorator.func if made else decorator)
    if maker is None:
        return None
    if not made:
        return _applied_proxy(maker)
    for value in _returned_values(maker):
        if isinstance(value, nodes.Name):
            known = _proxy_making_local(value, maker)
        elif isinstance(value, nodes.Lambda) and isinstance(value.body, nodes.Call):
            known = _applied_proxy(maker) if named_function(value.body.func) is maker else None
        else:
            known = None
        if known is not None:
            return known
    return None


def _applied_proxy(maker: nodes.FunctionDef) -> kb.Unpicklable | None:
    """What `maker(f)` gives when each of its returns, but those handing back a decorator for
    the factory form (`return lambda f: maker(f, ...)`), makes a library proxy: a call of a
    local function a library decorator maker made, or of the proxy class itself."""
    made = [
        _proxy_call(v, maker)
        for v in _returned_values(maker)
        if not _is_factory_return(v) and _proxy_making_local_named(v, maker) is None
    ]
    return made[0] if made and all(made) else None


def _proxy_making_local_named(
    value: nodes.NodeNG, maker: nodes.FunctionDef
) -> kb.Unpicklable | None:
    """`return universal`: the decorator itself, for the options form `@deco(enabled=...)`."""
    return _proxy_making_local(value, maker) if isinstance(value, nodes.Name) else None


def _proxy_call(value: nodes.NodeNG, maker: nodes.FunctionDef) -> kb.Unpicklable | None:
    if not isinstance(value, nodes.Call):
        return None
    if isinstance(value.func, nodes.Name):
        local = _proxy_making_local(value.func, maker)
        if local is not None:
            return local
    return _first_known(syntactic_names(value.func), kb.UNPICKLABLE_FACTORIES)


def _proxy_making_local(name: nodes.Name, maker: nodes.FunctionDef) -> kb.Unpicklable | None:
    """The library decorator maker of the local function `name` reads (`@wrapt.decorator`)."""
    found = lookup(name, name.name)
    local = found[0] if len(found) == 1 else None
    if not (isinstance(local, nodes.FunctionDef) and local.parent is maker and local.decorators):
        return None
    for outer in local.decorators.nodes:
        maker_name = outer.func if isinstance(outer, nodes.Call) else outer  # `(enabled=...)`
        known = _first_known(syntactic_names(maker_name), kb.UNPICKLABLE_DECORATOR_MAKERS)
        if known is not None:
            return known
    return None


def _returned_values(function: nodes.FunctionDef) -> list[nodes.NodeNG]:
    return [r.value for r in own_nodes(function, nodes.Return) if r.value is not None]


def _is_factory_return(value: nodes.NodeNG) -> bool:
    return isinstance(value, nodes.Lambda) or "functools.partial" in syntactic_names(
        value.func if isinstance(value, nodes.Call) else value
    )


def _first_known(names: set[str], table: dict[str, kb.Unpicklable]) -> kb.Unpicklable | None:
    return next((table[name] for name in sorted(names) if name in table), None)


def _decorated_decorator(maker: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """What a decorator name holds: the function itself, or, when a decorator of the project
    made it (`@decorator def log_call(...)`, wrapt's way), the local function that one
    returns in its place."""
    outer = maker.decorators.nodes if maker.decorators else []
    if not outer:
        return maker
    found = (
        name_definitions(outer[0]) if len(outer) == 1 and isinstance(outer[0], nodes.Name) else []
    )
    made_by = found[0] if len(found) == 1 and isinstance(found[0], nodes.FunctionDef) else None
    return returned_local_function(made_by) if made_by is not None else None


def _held_by_decorators(function: nodes.FunctionDef) -> Problem | None:
    """A local function each project decorator returns as it is or keeps in an instance of a
    module-level class (speechbrain's `@takes("wav")` returning `DynamicItem(func=obj)`):
    whatever the name ends up holding, pickling it pickles the local function."""
    holders: list[nodes.ClassDef] = []
    for decorator in function.decorators.nodes:
        made = isinstance(decorator, nodes.Call)
        definition = single_definition(decorator.func if made else decorator)
        if not (isinstance(definition, nodes.FunctionDef) and is_user_node(definition)):
            return None
        maker = returned_local_function(definition) if made else definition
        kept = _returned_as_is_or_held(maker) if maker is not None else None
        if kept is None:
            return None
        holders += kept
    problem = placement_problem(function, "a function") if holders else None
    if problem is None:
        return None
    holder = holders[0].name
    note = f"its decorators keep it in a `{holder}` instance"
    # no lift fix: lifted, the module name would hold the instance, not the function it keeps
    held = replace(problem, what=f"a `{holder}` instance keeping {problem.what}", hints=())
    return held.through(step(function.decorators, note))


def _returned_as_is_or_held(decorator: nodes.FunctionDef) -> list[nodes.ClassDef] | None:
    """The classes whose instances keep the decorator's parameter, when each of its returns
    is the parameter itself or such an instance (`Item(f)`, `Item(func=f)`); else None."""
    parameters = decorator.args.args
    if not parameters:
        return None
    name = parameters[0].name
    holders: list[nodes.ClassDef] = []
    for ret in own_nodes(decorator, nodes.Return):
        value = ret.value
        if is_name(value, name):
            continue
        cls = _constructed_module_class(value)
        if cls is None or not is_user_node(cls):
            return None
        assert isinstance(value, nodes.Call)
        positions = [i for i, a in enumerate(value.args) if is_name(a, name)]
        keywords = [k.arg for k in value.keywords or [] if is_name(k.value, name) and k.arg]
        kept = [not_the_same.keeps_its_argument(cls, i) for i in positions]
        kept += [not_the_same.keeps_its_argument(cls, 0, keyword=k) for k in keywords]
        if not any(kept):
            return None
        holders.append(cls)
    return holders


def returned_holder_class(decorator: nodes.FunctionDef) -> nodes.ClassDef | None:
    """`return Wrapped(f)` (or `Wrapped(checks, f)`) as a decorator's only return, where `f`
    is its parameter and the module-level class `Wrapped` keeps it on the instance."""
    returns = [r for r in own_nodes(decorator, nodes.Return) if r.value is not None]
    value = returns[0].value if len(returns) == 1 else None
    parameters = decorator.args.args
    if isinstance(decorator.parent, nodes.ClassDef):  # a decorator class's `__call__(self, f)`
        parameters = parameters[1:]
    if not (
        isinstance(value, nodes.Call)
        and isinstance(value.func, nodes.Name)
        and parameters
        and not any(is_name(k.value, parameters[0].name) for k in value.keywords or [])
        and not any(isinstance(a, nodes.Starred) for a in value.args)
    ):
        return None
    # `WrappedFunction(arg_properties, f)` (the `ensure` package): `f` at any position
    positions = [i for i, a in enumerate(value.args) if is_name(a, parameters[0].name)]
    found = lookup(value.func, value.func.name)
    cls = found[0] if len(found) == 1 else None
    if (
        len(positions) == 1
        and isinstance(cls, nodes.ClassDef)
        and isinstance(cls.parent, nodes.Module)
    ):
        return cls if not_the_same.keeps_its_argument(cls, positions[0]) else None
    return None


def class_object_problem(
    cls: nodes.ClassDef, instance: bool = False, module_name: str = "__main__"
) -> Problem | None:
    placed = placement_problem(cls, "an instance of a class" if instance else "a class")
    if placed is not None:
        return placed
    decorated = decorated_class_problem(cls, module_name)
    if decorated is not None:
        return decorated
    redefined = not_the_same.redefined_class(cls)
    if redefined:
        return not_the_same_problem(redefined)
    kind = "an instance of a class" if instance else "a class"
    return (
        mangled_class_problem(cls, kind, module_name)
        or claimed_module_problem(cls, kind)
        or renamed_class_problem(cls, kind, module_name)
    )


def reduced_by_a_module_function(cls: nodes.ClassDef) -> bool:
    """A class pickle cannot find by name whose own `__reduce__` (or `__reduce_ex__`) returns
    `(factory, args)` with a module-level function of the project as the factory on every
    path (stingray's `custom_model` classes rebuilt by `make_sinc_square`): pickling an
    instance names that function, never the class."""
    hook = next(
        (own_method(cls, n) for n in ("__reduce_ex__", "__reduce__") if n in cls.locals), None
    )
    returns = [r.value for r in own_nodes(hook, nodes.Return)] if hook is not None else []
    if not returns:
        return False
    for value in returns:
        first = value.elts[0] if isinstance(value, nodes.Tuple) and value.elts else None
        if not isinstance(first, nodes.Name):
            return False
        found = lookup(first, first.name)
        factory = found[0] if len(found) == 1 else None
        if not (
            isinstance(factory, nodes.FunctionDef) and isinstance(factory.parent, nodes.Module)
        ):
            return False
    return True


def renamed_class_problem(cls: nodes.ClassDef, kind: str, module_name: str) -> Problem | None:
    """A class whose `__qualname__` is set to another name (`cls.__qualname__ =
    cls.__base__.__qualname__` in a class decorator, numpy's `_display_as_base`): pickle looks
    the class up by that name and finds its base, or nothing."""
    renamed = _renamed_to(cls)
    if renamed is None or not isinstance(cls.parent, nodes.Module):
        return None
    statement, name = renamed
    if name == cls.name:
        return None
    shown = f"<class '{module_name}.{name}'>"
    bound = cls.parent.locals.get(name)
    reason = (
        f"it's not the same object as {module_name}.{name}"
        if bound
        else f"attribute lookup {name} on {module_name} failed"
    )
    return Problem.at(
        rules.PKL014,
        (statement, f"`{cls.name}` is renamed `{name}`"),
        f"{kind} whose `__qualname__` is `{name}`",
        f"PicklingError: Can't pickle {shown}: {reason}",
        by_name=True,
    )


def _renamed_to(cls: nodes.ClassDef) -> tuple[nodes.NodeNG, str] | None:
    """The statement setting the class's `__qualname__` and the name it sets: a constant or
    the `__qualname__` of its (first) base."""
    found = _dunder_set(cls, "__qualname__", decorators=True)
    return _new_qualname(found, cls) if found is not None else None


def _dunder_set(cls: nodes.ClassDef, dunder: str, decorators: bool = False) -> nodes.Assign | None:
    """The first statement setting `dunder` of the class: in its body (`__module__ = ...`),
    after it in its module (`Cls.__module__ = ...`), or (with `decorators`) in a class
    decorator of the project, through its parameter (`cls.__qualname__ = ...`)."""
    for statement in cls.body:
        if _sets_dunder(statement, dunder, None):
            return statement
    for statement in cls.parent.body if isinstance(cls.parent, nodes.Module) else []:
        if _sets_dunder(statement, dunder, str(cls.name)):
            return statement
    for decorator in cls.decorators.nodes if decorators and cls.decorators else []:
        found = name_definitions(decorator) if isinstance(decorator, nodes.Name) else []
        maker = found[0] if len(found) == 1 else None
        if not isinstance(maker, nodes.FunctionDef) or not maker.args.args:
            continue
        parameter = str(maker.args.args[0].name)
        for statement in maker.body:
            if _sets_dunder(statement, dunder, parameter):
                return statement
    return None


def _sets_dunder(statement: nodes.NodeNG, dunder: str, owner: str | None) -> bool:
    """`<dunder> = ...` (owner None: a class body) or `<owner>.<dunder> = ...`."""
    if not isinstance(statement, nodes.Assign):
        return False
    return any(
        (owner is None and isinstance(t, nodes.AssignName) and t.name == dunder)
        or (
            owner is not None
            and isinstance(t, nodes.AssignAttr)
            and t.attrname == dunder
            and is_name(t.expr, owner)
        )
        for t in statement.targets
    )


def _new_qualname(statement: nodes.Assign, cls: nodes.ClassDef) -> tuple[nodes.NodeNG, str] | None:
    value = statement.value
    if _is_text(value):
        return statement, str(value.value)
    base = _base_read(value)
    if base is not None and cls.bases:
        first = cls.bases[0]
        if base == "__base__" and isinstance(first, nodes.Name):
            return statement, str(first.name)
    return None


def _base_read(value: nodes.NodeNG) -> str | None:
    """ "__base__" for `<x>.__base__.__qualname__` (or `__name__`)."""
    if (
        isinstance(value, nodes.Attribute)
        and value.attrname in ("__qualname__", "__name__")
        and isinstance(value.expr, nodes.Attribute)
        and value.expr.attrname == "__base__"
    ):
        return "__base__"
    return None


def claimed_module_problem(cls: nodes.ClassDef, kind: str) -> Problem | None:
    """`RRuntimeError.__module__ = "rinterface"` (or `__module__ = ...` in the class body):
    pickle looks the class up in the module it claims, which cannot be imported or does not
    hold it (rpy2 41, ridepy 167)."""
    claimed = _claimed_module(cls)
    if claimed is None:
        return None
    statement, module = claimed
    own = cls.root()
    if module in ("__main__", own.name) or "." in str(cls.name):
        return None
    found = _module_holding(own, module, str(cls.name))
    if found is None:
        return None
    shown = f"<enum '{cls.name}'>" if _is_enum(cls) else f"<class '{module}.{cls.name}'>"
    reason = (
        f"import of module '{module}' failed"
        if found == "missing"
        else f"attribute lookup {cls.name} on {module} failed"
    )
    return Problem.at(
        rules.PKL014,
        (statement, f"`{cls.name}` claims the module `{module}`"),
        f"{kind} whose `__module__` is `{module}`, which does not hold it",
        f"PicklingError: Can't pickle {shown}: {reason}",
        by_name=True,
    )


def _claimed_module(cls: nodes.ClassDef) -> tuple[nodes.NodeNG, str] | None:
    """The statement setting the class's `__module__` to a constant, and that module."""
    statement = _dunder_set(cls, "__module__")
    if statement is None or not _is_text(statement.value):
        return None
    return statement, str(statement.value.value)


def _is_text(value: nodes.NodeNG) -> bool:
    return isinstance(value, nodes.Const) and isinstance(value.value, str) and bool(value.value)


def _module_holding(own: nodes.Module, module: str, name: str) -> str | None:
    """ "missing" when no file of that module exists, "lacks" when the module, built from
    its source, binds no such name (and has no `__getattr__` or star import); None when it
    holds the name or cannot be read."""
    try:
        modutils.file_from_modpath(module.split("."))
    except ImportError:
        return "missing"
    except Exception:  # astroid's own errors: unknown
        return None
    try:
        built = own.import_module(module, relative_only=False)
    except Exception:  # astroid's import errors, a module that does not build
        return None
    if not built.file or not built.file.endswith(".py"):
        return None
    star = any(
        isinstance(statement, nodes.ImportFrom) and statement.names[0][0] == "*"
        for statement in built.body
    )
    if name in built.locals or "__getattr__" in built.locals or star:
        return None
    return "lacks"


def _is_enum(cls: nodes.ClassDef) -> bool:
    return any(qname_of(base) in not_the_same.ENUM_FACTORIES for base in safe_ancestors(cls))


def private_method_problem(function: nodes.FunctionDef, attr: nodes.Attribute) -> Problem | None:
    """`self.__work` (a method whose name Python mangles to `_Worker__work`) pickled as a
    bound method: pickle stores it as `getattr(obj, "__work")`, which the receiving process
    cannot find."""
    name = str(function.name)
    owner = function.parent
    if not (is_private_name(name) and isinstance(owner, nodes.ClassDef)):
        return None
    if function.type != "method" or attr.attrname != name:
        return None
    stored = mangled_name(str(owner.name), name)
    return Problem.at(
        rules.PKL014,
        (function, f"`{name}` is stored in `{owner.name}` as `{stored}`"),
        f"a bound method of the private method `{name}`, pickled as `getattr(obj, '{name}')`",
        f"AttributeError: '{owner.name}' object has no attribute '{name}' (in the process that "
        "unpickles it)",
        by_name=True,
    )


def mangled_class_problem(
    cls: nodes.ClassDef, kind: str, module_name: str = "__main__"
) -> Problem | None:
    """`class __OneInstance:` in a class body (the singleton recipe): Python stores it as
    `_Outer__OneInstance`, while its qualified name keeps `Outer.__OneInstance`, which
    pickle looks up and does not find."""
    outer = cls.parent
    name = str(cls.name)
    if not (isinstance(outer, nodes.ClassDef) and is_private_name(name)):
        return None
    if is_nested(outer) or not isinstance(outer.parent, nodes.Module):
        return None  # a local class: reported as one
    qualname = f"{outer.name}.{name}"
    stored = mangled_name(str(outer.name), name)
    return Problem.at(
        rules.PKL014,
        (cls, f"`{name}` is stored in `{outer.name}` as `{stored}`"),
        f"{kind} with a private name (`{qualname}`)",
        f"PicklingError: Can't pickle <class '{module_name}.{qualname}'>: attribute lookup "
        f"{qualname} on {module_name} failed",
        by_name=True,
    )


def as_bound_method(receiver: Problem, attr: nodes.Attribute) -> Problem:
    """A bound method `receiver.method` pickles its receiver."""
    return replace(
        receiver,
        code=rules.PKL009.code,
        what=f"a bound method, so its `{snippet(attr.expr)}` is pickled too, and that "
        f"{'holds' if receiver.contained else 'is'} {receiver.what}",
        contained=False,
        hints=(
            FixHint(
                "target-to-function",
                {"method": attr.attrname, "span": span_list(attr), **located(attr)},
            ),
            *receiver.hints,
        ),
    )


def defines_method(cls: nodes.ClassDef, name: str) -> bool:
    """`name` is a plain method of the user class `cls` (not an instance attribute)."""
    found = cls.locals.get(name, [])
    is_method = len(found) == 1 and isinstance(found[0], nodes.FunctionDef)
    return is_method and not found[0].decorators and name not in cls.instance_attrs


def receiver_class(parameter: nodes.AssignName) -> nodes.ClassDef | None:
    """The class whose instance the first parameter of a plain method (`self`) receives."""
    method = parameter.parent.parent
    if not isinstance(method, nodes.FunctionDef) or method.type != "method":
        return None
    first = positional_parameters(method)[:1]
    cls = method.parent
    return cls if first and first[0] is parameter and isinstance(cls, nodes.ClassDef) else None


def known_base(cls: nodes.ClassDef) -> Problem | None:
    """A project class inheriting from a library class pickle rejects."""
    found = unpicklable_base(cls)
    if found is None:
        return None
    qname, known = found
    return Problem.at(
        rules.PKL005,
        (cls, f"`{cls.name}` inherits from {qname}"),
        f"an instance of `{cls.name}`, a subclass of {qname} ({known.what})",
        known.error,
    )


def unpicklable_base(cls: nodes.ClassDef) -> tuple[str, kb.Unpicklable] | None:
    """The nearest base pickle rejects (by qualified name): one of unpicklable.toml's
    `instances`, or a `subclasses_of` base (`logging.Handler`) no class on the way to which
    defines what makes it pickle or skips the base's `__init__` that makes the bad state."""
    on_the_way = [cls]
    for base in safe_ancestors(cls):
        qname = qname_of(base)
        inherited = kb.UNPICKLABLE_BASES.get(qname)
        if inherited is not None:
            kind, unless = inherited
            defined = any(name in c.locals for c in on_the_way for name in unless)
            return None if defined or _skips_base_init(on_the_way) else (qname, kind)
        if qname in kb.UNPICKLABLE_INSTANCES and qname != "builtins.generator":
            reduces = any(name in c.locals for c in on_the_way for name in _OWN_REDUCTION)
            return None if reduces else (qname, kb.UNPICKLABLE_INSTANCES[qname])
        on_the_way.append(base)
    return None


# A subclass defining these says itself how it is pickled (`PickleableSSLContext`).
_OWN_REDUCTION = ("__reduce__", "__reduce_ex__")


def _skips_base_init(classes: list[nodes.ClassDef]) -> bool:
    """A project class whose own `__init__` calls no `__init__` of a base: the library base's
    state (a handler's lock) is never made."""
    for cls in classes:
        init = cls.locals.get("__init__", [None])[0]
        if is_user_node(cls) and isinstance(init, nodes.FunctionDef):
            return not any(
                isinstance(call.func, nodes.Attribute) and call.func.attrname == "__init__"
                for call in own_nodes(init, nodes.Call)
            )
    return False
