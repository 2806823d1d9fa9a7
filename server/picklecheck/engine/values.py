"""The judge: decides whether the value of an expression can be pickled, and why not.

It follows values syntactically first (assignments, `with` targets, containers, comprehensions,
constructor arguments bound to `__init__` parameters, helper-function returns), which yields a
why-chain, and falls back to budgeted astroid inference. Anything it cannot establish is
"unknown" (None): precision before recall.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from astroid import bases, nodes
from astroid.const import Context

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_facade import Facade, lookup
from picklecheck.engine.families import names as not_the_same
from picklecheck.engine.families.definitions import (
    class_object_problem,
    coroutine_wrapper,
    function_problem,
    is_plain_coroutine_function,
    lambda_problem,
    lazy_result_kind,
    not_the_same_problem,
    receiver_class,
    returned_holder_class,
    returned_local_function,
    unpicklable_base,
)
from picklecheck.engine.families.exceptions import (
    broken_exception,
    catches,
    caught_locally,
    expanded_into_args,
    raised_with_keywords,
    reraised_library_error,
)
from picklecheck.engine.families.exec_code import exec_namespace_read
from picklecheck.engine.families.loaded_modules import (
    changes_sys_path,
    loaded_module,
    member_problem,
)
from picklecheck.engine.families.processes import (
    mirrored_name,
    primitive_problem,
    process_object_kind,
    process_object_problem,
    started_before,
)
from picklecheck.engine.flow.branches import (
    filled_when_none,
    functions_passed_for,
    ruled_out,
    superseded,
    taken_branches,
)
from picklecheck.engine.flow.classes import inferred_project_classes
from picklecheck.engine.flow.containers import constant_index_value
from picklecheck.engine.flow.platforms import start_method_truth
from picklecheck.engine.flow.project import (
    is_user_node,
    name_definitions,
    named_function,
    neighbour_modules_mentioning,
    project_definitions,
    single_definition,
)
from picklecheck.engine.flow.state import (
    copyreg_registered_packages,
    exception_ignores_getstate,
    self_attribute_classes,
    started_between,
)
from picklecheck.engine.flow.syntax import (
    Bindings,
    arguments_for,
    assigned_value,
    assigns_none,
    attribute_replaced,
    bind_arguments,
    bound_expression,
    bound_only_by_imports,
    called_before,
    calls_of,
    constructor_arguments,
    context_manager_function,
    function_of,
    global_definitions,
    is_inside,
    is_name,
    is_self,
    method_owner,
    own_method,
    own_nodes,
    packed_arguments,
    parameter_named,
    project_method,
    qname_of,
    root_name,
    single_assigned_value,
    syntactic_names,
    with_item,
)
from picklecheck.engine.judging.base import MAX_DEPTH
from picklecheck.engine.judging.containers import ContainerJudging
from picklecheck.engine.judging.state import StateJudging
from picklecheck.engine.model import ChainStep
from picklecheck.engine.problem import Problem, on_every_path, snippet, step
from picklecheck.engine.tree_memo import nodes_in

# Problems a call's argument surely has, read from the code itself (not from inference).
_SURE_AT_ANY_CALL = frozenset({rules.PKL001.code, rules.PKL002.code})

# functools callables whose result wraps the function given (`lru_cache(maxsize=...)(f)` too)
_WRAPPER_MAKERS = frozenset({"functools.partial", "functools.lru_cache", "functools.cache"})


class Judge(StateJudging, ContainerJudging):
    """Judges expressions of one module; shares the file's inference budget."""

    def __init__(self, facade: Facade, module: nodes.Module) -> None:
        self.facade = facade
        self.module = module
        self._active: set[tuple[int, int]] = set()
        self._copyreg_packages = copyreg_registered_packages(module)
        self._site: nodes.NodeNG | None = None  # the boundary's argument being judged

    # ---- entry points -------------------------------------------------------------------

    def value(self, expr: nodes.NodeNG, bindings: Bindings | None = None) -> Problem | None:
        """Why pickling the value of `expr` fails, or None if it pickles or is unknown."""
        self._site = expr
        return self._judge(expr, 0, bindings, local=True)

    def items(self, iterable: nodes.NodeNG) -> Problem | None:
        """Why pickling some item produced by `iterable` fails (Pool.map task items)."""
        self._site = iterable
        return self._items(iterable, 0, None, local=True)

    def elements(self, iterable: nodes.NodeNG, length: int, index: int) -> Problem | None:
        """Why the element at `index` of some item of `iterable` fails, each item a tuple of
        `length` elements (`for url, items in requests` in a function it is passed to)."""
        self._site = iterable
        return self._elements_at(iterable, length, index, 0)

    def worker_result(self, func_expr: nodes.NodeNG, depth: int = 0) -> Problem | None:
        """Why the value a worker function returns cannot be pickled back to the parent."""
        self._site = func_expr
        function = self._user_function(func_expr) or self._constructed_with_function(func_expr)
        if function is None:
            return self._parameter_worker_result(func_expr, depth)
        if function.is_generator() or is_plain_coroutine_function(function):
            known = kb.UNPICKLABLE_INSTANCES[f"builtins.{lazy_result_kind(function)}"]
            kind = "an async" if isinstance(function, nodes.AsyncFunctionDef) else "a generator"
            return Problem.at(
                rules.PKL007,
                (function, f"`{function.name}` is {kind} function"),
                f"the result of `{function.name}()`, {known.what}",
                known.error,
            )
        wrapper = coroutine_wrapper(function)
        if wrapper is not None:
            known = kb.UNPICKLABLE_INSTANCES["builtins.coroutine"]
            note = f"its decorator puts the `async def` `{wrapper.name}` in its place"
            return Problem.at(
                rules.PKL007,
                (wrapper, note),
                f"the result of `{function.name}()`, {known.what}",
                known.error,
            )
        for ret in own_nodes(function, nodes.Return):
            if ret.value is None:
                continue
            inner = self._judge(ret.value, 1, None, local=False)
            if inner is not None and inner.code != rules.PKL011.code:
                note = f"`{function.name}` returns `{snippet(ret.value)}`"
                return replace(
                    inner.through(step(ret, note)),
                    code=rules.PKL007.code,
                    what=f"the result of `{function.name}()`, {inner.what}",
                    contained=False,
                )
        return None

    def _parameter_worker_result(self, func_expr: nodes.NodeNG, depth: int) -> Problem | None:
        """`def start_child(work, args): executor.submit(work, *args)`: the result of what every
        call of the helper in this file passes as `work` (CRABServer 9014)."""
        if depth >= 2 or not isinstance(func_expr, nodes.Name):
            return None
        definitions = lookup(func_expr, func_expr.name)
        parameter = definitions[0] if len(definitions) == 1 else None
        if not isinstance(parameter, nodes.AssignName):
            return None
        if not isinstance(parameter.parent, nodes.Arguments):
            return None
        site = self._site

        def result_of(argument: nodes.NodeNG, *_: object) -> Problem | None:
            return self.worker_result(argument, depth + 1)

        problem = self._on_every_call(parameter, result_of, depth)
        self._site = site
        return problem

    def batch_items(self, dataset: nodes.NodeNG, depth: int = 0, *_: object) -> Problem | None:
        """Why an item the dataset's `__getitem__` returns cannot be pickled back from a data
        loader's worker (with a collate function that passes the items through); a dataset
        parameter (`Trainer(dataset)`) is read in what every call passes."""
        parameter = parameter_named(dataset) if depth < 2 else None
        if parameter is not None:
            return self._on_every_call(parameter, self.batch_items, depth)
        for value in self.facade.infer(dataset) or []:
            cls = getattr(value, "_proxied", None) if isinstance(value, bases.Instance) else None
            if not isinstance(cls, nodes.ClassDef) or not is_user_node(cls):
                continue
            getitem = own_method(cls, "__getitem__")
            if getitem is not None:
                problem = self.worker_result(getitem)
            else:
                problem = self._yielded_item(own_method(cls, "__iter__"))
            if problem is not None:
                return problem
        return None

    def _yielded_item(self, method: nodes.FunctionDef | None) -> Problem | None:
        """An item an iterable dataset's `__iter__` yields that cannot be pickled back."""
        if method is None:
            return None
        for node in own_nodes(method, nodes.Yield):
            inner = self._yielded(node)(node.value, 1, None, False) if node.value else None
            if inner is not None:
                note = f"`{method.name}` yields `{snippet(node.value)}`"
                return replace(
                    inner.through(step(node, note)),
                    code=rules.PKL007.code,
                    what=f"an item `{method.parent.name}.{method.name}()` yields, {inner.what}",
                    contained=False,
                )
        return None

    def _constructed_with_function(self, func_expr: nodes.NodeNG) -> nodes.FunctionDef | None:
        """`self.func` stored from an `__init__` parameter, where every construction of the
        class in its module passes the same function of the project (`ProcessJob(f)`)."""
        if not isinstance(func_expr, nodes.Attribute):
            return None
        passed = constructor_arguments(func_expr)
        functions = {self._user_function(a) if a is not None else None for a in passed}
        found = functions.pop() if len(functions) == 1 else None
        return found if found is not None and isinstance(found.parent, nodes.Module) else None

    def worker_exception(self, func_expr: nodes.NodeNG) -> Problem | None:
        """Why an exception the worker raises, or a function of the project it calls raises,
        cannot be pickled back or rebuilt in the parent."""
        function = self._user_function(func_expr)
        if function is None:
            return None
        for raise_node, exc, cls, chain in self._escaping_raises(function, _HELPER_DEPTH):
            problem = self._raised(exc, cls)
            if problem is not None:
                return _raised_here(problem, raise_node, exc, chain)
        return reraised_library_error(function)

    def _escaping_raises(
        self, function: nodes.FunctionDef, helpers: int
    ) -> Iterator[tuple[nodes.Raise, nodes.Call, nodes.ClassDef, list[ChainStep]]]:
        """`raise Cls(...)` statements that leave `function` (not caught inside it), also in
        the module-level functions of the project it calls, `helpers` calls deep."""
        for raise_node in own_nodes(function, nodes.Raise):
            exc = _raised_call(raise_node)
            if not isinstance(exc, nodes.Call):
                continue
            for cls in self._classes(exc.func):
                if not caught_locally(raise_node, cls, function):
                    yield raise_node, exc, cls, []
        if helpers <= 0:
            return
        for call in own_nodes(function, (nodes.Call, nodes.Subscript)):
            callees = (
                self._project_callees(call)
                if isinstance(call, nodes.Call)
                else self._item_getters(call)
            )
            for callee in callees:
                if callee is function:
                    continue
                for raise_node, exc, cls, chain in self._escaping_raises(callee, helpers - 1):
                    if not caught_locally(call, cls, function):
                        note = f"`{function.name}` calls `{callee.name}()`, which raises it"
                        if callee.name == "__init__" and isinstance(callee.parent, nodes.ClassDef):
                            made = callee.parent.name
                            note = f"`{function.name}` makes a `{made}`, whose `__init__` raises it"
                        yield raise_node, exc, cls, [step(call, note), *chain]

    def _item_getters(self, subscript: nodes.Subscript) -> list[nodes.FunctionDef]:
        """`DATASET[idx]` read (not stored) on an instance of a project class: its
        `__getitem__`."""
        if subscript.ctx != Context.Load:
            return []
        classes = set(inferred_project_classes(subscript.value, self.facade))
        cls = classes.pop() if len(classes) == 1 else None
        method = project_method(cls, "__getitem__") if cls is not None else None
        return [method] if method is not None else []

    def _project_callees(self, call: nodes.Call) -> list[nodes.FunctionDef]:
        """The project function a call calls: a module-level function by its name, or each
        method of the project's classes `obj.method()` may be (`Ok(...) if good else Err(...)`
        then `outcome.unwrap()`)."""
        function = _module_function_called(call)
        if function is not None:
            return [function]
        constructor_run = _project_init_called(call)
        if constructor_run is not None:  # `Model(path)` whose `__init__` raises
            return [constructor_run]
        parameter = parameter_named(call.func)
        if parameter is not None:  # `result = fn(*args)`: the functions callers pass for `fn`
            return functions_passed_for(parameter)
        if isinstance(call.func, (nodes.Call, nodes.Name)):
            return self._called_instances(call.func)
        if not isinstance(call.func, nodes.Attribute) or _called_on_a_module(call.func):
            return []
        methods = []
        for value in self.facade.infer(call.func) or []:
            method = function_of(value) if isinstance(value, bases.BoundMethod) else None
            if method is not None and is_user_node(method) and method not in methods:
                methods.append(method)
        return methods or self._methods_of_held_objects(call.func)

    def _called_instances(self, func: nodes.NodeNG) -> list[nodes.FunctionDef]:
        """`python(code)()` or `cmd()` of instances of project classes: each class's own or
        inherited `__call__`."""
        methods = []
        for value in self.facade.infer(func) or []:
            if not isinstance(value, bases.Instance) or isinstance(value, bases.BoundMethod):
                continue
            cls = value._proxied
            for klass in (cls, *self.facade.ancestors(cls)) if is_user_node(cls) else ():
                method = klass.locals.get("__call__", [None])[0]
                if isinstance(method, nodes.FunctionDef):
                    if is_user_node(method) and method not in methods:
                        methods.append(method)
                    break
        return methods

    def _methods_of_held_objects(self, func: nodes.Attribute) -> list[nodes.FunctionDef]:
        """`self.task.run()` where `self.task` holds instances of project classes, built in
        `__init__` or passed at each construction site (astroid does not follow a parameter
        into the instance): each class's own or inherited `run`."""
        holder = func.expr
        owner = method_owner(holder)
        if not (isinstance(holder, nodes.Attribute) and is_self(holder.expr) and owner):
            return []
        methods = []
        for cls in self_attribute_classes(owner, holder.attrname, self.facade):
            for klass in (cls, *self.facade.ancestors(cls)):
                method = klass.locals.get(func.attrname, [None])[0]
                if isinstance(method, nodes.FunctionDef):
                    if is_user_node(method) and method not in methods:
                        methods.append(method)
                    break
        return methods

    def _raised(self, exc: nodes.Call, cls: nodes.ClassDef) -> Problem | None:
        """Why `raise cls(...)` cannot travel back: raised with keywords `args` lacks, or (a
        class of the project) an `__init__` `args` cannot satisfy, or state that won't pickle,
        or `args` holding a value that won't."""
        problem = raised_with_keywords(exc, cls)
        if problem is None and is_user_node(cls):
            problem = (
                expanded_into_args(exc, cls)
                or broken_exception(cls)
                or self._unpicklable_exception(exc, cls)
            )
        return problem or self._exception_arguments(exc, cls, 1, None)

    def _caught_exception(self, handler: nodes.ExceptHandler) -> Problem | None:
        """`except Exception as exc: queue.put(exc)` (or `return exc`): the exceptions the
        `try` body raises, itself or in the project's functions it calls, when every one the
        handler catches cannot be rebuilt."""
        body = handler.parent.body if isinstance(handler.parent, nodes.Try) else []
        problems = []
        for statement in body:
            raises = own_nodes(statement, nodes.Raise)
            for raise_node in (
                [statement, *raises] if isinstance(statement, nodes.Raise) else raises
            ):
                exc = _raised_call(raise_node)
                classes = list(self._classes(exc.func)) if isinstance(exc, nodes.Call) else []
                caught = [c for c in classes if catches(handler, c)]
                if len(caught) != 1 or not isinstance(exc, nodes.Call):
                    return None  # unknown, or not this handler's
                problem = self._raised(exc, caught[0])
                if problem is None:
                    return None
                problems.append(_raised_here(problem, raise_node, exc, []))
            for problem in self._raised_by_helpers(statement, handler):
                if problem is None:
                    return None
                problems.append(problem)
        if not problems:
            return None
        note = f"`{handler.name.name}` is the exception caught here"
        return problems[0].through(step(handler, note))

    def _raised_by_helpers(
        self, statement: nodes.NodeNG, handler: nodes.ExceptHandler
    ) -> Iterator[Problem | None]:
        """For each exception a project function called in `statement` raises and `handler`
        catches: why it cannot be rebuilt (None when it can)."""
        if isinstance(statement, (nodes.FunctionDef, nodes.ClassDef)):
            return  # defined here, not run here
        for call in own_nodes(statement, nodes.Call):
            for callee in self._project_callees(call):
                raises = self._escaping_raises(callee, _HELPER_DEPTH - 1)
                for raise_node, exc, cls, chain in raises:
                    if not catches(handler, cls) or caught_locally(call, cls, statement):
                        continue
                    problem = self._raised(exc, cls)
                    if problem is None:
                        yield None
                        continue
                    problem = _raised_here(problem, raise_node, exc, chain)
                    yield problem.through(step(call, f"`{snippet(call)}` raises it"))

    def _unpicklable_exception(self, exc: nodes.Call, cls: nodes.ClassDef) -> Problem | None:
        """An exception whose state (set in its `__init__`) cannot be pickled back."""
        inner = self._judge(exc, 1, None, local=False)
        if inner is None or inner.code == rules.PKL008.code:
            return inner  # None, or already said of the exception (its `args`)
        getstate = own_method(cls, "__getstate__")
        if getstate is not None and exception_ignores_getstate(cls):
            note = (
                f"`{cls.name}.__getstate__` is never called: `BaseException.__reduce__` "
                "pickles the exception's `__dict__` as it is (define `__reduce__`)"
            )
            inner = inner.through(step(getstate, note))
        return replace(
            inner,
            code=rules.PKL008.code,
            what=f"the exception `{cls.name}`, {inner.what}",
            contained=False,
            # an exception's own __getstate__ is never called (BaseException.__reduce__)
            hints=tuple(h for h in inner.hints if h.kind != "add-getstate"),
        )

    # ---- dispatch -----------------------------------------------------------------------

    def _judge(
        self, expr: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        if depth > MAX_DEPTH or self.facade.out_of_time():
            return None
        key = (id(expr), id(bindings))
        if key in self._active:
            return None
        self._active.add(key)
        try:
            problem = self._dispatch(expr, depth, bindings, local)
        except RecursionError:
            problem = None
        finally:
            self._active.discard(key)
        if problem is not None and local and problem.site is None:
            problem = replace(problem, site=expr)
        return problem

    def _dispatch(
        self, expr: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        if isinstance(expr, nodes.Lambda) and not isinstance(expr, nodes.FunctionDef):
            return lambda_problem(expr, self.module)
        if isinstance(expr, (nodes.List, nodes.Tuple, nodes.Set)):
            return _inside(self._first(expr.elts, depth, bindings, local))
        if isinstance(expr, nodes.Dict):
            parts = [part for pair in expr.items for part in pair]
            return _inside(self._first(parts, depth, bindings, local))
        if isinstance(expr, nodes.Starred):
            return self._items(expr.value, depth + 1, bindings, local) or self._unpacked_whole(
                expr.value, depth, bindings, local
            )
        if isinstance(expr, (nodes.ListComp, nodes.SetComp)):
            return _inside(self._judge(expr.elt, depth + 1, bindings, local))
        if isinstance(expr, nodes.DictComp):
            return _inside(self._first([expr.key, expr.value], depth, bindings, local))
        if isinstance(expr, nodes.GeneratorExp):
            return Problem.at(
                rules.PKL004,
                (expr, "a generator expression"),
                "a generator",
                kb.UNPICKLABLE_INSTANCES["builtins.generator"].error,
            )
        if isinstance(expr, nodes.IfExp):
            return self._conditional(expr, depth, bindings, local)
        if isinstance(expr, nodes.NamedExpr):
            return self._judge(expr.value, depth + 1, bindings, local)
        if isinstance(expr, nodes.BoolOp) and expr.op == "or":
            return self._either(expr, depth, bindings, local)
        if isinstance(expr, nodes.BinOp) and expr.op == "+" and _joins_sequences(expr):
            # `[chunk] + list(extra_args)`: the joined list holds the items of both sides
            return _inside(
                self._items(expr.left, depth + 1, bindings, local)
                or self._items(expr.right, depth + 1, bindings, local)
            )
        if isinstance(expr, nodes.Subscript) and isinstance(expr.slice, nodes.Slice):
            return self._slice(expr, depth, bindings, local)
        if isinstance(expr, nodes.Subscript) and isinstance(expr.value, nodes.Name):
            registered = self._registered_original(expr.value) or self._exec_defined(expr)
            if registered is not None:
                return registered
            looked_up = (
                self._dict_lookup(expr, depth)
                or self._constant_item(expr, depth)
                or self._indexed_item(expr, depth)
            )
            if looked_up is not None:
                return looked_up
        if isinstance(expr, nodes.Subscript) and isinstance(expr.value, nodes.Subscript):
            nested = self._constant_item(expr, depth)
            if nested is not None:
                return nested
        if isinstance(expr, nodes.Subscript) and isinstance(expr.value, nodes.Attribute):
            stored = self._own_dict_item(expr, depth, bindings) or self._helper_filled_item(
                expr, depth
            )
            if stored is not None:
                return stored
        if isinstance(expr, nodes.Subscript):
            item = self._getitem_result(expr, depth, bindings)
            if item is not None:
                return item
        if isinstance(expr, nodes.Subscript) and self._may_hold_subscripted_kinds():
            item = self._item_of_kind(expr, depth, bindings)
            if item is not None:
                return item
        if isinstance(expr, (nodes.Name, nodes.Attribute)):
            known = _module_object(expr)
            if known is not None:
                return known
        if isinstance(expr, nodes.Name):
            return self._name(expr, depth, bindings)
        if isinstance(expr, nodes.Attribute):
            return self._attribute(expr, depth, bindings) or self._attribute_of_kind(
                expr, depth, bindings
            )
        if isinstance(expr, nodes.Call):
            return (
                self._dict_get(expr, depth)
                or self._packed_keyword(expr, depth, bindings)
                or self._call(expr, depth, bindings)
            )
        if isinstance(expr, (nodes.Const, nodes.JoinedStr, nodes.BinOp, nodes.Compare)):
            return None
        return self._inferred(expr, depth)

    def _conditional(
        self, expr: nodes.IfExp, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        """`a if test else b`: the first branch the bindings leave that is bad; when the test
        reads the start method (`client if mp.get_start_method() == "fork" else None`), a
        branch's problem holds only under the methods that take it."""
        truth = start_method_truth(expr.test)
        for branch in taken_branches(expr, bindings):
            problem = self._judge(branch, depth + 1, bindings, local)
            if problem is None:
                continue
            if not truth.reads_start_method:
                return problem
            taking = truth.may_hold if branch is expr.body else truth.may_fail
            methods = frozenset(m for m in problem.methods if m.value in taking)
            if methods:
                return replace(problem, methods=methods)
        return None

    def _either(
        self, expr: nodes.BoolOp, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        """`logger_config or {"sink": sys.stdout}`: the first operand not known to be empty;
        one left as `None` by every call (a parameter's default) gives way to the next."""
        *first, last = expr.values
        for operand in first:
            skipped = self._always_empty(operand, bindings)
            if skipped is None:
                return self._judge(operand, depth + 1, bindings, local)
            if not skipped:
                return None  # may be a good value or empty: unknown
        problem = self._judge(last, depth + 1, bindings, local)
        note = f"`{snippet(expr)}` gives `{snippet(last)}` when the others are empty"
        return problem.through(step(expr, note)) if problem is not None else None

    def _always_empty(self, operand: nodes.NodeNG, bindings: Bindings | None) -> bool | None:
        """True when `operand` is always empty (None, a falsy constant, every call leaving a
        parameter at such a default), None when it is never a known empty value (judged as
        it is), False when it may be either."""
        resolved = bound_expression(operand, bindings)
        if _falsy_constant(resolved):
            return True
        parameter = parameter_named(resolved) if isinstance(resolved, nodes.Name) else None
        if parameter is None or bindings is not None:
            return None if parameter is None else False
        passed = [argument for _call, argument in arguments_for(parameter)]
        return bool(passed) and all(_falsy_constant(argument) for argument in passed)

    def _constant_item(self, expr: nodes.Subscript, depth: int) -> Problem | None:
        """`captured[0][1]` of a display of displays: the element each constant index picks."""
        element = constant_index_value(expr)
        problem = self._judge(element, depth + 1, None, local=False) if element else None
        if problem is None:
            return None
        return problem.through(step(expr, f"`{snippet(expr)}` reads `{snippet(element)}`"))

    def _indexed_item(self, expr: nodes.Subscript, depth: int) -> Problem | None:
        """`bars[i]` of a list made by a comprehension (`[tqdm(...) for i in ...]`) or written
        as a display whose every item is bad: whatever the index, the item is bad."""
        assert isinstance(expr.value, nodes.Name)
        made = single_assigned_value(expr.value)
        if isinstance(made, nodes.ListComp):
            problems = [self._judge(made.elt, depth + 1, None, local=False)]
        elif isinstance(made, (nodes.List, nodes.Tuple)) and made.elts:
            problems = [self._judge(e, depth + 1, None, local=False) for e in made.elts]
        else:
            return None
        first = problems[0]
        if first is None or any(problem is None for problem in problems):
            return None
        note = f"`{snippet(expr)}` is an item of `{expr.value.name}`, every item of which is bad"
        return first.through(step(expr, note))

    def _slice(
        self, expr: nodes.Subscript, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        """`view[2:4]` of a memoryview is one too; other slices are left to inference."""
        whole = self._judge(expr.value, depth + 1, bindings, local=False)
        if whole is not None and whole.error in kb.SLICED_ERRORS:
            return whole.through(step(expr, f"`{snippet(expr)}` is a slice of it"))
        return self._inferred(expr, depth)

    def _first(
        self, exprs: list[nodes.NodeNG], depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        # A multiprocessing primitive (inheritable) passes where a child is spawned: keep
        # looking for a value that fails there too, else report the primitive.
        inheritable: Problem | None = None
        for item in exprs:
            problem = self._judge(item, depth + 1, bindings, local)
            if problem is not None and not problem.inheritable:
                return problem
            inheritable = inheritable or problem
        return inheritable

    # ---- names and definitions ----------------------------------------------------------

    def _name(self, name: nodes.Name, depth: int, bindings: Bindings | None) -> Problem | None:
        found = lookup(name, name.name) or global_definitions(self.module, str(name.name))
        if bindings is not None and name.name in bindings and all(map(_is_parameter, found)):
            return self._bound_parameter(str(name.name), depth, bindings)
        definitions = _on_success(self._reaching_globals(found, name))
        if len(definitions) > 1 and filled_when_none(name):
            definitions = [d for d in definitions if not assigns_none(d)]
        if bindings:  # a helper's literal arguments may rule branches out
            frame = name.frame()
            definitions = [d for d in definitions if not ruled_out(d, frame, bindings)]
            definitions = superseded(definitions, frame, bindings)
        elif len(definitions) > 1:
            rebound = self._rebound_by_every_call(name, definitions, depth)
            if rebound is not None:
                return rebound
        return on_every_path(definitions, lambda d: self._definition(d, name, depth, bindings))

    def _rebound_by_every_call(
        self, name: nodes.Name, definitions: list[nodes.NodeNG], depth: int
    ) -> Problem | None:
        """`key` of `def run_all(items, key=None): if key is None: key = lambda ...` read in
        that function: judged once per call of it in this file, with what the call passes, so
        a call leaving `key` to its default meets the lambda. None when one call is fine."""
        frame = name.frame()
        parameter = next(
            (d for d in definitions if _is_parameter(d) and d.parent.parent is frame), None
        )
        if parameter is None or not isinstance(frame, nodes.FunctionDef):
            return None
        problems = []
        for call, _ in arguments_for(parameter):
            problem = self._name(name, depth + 1, bind_arguments(frame, call, None))
            if problem is None:
                return None
            note = f"`{frame.name}()` is called here"
            problems.append(problem.through(step(call, note)))
        return problems[0] if problems else None

    def _bound_parameter(self, name: str, depth: int, bindings: Bindings) -> Problem | None:
        argument, outer = bindings[name]
        problem = self._judge(argument, depth + 1, outer, local=False)
        note = f"`{name}` is `{snippet(argument)}` here"
        return problem.through(step(argument, note)) if problem else None

    def _definition(
        self,
        definition: nodes.NodeNG,
        use: nodes.Name,
        depth: int,
        bindings: Bindings | None = None,
    ) -> Problem | None:
        """`bindings`: the parameters of the helper `use` is read in; a local of that helper
        (`batch = factory()`) is judged with them."""
        if isinstance(definition, nodes.FunctionDef):
            return self._rebound_function(definition) or function_problem(definition, self.module)
        if isinstance(definition, nodes.ClassDef):
            return class_object_problem(definition, module_name=self._module_name(definition))
        if isinstance(definition, nodes.ImportFrom):
            imported = project_definitions(definition, str(use.name))
            if len(imported) == 1 and isinstance(imported[0], nodes.AssignName):
                # `from codecs_table import CODECS`: the other module's own assignment
                problem = self._definition(imported[0], use, depth + 1)
                if problem is not None:
                    return problem
        if isinstance(definition, (nodes.Import, nodes.ImportFrom)):
            return self._inferred(use, depth)
        if isinstance(definition, nodes.Arguments):
            return self._packed_parameter(definition, str(use.name), depth)
        if not isinstance(definition, nodes.AssignName):
            return None
        if isinstance(definition.parent, nodes.Arguments):
            if bindings and definition.name in bindings and definition.frame() is use.frame():
                return self._bound_parameter(str(definition.name), depth, bindings)
            cls = receiver_class(definition)
            if cls is not None:
                return self._self_receiver(cls, use, depth)
            return self._parameter(definition, depth) or self._parameter_changed(
                definition, use, depth
            )
        if isinstance(definition.parent, nodes.ExceptHandler):
            return self._caught_exception(definition.parent)
        value, note = assigned_value(definition)
        if value is None:
            return (
                self._loop_target(definition, depth)
                or self._entered_yield(definition, depth)
                or self._unpacked_from_call(definition, use, depth)
            )
        given = bindings if bindings and definition.frame() is use.frame() else None
        problem = self._judge(value, depth + 1, given, local=False)
        if (
            problem is not None
            and problem.attribute
            and (
                attribute_replaced(definition, use, problem.attribute)
                or self._attribute_reset_by_method(definition, use, problem.attribute)
            )
        ):
            problem = None  # `obj.handle = None` (or del) before the boundary
        elif problem is None:
            problem = (
                self._later_attribute_problem(definition, use, depth)
                or self._entered_state(definition, depth)
                or self._hook_problem(definition, use, depth)
            )
        elif problem.code == rules.PKL011.code and problem.inheritable:
            start_call = started_between(definition, use)
            problem = started_before(problem, start_call) if start_call is not None else problem
        return problem.through(step(definition.statement(), note)) if problem else None

    def _entered_yield(self, target: nodes.AssignName, depth: int) -> Problem | None:
        """`log` of `with opened_log() as log` where `opened_log` is a `@contextmanager`: what
        the generator yields (every yield bad)."""
        item = with_item(target)
        function = context_manager_function(item) if item is not None else None
        if function is None or not isinstance(item, nodes.Call):
            return None
        bindings = bind_arguments(function, item, None)
        yields = [y for y in own_nodes(function, nodes.Yield) if y.value is not None]

        def yielded(node: nodes.Yield) -> Problem | None:
            problem = self._yielded(node)(node.value, depth + 1, bindings, False)
            return (
                problem.through(step(node, f"`{function.name}()` yields this")) if problem else None
            )

        problem = on_every_path(yields, yielded)
        note = f"`{target.name}` is bound by `with` to what `{function.name}()` yields"
        return problem.through(step(target, note)) if problem else None

    def _rebound_function(self, function: nodes.FunctionDef) -> Problem | None:
        """`HANDLERS = [handle]` or `score = partial(score, ...)`, then the name is bound
        again: pickling the earlier function after that finds another object by its name."""
        later = not_the_same.rebound_later(function, self._makes_another)
        if later is None or not self._site_runs_after(later):
            return None
        return not_the_same_problem(
            not_the_same.rebound_function(function, later, self._module_name(function))
        )

    def _registered_original(self, table: nodes.Name) -> Problem | None:
        """`TASKS[name]` of a table a wrapping decorator fills (names.registered_original)."""
        definitions = name_definitions(table)  # also `from tasks import TASKS`
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return None
        found = not_the_same.registered_original(
            definitions[0],
            lambda d: (
                returned_local_function(d) is not None or returned_holder_class(d) is not None
            ),
            lambda decorator: (
                neighbour_modules_mentioning(decorator.root(), f"@{decorator.name}") or []
            ),
            self._module_name,
        )
        return not_the_same_problem(found) if found is not None else None

    def _makes_another(self, value: nodes.NodeNG) -> bool:
        """A value surely not the function it is made from: a lambda, a partial, an
        `lru_cache` wrapper, or what a project decorator returns when that is a local
        function (`parse = memo(parse)`)."""
        if isinstance(value, nodes.Lambda) and not isinstance(value, nodes.FunctionDef):
            return True
        if not isinstance(value, nodes.Call):
            return False
        func = value.func.func if isinstance(value.func, nodes.Call) else value.func
        if self._factory_names(func) & _WRAPPER_MAKERS:
            return True
        decorator = named_function(value.func)
        return decorator is not None and returned_local_function(decorator) is not None

    def _site_runs_after(self, statement: nodes.NodeNG) -> bool:
        """Whether the boundary being judged runs after the module-level `statement`: it
        is written after it, or inside a function (called once the module has loaded)."""
        site = self._site
        if site is None:
            return False
        if site.root() is not statement.root():
            return True  # another module: imported completely before it is used
        top = site
        while top.parent is not None and not isinstance(top.parent, nodes.Module):
            top = top.parent
        return isinstance(top, nodes.FunctionDef) or (top.lineno or 0) > (statement.lineno or 0)

    def _reaching_globals(
        self, definitions: list[nodes.NodeNG], use: nodes.Name
    ) -> list[nodes.NodeNG]:
        """`X = None` at module level, then `setup()` sets `global X` before the boundary:
        only the function's assignment reaches the use. A pool's `initializer=` function
        sets its globals in the workers only: its assignments never reach the parent."""
        in_parent = [d for d in definitions if not _in_initializer(d)]
        definitions = in_parent or definitions
        placeholders = [
            d for d in definitions if isinstance(d.scope(), nodes.Module) and assigns_none(d)
        ]
        in_functions = [d for d in definitions if isinstance(d.scope(), nodes.FunctionDef)]
        if not placeholders or len(placeholders) + len(in_functions) != len(definitions):
            return definitions
        # `global WRITER; WRITER = open(...)` in the function that uses it, on its way there
        here = [d for d in in_functions if d.frame() is use.frame() and _runs_before(d, use)]
        if here:
            return [max(here, key=lambda d: d.lineno or 0)]
        called = [d for d in in_functions if called_before(d.scope(), use)]
        return called or definitions

    def _parameter(self, parameter: nodes.AssignName, depth: int) -> Problem | None:
        """A parameter is bad when every call of its function in this file passes (or
        defaults to) a bad value (callers elsewhere are unknown, so one good call clears it),
        or when one passes a lambda or a local function, which fails whenever that call runs
        (`pmap(lambda n: f(k, n), xs)` beside `pmap(abs, xs)`). A decorator's parameter is the
        original of each function it decorates."""
        problem = self._on_every_call(parameter, self._judge, depth, _SURE_AT_ANY_CALL)
        if problem is not None:
            return problem
        decorator = parameter.parent.parent
        wrapper = (
            returned_local_function(decorator) if isinstance(decorator, nodes.FunctionDef) else None
        )
        found = not_the_same.original_behind_wrapper(parameter, wrapper)
        return not_the_same_problem(found) if found is not None else None

    def _packed_parameter(
        self, arguments: nodes.Arguments, name: str, depth: int
    ) -> Problem | None:
        """`*args` / `**options` of a module-level helper (`run_later(pool, f, *args)`
        forwarding them to a boundary): bad when every call of the helper in this file packs
        a bad value into them."""
        function = arguments.parent
        if not isinstance(function, nodes.FunctionDef) or name not in (
            arguments.vararg,
            arguments.kwarg,
        ):
            return None
        problems = []
        for call in calls_of(function):
            packed = packed_arguments(function, call, name)
            problem = self._first(packed, depth, None, False) if packed else None
            if problem is None:
                return None
            star = "*" if name == arguments.vararg else "**"
            given = snippet(problem_site(problem, packed))
            note = f"`{snippet(call.func)}()` packs `{given}` into `{star}{name}`"
            problems.append(problem.through(step(call, note)))
        return problems[0] if problems else None

    # ---- inference fallback -------------------------------------------------------------

    def _unpacked_from_call(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`train_ds, test_ds = ds.load_data()` where the method is not a helper whose one
        `return` display `assigned_value` reads: what astroid infers for the name."""
        targets = definition.parent
        statement = targets.parent if isinstance(targets, (nodes.Tuple, nodes.List)) else None
        if not (isinstance(statement, nodes.Assign) and isinstance(statement.value, nodes.Call)):
            return None
        problem = self._inferred(use, depth)
        note = f"`{definition.name}` takes its place in what `{snippet(statement.value)}` returns"
        return problem.through(step(statement, note)) if problem else None

    def loaded_module_function(
        self,
        expr: nodes.NodeNG,
        depth: int = 0,
        _bindings: Bindings | None = None,
        _local: bool = False,
    ) -> Problem | None:
        """`plugin.ocr_page` run by a child, where `plugin` is a module loaded from a file
        path (families/loaded_modules.py); also through a parameter every call fills so."""
        if isinstance(expr, nodes.Attribute):
            module = loaded_module(expr.expr)
            if module is None or changes_sys_path(expr.root()) or changes_sys_path(self.module):
                return None
            return member_problem(expr, module)
        parameter = parameter_named(expr)
        if parameter is None or depth >= 2:
            return None
        return self._on_every_call(parameter, self.loaded_module_function, depth)

    def _exec_defined(self, read: nodes.Subscript) -> Problem | None:
        """`compiled["evaluate"]`: a function exec'd code defined in a fresh namespace."""
        found = exec_namespace_read(read)
        if found is None:
            return None
        home = found.home or self._module_name(read)
        looked_in = read.root() if found.home is None else None
        looked_in = self.module if home == "__main__" else looked_in
        if looked_in is not None and found.name in looked_in.locals:
            return None  # `rhs = load(src)` in `__main__`: pickle finds that global (under fork)
        kind = "function" if found.kind == "function" else "class"
        shown = (
            f"<function {found.name}>" if kind == "function" else f"<class '{home}.{found.name}'>"
        )
        return Problem.at(
            rules.PKL014,
            (found.exec_call, f"`{snippet(found.exec_call)}` defines `{found.name}` in a dict"),
            f"a {found.kind} defined by exec'd code, which no module holds",
            f"PicklingError: Can't pickle {shown}: attribute lookup {found.name} on {home} failed",
            by_name=True,
        )

    def _inferred(self, expr: nodes.NodeNG, depth: int) -> Problem | None:
        values = self.facade.infer(expr) or []
        if not values:
            return _imported_module(expr)
        return on_every_path(values, lambda value: self._inferred_value(value, expr, depth))

    def _inferred_value(self, value: Any, expr: nodes.NodeNG, depth: int) -> Problem | None:
        origin = (step(expr, f"`{snippet(expr)}`"),)
        if isinstance(value, bases.Generator):
            known = kb.UNPICKLABLE_INSTANCES["builtins.generator"]
            return Problem(rules.PKL004.code, known.what, known.error, kb.ALWAYS, origin)
        if isinstance(value, nodes.Module):
            return _module_problem(value.name, origin)
        if isinstance(value, nodes.Lambda) and not isinstance(value, nodes.FunctionDef):
            return lambda_problem(value, self.module)
        if isinstance(value, nodes.FunctionDef):
            return self._rebound_function(value) or function_problem(value, self.module)
        if isinstance(value, nodes.ClassDef):
            return class_object_problem(value, module_name=self._module_name(value))
        if isinstance(value, bases.Instance) and not isinstance(value, bases.BoundMethod):
            return self._inferred_instance(value, expr, depth)
        return None

    def _inferred_instance(
        self, value: bases.Instance, expr: nodes.NodeNG, depth: int
    ) -> Problem | None:
        qname = qname_of(value)
        origin = (step(expr, f"`{snippet(expr)}` is {qname}"),)
        if qname in kb.UNPICKLABLE_INSTANCES and not self._reduced_by_copyreg(qname):
            known = kb.UNPICKLABLE_INSTANCES[qname]
            return Problem(
                rules.PKL004.code, known.what, known.error, kb.ALWAYS, origin, since=known.since
            )
        primitive = kb.PRIMITIVE_INSTANCES.get(mirrored_name(qname))
        if primitive is not None:
            return primitive_problem(primitive, expr)
        kind = process_object_kind(qname)
        if kind is not None:
            return process_object_problem(kind, origin)
        cls = getattr(value, "_proxied", None)
        if not isinstance(cls, nodes.ClassDef):
            return None
        inherited = None if is_user_node(cls) else unpicklable_base(cls)
        if inherited is not None:  # `RotatingFileHandler(...)`: a library subclass
            known = inherited[1]
            return Problem(rules.PKL004.code, known.what, known.error, kb.ALWAYS, origin)
        if is_user_node(cls):
            return self._instance(cls, None, depth + 1)
        return None

    # ---- helpers ------------------------------------------------------------------------

    def _classes(self, expr: nodes.NodeNG) -> Iterator[nodes.ClassDef]:
        """The classes `expr` names: the project's, and the standard library's exceptions
        written in Python (`subprocess.CalledProcessError`), judged by how they are raised."""
        for value in self.facade.infer(expr) or []:
            if isinstance(value, nodes.ClassDef) and (
                is_user_node(value) or "__init__" in value.locals
            ):
                yield value


def _runs_before(definition: nodes.NodeNG, use: nodes.NodeNG) -> bool:
    """An assignment on an earlier line whose block holds `use` too (not another branch)."""
    if (definition.lineno or 0) >= (use.lineno or 0):
        return False
    block = definition.statement().parent
    return block is not None and is_inside(use, block)


# Calls that give back the items of their one argument, in a new list/tuple.

# How many calls deep a worker's exceptions are looked for in the project's functions.
_HELPER_DEPTH = 2


def _raised_here(
    problem: Problem, raise_node: nodes.Raise, exc: nodes.Call, chain: list[ChainStep]
) -> Problem:
    """The problem of a raised exception, through its `raise` and the calls that reach it
    (`chain`, the outermost call first)."""
    problem = problem.through(step(raise_node, f"`{snippet(exc)}` is raised here"))
    for call_step in reversed(chain):
        problem = problem.through(call_step)
    return problem


def _called_on_a_module(func: nodes.Attribute) -> bool:
    """`np.asarray(...)`, `os.path.join(...)`: a call on an imported module's name, which
    names no method of the project (and inferring it would build the module)."""
    root = root_name(func.expr)
    if root is None:
        return False
    bound = lookup(root, root.name)
    return any(isinstance(b, (nodes.Import, nodes.ImportFrom)) for b in bound)


def _raised_call(raise_node: nodes.Raise) -> nodes.NodeNG | None:
    """What a `raise` raises: `raise Cls(...)`, or `raise exc` of a name its scope binds once
    to `Cls(...)` (`exc = UnwrapError(self, message)`, then `raise exc from cause`)."""
    exc = raise_node.exc
    if isinstance(exc, nodes.Name):
        made = single_assigned_value(exc)
        if isinstance(made, nodes.Call) and made.scope() is raise_node.scope():
            return made
    return exc


def _module_function_called(call: nodes.Call) -> nodes.FunctionDef | None:
    """The module-level function of the project a plain-name call calls, if only one."""
    function = named_function(call.func)  # of this module, or imported from another
    if function is None or not isinstance(function.parent, nodes.Module):
        return None
    return function


def _module_object(expr: nodes.Name | nodes.Attribute) -> Problem | None:
    """`os.environ` (or `environ` imported from os): a known unpicklable object by its name."""
    spelled = expr.attrname if isinstance(expr, nodes.Attribute) else expr.name
    if not any(name.endswith(f".{spelled}") for name in kb.UNPICKLABLE_OBJECTS):
        return None  # most names: no scope lookup of their imports
    names = syntactic_names(expr)
    if not names or not all(name in kb.UNPICKLABLE_OBJECTS for name in names):
        return None
    known = kb.UNPICKLABLE_OBJECTS[sorted(names)[0]]
    note = f"`{snippet(expr)}` is {known.what}"
    return Problem.at(rules.PKL004, (expr, note), known.what, known.error)


def _on_success(definitions: list[nodes.NodeNG]) -> list[nodes.NodeNG]:
    """Without the bindings of an `except` handler whose `try` body binds the name too: the
    run that reaches the boundary normally is the one where the body succeeded (`try: out =
    open(p)` / `except OSError: out = None`)."""
    handled = [d for d in definitions if _handler_of_binding_try(d, definitions) is not None]
    return [d for d in definitions if d not in handled] if handled else definitions


def _handler_of_binding_try(
    definition: nodes.NodeNG, definitions: list[nodes.NodeNG]
) -> nodes.ExceptHandler | None:
    node = definition
    while node is not None and not isinstance(node, (nodes.FunctionDef, nodes.Module)):
        parent = node.parent
        if isinstance(node, nodes.ExceptHandler) and isinstance(parent, nodes.Try):
            body = parent.body
            if any(_within(other, body) for other in definitions if other is not definition):
                return node
        node = parent
    return None


def _within(node: nodes.NodeNG, statements: list[nodes.NodeNG]) -> bool:
    return any(s is node or s.parent_of(node) for s in statements)


def problem_site(problem: Problem, candidates: list[nodes.NodeNG]) -> nodes.NodeNG:
    """The candidate the problem was found in (for messages), else the first."""
    return next((c for c in candidates if c is problem.site), candidates[0])


def _project_init_called(call: nodes.Call) -> nodes.FunctionDef | None:
    """The project `__init__` that `Cls(...)` runs, for a class the call names (here or
    imported from another project module)."""
    cls = single_definition(call.func)
    if not (isinstance(cls, nodes.ClassDef) and is_user_node(cls)):
        return None
    return project_method(cls, "__init__")


def _inside(problem: Problem | None) -> Problem | None:
    """A problem found among a container's items, when no boundary-side node was marked yet."""
    if problem is None or problem.site is not None:
        return problem
    return replace(problem, contained=True)


def _in_initializer(definition: nodes.NodeNG) -> bool:
    """An assignment in a module-level function its module passes as `initializer=`."""
    function = definition.scope()
    if not isinstance(function, nodes.FunctionDef) or not isinstance(function.parent, nodes.Module):
        return False
    return any(
        keyword.arg == "initializer" and is_name(keyword.value, function.name)
        for keyword in nodes_in(function.root(), nodes.Keyword)
    )


def _is_parameter(definition: nodes.NodeNG) -> bool:
    return isinstance(definition, nodes.AssignName) and isinstance(
        definition.parent, nodes.Arguments
    )


def _joins_sequences(expr: nodes.BinOp) -> bool:
    """`a + b` where one side is written as a list or tuple (a display, a comprehension,
    `list(...)`/`tuple(...)`): a concatenation, not arithmetic."""
    return any(
        isinstance(side, (nodes.List, nodes.Tuple, nodes.ListComp))
        or (
            isinstance(side, nodes.Call)
            and isinstance(side.func, nodes.Name)
            and side.func.name in ("list", "tuple")
        )
        or (isinstance(side, nodes.BinOp) and side.op == "+" and _joins_sequences(side))
        for side in (expr.left, expr.right)
    )


def _falsy_constant(expr: nodes.NodeNG) -> bool:
    """`None`, `False`, `0`, `""`, `[]`, `{}`: a value `or` passes over."""
    if isinstance(expr, nodes.Const):
        return not expr.value
    if isinstance(expr, (nodes.List, nodes.Tuple, nodes.Set)):
        return not expr.elts
    return isinstance(expr, nodes.Dict) and not expr.items


def _module_problem(name: str, origin: tuple[ChainStep, ...]) -> Problem:
    return Problem(
        rules.PKL004.code,
        f"the module `{name}`",
        "TypeError: cannot pickle 'module' object",
        kb.ALWAYS,
        origin,
    )


def _imported_module(expr: nodes.NodeNG) -> Problem | None:
    """`np` bound only by `import numpy as np`: a module, even where astroid does not build it
    (array packages are not read)."""
    if not bound_only_by_imports(expr, modules=True):
        return None
    spelled = syntactic_names(expr)
    if len(spelled) != 1:
        return None
    return _module_problem(spelled.pop(), (step(expr, f"`{snippet(expr)}`"),))
