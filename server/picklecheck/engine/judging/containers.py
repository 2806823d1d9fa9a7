"""How the judge follows values through containers: the items of task iterables (displays,
comprehensions, `zip`, copies, helpers that build and return lists or yield them), loop
targets (also unpacked from tuples), `first, *rest` unpacking, and the entries of dicts the
program fills (`d["key"]`, `d.get(key, default)`, `d.values()`, `d.items()`, registries)."""

from __future__ import annotations

from dataclasses import replace

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.families import names as not_the_same
from picklecheck.engine.families.names import ENUM_FACTORIES
from picklecheck.engine.flow.classes import attribute_owner, inferred_project_classes
from picklecheck.engine.flow.containers import additions, additions_to_attributes
from picklecheck.engine.flow.dicts import (
    Entry,
    dict_definition,
    dict_entries,
    entries_for_key,
    makes_dict,
    module_dict_entries,
)
from picklecheck.engine.flow.project import (
    imported_packages,
    named_function,
    project_definitions,
)
from picklecheck.engine.flow.state import const_str, method_calls_on, plain_or_method_of_self
from picklecheck.engine.flow.syntax import (
    UNPACKED_KEYWORDS,
    Bindings,
    arguments_for,
    assigned_value,
    bind_arguments,
    bound_expression,
    calls_of,
    constructed_project_class,
    is_name,
    is_self,
    method_owner,
    own_method,
    own_nodes,
    parameter_named,
    parameter_of,
    self_attribute_stores,
    self_name,
    single_assigned_value,
    single_assignment,
    syntactic_call_name,
    syntactic_names,
)
from picklecheck.engine.judging.base import MAX_DEPTH, JudgeBase
from picklecheck.engine.model import ChainStep
from picklecheck.engine.problem import Follow, Problem, on_every_path, snippet, step
from picklecheck.engine.tree_memo import nodes_in


