"""Which start method a boundary call runs under, read from the code where it is explicit.

Explicit means a `get_context("spawn")` literal on the receiver's chain (the context may be
made in another module of the project), an `mp_context=` of an executor (a pool's `context=`,
a manager's `ctx=`), or a `set_start_method("...")` at module level or in a project function
the module calls at module level. Code that only a spawned child runs (a rank function given
to `torch.multiprocessing.spawn`, and the functions only it calls) has spawn as its default
method: a spawned child takes its parent's start method as its own.
Anything else is left to the configuration (platforms and target Python version).
"""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.flow.project import (
    is_user_node,
    module_attribute_definitions,
    name_definitions,
    named_function,
)
from picklecheck.engine.flow.state import init_assignments
from picklecheck.engine.flow.syntax import (
    calls_of,
    is_self,
    own_nodes,
    syntactic_names,
)
from picklecheck.engine.model import StartMethod
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

_MAX_HOPS = 8
# Functions called at module level that are searched for a set_start_method call.
_MAX_HELPERS = 20


class StartMethodReader:
    def __init__(self, facade: Facade, module: nodes.Module) -> None:
        self.facade = facade
        self.module = module
        self.from_helper = False  # the file's method was set in a function it calls
        self.file_method = self._file_start_method(module)

    def for_receiver(self, expr: nodes.NodeNG | None) -> StartMethod | None:
        """The start method fixed by how the pool/process/executor `expr` was created."""
        explicit = self._explicit(expr, 0) if expr is not None else None
        return explicit or self.file_method or (self._set_before(expr) if expr else None)

    def _set_before(self, expr: nodes.NodeNG) -> StartMethod | None:
        """`mp.set_start_method("spawn", force=True)` earlier in the function that makes the
        pool (a library choosing spawn for its own pool, stumpy 323)."""
        scope = expr.scope()
        if not isinstance(scope, nodes.FunctionDef):
            return None
        for call in own_nodes(scope, nodes.Call):
            if (call.lineno or 0) < (expr.lineno or 0):
                method = self._set_start_method(call)
                if method is not None:
                    return method
        return None

    def for_process_class(self, cls: nodes.ClassDef, facade: Facade) -> StartMethod | None:
        """The method a Process subclass fixes by its base: `class W(ctx.Process)` with `ctx =
        get_context("fork")` (astroid sees only `context.Process`), or `ForkProcess`."""
        lineage = [cls, *(a for a in facade.ancestors(cls) if is_user_node(a))]
        for klass in lineage:
            for base in klass.bases:
                named = {n.rsplit(".", 1)[-1] for n in syntactic_names(base)}
                for name, method in _CONTEXT_PROCESSES.items():
                    if name in named:
                        return method
                if isinstance(base, nodes.Attribute) and base.attrname == "Process":
                    found = self._explicit(base.expr, 0) if klass.root() is self.module else None
                    if found is not None:
                        return found
        return None

    def _explicit(self, expr: nodes.NodeNG, hops: int) -> StartMethod | None:
        if hops > _MAX_HOPS:
            return None
        if isinstance(expr, nodes.Name):
            return self._from_name(expr, hops)
        if isinstance(expr, nodes.Call):
            return self._from_call(expr, hops)
        if isinstance(expr, nodes.Attribute):
            imported = module_attribute_definitions(expr) or _set_in_init(expr)
            if len(imported) == 1:  # `runtime.CTX` of a project module, `self.ctx`
                return self._from_definition(imported[0], hops + 1)
            return self._explicit(expr.expr, hops + 1)
        return None

    def _from_name(self, name: nodes.Name, hops: int) -> StartMethod | None:
        definitions = name_definitions(name)  # also `from rt import CTX` of a project module
        if len(definitions) != 1:
            return None
        return self._from_definition(definitions[0], hops)

    def _from_definition(self, definition: nodes.NodeNG, hops: int) -> StartMethod | None:
        if not isinstance(definition, (nodes.AssignName, nodes.AssignAttr)):
            return None
        parent = definition.parent
        if isinstance(parent, (nodes.Assign, nodes.AnnAssign)) and parent.value is not None:
            return self._explicit(parent.value, hops + 1)  # also `ctx: Any = get_context(...)`
        if isinstance(parent, nodes.With):
            for item, var in parent.items:
                if var is definition:
                    return self._explicit(item, hops + 1)
        return None

    def _from_call(self, call: nodes.Call, hops: int) -> StartMethod | None:
        func = call.func
        if spelled_name(func) == "get_context" or syntactic_names(func) & kb.CONTEXT_GETTERS:
            return _literal_method(call.args[0] if call.args else None)
        for keyword in call.keywords or []:
            # an executor's mp_context=, a pool's context=, a manager's ctx=
            if keyword.arg in ("mp_context", "context", "ctx"):
                return self._explicit(keyword.value, hops + 1)
        if spelled_name(func) == "ProcessPoolExecutor" and len(call.args) >= 2:
            return self._explicit(call.args[1], hops + 1)
        if isinstance(func, nodes.Attribute):
            return self._explicit(func.expr, hops + 1)
        return None

    def _file_start_method(self, module: nodes.Module) -> StartMethod | None:
        """`set_start_method("...")` at module level, or in a function of the project that
        the module calls at module level (`configure()` under the main guard)."""
        helpers: list[nodes.FunctionDef] = []
        for call in nodes_in(module, nodes.Call):
            if call.scope() is not module:
                continue
            method = self._set_start_method(call)
            if method is not None:
                return method
            helper = named_function(call.func) if len(helpers) < _MAX_HELPERS else None
            if helper is not None:
                helpers.append(helper)
        for helper in helpers:
            for call in own_nodes(helper, nodes.Call):
                method = self._set_start_method(call)
                if method is not None:
                    self.from_helper = True
                    return method
        return None

    def _set_start_method(self, call: nodes.Call) -> StartMethod | None:
        if spelled_name(call.func) != "set_start_method" or not call.args:
            return None
        names = self.facade.qualified_names(call.func)
        if names and not names & kb.START_METHOD_SETTERS:
            return None
        return _literal_method(call.args[0])


