"""Object state: attributes set in `__init__`, in other methods, after construction, or put
into containers, and bound methods whose receiver carries that state.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from itertools import chain

from astroid import bases, nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_build import positional_parameters
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.astroid_imports import module_file
from picklecheck.engine.families import names as not_the_same
from picklecheck.engine.families.definitions import (
    as_bound_method,
    class_lambda_problem,
    class_object_problem,
    defines_method,
    not_the_same_problem,
    private_method_problem,
    receiver_class,
)
from picklecheck.engine.families.hooks import imports_torch, registered_hooks, returned_parameter
from picklecheck.engine.families.methods import attribute_of_rejected, is_method_of_rejected
from picklecheck.engine.families.processes import started_before
from picklecheck.engine.families.streams import popen_stream
from picklecheck.engine.flow.branches import ruled_out
from picklecheck.engine.flow.classes import (
    attribute_owner,
    class_attribute_fills,
    class_display,
    constructed_classes,
    inferred_project_classes,
)
from picklecheck.engine.flow.containers import (
    added_by_functions,
    additions,
    additions_to_attributes,
    attribute_additions,
    attributes_filled_in_loops,
    items_added_to,
    registered_by_init,
)
from picklecheck.engine.flow.project import is_user_node, named_function
from picklecheck.engine.flow.registrations import Registration, registered_by, registration
from picklecheck.engine.flow.state import (
    added_item_started,
    attribute_started_after,
    constructor,
    getstate_exclusions,
    has_custom_reduce,
    init_assignments,
    method_calls_on,
    methods_called_from,
    self_attribute_classes,
    state_before,
)
from picklecheck.engine.flow.syntax import (
    Bindings,
    arguments_for,
    assigned_value,
    attribute_replaced,
    attribute_replaced_in,
    bind_arguments,
    bound_expression,
    class_body_value,
    construction_sites,
    constructor_arguments,
    decorated_as,
    function_of,
    init_parameter_kept,
    init_sources,
    is_name,
    is_self,
    iterated_by,
    method_owner,
    own_method,
    own_nodes,
    parameter_named,
    parameter_read,
    passed_for_parameter,
    project_method,
    safe_ancestors,
    self_assigned,
    self_attribute_stores,
    self_name,
    single_assigned_value,
    single_assignment,
    syntactic_names,
    unpacked_bindings,
)
from picklecheck.engine.judging.calls import CallJudging, ancestor_bindings
from picklecheck.engine.judging.containers import constructed_items
from picklecheck.engine.problem import (
    Problem,
    instance_item_problem,
    instance_state_problem,
    snippet,
    step,
)

_CONTAINER_CLASSES = frozenset(
    {
        "builtins.dict",
        "builtins.list",
        "builtins.set",
        "collections.OrderedDict",
        "collections.defaultdict",
        "collections.UserDict",
        "collections.UserList",
    }
)


class StateJudging(CallJudging):
    """Part of `engine.values.Judge`: JudgeBase < CallJudging < StateJudging < Judge."""

    def _later_attribute_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`obj = Foo(); obj.handle = open(p); send(obj)`: attributes set before the boundary,
        unless the object's class leaves them out when it is pickled."""
        problem = self._set_before_boundary(definition, use, depth)
        if problem is None or problem.attribute is None:
            return problem
        cls = self._class_made_for(definition)
        kept = _pickles_attribute(cls, problem.attribute, self._copyreg_classes)
        return problem if kept else None

    def _set_before_boundary(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        scope = definition.scope()
        for assign in own_nodes(scope, nodes.Assign):
            if not (definition.lineno or 0) < (assign.lineno or 0) < (use.lineno or 0):
                continue
            for target in assign.targets:
                if (
                    isinstance(target, nodes.AssignAttr)
                    and isinstance(target.expr, nodes.Name)
                    and target.expr.name == definition.name
                ):
                    inner = self._judge(assign.value, depth + 1, None, local=False)
                    if inner is not None:
                        cls = self._class_made_for(definition)
                        return instance_state_problem(target.attrname, inner, assign, cls)
        return (
            self._container_mutation_problem(definition, use, depth)
            or self._attribute_container_problem(definition, use, depth)
            or self._method_call_problem(definition, use, depth)
            or self._global_changed_in_function(definition, use, depth)
            or self._changed_by_functions(definition, use, depth)
            or self._items_changed_in_loops(definition, use, depth)
        )

    def _attribute_container_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`supervisor.children.append(started)` between the assignment and the boundary."""
        start, end = definition.lineno or 0, use.lineno or 0
        receiver = str(definition.name)
        scope = definition.scope()
        for call, attr, added in additions_to_attributes(scope, receiver, start, end):
            if attribute_replaced_in(scope, receiver, attr, call.lineno or 0, end):
                continue  # `supervisor.children = []` afterwards: what was added is gone
            inner = self._judge(added, depth + 1, None, local=False)
            if inner is not None:
                note = f"`{snippet(call)}` puts it into `{receiver}.{attr}`"
                cls = self._class_made_for(definition)
                return instance_state_problem(attr, inner, call, cls, note)
        return None

    def _class_made_for(self, definition: nodes.AssignName) -> nodes.ClassDef | None:
        """The project class `x = Cls(...)` makes, for messages and the getstate fix."""
        value, _note = assigned_value(definition)
        if not isinstance(value, nodes.Call):
            return None
        classes = constructed_classes(value.func, self.facade)
        return classes[0] if len(classes) == 1 and is_user_node(classes[0]) else None

    def _container_mutation_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`items.append(lock)` / `items[k] = lock` between the assignment and the boundary."""
        for node, added in additions(definition, use) + added_by_functions(definition, use):
            inner = self._judge(added, depth + 1, None, local=False)
            if inner is not None:
                note = f"`{snippet(node)}` puts it into `{definition.name}`"
                return inner.through(step(node, note))
        for node, added in registered_by_init(definition, use):
            inner = self._registered(node, added, depth)
            if inner is not None:
                note = f"`{snippet(node)}` puts it into `{definition.name}`"
                return replace(inner.through(step(node, note)), contained=True)
        return None

    def _hook_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """A torch module that keeps a hook that does not pickle (families/hooks.py): registered
        on it between its assignment and `use`, or by the helper it was returned from."""
        if not imports_torch(definition.root()):
            return None
        scope, name = definition.scope(), str(definition.name)
        found = [
            (call, hook)
            for call, hook in registered_hooks(scope, name, self.facade, after=definition.lineno)
            if call.scope() is not scope or call.lineno < use.lineno or use.scope() is not scope
        ]
        value, _note = assigned_value(definition)
        helper = named_function(value.func) if isinstance(value, nodes.Call) else None
        parameter = returned_parameter(helper) if helper is not None else None
        if helper is not None and parameter is not None:
            found += registered_hooks(helper, parameter, self.facade, depth=1)
        for call, hook in found:
            inner = self._judge(hook, depth + 1, None, local=False)
            if inner is not None:
                note = f"`{snippet(call)}` keeps the hook in the module, which pickles it"
                return replace(inner.through(step(call, note)), contained=True)
        return None

    def _registered(self, node: nodes.NodeNG, added: nodes.NodeNG, depth: int) -> Problem | None:
        """What `__init__` registers, with its parameters bound at every construction site of
        its class (all of them must register a bad value)."""
        init = node.frame()
        assert isinstance(init, nodes.FunctionDef) and isinstance(init.parent, nodes.ClassDef)
        problems = []
        for site in construction_sites(init.parent):
            inner = self._judge(added, depth + 1, bind_arguments(init, site, None), local=False)
            if inner is None:
                return None
            problems.append(inner.through(step(site, f"`{init.parent.name}` is built here")))
        return problems[0] if problems else None

    def _method_call_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`db = DB(); db.connect(); send(db)`: a method called before the boundary stores a
        bad value on the object."""
        cls = self._class_made_for(definition)
        return self._state_from_calls(
            definition.scope(), str(definition.name), definition.lineno or 0, _line(use), depth, cls
        )

    def _global_changed_in_function(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`logger = Logger()` at module level, then `logger.add(path)` in the function that
        sends `logger`, before the boundary: the method stores a bad value on the global
        (loguru 831)."""
        frame = use.frame()
        if not (
            isinstance(definition.scope(), nodes.Module)
            and isinstance(frame, nodes.FunctionDef)
            and frame.body
        ):
            return None
        cls = self._class_made_for(definition)
        start = frame.body[0].fromlineno - 1
        return self._state_from_calls(frame, str(definition.name), start, _line(use), depth, cls)

    def _state_from_calls(
        self,
        scope: nodes.NodeNG,
        receiver: str,
        start: int,
        end: int,
        depth: int,
        cls: nodes.ClassDef | None,
        only: str | None = None,
        bindings: Bindings | None = None,
    ) -> Problem | None:
        """A bad value stored on `receiver` by a method called on it after line `start` and
        before line `end` (and not replaced before `end`); `only` restricts it to one
        attribute. In a helper, `bindings` are its call's arguments."""
        calls = []
        for call, func in method_calls_on(scope, receiver, start, end):
            if ruled_out(call, scope, bindings):
                continue
            registered = registered_by(call)
            if registered is not None:
                problem = self._first(
                    [registered.function, *registered.extras], depth + 1, None, local=False
                )
                if problem is not None:
                    return problem.through(step(call, f"`{snippet(call)}` stores it on the object"))
                continue
            method = self._user_method(func) or (own_method(cls, func.attrname) if cls else None)
            if method is not None:
                calls.append((call, method))
        for index, (call, method) in enumerate(calls):
            later = [m for _c, m in calls[index + 1 :]]
            given = bind_arguments(method, call, bindings)
            owner = cls or (method.parent if isinstance(method.parent, nodes.ClassDef) else None)
            pickled = partial(_pickles_attribute, owner, copyreg=self._copyreg_classes)
            stays = partial(_still_stored, scope, receiver, call, end, later, only, pickled)
            stored = self._bad_store(_stores_on_self(method), method, given, depth, cls, stays)
            if stored is not None:
                note = f"`{snippet(call)}` stores it on the object"
                return stored.through(step(call, note))
            added = self._added_by_method(call, method, given, receiver, depth, cls, only)
            if added is not None and not (
                added.attribute
                and (
                    _assigned_again(scope, receiver, added.attribute, call, end, later)
                    or not pickled(added.attribute)
                )
            ):
                return added
        return self._cached_property_read(scope, receiver, start, end, calls, depth, cls, only)

    def _changed_parameter(
        self, function: nodes.FunctionDef, ret: nodes.Return, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`def save_log(log): log.add(open(p)); return log`: a helper gives back the object
        it was passed after it stored a bad value there."""
        name = ret.value
        if not (isinstance(name, nodes.Name) and bindings and name.name in bindings):
            return None
        if parameter_read(function, name) is None:
            return None
        passed = bindings[name.name][0]  # a new object only: `save_log(StreamLogger())`
        classes = self._classes_of_passed(passed) if isinstance(passed, nodes.Call) else []
        if len(classes) != 1 or not is_user_node(classes[0]):
            return None
        return self._stored_through_parameter(
            function, name.name, _line(ret), depth, classes[0], bindings
        )

    def _changed_by_functions(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`log = Logger(); configure(log); send(log)`: a function of the project called
        with the object before the boundary stores a bad value on it (`log.out = open(p)`,
        or a method call on it that does), not set again before the boundary."""
        cls = self._class_made_for(definition)
        if cls is None and not _makes_a_namespace(definition):
            return None
        scope, name = definition.scope(), str(definition.name)
        return self._lasting_change(scope, name, definition.lineno or 0, _line(use), depth, cls)

    def _lasting_change(
        self,
        scope: nodes.NodeNG,
        name: str,
        start: int,
        end: int,
        depth: int,
        cls: nodes.ClassDef | None,
    ) -> Problem | None:
        """The first bad value a project function called with `name` between `start` and
        `end` stores on the object, when nothing sets that attribute again before `end`."""
        for call, stored in self._changed_by_calls(scope, name, start, end, depth, cls, None):
            attr = stored.attribute
            if not (attr and attribute_replaced_in(scope, name, attr, call.lineno or 0, end)):
                return stored.through(step(call, f"`{snippet(call)}` changes it"))
        return None

    def _parameter_changed(
        self, parameter: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`def fit(self, model, loader)` that sets `model.train_dataloader = patch` before the
        boundary, itself or through a helper called with `model`: the object holds it then,
        whatever its callers passed (pytorch-lightning 968). Only when every caller passes an
        instance of a project class that pickles the attribute."""
        scope = parameter.scope()
        if use.scope() is not scope or not isinstance(scope, nodes.FunctionDef) or not scope.body:
            return None
        passed = [argument for _call, argument in arguments_for(parameter)]
        classes = [inferred_project_classes(argument, self.facade) for argument in passed]
        if not passed or not all(classes):
            return None
        name, start, end = str(parameter.name), scope.body[0].fromlineno - 1, _line(use)
        distinct = {cls for found in classes for cls in found}
        cls = next(iter(distinct)) if len(distinct) == 1 else None
        stored = self._stored_on(scope, name, start, end, depth, cls, None) or (
            self._lasting_change(scope, name, start, end, depth, cls)
        )
        attr = stored.attribute if stored is not None else None
        kept = attr is not None and all(
            _pickles_attribute(each, attr, self._copyreg_classes) for each in distinct
        )
        return stored if kept else None

    def _changed_by_calls(
        self,
        scope: nodes.NodeNG,
        name: str,
        start: int,
        end: int,
        depth: int,
        cls: nodes.ClassDef | None,
        bindings: Bindings | None,
    ) -> Iterator[tuple[nodes.Call, Problem]]:
        """Calls of the project's module-level functions (or of methods of other project
        objects, `manager.add_widget(screen)`) in `scope` between lines `start` and `end` that
        are passed `name`, with the bad value each stores on that object."""
        for call in own_nodes(scope, nodes.Call):
            function = self._called_with(call, name) if start < (call.lineno or 0) < end else None
            if function is None:
                continue
            given = bind_arguments(function, call, bindings) or {}
            for parameter, (passed, _outer) in given.items():
                if not is_name(passed, name):
                    continue
                stored = self._stored_through_parameter(
                    function, parameter, function.tolineno + 1, depth, cls, given
                )
                if stored is not None:
                    yield call, stored

    def _called_with(self, call: nodes.Call, name: str) -> nodes.FunctionDef | None:
        """The module-level function `call` calls, or the method of another project object
        (not one called on `name` itself, which `_state_from_calls` reads)."""
        if not any(is_name(a, name) for a in [*call.args, *(k.value for k in call.keywords or [])]):
            return None
        function = named_function(call.func)
        if function is not None:
            return function if isinstance(function.parent, nodes.Module) else None
        func = call.func
        if not isinstance(func, nodes.Attribute) or is_name(func.expr, name):
            return None
        return self._user_method(func)

    def _stored_through_parameter(
        self,
        function: nodes.FunctionDef,
        parameter: str,
        end: int,
        depth: int,
        cls: nodes.ClassDef | None,
        bindings: Bindings,
    ) -> Problem | None:
        """A bad value `function` stores on the object its `parameter` holds before line
        `end` (statements in branches the call's literal arguments rule out left aside)."""
        start = function.body[0].fromlineno - 1 if function.body else 0
        return self._stored_on(function, parameter, start, end, depth, cls, bindings)

    def _stored_on(
        self,
        scope: nodes.NodeNG,
        receiver: str,
        start: int,
        end: int,
        depth: int,
        cls: nodes.ClassDef | None,
        bindings: Bindings | None,
    ) -> Problem | None:
        """A bad value stored on the object `receiver` names in `scope` between lines `start`
        and `end`: `receiver.attr = value` not set again before `end`, or a method call on it
        that stores one."""
        for assign in own_nodes(scope, nodes.Assign):
            if not start < (assign.lineno or 0) < end or ruled_out(assign, scope, bindings):
                continue
            for target in assign.targets:
                if not (isinstance(target, nodes.AssignAttr) and is_name(target.expr, receiver)):
                    continue
                attr = str(target.attrname)
                if not _pickles_attribute(cls, attr, self._copyreg_classes):
                    continue
                if attribute_replaced_in(
                    scope, receiver, attr, (assign.tolineno or 0) + 1, end - 1
                ):
                    continue
                inner = self._judge(assign.value, depth + 1, bindings, local=False)
                if inner is not None:
                    return instance_state_problem(attr, inner, assign, cls)
        return self._state_from_calls(scope, receiver, start, end, depth, cls, bindings=bindings)

    def _items_changed_in_loops(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        """`for job in jobs: job.db = sqlite3.connect(p)` (or `job.connect()`, a method that
        stores one) between the container's creation and the boundary: its items carry it."""
        scope, name = definition.scope(), str(definition.name)
        start, end = definition.lineno or 0, _line(use)
        loops = [
            loop
            for loop in sorted(own_nodes(scope, nodes.For), key=_line)
            if start < (loop.lineno or 0) < end
            and isinstance(loop.target, nodes.AssignName)
            and is_name(loop.iter, name)
            and definition in lookup(loop.iter, name)
        ]
        cls = self._item_class(assigned_value(definition)[0]) if loops else None
        for index, loop in enumerate(loops):
            item = str(loop.target.name)
            last = min((loop.tolineno or 0) + 1, end)
            stored = self._stored_on(loop, item, loop.lineno or 0, last, depth, cls, None)
            if stored is None or _set_again_by_loops(stored.attribute, loops[index + 1 :]):
                continue
            note = f"`for {item} in {name}:` changes each item"
            return replace(stored, contained=True).through(step(loop, note))
        return None

    def _item_class(self, container: nodes.NodeNG | None) -> nodes.ClassDef | None:
        """The one project class every item of a list display or comprehension is built by."""
        if isinstance(container, (nodes.List, nodes.Tuple)):
            elements = list(container.elts)
        elif isinstance(container, nodes.ListComp):
            elements = [container.elt]
        else:
            return None
        classes: dict[int, nodes.ClassDef] = {}
        for element in elements:
            if not isinstance(element, nodes.Call):
                return None
            made = constructed_classes(element.func, self.facade)
            if len(made) != 1:
                return None
            classes[id(made[0])] = made[0]
        found = list(classes.values())
        return found[0] if len(found) == 1 and is_user_node(found[0]) else None

    def _cached_property_read(
        self,
        scope: nodes.NodeNG,
        receiver: str,
        start: int,
        end: int,
        calls: list[tuple[nodes.Call, nodes.FunctionDef]],
        depth: int,
        cls: nodes.ClassDef | None,
        only: str | None,
    ) -> Problem | None:
        """`index.count()` before the boundary, where `count` reads `self.db` and `db` is a
        `functools.cached_property`: the first read keeps what `db()` returns in the object's
        `__dict__`, which is pickled with it."""
        cached = cached_properties(cls) if cls is not None else {}
        if not cached:
            return None
        reads = [(call, read) for call, method in calls for read in _self_reads(method, cached)]
        reads += [
            (attribute, str(attribute.attrname))
            for attribute in own_nodes(scope, nodes.Attribute)
            if start < (attribute.lineno or 0) < end
            and is_name(attribute.expr, receiver)
            and attribute.attrname in cached
        ]
        for reader, name in reads:
            returned = self._bad_return(cached[name], depth) if only in (None, name) else None
            if returned is not None:
                ret, inner = returned
                note = f"the cached property `{name}` keeps `{snippet(ret.value)}` on the object"
                problem = instance_state_problem(name, inner, ret, cls, note)
                return problem.through(step(reader, f"`{snippet(reader)}` reads `{name}`"))
        return None

    def _bad_return(
        self, function: nodes.FunctionDef, depth: int
    ) -> tuple[nodes.Return, Problem] | None:
        """The first `return value` of the function whose value is bad."""
        for returned in own_nodes(function, nodes.Return):
            if returned.value is None:
                continue
            inner = self._judge(returned.value, depth + 1, None, local=False)
            if inner is not None:
                return returned, inner
        return None

    def _added_by_method(
        self,
        call: nodes.Call,
        method: nodes.FunctionDef,
        bindings: Bindings | None,
        receiver: str,
        depth: int,
        cls: nodes.ClassDef | None,
        only: str | None,
    ) -> Problem | None:
        """`supervisor.add(started)`, where `add` does `self.children.append(p)`: what the
        call passes (`bindings`), put into a container on the object."""
        me = self_name(method)
        if me is None:
            return None
        for adder, attr, added, given in _additions_by_method(method, me, bindings):
            if only is not None and attr != only:
                continue
            inner = self._judge(added, depth + 1, given, local=False)
            if inner is not None:
                note = f"`{snippet(adder)}` puts it into `self.{attr}`"
                problem = instance_state_problem(attr, inner, adder, cls, note)
                return problem.through(step(call, f"`{snippet(call)}` runs it"))
        if only is None and self._is_container_class(method.parent):
            for adder, added in items_added_to(method, me):
                inner = self._judge(added, depth + 1, bindings, local=False)
                if inner is not None:
                    note = f"`{snippet(adder)}` puts it into the object"
                    problem = instance_item_problem(inner, adder, cls, note)
                    return problem.through(step(call, f"`{snippet(call)}` runs it"))
        return None

    def _is_container_class(self, cls: nodes.NodeNG) -> bool:
        """A class deriving from dict, list or set (or collections' variants): pickle saves
        its items."""
        if not isinstance(cls, nodes.ClassDef):
            return False
        return any(base.qname() in _CONTAINER_CLASSES for base in self.facade.ancestors(cls))

    def _entered_state(self, definition: nodes.AssignName, depth: int) -> Problem | None:
        """`with ShardWriter(d) as w:`: what the class's `__enter__` (returning `self`) stores
        on the object, e.g. the file it opens."""
        statement = definition.parent
        if not isinstance(statement, nodes.With):
            return None
        made = next((item for item, var in statement.items if var is definition), None)
        if not isinstance(made, nodes.Call):
            return None
        for cls in constructed_classes(made.func, self.facade):
            enter = cls.locals.get("__enter__", [None])[0]
            if not (is_user_node(cls) and isinstance(enter, nodes.FunctionDef)):
                continue
            if not _returns_self(enter):
                continue
            stored = self._bad_store(_stores_on_self(enter), enter, None, depth, cls)
            if stored is not None:
                note = f"`with {snippet(made)}` runs `__enter__`, which stores it"
                return stored.through(step(statement, note))
        return None

    def _fluent_call(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`Pipeline().then(lambda x: x + 1).then(abs)`: a method that returns `self` stores
        what it is given on the object the chain builds; earlier links are judged in turn."""
        func = call.func
        method = self._user_method(func) if isinstance(func, nodes.Attribute) else None
        if method is None or not _returns_self(method):
            return None
        me = self_name(method)
        cls = method.parent if isinstance(method.parent, nodes.ClassDef) else None
        given = bind_arguments(method, call, bindings)
        stored = self._bad_store(_own_stores(method), method, given, depth, cls)
        if stored is not None:
            return stored.through(step(call, f"`{snippet(call)}` stores it on the object"))
        added = self._added_by_method(call, method, given, me or "self", depth, cls, None)
        if added is not None:
            return added
        assert isinstance(func, nodes.Attribute)
        return self._judge(func.expr, depth + 1, bindings, local=False)

    def _bad_store(
        self,
        stores: list[nodes.AssignAttr],
        method: nodes.FunctionDef,
        bindings: Bindings | None,
        depth: int,
        cls: nodes.ClassDef | None,
        judged: Callable[[str], bool] = lambda _attr: True,
    ) -> Problem | None:
        """The first `self.<attr> = value` among `stores` (of the attributes `judged` admits)
        whose value is bad; `bindings` give `method`'s own parameters their values. A
        multiprocessing primitive (which passes where a child is spawned) is reported only
        when no other store is bad."""
        inheritable: Problem | None = None
        for assign_attr in stores:
            attr = str(assign_attr.attrname)
            value, _note = assigned_value(assign_attr)
            if value is None or not judged(attr):
                continue
            given = bindings if assign_attr.frame() is method else None
            given = unpacked_bindings(assign_attr, value, given)
            inner = self._judge(value, depth + 1, given, local=False)
            if inner is not None:
                found = instance_state_problem(attr, inner, assign_attr, cls)
                if not found.inheritable:
                    return found
                inheritable = inheritable or found
        return inheritable

    def _attribute_reset_by_method(
        self, definition: nodes.AssignName, use: nodes.Name, attribute: str
    ) -> bool:
        """`job.finish()` before the boundary, where `finish` sets `self.<attribute>`."""
        for call in own_nodes(definition.scope(), nodes.Call):
            if not (definition.lineno or 0) < (call.lineno or 0) < (use.lineno or 0):
                continue
            func = call.func
            if isinstance(func, nodes.Attribute) and is_name(func.expr, definition.name):
                method = self._user_method(func)
                if method is not None and attribute in self_assigned(method):
                    return True
        return False

    def _user_method(self, func: nodes.Attribute) -> nodes.FunctionDef | None:
        for value in self.facade.infer(func) or []:
            method = function_of(value)
            if isinstance(value, bases.BoundMethod) and method and is_user_node(method):
                return method
        return None

    def _attribute(
        self, attr: nodes.Attribute, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        spelled = syntactic_names(attr)
        if spelled and all(name.split(".")[0] in kb.ARRAY_PACKAGES for name in spelled):
            # `torch.manual_seed`: importable by name; not inferred (see _call). `np.random`
            # is a submodule: a module object, found on disk without importing numpy.
            return _submodule(attr, spelled)
        stream = popen_stream(attr, syntactic_names)
        if stream is not None:
            note = f"`{snippet(attr.expr)}` was started with `{attr.attrname}=subprocess.PIPE`"
            return Problem.at(rules.PKL004, (attr, note), stream.what, stream.error)
        known = (
            self._known_attribute(attr, depth)
            or self._class_lambda(attr)
            or self._class_display(attr, depth)
            or self._class_attribute_filled(attr, depth)
            or self._class_namespace(attr)
            or _original_of_decorated(attr)
        )
        if known is not None:
            return known
        registered = registration(attr.expr, str(attr.attrname))
        if registered is not None:
            return self._registered_attribute(attr, registered, depth)
        if isinstance(attr.expr, nodes.Name):  # `Status.DONE` of `Status = Enum("Job", ...)`
            member = self._misnamed_class(lookup(attr.expr, attr.expr.name), "member")
            if member is not None:
                return member
        for value in self.facade.infer(attr) or []:
            if isinstance(value, bases.BoundMethod) and not _property_function(value):
                return self._bound_method(value, attr, depth, bindings)
        if isinstance(attr.expr, nodes.Name) and attr.expr.name == "self":
            problem = self._self_attribute(attr, depth)
            if problem is not None:
                return problem
            if self._holds_proxies_only(attr):
                return None  # astroid infers the manager's registered class (threading.Event)
        elif (
            self._is_method_of_self_attribute(attr)
            or self._is_method_of_passed_object(attr, bindings)
            or _is_method_of_loop_items(attr)
        ):
            receiver = self._judge(attr.expr, depth + 1, bindings, local=False)
            return as_bound_method(receiver, attr) if receiver else None
        constructed = self._constructed_attribute(attr, depth) or self._filled_object_attribute(
            attr, depth
        )
        if constructed is not None:
            return constructed
        if bindings is None:
            passed = self._attribute_of_parameter(attr, depth)
            if passed is not None:
                return passed
        if not self.facade.infer(attr):
            return self._method_of_rejected(attr, depth, bindings)
        return self._inferred(attr, depth)

    def _attribute_of_parameter(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`ix.storage` where `ix` is a parameter: the attribute of the object every call of
        the function passes (`MpWriter(self)` in a method of Index: Index's `storage`)."""
        receiver = attr.expr
        if not isinstance(receiver, nodes.Name) or receiver.name in ("self", "cls"):
            return None
        found = lookup(receiver, receiver.name)
        parameter = found[0] if len(found) == 1 else None
        if not (
            isinstance(parameter, nodes.AssignName)
            and isinstance(parameter.parent, nodes.Arguments)
            and receiver_class(parameter) is None
        ):
            return None

        def attribute_of(argument: nodes.NodeNG, depth: int, *_: object) -> Problem | None:
            if not isinstance(argument, (nodes.Name, nodes.Call)):
                return None
            read = nodes.Attribute(
                attrname=attr.attrname,
                lineno=argument.lineno,
                col_offset=argument.col_offset,
                parent=argument.parent,
                end_lineno=argument.end_lineno,
                end_col_offset=argument.end_col_offset,
            )
            read.postinit(expr=argument)  # a read of the attribute on what the call passes
            return self._judge(read, depth + 1, None, local=False)

        return self._on_every_call(parameter, attribute_of, depth)

    def _class_attribute_filled(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`Registry.instance` (or `r.instance`) of a class whose body binds `instance = None`
        and whose methods fill it (`Registry.instance = Registry.__Single(args)`, the
        singleton recipe; `cls._cache = ...` in a classmethod): what every fill stores."""
        owner = attribute_owner(attr, self.facade)
        body = class_body_value(owner[0], str(attr.attrname)) if owner is not None else None
        if body is None or not (isinstance(body[0], nodes.Const) and body[0].value is None):
            return None
        cls = body[1]
        fills = class_attribute_fills(cls, str(attr.attrname))
        problems = []
        for store, value in fills:
            inner = self._judge(value, depth + 1, None, local=False)
            if inner is None:
                return None
            note = f"`{snippet(store)}` fills the class attribute `{cls.name}.{attr.attrname}`"
            problems.append(inner.through(step(store, note)))
        return problems[0] if problems else None

    def _registered_attribute(
        self, attr: nodes.Attribute, registered: Registration, depth: int
    ) -> Problem | None:
        """`toolbox.evaluate` after `toolbox.register("evaluate", f, *args)`: a partial of
        `f` keeping `args`, pickled with them."""
        parts = [registered.function, *registered.extras]
        problem = self._first(parts, depth + 1, None, local=False)
        if problem is None:
            return None
        note = f"`{snippet(registered.call)}` sets `{snippet(attr)}`"
        return problem.through(step(registered.call, note))

    def _class_namespace(self, attr: nodes.Attribute) -> Problem | None:
        """`type(self).__dict__`, `self.__class__.__dict__` or `Cls.__dict__`: the class's
        read-only mappingproxy (an instance's own `__dict__` is a plain dict)."""
        if attr.attrname != "__dict__":
            return None
        owner = attr.expr
        of_type = (
            isinstance(owner, nodes.Call)
            and len(owner.args) == 1
            and "builtins.type" in self.facade.qualified_names(owner.func)
        )
        of_instance = isinstance(owner, nodes.Attribute) and owner.attrname == "__class__"
        if not (of_type or of_instance or self._is_class(owner)):
            return None
        known = kb.UNPICKLABLE_FACTORIES["types.MappingProxyType"]
        note = f"`{snippet(attr)}` is the namespace of a class, a read-only mappingproxy"
        return Problem.at(rules.PKL004, (attr, note), known.what, known.error)

    def _constructed_attribute(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`endpoint.loop` where `endpoint = Endpoint()` is the name's one binding: what the
        class's `__init__` stores there, its parameters bound by that call, unless the
        attribute is replaced (directly or by a method) before the use."""
        receiver = attr.expr
        if isinstance(receiver, nodes.Attribute) and is_self(receiver.expr):
            return self._kept_object_attribute(receiver, str(attr.attrname), depth)
        if not isinstance(receiver, nodes.Name):
            return None
        definition = single_assignment(receiver)
        if definition is not None and isinstance(definition.parent, nodes.Arguments):
            return self._passed_object_attribute(receiver, str(attr.attrname), depth)
        return self._built_object_attribute(
            receiver, str(attr.attrname), depth
        ) or self._loop_item_attribute(receiver, str(attr.attrname), depth)

    def _loop_item_attribute(self, receiver: nodes.Name, name: str, depth: int) -> Problem | None:
        """`task.process_function` where `task` iterates a list whose items are made by a
        project class (`tasks.append(Task(process_function=lambda ...))`, a display, or the
        list a caller passes): what that item's `__init__` stores there (daisy 53)."""
        loop = iterated_by(receiver)
        if loop is None:
            return None
        for site in _item_constructions(loop.iter, 2):
            cls = self._made_class(site)
            problem = self._init_attribute(cls, name, site, depth) if cls is not None else None
            if problem is not None:
                note = f"`{receiver.name}` takes the items of `{snippet(loop.iter)}`, made here"
                return problem.through(step(site, note))
        return None

    def _built_object_attribute(
        self, receiver: nodes.Name, name: str, depth: int
    ) -> Problem | None:
        definition = single_assignment(receiver)
        if definition is None:
            return None
        site, _ = assigned_value(definition)
        cls = self._made_class(site) if isinstance(site, nodes.Call) else None
        if cls is None:
            return None
        if attribute_replaced(definition, receiver, name) or self._attribute_reset_by_method(
            definition, receiver, name
        ):
            return None
        problem = self._init_attribute(cls, name, site, depth)
        note = f"`{receiver.name}` is assigned here"
        return problem.through(step(definition.statement(), note)) if problem else None

    def _made_class(self, site: nodes.Call) -> nodes.ClassDef | None:
        """The one project class the construction `site` makes."""
        classes = constructed_classes(site.func, self.facade)
        return classes[0] if len(classes) == 1 and is_user_node(classes[0]) else None

    def _kept_object_attribute(
        self, kept: nodes.Attribute, name: str, depth: int
    ) -> Problem | None:
        """`self.linter.templater` where `self.linter` keeps an `__init__` parameter every
        construction passes a name bound once to `Linter(...)` for (or that construction
        itself): what that class's `__init__` stores in `templater`, bad at every site."""
        problems = []
        for passed in constructor_arguments(kept):
            if isinstance(passed, nodes.Name):
                problem = self._built_object_attribute(passed, name, depth + 1)
            elif isinstance(passed, nodes.Call):
                cls = self._made_class(passed)
                problem = self._init_attribute(cls, name, passed, depth) if cls else None
            else:
                problem = None
            if problem is None:
                return None
            problems.append(problem)
        return problems[0] if problems else None

    def _passed_object_attribute(
        self, receiver: nodes.Name, name: str, depth: int
    ) -> Problem | None:
        """`db.session` where `db` is a parameter of a module-level function every call of
        which (in its module) passes a name bound once to `Cls(...)`: what `__init__` stores
        there, bad on every call."""
        parameter = parameter_named(receiver)
        if parameter is None:
            return None
        problems = []
        for call, passed in arguments_for(parameter):
            if passed.parent is not call or not isinstance(passed, nodes.Name):
                return None  # a default, or an expression: not an object built by a name
            problem = self._built_object_attribute(passed, name, depth + 1)
            if problem is None:
                return None
            note = f"`{snippet(call)}` passes `{passed.name}` for `{receiver.name}`"
            problems.append(problem.through(step(call, note)))
        return problems[0] if problems else None

    def _class_lambda(self, attr: nodes.Attribute) -> Problem | None:
        """`self.clean`, `obj.clean` or `Cls.clean` where a class body of the project binds
        `clean` to a lambda (families/definitions.class_lambda_problem)."""
        owner = attribute_owner(attr, self.facade)
        return class_lambda_problem(attr, *owner, self.module) if owner is not None else None

    def _class_display(
        self, attr: nodes.Attribute, depth: int, items: bool = False
    ) -> Problem | None:
        """`Cls.getters` / `self.Defaults.getters` where a class body of the project binds
        `getters` to a display (`{"lower": lambda s: ...}`): what is pickled is that display
        (or, with `items`, its items), with the lambdas named `Cls.<lambda>`."""
        found = class_display(attr, self.facade)
        if found is None:
            return None
        display, cls = found
        judge = self._items if items else self._judge
        inner = judge(display, depth + 1, None, False)
        note = (
            f"`{snippet(attr)}` is what the body of class `{cls.name}` binds to `{attr.attrname}`"
        )
        return inner.through(step(display, note)) if inner is not None else None

    def _holds_proxies_only(self, attr: nodes.Attribute) -> bool:
        """Every store to `self.<attr>` in its class is a manager's proxy factory
        (`self.failed = ctx.Manager().Event()`)."""
        cls = method_owner(attr)
        if cls is None:
            return False
        values = self_attribute_stores(cls, str(attr.attrname))
        return bool(values) and all(
            isinstance(v, nodes.Call) and self._is_manager_proxy_factory(v) for v in values
        )

    def _method_of_rejected(
        self, attr: nodes.Attribute, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`out.write` of an open file: a method astroid cannot infer, of an object known to
        fail, is bound to it."""
        receiver = self._judge(attr.expr, depth + 1, bindings, local=False)
        if receiver is None or receiver.code != rules.PKL004.code:
            return None
        if not is_method_of_rejected(receiver.error, str(attr.attrname)):
            return None
        return as_bound_method(receiver, attr)

    def _known_attribute(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`shm.buf` of a SharedMemory: an attribute known by its owner's class."""
        if attr.attrname not in kb.UNPICKLABLE_ATTRIBUTE_NAMES:
            return None
        owners = self.facade.instance_qnames(attr.expr) | _spelled_owner(attr.expr)
        for owner in sorted(owners):
            known = kb.UNPICKLABLE_ATTRIBUTES.get(f"{owner}.{attr.attrname}")
            if known is not None:
                owner_class = owner.rsplit(".", 1)[-1]
                note = f"`{snippet(attr)}` is the `{attr.attrname}` of a `{owner_class}`"
                return Problem.at(rules.PKL004, (attr, note), known.what, known.error)
        return self._attribute_of_rejected(attr, depth)

    def _attribute_of_rejected(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`csv.reader(...).dialect`: an attribute of an object astroid cannot infer (a C
        type), known by the kind the object was judged to be."""
        receiver = self._judge(attr.expr, depth + 1, None, local=False)
        if receiver is None or receiver.code != rules.PKL004.code:
            return None
        known = attribute_of_rejected(receiver.error, str(attr.attrname))
        if known is None:
            return None
        note = f"`{snippet(attr)}` is the `{attr.attrname}` of {receiver.what}"
        return Problem.at(rules.PKL004, (attr, note), known.what, known.error)

    def _is_method_of_passed_object(self, attr: nodes.Attribute, bindings: Bindings | None) -> bool:
        """`job.run` where `job` is a parameter and every call being followed, or else every
        call of the function in its module, passes a new object of a class of the project that
        defines `run` as a method: a bound method, though inference lost the receiver."""
        if not isinstance(attr.expr, nodes.Name):
            return False
        receiver = bound_expression(attr.expr, bindings)
        followed = receiver is not attr.expr
        arguments = [receiver] if followed else passed_for_parameter(attr.expr)
        if not arguments:
            return False
        for argument in arguments:
            classes = self._classes_of_passed(argument)
            if not classes or not all(
                is_user_node(c) and defines_method(c, str(attr.attrname)) for c in classes
            ):
                return False
        return True

    def _classes_of_passed(self, argument: nodes.NodeNG) -> list[nodes.ClassDef]:
        """The classes of the object an argument passes: a new one (`Scaler()`), or the one
        a name holds (`scaler = Scaler().fit(rows)`), when every inferred value is an instance
        of a class of the project."""
        if isinstance(argument, nodes.Call):
            return constructed_classes(argument.func, self.facade)
        if not isinstance(argument, nodes.Name):
            return []
        values = self.facade.infer(argument) or []
        if not values or not all(
            type(v) is bases.Instance and is_user_node(v._proxied) for v in values
        ):
            return []
        return [v._proxied for v in values]

    def _is_method_of_self_attribute(self, attr: nodes.Attribute) -> bool:
        """`self.tokenizer.count` where every class `self.tokenizer` can be built from (in
        `__init__`, also from the constructor's arguments at the construction sites) defines
        `count` as a method: a bound method, though inference lost the receiver's type."""
        owner = attr.expr
        method = attr.frame()
        if not (
            isinstance(owner, nodes.Attribute)
            and isinstance(owner.expr, nodes.Name)
            and owner.expr.name == "self"
            and isinstance(method, nodes.FunctionDef)
            and isinstance(method.parent, nodes.ClassDef)
        ):
            return False
        classes = self_attribute_classes(method.parent, str(owner.attrname), self.facade)
        return bool(classes) and all(defines_method(c, str(attr.attrname)) for c in classes)

    def _self_attribute(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        method = attr.frame()
        cls = method.parent.frame() if isinstance(method, nodes.FunctionDef) else None
        if not isinstance(cls, nodes.ClassDef) or not isinstance(method, nodes.FunctionDef):
            return None
        name = str(attr.attrname)
        before = state_before(method, attr)
        if name in before:
            found = self._assigned_before({name: before[name]}, depth, cls, attr)
            return replace(found, what=found.what.split(" holds ", 1)[-1]) if found else None
        problem = self._init_attribute(cls, name, None, depth) or self._at_every_site(
            cls, lambda site: self._init_attribute(cls, name, site, depth)
        )
        if problem is not None:
            return problem
        decorated = _decorated_original(cls, name)
        if decorated is not None:
            return decorated
        stored = self._state_from_calls(
            method, "self", method.lineno or 0, _line(attr), depth, None, name
        )
        return replace(stored, what=stored.what.split(" holds ", 1)[-1]) if stored else None

    def _self_receiver(self, cls: nodes.ClassDef, use: nodes.NodeNG, depth: int) -> Problem | None:
        """`self` in a method (itself, or a bound method like `self.run`): its state from
        `__init__`, with the constructor's parameters bound at the class's construction
        sites, then what the method (or a method calling it) sets on `self` before `use`, or
        what methods called on `self` before `use` store."""
        method = use.frame()
        if not isinstance(method, nodes.FunctionDef):
            return self._instance(cls, None, depth + 1)
        before = state_before(method, use)
        replaced = frozenset(before)
        # With construction sites in its module, the object is judged as each of them builds
        # it (`Marker(mode="common")` switches a Pool off): one good site keeps it silent.
        sites = construction_sites(cls)
        finders: list[Callable[[], Problem | None]] = [
            lambda: _running_test_case(cls, method),
            lambda: None if sites else self._instance(cls, None, depth + 1, None, replaced),
            lambda: self._at_every_site(
                cls, lambda site: self._instance(cls, site, depth + 1, None, replaced)
            ),
            lambda: self._assigned_before(before, depth, cls, use),
            lambda: self._state_from_calls(
                method, "self", method.lineno or 0, _line(use), depth, cls
            ),
            lambda: self._filled_before(method, use, depth, cls, replaced),
            lambda: self._at_every_site(
                cls, lambda site: self._stored_before_calling(site, method, depth, cls)
            ),
        ]
        # a value a child may inherit (a queue) does not hide one that fails everywhere
        inheritable = None
        for find in finders:
            problem = find()
            if problem is not None and not problem.inheritable:
                return problem
            inheritable = inheritable or problem
        return inheritable

    def _stored_before_calling(
        self, site: nodes.Call, method: nodes.FunctionDef, depth: int, cls: nodes.ClassDef
    ) -> Problem | None:
        """`fixture = Fixture(); fixture.setup(); fixture.run()`, `run` holding the boundary:
        what methods called on the object after its construction and before the last call of
        `run` store (an earlier `run()` may store too: a client it loads lazily)."""
        assign = site.parent
        if not (
            isinstance(assign, nodes.Assign)
            and len(assign.targets) == 1
            and isinstance(assign.targets[0], nodes.AssignName)
        ):
            return None
        name, scope = str(assign.targets[0].name), assign.scope()
        start = _line(site)
        calls = [
            call
            for call, func in method_calls_on(scope, name, start, (scope.tolineno or start) + 1)
            if func.attrname == method.name
        ]
        if method.name == "__call__":  # `evaluator(population)` runs `__call__`
            calls += [
                call
                for call in own_nodes(scope, nodes.Call)
                if is_name(call.func, name) and _line(call) > start
            ]
            calls.sort(key=_line)
        if not calls:
            return None
        return self._state_from_calls(scope, name, start, _line(calls[-1]), depth, cls)

    def _filled_before(
        self,
        method: nodes.FunctionDef,
        use: nodes.NodeNG,
        depth: int,
        cls: nodes.ClassDef,
        replaced: frozenset[str],
    ) -> Problem | None:
        """A container `__init__` made, filled by the method before the boundary or in a loop
        around it: `self.workers.append(p)` after `p.start()`, so the next round's
        `Process(target=self.work)` pickles a started Process."""
        excluded = None if cls.name in self._copyreg_classes else _dropped_attributes(cls)
        if excluded is None:
            return None  # the class (or its copyreg reducer) decides what it pickles
        start, end = 0, use.lineno or 0
        before = [
            (attr, node) for node, attr, _v in additions_to_attributes(method, "self", start, end)
        ]
        in_loops = ((attr, use) for attr in attributes_filled_in_loops(method, use))  # lazily
        seen = set(excluded) | replaced
        for attr, node in chain(before, in_loops):
            if attr in seen:
                continue
            seen.add(attr)
            inner = self._added_to_attribute(method, attr, use, depth)
            if inner is not None:
                return _filled_attribute_problem(cls, attr, inner, node)
        return None

    def _assigned_before(
        self,
        before: dict[str, tuple[nodes.NodeNG, nodes.Call | None]],
        depth: int,
        cls: nodes.ClassDef,
        use: nodes.NodeNG,
    ) -> Problem | None:
        """A bad value among the last assignments to `self.<attr>` before the boundary, or
        put into the container assigned there (`self.workers.append(started)` in the loop)."""
        for attr, (node, caller_call) in before.items():
            value = assigned_value(node)[0] if isinstance(node, nodes.AssignAttr) else None
            inner = self._judge(value, depth + 1, None, local=False) if value else None
            method = use.frame()
            if inner is None and caller_call is None and isinstance(method, nodes.FunctionDef):
                inner = self._added_to_attribute(method, attr, use, depth)
            if inner is None:
                continue
            if inner.code == rules.PKL011.code and inner.inheritable:
                # `self.checkin = Process(...)`, `self.checkin.start()`, then the boundary
                start_call = attribute_started_after(node) if caller_call is None else None
                if start_call is not None and (start_call.lineno or 0) < (use.lineno or 0):
                    inner = started_before(inner, start_call)
            problem = instance_state_problem(attr, inner, node, cls)
            if caller_call is not None:
                note = f"`{snippet(caller_call)}` runs after it is set"
                problem = problem.through(step(caller_call, note))
            return problem
        return None

    def _added_to_attribute(
        self, method: nodes.FunctionDef, attr: str, use: nodes.NodeNG, depth: int
    ) -> Problem | None:
        for call, added in attribute_additions(method, "self", attr, use):
            inner = self._judge(added, depth + 1, None, local=False)
            if inner is not None and inner.code == rules.PKL011.code and inner.inheritable:
                start_call = added_item_started(method, call, added, attr)
                inner = started_before(inner, start_call) if start_call else inner
            if inner is not None:
                return inner.through(step(call, f"`{snippet(call)}` puts it into `self.{attr}`"))
        return None

    def _init_attribute(
        self, cls: nodes.ClassDef, name: str, site: nodes.Call | None, depth: int
    ) -> Problem | None:
        """`self.<name>` as `__init__` sets it, its parameters bound at `site` when given."""
        init = constructor(cls)
        for assign_attr in init_assignments(cls).get(name, []):
            value, _note = assigned_value(assign_attr)
            if value is None:
                continue
            given = bind_arguments(init, site, None) if site is not None else None
            own = given is not None and init is not None and assign_attr.frame() is init
            # a base's `__init__` sets it: its parameters as `super().__init__(...)` passes them
            bindings = given if own else ancestor_bindings(init, assign_attr, given)
            inner = self._judge(value, depth + 1, bindings, local=False)
            if inner is not None:
                note = f"`self.{name}` is set to `{snippet(value)}`"
                return inner.through(step(assign_attr.statement(), note))
        return None

    def _at_every_site(
        self, cls: nodes.ClassDef, judge: Callable[[nodes.Call], Problem | None]
    ) -> Problem | None:
        """A problem of the object every construction site of `cls` in its module builds
        (one good site is enough to stay silent; callers elsewhere are unknown)."""
        problems = []
        for site in construction_sites(cls):
            problem = judge(site)
            if problem is None:
                return None
            problems.append(problem.through(step(site, f"`{snippet(site)}` creates the object")))
        return problems[0] if problems else None

    def _bound_method(
        self,
        method: bases.BoundMethod,
        attr: nodes.Attribute,
        depth: int,
        bindings: Bindings | None,
    ) -> Problem | None:
        function = function_of(method)
        if isinstance(method.bound, nodes.ClassDef) or (
            function is not None and decorated_as(function, "classmethod")
        ):
            # `self._run` of a classmethod is bound to the class, pickled by name
            owner = function.parent if function is not None else None
            if isinstance(owner, nodes.ClassDef):
                return class_object_problem(owner, module_name=self._module_name(owner))
            return None
        receiver = self._judge(attr.expr, depth + 1, bindings, local=False)
        if receiver is None and isinstance(attr.expr, nodes.Name) and attr.expr.name == "self":
            cls = getattr(method.bound, "_proxied", None)
            if isinstance(cls, nodes.ClassDef):
                receiver = self._self_receiver(cls, attr, depth)
        private = private_method_problem(function, attr) if function is not None else None
        if private is not None and (receiver is None or receiver.inheritable):
            return private  # the child cannot even find the method
        return as_bound_method(receiver, attr) if receiver else None


def _running_test_case(cls: nodes.ClassDef, method: nodes.FunctionDef) -> Problem | None:
    """`self` in a method of a unittest TestCase: while a test runs, `TestCase.run` keeps the
    runner's result, and through it the output stream, in `self._outcome`."""
    if decorated_as(method, "staticmethod") or decorated_as(method, "classmethod"):
        return None
    ancestors = safe_ancestors(cls)
    if not any(base.qname() == "unittest.case.TestCase" for base in ancestors):
        return None
    if any(
        name in klass.locals
        for klass in [cls, *ancestors]
        if not klass.qname().startswith(("unittest.", "builtins."))
        for name in ("__getstate__", "__reduce__", "__reduce_ex__")
    ):
        return None  # the test case (or a library's test base) says itself what it pickles
    note = (
        f"`{method.name}` runs inside `unittest.TestCase.run`, which keeps the test result "
        "(and the runner's output stream) in `self._outcome`"
    )
    problem = Problem.at(
        rules.PKL005,
        (method, note),
        "a running unittest TestCase (its test result holds the runner's output stream, with "
        "unittest's text runner; other runners' results fail too)",
        "TypeError: cannot pickle '_io.TextIOWrapper' object",
    )
    return replace(problem, attribute="_outcome")


def _set_again_by_loops(attribute: str | None, loops: list[nodes.For]) -> bool:
    """A later `for item in items:` that sets `item.<attribute>` again (`job.db = None`)."""
    return attribute is not None and any(
        attribute_replaced_in(
            loop, str(loop.target.name), attribute, loop.lineno or 0, loop.tolineno or 0
        )
        for loop in loops
        if isinstance(loop.target, nodes.AssignName)
    )


def _line(node: nodes.NodeNG) -> int:
    return node.lineno or 0


def _decorated_original(
    cls: nodes.ClassDef, attribute: str, decorated: nodes.FunctionDef | None = None
) -> Problem | None:
    """`self.func` of a class used only as a decorator (`@RunParallel def compute`), stored
    from its `__init__`'s first parameter: the original function (of `decorated`, else of the
    first function it decorates), pickled by a name that now holds the decorator's instance."""
    stored = init_parameter_kept(cls, attribute)
    if stored is None or construction_sites(cls):
        return None
    kept, init = stored
    positional = positional_parameters(init)
    if len(positional) < 2 or positional[1].name != kept.name:
        return None
    originals = [decorated] if decorated else not_the_same.decorated_originals(cls)
    if not originals:
        return None
    found = not_the_same.kept_original(originals[0], cls, kept.statement(), attribute)
    return not_the_same_problem(found)


def _original_of_decorated(attr: nodes.Attribute) -> Problem | None:
    """`compute.fn` where `@Task` made the module function `compute` a `Task` instance that
    keeps the original in `self.fn` (seen from outside the class)."""
    if not isinstance(attr.expr, nodes.Name):
        return None
    decorated = not_the_same.decorating_class(attr.expr)
    if decorated is None:
        return None
    function, cls = decorated
    return _decorated_original(cls, str(attr.attrname), function)


def _filled_attribute_problem(
    cls: nodes.ClassDef, attr: str, inner: Problem, fallback: nodes.NodeNG
) -> Problem:
    """The chain starts where `__init__` makes the container (`self.workers = []`)."""
    made = init_assignments(cls).get(attr, [])
    if not made:
        return instance_state_problem(attr, inner, fallback, cls, f"`self.{attr}` is filled here")
    return instance_state_problem(attr, inner, made[0], cls)


def _additions_by_method(
    method: nodes.FunctionDef, me: str, bindings: Bindings | None
) -> Iterator[tuple[nodes.NodeNG, str, nodes.NodeNG, Bindings | None]]:
    """What `method` puts into containers on `self` (judged with the call's `bindings`), then
    what the methods of its class it calls on `self` put there (`_analyze()` calling
    `self._factory(item)`, which caches `self.cache[item] = Wrapper()`), transitively."""
    for adder, attr, added in additions_to_attributes(method, me, 0, sys.maxsize):
        yield adder, attr, added, bindings
    for called in _self_callees(method):
        callee_self = self_name(called)
        if callee_self is not None:
            for adder, attr, added in additions_to_attributes(called, callee_self, 0, sys.maxsize):
                yield adder, attr, added, None


def _self_callees(method: nodes.FunctionDef) -> list[nodes.FunctionDef]:
    """The methods of its class `method` calls on `self`, transitively, itself left out;
    also those a project base class defines (`fit()` calling the base's `_setup_logging()`)."""
    cls = method.parent
    if not isinstance(cls, nodes.ClassDef):
        return []
    found = []
    for name in sorted(methods_called_from(cls, str(method.name)) - {str(method.name)}):
        called = cls.locals.get(name, [None])[0]
        if isinstance(called, nodes.FunctionDef):
            found.append(called)
    if not any(is_user_node(a) for a in safe_ancestors(cls)):
        return found  # no project base class to look methods up in
    pending = [method, *found]
    while pending and len(found) < _MOST_SELF_CALLEES:
        current = pending.pop()
        me = self_name(current)
        for _call, func in method_calls_on(current, me, 0, sys.maxsize) if me else []:
            if func.attrname in cls.locals:
                continue  # the class's own: found above
            inherited = project_method(cls, str(func.attrname))
            if inherited is not None and inherited not in found:
                found.append(inherited)
                pending.append(inherited)
    return found


_MOST_SELF_CALLEES = 20


def _stores_on_self(method: nodes.FunctionDef) -> list[nodes.AssignAttr]:
    """`self.x = ...` in the method, then in the methods of its class it calls on `self`
    (`sync()` calling `self._connect()`, which sets `self._conn`), transitively."""
    found = _own_stores(method)
    for called in _self_callees(method):
        found += _own_stores(called)
    return found


def cached_properties(cls: nodes.ClassDef) -> dict[str, nodes.FunctionDef]:
    """Methods of the class decorated with `functools.cached_property`, by name."""
    return {
        str(method.name): method
        for method in cls.mymethods()
        if decorated_as(method, "cached_property")
    }


def _self_reads(method: nodes.FunctionDef, names: dict[str, nodes.FunctionDef]) -> list[str]:
    """Which of `names` the method, or a method of its class it calls on `self`, reads as
    `self.<name>`, in order."""
    cls = method.parent
    methods = [method]
    if isinstance(cls, nodes.ClassDef):
        for called in sorted(methods_called_from(cls, str(method.name)) - {str(method.name)}):
            found = cls.locals.get(called, [None])[0]
            if isinstance(found, nodes.FunctionDef):
                methods.append(found)
    reads: list[str] = []
    for function in methods:
        me = self_name(function)
        for attribute in own_nodes(function, nodes.Attribute):
            name = str(attribute.attrname)
            if name in names and name not in reads and is_name(attribute.expr, me or "self"):
                reads.append(name)
    return reads


def _own_stores(method: nodes.FunctionDef) -> list[nodes.AssignAttr]:
    """`self.x = ...` in the method's own body."""
    me = self_name(method)
    return [a for a in own_nodes(method, nodes.AssignAttr) if me == getattr(a.expr, "name", None)]


def _returns_self(method: nodes.FunctionDef) -> bool:
    """Every `return` of the method gives back `self` (a fluent builder's link)."""
    me = self_name(method)
    returns = list(own_nodes(method, nodes.Return))
    return me is not None and bool(returns) and all(is_name(r.value, me) for r in returns)


def _still_stored(
    scope: nodes.NodeNG,
    receiver: str,
    call: nodes.Call,
    end: int,
    later: list[nodes.FunctionDef],
    only: str | None,
    pickled: Callable[[str], bool],
    attr: str,
) -> bool:
    """What `call` stores in `receiver.<attr>` is still there at line `end`, and goes with
    the object when it is pickled (and is the attribute asked about, when `only` names one)."""
    return (
        (only is None or attr == only)
        and pickled(attr)
        and not _assigned_again(scope, receiver, attr, call, end, later)
    )


def _pickles_attribute(
    cls: nodes.ClassDef | None, attr: str, copyreg: frozenset[str] = frozenset()
) -> bool:
    """Whether pickling an object of `cls` (unknown: None) takes its attribute `attr` along:
    not when `__getstate__` drops it, nor when `__reduce__` (or a copyreg reducer) decides."""
    if cls is None:
        return True
    excluded = None if cls.name in copyreg else _dropped_attributes(cls)
    return excluded is not None and attr not in excluded


def _dropped_attributes(cls: nodes.ClassDef) -> frozenset[str] | None:
    """What the class's `__getstate__` leaves out; None when `__reduce__` (or a
    `__getstate__` the engine cannot follow) decides what is pickled."""
    return None if has_custom_reduce(cls) else getstate_exclusions(cls)


def _assigned_again(
    scope: nodes.NodeNG,
    receiver: str,
    attr: str,
    call: nodes.Call,
    end: int,
    later: list[nodes.FunctionDef],
) -> bool:
    """`receiver.<attr>` assigned after `call` and before line `end`, in `scope` or by one of
    the methods called on it `later`: what `call` stored there is gone."""
    return attribute_replaced_in(scope, receiver, attr, call.lineno or 0, end) or any(
        attr in self_assigned(method) for method in later
    )


def _property_function(method: bases.BoundMethod) -> bool:
    """A property's getter or setter read as an attribute (`process.name`): astroid also
    offers the setter's function, but reading the attribute gives its value."""
    decorators = getattr(method, "decorators", None)  # the proxied function's
    return any(
        (isinstance(d, nodes.Name) and d.name in ("property", "cached_property"))
        or (isinstance(d, nodes.Attribute) and d.attrname in _PROPERTY_DECORATORS)
        for d in (decorators.nodes if isinstance(decorators, nodes.Decorators) else [])
    )


_PROPERTY_DECORATORS = frozenset({"setter", "getter", "deleter", "cached_property"})


def _submodule(attr: nodes.Attribute, spelled: set[str]) -> Problem | None:
    """`np.random` when `numpy/random` is a package or module on the search path."""
    if len(spelled) != 1:
        return None
    (name,) = spelled
    if module_file(name) is None:
        return None
    return Problem.at(
        rules.PKL004,
        (attr, f"`{snippet(attr)}` is the module `{name}`"),
        f"the module `{name}`",
        "TypeError: cannot pickle 'module' object",
    )


def _item_constructions(iterated: nodes.NodeNG, hops: int) -> list[nodes.Call]:
    """The calls making the items of the list `iterated` names: the elements of its display
    or comprehension, what `.append(...)` adds to it in its scope, or, for a parameter, the
    same of what each caller passes (`hops` callers back)."""
    if isinstance(iterated, (nodes.List, nodes.Tuple)):
        return [e for e in iterated.elts if isinstance(e, nodes.Call)]
    if isinstance(iterated, nodes.ListComp):
        return [iterated.elt] if isinstance(iterated.elt, nodes.Call) else []
    if isinstance(iterated, nodes.Attribute) and hops > 0:  # `self.funcs` from `__init__`
        return [site for a in init_sources(iterated) for site in _item_constructions(a, hops - 1)]
    if not isinstance(iterated, nodes.Name):
        return []
    parameter = parameter_named(iterated)
    if parameter is not None:
        passed = [a for _call, a in arguments_for(parameter)] if hops > 0 else []
        return [site for a in passed for site in _item_constructions(a, hops - 1)]
    value = single_assigned_value(iterated)
    sites = _item_constructions(value, 0) if value is not None else []
    scope = iterated.scope()
    for call in own_nodes(scope, nodes.Call):
        func = call.func
        if (
            isinstance(func, nodes.Attribute)
            and func.attrname == "append"
            and is_name(func.expr, str(iterated.name))
            and len(call.args) == 1
            and isinstance(call.args[0], nodes.Call)
        ):
            sites.append(call.args[0])
    return sites


def _is_method_of_loop_items(attr: nodes.Attribute) -> bool:
    """`device.acquire` where `device` iterates a display or comprehension whose every item
    constructs a project class defining `acquire` as a method (`self.devices = [Driver(n)
    for n in names]`): a bound method, though inference lost the items."""
    loop = iterated_by(attr.expr) if isinstance(attr.expr, nodes.Name) else None
    if loop is None:
        return False
    classes = constructed_items(loop.iter)
    return bool(classes) and all(defines_method(c, str(attr.attrname)) for c in classes)


def _makes_a_namespace(definition: nodes.AssignName) -> bool:
    """`config = argparse.Namespace(...)` (or `types.SimpleNamespace(...)`), by its spelling."""
    value, _note = assigned_value(definition)
    return isinstance(value, nodes.Call) and bool(
        syntactic_names(value.func) & kb.NAMESPACE_CLASSES
    )


def _spelled_owner(expr: nodes.NodeNG) -> set[str]:
    """The class of what a library call astroid cannot follow returns, read from the call as
    written (`inspect.signature(f)`), also through a name bound once to it."""
    made = single_assigned_value(expr) if isinstance(expr, nodes.Name) else expr
    if not isinstance(made, nodes.Call):
        return set()
    return {kb.RETURNED_CLASSES[n] for n in syntactic_names(made.func) if n in kb.RETURNED_CLASSES}
