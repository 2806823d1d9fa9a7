"""Process, Pool, Manager and executor objects, and multiprocessing primitives (locks, queues,
shared values), which pickle only while a child is being started, or never.
"""

from __future__ import annotations

from dataclasses import replace

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.flow.state import getstate_exclusions, has_custom_reduce
from picklecheck.engine.flow.syntax import is_self, method_owner
from picklecheck.engine.model import ChainStep, FixHint
from picklecheck.engine.problem import Problem, snippet, step


def process_object_problem(kind: str, chain: tuple[ChainStep, ...]) -> Problem:
    """A Process object that is not started yet pickles while a child is being spawned (its
    authentication key may travel then); a started one never does (`started_before`)."""
    return Problem(
        rules.PKL011.code,
        f"a {kind} object",
        kb.PROCESS_OBJECT_ERRORS[kind],
        kb.ALWAYS,
        chain,
        inheritable=kind == "Process",
    )


def started_before(problem: Problem, start_call: nodes.Call) -> Problem:
    note = f"`{snippet(start_call)}` starts it before it is pickled"
    return replace(
        problem,
        what=problem.what.replace("a Process object", "an already started Process object"),
        error=kb.STARTED_PROCESS_ERROR,
        inheritable=False,
    ).through(step(start_call, note))


def primitive_problem(primitive: kb.Primitive, node: nodes.NodeNG) -> Problem:
    ctypes_type = _raw_ctypes_type(primitive, node)
    error = primitive.error
    if ctypes_type is not None:
        error = error.replace(primitive.pickled_type, ctypes_type, 1)
    return Problem.at(
        rules.PKL006,
        (node, f"created by `{snippet(node)}`"),
        f"a multiprocessing {primitive.name}",
        error,
        hints=(
            FixHint("pass-via-initializer", {"primitive": primitive.name}),
            FixHint("use-manager", {"primitive": primitive.name}),
        ),
        inheritable=True,
    )


# array.array typecodes -> the ctypes type multiprocessing.sharedctypes makes for them
_TYPECODE_CTYPES = {
    "c": "c_char", "u": "c_wchar", "b": "c_byte", "B": "c_ubyte", "h": "c_short",
    "H": "c_ushort", "i": "c_int", "I": "c_uint", "l": "c_long", "L": "c_ulong",
    "q": "c_longlong", "Q": "c_ulonglong", "f": "c_float", "d": "c_double",
}  # fmt: skip


def _raw_ctypes_type(primitive: kb.Primitive, node: nodes.NodeNG) -> str | None:
    """The ctypes type of `RawValue("i", 0)` (`c_int`) or `RawArray("d", 3)` (`c_double_Array_3`),
    named in the error, when the call spells it; else None."""
    if primitive.name not in ("RawValue", "RawArray") or not isinstance(node, nodes.Call):
        return None
    if len(node.args) < 2:
        return None
    spelled = node.args[0]
    if isinstance(spelled, nodes.Const) and isinstance(spelled.value, str):
        base = _TYPECODE_CTYPES.get(spelled.value)
    elif isinstance(spelled, nodes.Attribute) and str(spelled.attrname).startswith("c_"):
        base = str(spelled.attrname)
    else:
        base = None
    if base is None or primitive.name == "RawValue":
        return base
    size = node.args[1]
    if isinstance(size, nodes.Const) and isinstance(size.value, int) and size.value >= 0:
        return f"{base}_Array_{size.value}"
    if isinstance(size, (nodes.List, nodes.Tuple)):
        return f"{base}_Array_{len(size.elts)}"
    return None


def mirrored_name(qname: str) -> str:
    """`multiprocess.pool.Pool` -> `multiprocessing.pool.Pool`: a library mirroring
    multiprocessing makes the same objects, refused by dill as by pickle."""
    from picklecheck.engine.providers.registry import mirror_of  # providers import families

    mirrored = mirror_of(qname)
    return mirrored[0] if mirrored is not None else qname


def process_object_kind(qname: str) -> str | None:
    qname = mirrored_name(qname)
    if qname in kb.POOL_FACTORIES or qname in kb.THREAD_POOL_CLASSES:
        return "Pool"  # a ThreadPool is a Pool: it refuses pickling the same way
    if qname in kb.PROCESS_CLASSES:
        return "Process"
    if qname in kb.MANAGER_FACTORIES:
        return "Manager"
    if qname == kb.EXECUTOR_CLASS:
        return "ProcessPoolExecutor"
    return None