def _set_in_init(attribute: nodes.Attribute) -> list[nodes.AssignAttr]:
    """Where `__init__` sets `self.<name>`, for `self.<name>` read in a method of the class."""
    if not is_self(attribute.expr):
        return []
    method = attribute.frame()
    cls = method.parent if isinstance(method, nodes.FunctionDef) else None
    if not isinstance(cls, nodes.ClassDef):
        return []
    return init_assignments(cls).get(str(attribute.attrname), [])


def _literal_method(node: nodes.NodeNG | None) -> StartMethod | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return kb.start_method_named(node.value)
    return None


# Launchers that run their first argument in children they start with spawn.
_SPAWNING_LAUNCHERS = frozenset(
    {"torch.multiprocessing.spawn", "torch.multiprocessing.spawn.spawn"}
)


def spawned_child_method(call: nodes.Call, hops: int = 3) -> StartMethod | None:
    """SPAWN where `call` runs only inside children a launcher started with spawn: its
    function is given to `torch.multiprocessing.spawn(...)`, or is called only by such
    functions (up to `hops` calls away), in its module."""
    module = call.root()
    if not _spawn_launched(module):
        return None  # the common case: nothing in the module is launched that way
    function = call.frame()
    while isinstance(function, nodes.FunctionDef) and isinstance(
        function.parent, nodes.FunctionDef
    ):
        function = function.parent  # a nested helper runs where its outer function runs
    if isinstance(function, nodes.FunctionDef) and _only_in_spawned_children(function, hops):
        return StartMethod.SPAWN
    return None


def _only_in_spawned_children(function: nodes.FunctionDef, hops: int) -> bool:
    if not isinstance(function.parent, nodes.Module):
        return False
    if function.name in _spawn_launched(function.root()):
        return True
    callers = calls_of(function)
    if (
        hops <= 0
        or not callers
        or _name_reads(function.root()).get(function.name, 0) > len(callers)
    ):
        return False  # also handed on somewhere (a callback, a pool task): may run anywhere
    return all(
        isinstance(caller := c.frame(), nodes.FunctionDef)
        and caller is not function
        and _only_in_spawned_children(caller, hops - 1)
        for c in callers
    )


def _spawn_launched(module: nodes.Module) -> frozenset[str]:
    """The names of the functions the module gives a spawning launcher (indexed per tree)."""
    known: frozenset[str] | None = remembered(module, "spawn_launched")
    if known is None:
        known = frozenset(
            str(call.args[0].name)
            for call in nodes_in(module, nodes.Call)
            if call.args
            and isinstance(call.args[0], nodes.Name)
            and spelled_name(call.func) == "spawn"
            and syntactic_names(call.func) & _SPAWNING_LAUNCHERS
        )
        remember(module, "spawn_launched", known)
    return known


def _name_reads(module: nodes.Module) -> dict[str, int]:
    """How often each name is read in the module (indexed per tree)."""
    known: dict[str, int] | None = remembered(module, "name_reads")
    if known is None:
        known = {}
        for name in nodes_in(module, nodes.Name):
            known[str(name.name)] = known.get(str(name.name), 0) + 1
        remember(module, "name_reads", known)
    return known


_CONTEXT_PROCESSES = {
    "ForkProcess": StartMethod.FORK,
    "SpawnProcess": StartMethod.SPAWN,
    "ForkServerProcess": StartMethod.FORKSERVER,
}