class ContainerJudging(JudgeBase):
    """The judge's part for containers and the values taken out of them."""

    def _loop_target(self, target: nodes.AssignName, depth: int) -> Problem | None:
        parent = target.parent
        pair = parent.parent if isinstance(parent, nodes.Tuple) else None
        if isinstance(pair, (nodes.For, nodes.Comprehension)) and pair.target is parent:
            return self._item_value_target(target, parent, pair.iter, depth) or (
                self._unpacked_target(target, parent, pair.iter, depth)
            )
        if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.target is target:
            problem = self._items(parent.iter, depth + 1, None, local=False)
            problem = problem or self._through_outer_items(parent.iter, depth)
            problem = problem or self._set_up_by_earlier_loop(target, parent, depth)
            if problem is not None:
                note = f"`{target.name}` takes each item of `{snippet(parent.iter)}`"
                return problem.through(step(target, note))
        return None

    def _set_up_by_earlier_loop(
        self, target: nodes.AssignName, loop: nodes.For | nodes.Comprehension, depth: int
    ) -> Problem | None:
        """`for dig in self.digitizers: dig.connect()`, then `for dig in self.digitizers:
        Process(target=dig.receive_data)`: the methods an earlier loop over the same iterable
        called on each item stored what they store (a device handle) before this loop."""
        if not isinstance(loop, nodes.For):
            return None
        classes = set(inferred_project_classes(target, self.facade)) or constructed_items(loop.iter)
        cls = classes.pop() if len(classes) == 1 else None
        iterated = loop.iter.as_string()
        for earlier in own_nodes(loop.scope(), nodes.For):
            if not (
                (earlier.lineno or 0) < (loop.lineno or 0)
                and earlier.iter.as_string() == iterated
                and isinstance(earlier.target, nodes.AssignName)
                and cls is not None
            ):
                continue
            end = (earlier.end_lineno or earlier.lineno or 0) + 1
            receiver = str(earlier.target.name)
            problem = self._state_from_calls(
                earlier, receiver, earlier.lineno or 0, end, depth, cls
            )
            if problem is not None:
                note = f"an earlier loop over `{iterated}` sets each item up"
                return problem.through(step(earlier, note))
        return None

    def _through_outer_items(self, iterated: nodes.NodeNG, depth: int) -> Problem | None:
        """`t.actions()` in `[act for t in tasks for act in t.actions()]`: the inner iterable,
        read through the outer loop's variable, judged with that variable bound to each item
        the outer loop takes (of a display, or of the display every call passes for a
        parameter). Bad when, on every call, some item makes it bad."""
        read = _read_through(iterated)
        found = lookup(read, read.name) if read is not None else []
        outer = found[0].parent if len(found) == 1 else None
        if read is None or not (
            isinstance(outer, (nodes.For, nodes.Comprehension)) and outer.target is found[0]
        ):
            return None
        problems = []
        for items, how in _displayed_items(outer.iter):
            bound = (self._items(iterated, depth + 1, {read.name: (i, None)}, False) for i in items)
            problem = next((p for p in bound if p is not None), None)
            if problem is None:
                return None
            note = f"`{read.name}` takes each item of `{snippet(outer.iter)}`"
            problems.append(problem.through(how).through(step(outer.target, note)))
        return problems[0] if problems else None

    def _item_value_target(
        self, target: nodes.AssignName, pair: nodes.Tuple, iterated: nodes.NodeNG, depth: int
    ) -> Problem | None:
        """`fn` in `for name, fn in TASKS.items()`: each value of the dict."""
        func = iterated.func if isinstance(iterated, nodes.Call) else None
        if not (
            isinstance(func, nodes.Attribute)
            and func.attrname == "items"
            and len(pair.elts) == 2
            and pair.elts[1] is target
        ):
            return None
        problem = self._entry_values(func.expr, iterated, depth)
        note = f"`{target.name}` takes each value of `{snippet(func.expr)}`"
        return problem.through(step(target, note)) if problem is not None else None

    def _unpacked_whole(
        self, unpacked: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        """`*args` whose items are not followed, but whose value is known to be a container
        holding the bad value (`delayed(f)(*args) for args in arg_list` of tuples)."""
        problem = self._judge(unpacked, depth + 1, bindings, local)
        return problem if problem is not None and problem.contained else None

    def _unpacked_target(
        self, target: nodes.AssignName, pair: nodes.Tuple, iterated: nodes.NodeNG, depth: int
    ) -> Problem | None:
        """`b` in `for a, b in args_list` where each item is written as a tuple of that length
        (`[(i, q) for i in ...]`, `zip(xs, handles)`): the element at `b`'s place."""
        index = pair.elts.index(target)
        zipped = _zipped(iterated, len(pair.elts))
        enumerated = _enumerated(iterated, len(pair.elts))
        if enumerated is not None:  # the counter pickles
            problem = self._items(enumerated, depth + 1, None, local=False) if index else None
        elif zipped is not None:
            problem = self._items(zipped[index], depth + 1, None, local=False)
        else:
            problem = self._elements_at(iterated, len(pair.elts), index, depth)
        if problem is None:
            return None
        note = (
            f"`{target.name}` takes the element at its place in each item of `{snippet(iterated)}`"
        )
        return problem.through(step(target, note))

    def _elements_at(
        self, iterated: nodes.NodeNG, length: int, index: int, depth: int
    ) -> Problem | None:
        """Why the element at `index` of some item of `iterated` fails, each item written as
        a tuple of `length` elements: in a display or comprehension (also through a name
        bound once), or in what a helper returns."""
        elements = _tuple_elements(iterated, length, index)
        if elements:
            return self._first(elements, depth + 1, None, False)
        return self._helper_tuple_element(
            iterated, length, index, depth
        ) or self._added_tuple_element(iterated, length, index, depth)

    def _added_tuple_element(
        self,
        iterated: nodes.NodeNG,
        length: int,
        index: int,
        depth: int,
        items: bool = False,
    ) -> Problem | None:
        """`self._services`, made empty and filled by methods with tuples of `length`
        (`self._services.append((cls, workers, args))` in `add`): the element at `index`
        (with `items`, its items) when every addition's is bad."""
        if not isinstance(iterated, nodes.Attribute):
            return None
        cls = self._owner_of(iterated)
        value = self._stored_once(iterated, cls)
        if cls is None or value is None or not _empty_display(value):
            return None
        added = _added_by_methods(cls, str(iterated.attrname))
        if not all(_shaped(item, length) for _node, item in added):
            return None
        elements = [(node, item.elts[index]) for node, item in added]
        return self._every_added(iterated, elements, self._items if items else self._judge, depth)

    def _unpacked_target_items(self, target: nodes.AssignName, depth: int) -> Problem | None:
        """The items of `args` in `for cls, args in self._services`, each item of which a
        method added as a tuple (`self._services.append((cls, args))`)."""
        pair = target.parent
        loop = pair.parent if isinstance(pair, nodes.Tuple) else None
        if not (isinstance(loop, nodes.For) and loop.target is pair):
            return None
        index = pair.elts.index(target)
        problem = self._added_tuple_element(loop.iter, len(pair.elts), index, depth, items=True)
        if problem is None:
            return None
        note = (
            f"`{target.name}` takes the element at its place in each item of `{snippet(loop.iter)}`"
        )
        return problem.through(step(target, note))

    def _helper_tuple_element(
        self, iterated: nodes.NodeNG, length: int, index: int, depth: int
    ) -> Problem | None:
        """The element at `index` of the tuples a helper returns, written in the display or
        comprehension it returns (`return [(url, headers.items()) for url in urls]`) or
        appended to the list it returns (`tasks.append((region, months.values()))`), when
        every item is such a tuple: why the first bad one fails."""
        call = single_assigned_value(iterated) if isinstance(iterated, nodes.Name) else iterated
        if not isinstance(call, nodes.Call):
            return None
        helper = self._user_function(call.func)
        if helper is None or helper.decorators or not plain_or_method_of_self(helper, call):
            return None
        found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
        for ret in own_nodes(helper, nodes.Return):
            elements = _returned_elements(ret, length, index)
            if not elements:
                return None
            found += elements
        for statement, element in found:
            problem = self._judge(element, depth + 1, None, local=False)
            if problem is not None:
                verb = "returns" if isinstance(statement, nodes.Return) else "adds"
                note = f"`{helper.name}()` {verb} it in the items of its list"
                return problem.through(step(statement, note))
        return None

    # ---- iterables of tasks -------------------------------------------------------------

    def _items(
        self, iterable: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        if depth > MAX_DEPTH:
            return None
        if isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)):
            return self._first(iterable.elts, depth, bindings, local)
        if isinstance(iterable, (nodes.ListComp, nodes.SetComp, nodes.GeneratorExp)):
            return self._judge(iterable.elt, depth + 1, bindings, local)
        if isinstance(iterable, nodes.BinOp) and iterable.op == "*":
            return self._items(iterable.left, depth + 1, bindings, local)
        if isinstance(iterable, nodes.BinOp) and iterable.op == "+":
            # iterated, so a concatenation: `(name,) + args + (queue,)` holds both sides' items
            return self._items(iterable.left, depth + 1, bindings, local) or self._items(
                iterable.right, depth + 1, bindings, local
            )
        if isinstance(iterable, nodes.Starred):
            return self._regrouped_items(iterable, depth, bindings, local)
        if isinstance(iterable, nodes.Call):
            return self._call_items(iterable, depth, bindings, local)
        if isinstance(iterable, nodes.Name):
            return self._name_items(iterable, depth, bindings)
        if isinstance(iterable, nodes.Attribute):
            return self._attribute_items(iterable, depth)
        return None

    def _regrouped_items(
        self, starred: nodes.Starred, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        """`ex.map(f, *columns)` and `zip(*rows)`: each item of `columns` is iterated, so the
        items of its items are what is pickled. Only a bad value found inside a display or
        comprehension counts: a bad item that is itself iterated (an open file read by lines)
        gives other values."""
        problem = self._items(starred.value, depth + 1, bindings, local)
        if problem is None or not problem.contained:
            return None
        note = f"`{snippet(starred)}` passes the items of each item of `{snippet(starred.value)}`"
        return problem.through(step(starred, note))

    def _attribute_items(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        return (
            self._stored_attribute_items(attr, depth)
            or self._filled_by_loops(attr, attr, depth)
            or self._class_display(attr, depth, items=True)
        )

    def _stored_attribute_items(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`self.handles` / `batch.items` of a project class that stores the attribute once
        (`self.handles = [open(p) for p in paths]`) or fills an empty one with `append`
        (`self.handles.append(open(path))`, every addition bad)."""
        cls = self._owner_of(attr)
        value = self._stored_once(attr, cls)
        if cls is None or value is None:
            return None
        name = str(attr.attrname)
        note = f"`{snippet(attr)}` is set by `{snippet(value.parent)}`"
        problem = self._items(value, depth + 1, None, local=False)
        if problem is not None:
            return problem.through(step(value.parent, note))
        if not _empty_display(value):
            return None
        return self._every_added(attr, _added_by_methods(cls, name), self._judge, depth)

    def _every_added(
        self,
        attr: nodes.Attribute,
        added: list[tuple[nodes.NodeNG, nodes.NodeNG]],
        follow: Follow,
        depth: int,
    ) -> Problem | None:
        """Why the first of the (statement, expression) additions to `attr` fails, when
        `follow` finds every one of them bad."""
        problems = []
        for node, expr in added:
            inner = follow(expr, depth + 1, None, False)
            if inner is None:
                return None
            problems.append(
                inner.through(step(node, f"`{snippet(node)}` adds it to `{snippet(attr)}`"))
            )
        return problems[0] if problems else None

    def _filled_object_attribute(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`spawner.procs` pickled whole after `spawner.spawn(2)`, where `spawner` is bound
        once to `Spawner()` whose class makes `procs` empty and whose `spawn` fills it: the
        list holds what the methods add (every addition bad)."""
        receiver = attr.expr
        definition = single_assignment(receiver) if isinstance(receiver, nodes.Name) else None
        if definition is None or isinstance(definition.parent, nodes.Arguments):
            return None
        cls = self._owner_of(attr)
        if cls is None:
            return None
        name = str(attr.attrname)
        filling = {
            str(method.name)
            for method in cls.mymethods()
            if any(
                attribute == name
                for _node, attribute, _item in additions_to_attributes(
                    method, self_name(method) or "self", 0, 10**9
                )
            )
        }
        scope = attr.scope()
        start, end = definition.lineno or 0, attr.lineno or 0
        called = {
            str(f.attrname) for _c, f in method_calls_on(scope, str(receiver.name), start, end)
        }
        if not filling & called:
            return None
        problem = self._stored_attribute_items(attr, depth)
        return replace(problem, contained=True) if problem is not None else None

    def _own_dict_item(
        self, expr: nodes.Subscript, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`self._instances[key]` in a method: a value the class stores under some key of that
        attribute (`self._instances[key] = factory()`), judged with this call's bindings when
        this method stores it (a memoising `_single(key, factory)` of a container)."""
        attr = expr.value
        cls = method_owner(expr)
        if not (isinstance(attr, nodes.Attribute) and is_self(attr.expr)) or cls is None:
            return None
        here = expr.frame()
        for method in cls.mymethods():
            receiver = self_name(method) or "self"
            for node, attribute, item in additions_to_attributes(method, receiver, 0, 10**9):
                if attribute != attr.attrname:
                    continue
                given = bindings if method is here else None
                inner = self._judge(item, depth + 1, given, local=False)
                if inner is None and given is None:
                    inner = self._entry_of_some_call(method, node, item, expr, depth)
                if inner is not None:
                    note = f"`{snippet(node)}` stores it in `{snippet(attr)}`"
                    return inner.through(step(node, note))
        return self._made_dict_item(expr, cls, depth)

    def _helper_filled_item(self, expr: nodes.Subscript, depth: int) -> Problem | None:
        """`h5file.nodes["X"]` with `h5file = open_file(path)`, a project helper that makes
        the object (`f = File(path)`), stores `f.nodes["X"] = CArray(...)` and returns it:
        the value last stored under that key, there or in the reader's scope before."""
        attr = expr.value
        if not (isinstance(attr, nodes.Attribute) and isinstance(attr.expr, nodes.Name)):
            return None
        key = const_str(expr.slice)
        definition = single_assignment(attr.expr)
        made = assigned_value(definition)[0] if definition is not None else None
        helper = named_function(made.func) if isinstance(made, nodes.Call) else None
        if key is None or definition is None or helper is None:
            return None
        stores = _keyed_stores(helper, _returned_local(helper), attr.attrname, key)
        reader = (attr.scope(), str(attr.expr.name), definition.lineno or 0, expr.lineno or 0)
        stores += _keyed_stores(reader[0], reader[1:], attr.attrname, key)
        if not stores:
            return None
        node, item = stores[-1]
        inner = self._judge(item, depth + 1, None, local=False)
        note = f"`{snippet(node)}` stores it under `{key}`"
        return inner.through(step(node, note)) if inner is not None else None

    def _entry_of_some_call(
        self,
        method: nodes.FunctionDef,
        store: nodes.NodeNG,
        item: nodes.NodeNG,
        lookup_expr: nodes.Subscript,
        depth: int,
    ) -> Problem | None:
        """`self._tasks[name] = func` in `register(self, name, func)`: each call of the method
        stores an entry of its own, and the lookup takes some key at run time, so one call
        storing a bad value is enough; for a constant key, only the calls storing under it."""
        parameter = parameter_of(item, method)
        if parameter is None:
            return None
        target = store.targets[0] if isinstance(store, nodes.Assign) else None
        key_parameter = (
            parameter_of(target.slice, method) if isinstance(target, nodes.Subscript) else None
        )
        wanted = const_str(lookup_expr.slice)
        for call in calls_of(method):
            bound = bind_arguments(method, call, None) or {}
            if parameter not in bound:
                continue
            key = bound[key_parameter][0] if key_parameter in bound else None
            if wanted is not None and (key is None or const_str(key) != wanted):
                continue
            argument = bound[parameter][0]
            inner = self._judge(argument, depth + 1, None, local=False)
            if inner is not None:
                note = f"`{method.name}()` is called with `{parameter}={snippet(argument)}`"
                return inner.through(step(call, note))
        return None

    def _made_dict_item(
        self, expr: nodes.Subscript, cls: nodes.ClassDef, depth: int
    ) -> Problem | None:
        """`self.validators[name]` of a dict the class makes whole: a comprehension
        (`{name: Validator(s) for ...}`, every value made alike) or a display (the value under
        that constant key)."""
        assert isinstance(expr.value, nodes.Attribute)
        made = self._stored_once(expr.value, cls)
        if isinstance(made, nodes.DictComp):
            value: nodes.NodeNG | None = made.value
        elif isinstance(made, nodes.Dict):
            key = const_str(expr.slice)
            values = [v for k, v in made.items if key is not None and const_str(k) == key]
            value = values[-1] if values else None
        else:
            value = None
        inner = self._judge(value, depth + 1, None, local=False) if value is not None else None
        note = f"`{snippet(expr.value)}` holds `{snippet(value)}` under every key"
        return inner.through(step(made, note)) if inner is not None and made else None

    def _stored_once(
        self, attr: nodes.Attribute, cls: nodes.ClassDef | None
    ) -> nodes.NodeNG | None:
        """The one value the class ever stores in `self.<attr>`."""
        stores = self_attribute_stores(cls, str(attr.attrname)) if cls is not None else []
        return stores[0] if len(stores) == 1 else None

    def _owner_of(self, attr: nodes.Attribute) -> nodes.ClassDef | None:
        """The project class whose instance `attr.expr` is."""
        owner = attribute_owner(attr, self.facade)
        return owner[0] if owner is not None and owner[1] else None

    def _call_items(
        self, call: nodes.Call, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        names = self.facade.qualified_names(call.func)
        known = _known_items(call, names)
        if known is not None:
            return known
        if "builtins.zip" in names:
            for argument in call.args:
                problem = self._items(argument, depth + 1, bindings, local)
                if problem is not None:
                    return problem
        if "itertools.repeat" in names and call.args:
            return self._judge(call.args[0], depth + 1, bindings, local)
        if names & _COPYING_CALLS and len(call.args) == 1:
            return self._items(call.args[0], depth + 1, bindings, local)
        if names & _ITEM_KEEPING_CALLS and call.args:  # enumerate(xs, 1): (i, x) pairs
            return self._items(call.args[0], depth + 1, bindings, local)
        viewed = self._dict_view_items(call, depth)
        if viewed is not None:
            return viewed
        receiver = call.func.expr if isinstance(call.func, nodes.Attribute) else None
        receiver = bound_expression(receiver, bindings) if receiver is not None else None
        decorated = not_the_same.method_of_decorated(call, receiver)
        if decorated is not None:  # `compute.actions()` of `@Task def compute`
            return self._helper_items(decorated, call, depth, bindings)
        helper = self._user_function(call.func)
        if helper is None or helper.decorators:
            return None
        if not plain_or_method_of_self(helper, call):
            return None  # a method of an object that may be a subclass overriding it
        return self._helper_items(helper, call, depth, bindings)

    def _helper_items(
        self, helper: nodes.FunctionDef, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """The items of what a helper returns (`return jobs`, built in a loop), or of what a
        generator function yields; every return (every yield) must be bad."""
        inner_bindings = bind_arguments(helper, call, bindings)
        outputs: list[tuple[nodes.NodeNG, nodes.NodeNG, Follow, str]]
        if helper.is_generator():
            yields = [y for y in own_nodes(helper, nodes.Yield) if y.value is not None]
            outputs = [(y, y.value, self._yielded(y), "yields") for y in yields]
        else:
            returns = [r for r in own_nodes(helper, nodes.Return) if r.value is not None]
            outputs = [(r, r.value, self._items, "returns") for r in returns]

        def output(found: tuple[nodes.NodeNG, nodes.NodeNG, Follow, str]) -> Problem | None:
            node, value, judge, verb = found
            problem = judge(value, depth + 1, inner_bindings, False)
            return (
                problem.through(step(node, f"`{helper.name}()` {verb} this")) if problem else None
            )

        return on_every_path(outputs, output)

    def _name_items(
        self, name: nodes.Name, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        if bindings is not None and name.name in bindings:
            argument, outer = bindings[name.name]
            return self._items(argument, depth + 1, outer, local=False)
        definitions = lookup(name, name.name)
        if len(definitions) == 1 and isinstance(definitions[0], nodes.ClassDef):
            return self._enum_members(name, definitions[0], depth)
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return None
        if isinstance(definitions[0].parent, nodes.Arguments):
            return self._parameter_items(definitions[0], depth) or self._items_changed_in_loops(
                definitions[0], name, depth
            )
        value, note = assigned_value(definitions[0])
        if value is None:
            return self._starred_rest_items(definitions[0], depth) or (
                self._unpacked_target_items(definitions[0], depth)
            )
        definition = definitions[0]
        problem = self._items(value, depth + 1, None, local=False)
        if problem is None and not makes_dict(definition):  # a dict's items are its keys
            problem = self._container_mutation_problem(
                definition, name, depth
            ) or self._items_changed_in_loops(definition, name, depth)
        return problem.through(step(definition.statement(), note)) if problem else None

    def _enum_members(self, name: nodes.Name, cls: nodes.ClassDef, depth: int) -> Problem | None:
        """`pool.map(paint, Color)`, `list(Color)`: iterating an Enum class gives its members,
        instances of the class."""
        ancestors = {ancestor.qname() for ancestor in self.facade.ancestors(cls)}
        if not ancestors & ENUM_FACTORIES:
            return None
        problem = self._instance(cls, None, depth + 1)
        note = f"iterating the Enum `{cls.name}` gives its members"
        return problem.through(step(name, note)) if problem is not None else None

    def _parameter_items(self, parameter: nodes.AssignName, depth: int) -> Problem | None:
        """`pool.map(record, logs)` where `logs` is a parameter: bad when every call of the
        function in this file passes (or defaults to) an iterable with a bad item."""
        return self._on_every_call(parameter, self._items, depth)

    def _on_every_call(
        self,
        parameter: nodes.AssignName,
        follow: Follow,
        depth: int,
        sure: frozenset[str] = frozenset(),
    ) -> Problem | None:
        """What `follow` finds in the argument every call of the parameter's function in this
        file passes for it (or its default); None when one call passes a good one (callers
        elsewhere are unknown). A problem of a rule in `sure` (a lambda, a local function) is
        reported whatever the other calls pass: that call fails whenever it runs."""
        function = parameter.parent.parent
        problems = []
        every = True
        for call, argument in arguments_for(parameter):
            problem = follow(argument, depth + 1, None, False)
            if problem is None:
                every = False
                if not sure:
                    return None
                continue
            passed = argument.parent is call or isinstance(argument.parent, nodes.Keyword)
            note = (
                f"`{function.name}()` is called with `{parameter.name}={snippet(argument)}`"
                if passed
                else f"`{parameter.name}` defaults to `{snippet(argument)}`"
            )
            problems.append(problem.through(step(call if passed else argument, note)))
        if every:
            return problems[0] if problems else None
        return next((p for p in problems if p.code in sure), None)

    def _starred_rest_items(self, target: nodes.AssignName, depth: int) -> Problem | None:
        """`header, *parts = open_parts(blobs)`: `parts` holds the items the other targets leave;
        known when the value is a display, or when every item of it is made alike (a
        comprehension, a helper's result)."""
        starred, targets = target.parent, target.parent.parent
        statement = targets.parent if isinstance(targets, nodes.Tuple) else None
        if not (isinstance(starred, nodes.Starred) and isinstance(statement, nodes.Assign)):
            return None
        value = statement.value
        if isinstance(value, (nodes.List, nodes.Tuple)):
            before = targets.elts.index(starred)
            after = len(targets.elts) - before - 1
            rest = value.elts[before : len(value.elts) - after]
            problem = self._first(rest, depth + 1, None, False)
        elif isinstance(value, (nodes.ListComp, nodes.GeneratorExp, nodes.Call)):
            problem = self._items(value, depth + 1, None, local=False)
        else:
            return None
        note = f"`*{target.name}` takes the items the other targets leave"
        return problem.through(step(statement, note)) if problem else None

    def _dict_lookup(self, expr: nodes.Subscript, depth: int) -> Problem | None:
        """`scenarios["a"]` (or `scenarios[k]`) of a dict the program fills: the entry put in
        under that key, or, for a key known only at run time, every entry when all are bad."""
        entries = self._filled_dict(expr.value, expr) or []
        key = const_str(expr.slice)
        keys = _loop_keys(expr.slice) if key is None and entries else None
        if keys is not None:  # each key the loop takes is looked up: one bad entry is enough
            return self._first_bad_entry(expr, entries, keys, depth)
        chosen = entries_for_key(entries, key) if key is not None else entries
        problems = []
        for entry in chosen:
            problem = self._judge(entry.value, depth + 1, None, local=False)
            if problem is None:
                return None
            note = f"`{snippet(entry.statement)}` puts it into `{snippet(expr.value)}`"
            problems.append(problem.through(step(entry.statement, note)))
        return problems[0] if problems else None

    def _first_bad_entry(
        self, expr: nodes.Subscript, entries: list[Entry], keys: list[str], depth: int
    ) -> Problem | None:
        for key in keys:
            for entry in entries_for_key(entries, key)[-1:]:
                problem = self._judge(entry.value, depth + 1, None, local=False)
                if problem is not None:
                    note = (
                        f"`{snippet(entry.statement)}` puts it into `{snippet(expr.value)}`, "
                        f"read under {key!r} by the loop"
                    )
                    return problem.through(step(entry.statement, note))
        return None

    def _dict_get(self, call: nodes.Call, depth: int) -> Problem | None:
        """`TRANSFORMS.get("title", lambda t: t.title())` of a dict the program fills: the entry
        under a constant key, or the default when no entry can have that key."""
        func = call.func
        if not (
            isinstance(func, nodes.Attribute)
            and func.attrname == "get"
            and len(call.args) == 2
            and not call.keywords
        ):
            return None
        key = const_str(call.args[0])
        entries = self._filled_dict(func.expr, call) if key is not None else None
        if entries is None:
            return None
        chosen = entries_for_key(entries, key)
        if chosen:
            entry = chosen[-1]
            problem = self._judge(entry.value, depth + 1, None, local=False)
            note = f"`{snippet(entry.statement)}` puts it into `{snippet(func.expr)}`"
            return problem.through(step(entry.statement, note)) if problem else None
        problem = self._judge(call.args[1], depth + 1, None, local=False)
        note = f"`{snippet(func.expr)}` has no entry {key!r}, so `.get` gives its default"
        return problem.through(step(call, note)) if problem else None

    def _packed_keyword(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`kwargs.pop("stream", sys.stdout)` (or `.get`) on the function's `**kwargs`: the
        keyword the call being followed passes under that name, else the default; without a
        call being followed, what every call of the function gives it."""
        func = call.func
        if not (
            isinstance(func, nodes.Attribute)
            and func.attrname in ("get", "pop")
            and len(call.args) == 2
            and not call.keywords
        ):
            return None
        key, function = const_str(call.args[0]), func.expr.frame()
        if not (
            key is not None
            and isinstance(function, nodes.FunctionDef)
            and is_name(func.expr, str(function.args.kwarg))
            and key not in {a.name for a in function.args.arguments}
        ):
            return None
        if bindings is not None:
            if UNPACKED_KEYWORDS in bindings:
                return None
            value, outer = bindings.get(key, (call.args[1], bindings))
            return self._judge(value, depth + 1, outer, local=False)
        problems = []
        for site in calls_of(function):
            if any(keyword.arg is None for keyword in site.keywords or []):
                return None
            passed = [k.value for k in site.keywords or [] if k.arg == key]
            value = passed[0] if passed else call.args[1]
            problem = self._judge(value, depth + 1, None, local=False)
            if problem is None:
                return None
            how = f"passes `{key}={snippet(value)}`" if passed else f"passes no `{key}`"
            problems.append(problem.through(step(site, f"`{snippet(site)}` {how}")))
        return problems[0] if problems else None

    def _may_hold_subscripted_kinds(self) -> bool:
        """The checked module imports a package whose objects' items are of their kind."""
        return bool(imported_packages(self.module) & kb.SUBSCRIPTED_PACKAGES)

    def _item_of_kind(
        self, expr: nodes.Subscript, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`h5file["images"]`: an item of an h5py File is a Dataset or Group, which pickle
        rejects the same way. An item of an item only by a name (`h5file["a"]["b"]`):
        `h5file["images"][()]` or `[:8]` reads a Dataset's data into an array."""
        if isinstance(expr.value, nodes.Subscript) and not (
            isinstance(expr.slice, nodes.Const) and isinstance(expr.slice.value, str)
        ):
            return None
        whole = self._judge(expr.value, depth + 1, bindings, local=False)
        if whole is None or whole.error not in kb.SUBSCRIPTED_ERRORS:
            return None
        return whole.through(step(expr, f"`{snippet(expr)}` is an item of it"))

    def _attribute_of_kind(
        self, expr: nodes.Attribute, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        """`client.shop.orders`: a MongoClient answers an attribute it does not define with a
        Database (and a Database with a Collection), which keeps the client."""
        name = str(expr.attrname)
        called = isinstance(expr.parent, nodes.Call) and expr.parent.func is expr
        if called or name.startswith("_") or not self._may_hold_subscripted_kinds():
            return None
        whole = self._judge(expr.expr, depth + 1, bindings, local=False)
        defined = kb.GETATTR_ITEM_KINDS.get(whole.what) if whole is not None else None
        if whole is None or defined is None or name in defined:
            return None
        return whole.through(step(expr, f"`{snippet(expr)}` is an item of it (its `__getattr__`)"))

    def _filled_dict(self, expr: nodes.NodeNG, use: nodes.NodeNG) -> list[Entry] | None:
        """The entries of the dict `expr` names at `use`: made in the program, or made and
        returned by a helper of the project (`scenarios = build_scenarios()`)."""
        definition = dict_definition(expr)
        if definition is not None:
            return dict_entries(definition, use)
        if not isinstance(expr, nodes.Name):
            return None
        parameter = parameter_named(expr)
        if parameter is not None:  # the one call of the function passes the dict
            passed = arguments_for(parameter)
            return self._filled_dict(passed[0][1], passed[0][0]) if len(passed) == 1 else None
        definitions = lookup(expr, expr.name)
        if len(definitions) == 1 and isinstance(definitions[0], nodes.ImportFrom):
            return _imported_registry(definitions[0], str(expr.name))
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return None
        value = assigned_value(definitions[0])[0]
        helper = self._user_function(value.func) if isinstance(value, nodes.Call) else None
        if helper is None or helper.is_generator() or isinstance(helper.parent, nodes.ClassDef):
            return None
        returns = [r for r in own_nodes(helper, nodes.Return) if r.value is not None]
        returned = dict_definition(returns[0].value) if len(returns) == 1 else None
        return dict_entries(returned, returns[0]) if returned is not None else None

    def _dict_view_items(self, call: nodes.Call, depth: int) -> Problem | None:
        """Items of `d.values()` or `d.items()` of a dict the program fills: every entry is
        pickled, so one bad entry is enough."""
        func = call.func
        if not (isinstance(func, nodes.Attribute) and func.attrname in ("values", "items")):
            return None
        found = self._entry_values(func.expr, call, depth)
        if found is None and isinstance(func.expr, nodes.Attribute):
            found = self._attribute_dict_values(func.expr, depth) or self._filled_by_loops(
                func.expr, call, depth
            )
        return found

    def _filled_by_loops(
        self, attr: nodes.Attribute, use: nodes.NodeNG, depth: int
    ) -> Problem | None:
        """`for nth, info in self.infos.items(): info["bar"] = tqdm(...)` in the method of
        the boundary before it, or in a method it calls on `self` before it: each item of
        `self.infos` carries the value put into it."""
        method = use.frame()
        cls = method_owner(attr) if is_self(attr.expr) else None
        if cls is None or not isinstance(method, nodes.FunctionDef):
            return None
        line = use.lineno or 0
        scopes: list[tuple[nodes.FunctionDef, int]] = [(method, line)]
        for _call, func in method_calls_on(method, "self", 0, line):
            called = own_method(cls, str(func.attrname))
            if called is not None:
                scopes.append((called, 10**9))
        stores = [
            store
            for scope, end in scopes
            for loop in own_nodes(scope, nodes.For)
            if (loop.lineno or 0) < end
            and (item := _item_of_loop_over(loop, str(attr.attrname))) is not None
            for store in _stored_into(loop, item)
        ]
        keys = [key for _statement, key, _value in stores]
        classes_choose = any(kind == "attribute" for kind, _name in keys) and _picklers_choose(
            cls.root()
        )
        for statement, key, value in stores:
            if keys.count(key) > 1 or (key[0] == "attribute" and classes_choose):
                continue  # set again elsewhere, or an item class may leave it out
            inner = self._judge(value, depth + 1, None, local=False)
            if inner is not None:
                note = f"`{snippet(statement)}` puts it into each item of `{snippet(attr)}`"
                return replace(inner, contained=True).through(step(statement, note))
        return None

    def _attribute_dict_values(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        """`self.events.values()` where the class stores one dict display or comprehension in
        `self.events`: one bad value is enough."""
        value = self._stored_once(attr, self._owner_of(attr))
        if value is None:
            return None
        if isinstance(value, nodes.Name):  # `self.reports = reports` of a parameter
            parameter = parameter_named(value)
            if parameter is None:
                return None
            problem = self._on_every_call(parameter, self._dict_values, depth)
        else:
            problem = self._dict_values(value, depth, None, False)
        note = f"`{snippet(attr)}` is set by `{snippet(value.parent)}`"
        return problem.through(step(value.parent, note)) if problem else None

    def _dict_values(
        self, table: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        """One bad value of a dict display or comprehension, or of a dict a name is bound to
        and the program fills."""
        if isinstance(table, nodes.DictComp):
            return self._judge(table.value, depth + 1, bindings, local=False)
        if isinstance(table, nodes.Dict):
            return self._first([v for _k, v in table.items], depth, bindings, False)
        if isinstance(table, nodes.Name):
            return self._entry_values(table, table, depth)
        return None

    def _entry_values(self, table: nodes.NodeNG, use: nodes.NodeNG, depth: int) -> Problem | None:
        """A bad value among the entries of a dict the program fills (or of a table a wrapping
        decorator fills with the originals of the functions it replaces)."""
        if isinstance(table, nodes.Name):
            registered = self._registered_original(table)
            if registered is not None:
                return registered
        for entry in self._filled_dict(table, use) or []:
            problem = self._judge(entry.value, depth + 1, None, local=False)
            if problem is not None:
                note = f"`{snippet(entry.statement)}` puts it into `{snippet(table)}`"
                return problem.through(step(entry.statement, note))
        return None

    def _yielded(self, node: nodes.Yield) -> Follow:
        """How to judge what a `yield` gives: `yield from g()` gives the items of `g()`."""
        return self._items if isinstance(node, nodes.YieldFrom) else self._judge


def _imported_registry(imported: nodes.ImportFrom, name: str) -> list[Entry] | None:
    """`from registry import PLUGINS`: a dict another module of the project makes, with
    what that module's functions put into it."""
    found = project_definitions(imported, name)
    if len(found) != 1 or not isinstance(found[0], nodes.AssignName):
        return None
    if not makes_dict(found[0]) or not isinstance(found[0].scope(), nodes.Module):
        return None
    return module_dict_entries(found[0], found[0])


def _known_items(call: nodes.Call, names: set[str]) -> Problem | None:
    """Items of a call known to be unpicklable, `os.scandir(path)`'s DirEntry objects."""
    for name in sorted(names | syntactic_names(call.func)):
        known = kb.UNPICKLABLE_ITEMS.get(name)
        if known is not None:
            note = f"iterating `{snippet(call)}` gives {known.what} each time"
            return Problem.at(rules.PKL004, (call, note), known.what, known.error)
    return None


def _enumerated(iterated: nodes.NodeNG, length: int) -> nodes.NodeNG | None:
    """`iterable` of `enumerate(iterable)` unpacked into two names."""
    if not (
        length == 2
        and isinstance(iterated, nodes.Call)
        and spelled_name(iterated.func) == "enumerate"
        and iterated.args
        and not isinstance(iterated.args[0], nodes.Starred)
    ):
        return None
    return iterated.args[0]


def _zipped(iterated: nodes.NodeNG, length: int) -> list[nodes.NodeNG] | None:
    """The iterables of `zip(a, b)` when it makes items of `length` elements."""
    if not (isinstance(iterated, nodes.Call) and spelled_name(iterated.func) == "zip"):
        return None
    arguments = iterated.args
    if len(arguments) != length or any(isinstance(a, nodes.Starred) for a in arguments):
        return None
    return list(arguments)


def _returned_elements(
    ret: nodes.Return, length: int, index: int
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, element) for the element at `index` of each tuple item `ret` gives back:
    written in the returned display or comprehension, or appended to the returned list."""
    returned = ret.value
    if returned is None:
        return []
    written: list[tuple[nodes.NodeNG, nodes.NodeNG]] = [
        (ret, element) for element in _tuple_elements(returned, length, index)
    ]
    if not isinstance(returned, nodes.Name):
        return written
    definition = single_assignment(returned)
    if definition is None:
        return []
    added = additions(definition, ret)
    if not all(_shaped(value, length) for _statement, value in added):
        return []
    return written + [(statement, value.elts[index]) for statement, value in added]


def _shaped(value: nodes.NodeNG, length: int) -> bool:
    """A tuple or list display of `length` elements, none of them starred."""
    return (
        isinstance(value, (nodes.Tuple, nodes.List))
        and len(value.elts) == length
        and not any(isinstance(e, nodes.Starred) for e in value.elts)
    )


def _added_by_methods(
    cls: nodes.ClassDef, attribute: str
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(the statement, the item) of each addition the class's methods make to `self.<attribute>`."""
    return [
        (node, item)
        for method in cls.mymethods()
        for node, added_to, item in additions_to_attributes(method, "self", 0, 10**9)
        if added_to == attribute
    ]


def _tuple_elements(iterated: nodes.NodeNG, length: int, index: int) -> list[nodes.NodeNG]:
    """The expressions at `index` of the items of `iterated` (also through a name bound once),
    when each is written as a tuple or list display of `length` elements; else none."""
    if isinstance(iterated, nodes.Name):
        iterated = single_assigned_value(iterated)
    displays: list[nodes.NodeNG] = []
    if isinstance(iterated, (nodes.ListComp, nodes.GeneratorExp, nodes.SetComp)):
        displays = [iterated.elt]
    elif isinstance(iterated, (nodes.List, nodes.Tuple, nodes.Set)):
        displays = list(iterated.elts)
    if not displays or not all(_shaped(d, length) for d in displays):
        return []
    return [d.elts[index] for d in displays]


_COPYING_CALLS = frozenset({"builtins.list", "builtins.tuple", "builtins.sorted"})
# Calls whose items hold the items of their first argument.
_ITEM_KEEPING_CALLS = frozenset(
    {"builtins.enumerate", "builtins.reversed", "builtins.iter", "itertools.islice"}
)


def _empty_display(value: nodes.NodeNG) -> bool:
    """`[]`, `()`, `set()`, `list()`: a container the program fills later."""
    if isinstance(value, (nodes.List, nodes.Tuple, nodes.Set)):
        return not value.elts
    made_empty = isinstance(value, nodes.Call) and not value.args
    return made_empty and syntactic_call_name(value) in _EMPTY_MAKERS


_EMPTY_MAKERS = frozenset({"list", "set"})


def _read_through(iterated: nodes.NodeNG) -> nodes.Name | None:
    """`t` in `t.actions()` or `t.items`: the name an iterable is read through."""
    func = iterated.func if isinstance(iterated, nodes.Call) else iterated
    if isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name):
        return func.expr
    return None


def _displayed_items(iterable: nodes.NodeNG) -> list[tuple[list[nodes.NodeNG], ChainStep | None]]:
    """The items a loop over `iterable` takes, once per way it is known: a display (`[a, b]`,
    or a name assigned one once), or, for a parameter, the display each call passes (with the
    step saying so). Empty when some way is not a display."""
    if isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)):
        return [(list(iterable.elts), None)]
    if not isinstance(iterable, nodes.Name):
        return []
    found = lookup(iterable, iterable.name)
    definition = found[0] if len(found) == 1 else None
    if not isinstance(definition, nodes.AssignName):
        return []
    if not isinstance(definition.parent, nodes.Arguments):
        value = single_assigned_value(iterable)
        return _displayed_items(value) if isinstance(value, (nodes.List, nodes.Tuple)) else []
    ways: list[tuple[list[nodes.NodeNG], ChainStep | None]] = []
    for call, argument in arguments_for(definition):
        shown = _displayed_items(argument) if argument.parent is call else []
        if len(shown) != 1:
            return []
        note = f"`{call.func.as_string()}()` is called with `{snippet(argument)}`"
        ways.append((shown[0][0], step(call, note)))
    return ways


def _item_of_loop_over(loop: nodes.For, attribute: str) -> str | None:
    """The loop variable naming each item of `self.<attribute>`: `for x in self.a`,
    `for x in self.a.values()`, `for k, x in self.a.items()`, `for i, x in enumerate(self.a)`."""
    source, target = loop.iter, loop.target
    pair = isinstance(target, nodes.Tuple) and len(target.elts) == 2
    if isinstance(source, nodes.Call) and isinstance(source.func, nodes.Attribute):
        if source.func.attrname == "values" and not source.args:
            source = source.func.expr
        elif source.func.attrname == "items" and not source.args and pair:
            source, target = source.func.expr, target.elts[1]
    elif isinstance(source, nodes.Call) and is_name(source.func, "enumerate") and pair:
        source, target = source.args[0] if source.args else None, target.elts[1]
    if not (
        isinstance(source, nodes.Attribute)
        and source.attrname == attribute
        and is_self(source.expr)
        and isinstance(target, nodes.AssignName)
    ):
        return None
    return str(target.name)


_StoreKey = tuple[str, str | None]  # ("item", the constant key or None) or ("attribute", name)


def _stored_into(loop: nodes.For, item: str) -> list[tuple[nodes.Assign, _StoreKey, nodes.NodeNG]]:
    """(statement, key, value) of `item["key"] = value` and `item.attr = value` in the
    loop's body."""
    found: list[tuple[nodes.Assign, _StoreKey, nodes.NodeNG]] = []
    for assign in own_nodes(loop, nodes.Assign):
        for target in assign.targets:
            if isinstance(target, nodes.Subscript) and is_name(target.value, item):
                found.append((assign, ("item", const_str(target.slice)), assign.value))
            elif isinstance(target, nodes.AssignAttr) and is_name(target.expr, item):
                found.append((assign, ("attribute", str(target.attrname)), assign.value))
    return found


def _picklers_choose(module: nodes.Module) -> bool:
    """A class of the module says itself what it pickles: its items may leave an attribute
    out."""
    return any(
        name in cls.locals
        for cls in nodes_in(module, nodes.ClassDef)
        for name in ("__getstate__", "__reduce__", "__reduce_ex__")
    )


def _loop_keys(key: nodes.NodeNG) -> list[str] | None:
    """The constant keys a loop variable takes: `o` of `for f, i, o in nodes` (or of a
    comprehension) where `nodes` is a display of tuples, or a parameter every call passes one
    for; None when any is unknown."""
    found = lookup(key, key.name) if isinstance(key, nodes.Name) else []
    target = found[0] if len(found) == 1 else None
    if not isinstance(target, nodes.AssignName):
        return None
    holder = target.parent
    loop = holder.parent if isinstance(holder, nodes.Tuple) else holder
    if not isinstance(loop, (nodes.For, nodes.Comprehension)):
        return None
    place = holder.elts.index(target) if isinstance(holder, nodes.Tuple) else None
    keys: list[str] = []
    ways = _displayed_items(loop.iter)
    for items, _step in ways:
        for item in items:
            element = item
            if place is not None:
                element = item.elts[place] if _shaped(item, len(holder.elts)) else None
            text = const_str(element) if element is not None else None
            if text is None:
                return None
            keys.append(text)
    return list(dict.fromkeys(keys)) if keys else None


def _returned_local(helper: nodes.FunctionDef) -> tuple[str, int, int] | None:
    """(name, made on line, returned on line) of the helper's one `return name`, the name
    bound once in it."""
    returns = [r for r in own_nodes(helper, nodes.Return) if r.value is not None]
    value = returns[0].value if len(returns) == 1 else None
    bound = single_assignment(value) if isinstance(value, nodes.Name) else None
    if bound is None or bound.frame() is not helper or isinstance(bound.parent, nodes.Arguments):
        return None
    return str(bound.name), bound.lineno or 0, returns[0].lineno or 0


def _keyed_stores(
    scope: nodes.NodeNG, where: tuple[str, int, int] | None, attribute: str, key: str
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """`receiver.<attribute>[key] = value` statements of `scope` between two lines."""
    if where is None:
        return []
    receiver, start, end = where
    return [
        (node, item)
        for node, stored, item in additions_to_attributes(scope, receiver, start, end)
        if stored == attribute
        and isinstance(node, nodes.Assign)
        and isinstance(node.targets[0], nodes.Subscript)
        and const_str(node.targets[0].slice) == key
    ]


def constructed_items(iterated: nodes.NodeNG) -> set[nodes.ClassDef]:
    """The project classes the items of a display or comprehension that `iterated` names
    construct (`self.devices = [Driver(n) for n in names]`), where inference gives up."""
    if isinstance(iterated, nodes.Attribute) and is_self(iterated.expr):
        owner = method_owner(iterated)
        values = self_attribute_stores(owner, str(iterated.attrname)) if owner else []
    elif isinstance(iterated, nodes.Name):
        values = [single_assigned_value(iterated)]
    else:
        values = []
    elements: list[nodes.NodeNG] = []
    for value in values:
        if isinstance(value, (nodes.List, nodes.Tuple)):
            elements += value.elts
        elif isinstance(value, (nodes.ListComp, nodes.GeneratorExp)):
            elements.append(value.elt)
        else:
            return set()
    made = {constructed_project_class(element) for element in elements}
    return {cls for cls in made if cls is not None} if None not in made else set()