def local_worker_class(pool_class: nodes.ClassDef) -> nodes.Name | None:
    """`NoDaemonProcess` where a Pool subclass's `Process` factory defines that class inside
    itself and makes each worker one (`proc.__class__ = NoDaemonProcess`, or
    `return NoDaemonProcess(...)`): spawn and forkserver pickle every worker Process object,
    whose class is then not reachable by name (BluePyMM 252)."""
    factory = pool_class.locals.get("Process", [None])[0]
    if not isinstance(factory, nodes.FunctionDef):
        return None
    local = {c.name for c in factory.nodes_of_class(nodes.ClassDef) if c.parent is factory}
    for node in factory.nodes_of_class((nodes.Assign, nodes.Return)):
        value = node.value
        made = (
            value.func if isinstance(node, nodes.Return) and isinstance(value, nodes.Call) else None
        )
        swapped = isinstance(node, nodes.Assign) and any(
            isinstance(t, nodes.AssignAttr) and t.attrname == "__class__" for t in node.targets
        )
        named = made if made is not None else value if swapped else None
        if isinstance(named, nodes.Name) and named.name in local:
            return named
    return None


# The boundaries whose receiver refuses pickling itself, by the kind of object it is.
_POOL_SINK_KINDS = (
    ("multiprocessing.pool.Pool.", "Pool"),
    (f"{kb.EXECUTOR_CLASS}.", "ProcessPoolExecutor"),
)


def own_pool_problem(
    expr: nodes.NodeNG, sink_name: str, receiver: nodes.NodeNG | None
) -> Problem | None:
    """`self.executor.submit(work, self)` or `self.pool.map(self.score, rows)`: what is
    pickled is the object (or one of its bound methods) that holds the very pool the call
    runs on, which never pickles, whatever else the attribute may hold elsewhere."""
    kind = next((k for prefix, k in _POOL_SINK_KINDS if sink_name.startswith(prefix)), None)
    if kind is None or not (isinstance(receiver, nodes.Attribute) and is_self(receiver.expr)):
        return None
    cls = method_owner(receiver)
    carried = _carried_self(expr, receiver, cls) if cls is not None else None
    if cls is None or carried is None:
        return None
    attribute = str(receiver.attrname)
    if not _instance_attribute(cls, attribute) or has_custom_reduce(cls):
        return None
    dropped = getstate_exclusions(cls)
    if dropped is None or attribute in dropped:
        return None
    what = (
        f"{carried}an instance of `{cls.name}` whose attribute `{attribute}` holds the"
        f" {kind} object this call runs on"
    )
    note = f"`self.{attribute}` is the pool `{snippet(expr)}` is sent through"
    error = kb.PROCESS_OBJECT_ERRORS[kind]
    return Problem(rules.PKL011.code, what, error, kb.ALWAYS, (step(receiver, note),))


def _carried_self(expr: nodes.NodeNG, receiver: nodes.Attribute, cls: nodes.ClassDef) -> str | None:
    """How `expr` carries the `self` of the method holding the call: itself (""), a plain
    method bound to it, or a property returning a display holding it (`**self.run_args`);
    None when it does not."""
    if isinstance(expr, nodes.Name):
        return "" if expr.name == "self" and expr.frame() is receiver.frame() else None
    if not (isinstance(expr, nodes.Attribute) and isinstance(expr.expr, nodes.Name)):
        return None
    if expr.expr.name != "self" or expr.frame() is not receiver.frame():
        return None
    found = cls.locals.get(str(expr.attrname), [])
    method = found[0] if len(found) == 1 else None
    if not isinstance(method, nodes.FunctionDef) or method.type != "method":
        return None
    if not method.decorators:
        return "a method bound to "
    if _property_holding_self(method):
        return "a property value holding "
    return None


def _property_holding_self(method: nodes.FunctionDef) -> bool:
    """`@property def run_args(self): return {"self_": self, "x": 3}`."""
    decorators = method.decorators.nodes if method.decorators else []
    if [d.as_string() for d in decorators] != ["property"]:
        return False
    returns = [r for r in method.nodes_of_class(nodes.Return) if r.scope() is method]
    value = returns[0].value if len(returns) == 1 else None
    if isinstance(value, nodes.Dict):
        elements = [v for _k, v in value.items]
    elif isinstance(value, (nodes.Tuple, nodes.List)):
        elements = list(value.elts)
    else:
        return False
    return any(isinstance(e, nodes.Name) and e.name == "self" for e in elements)


def _instance_attribute(cls: nodes.ClassDef, attribute: str) -> bool:
    """The attribute is stored on instances (not a class attribute or property)."""
    return attribute not in cls.locals and attribute in cls.instance_attrs
