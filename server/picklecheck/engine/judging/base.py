"""What every part of the judge relies on: the facade, the module, and the entry points that
each part calls on the whole judge (implemented in engine/values.py)."""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.flow.project import is_user_node
from picklecheck.engine.flow.state import copyreg_registered, imported_registrations
from picklecheck.engine.flow.syntax import Bindings, function_of
from picklecheck.engine.problem import Follow, Problem

# How deep the judge follows values (names, containers, calls) before it answers unknown.
MAX_DEPTH = 20


class JudgeBase:
    """The judge's shared state and the methods its parts call on each other."""

    facade: Facade
    module: nodes.Module
    _copyreg_packages: frozenset[str]

    @property
    def _copyreg_classes(self) -> frozenset[str]:
        """Classes, by name, with a reducer registered here or in a project module imported
        for its side effect; read on first use (most files never judge a class's state)."""
        known: frozenset[str] | None = self.__dict__.get("_copyreg_known")
        if known is None:
            known = copyreg_registered(self.module) | imported_registrations(self.module)
            self.__dict__["_copyreg_known"] = known
        return known

    def _reduced_by_copyreg(self, qname: str) -> bool:
        """A library object whose package the module registers a copyreg reducer for."""
        return qname.split(".")[0] in self._copyreg_packages

    def _user_function(self, func_expr: nodes.NodeNG) -> nodes.FunctionDef | None:
        """The project's function (or method) an expression names."""
        for value in self.facade.infer(func_expr) or []:
            function = function_of(value)
            if function is not None and is_user_node(function):
                return function
        return None

    def _judge(
        self, expr: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        raise NotImplementedError

    def _items(
        self, iterable: nodes.NodeNG, depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        raise NotImplementedError

    def _first(
        self, exprs: list[nodes.NodeNG], depth: int, bindings: Bindings | None, local: bool
    ) -> Problem | None:
        raise NotImplementedError

    def _inferred(self, expr: nodes.NodeNG, depth: int) -> Problem | None:
        raise NotImplementedError

    def _instance(
        self,
        cls: nodes.ClassDef,
        call: nodes.Call | None,
        depth: int,
        bindings: Bindings | None = None,
        replaced: frozenset[str] = frozenset(),
    ) -> Problem | None:
        raise NotImplementedError

    def _fluent_call(
        self, call: nodes.Call, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        raise NotImplementedError

    def _on_every_call(
        self,
        parameter: nodes.AssignName,
        follow: Follow,
        depth: int,
        sure: frozenset[str] = frozenset(),
    ) -> Problem | None:
        raise NotImplementedError

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
        raise NotImplementedError

    def _registered_original(self, table: nodes.Name) -> Problem | None:
        raise NotImplementedError

    def _container_mutation_problem(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        raise NotImplementedError

    def _changed_parameter(
        self, function: nodes.FunctionDef, ret: nodes.Return, depth: int, bindings: Bindings | None
    ) -> Problem | None:
        raise NotImplementedError

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
        raise NotImplementedError

    def _items_changed_in_loops(
        self, definition: nodes.AssignName, use: nodes.Name, depth: int
    ) -> Problem | None:
        raise NotImplementedError

    def _filled_object_attribute(self, attr: nodes.Attribute, depth: int) -> Problem | None:
        raise NotImplementedError

    def _class_display(
        self, attr: nodes.Attribute, depth: int, items: bool = False
    ) -> Problem | None:
        raise NotImplementedError
