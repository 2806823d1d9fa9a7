"""PKL013: the same large list of numbers (or numpy array) pickled into every task.

Purely syntactic and deliberately narrow: the variable must be bound once to a value whose
element type (all int or all float) and length are known without running anything, and it must
reach every task of one pool/executor call unchanged. Anything else is unknown and stays silent.
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes
from astroid.const import Context

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.boundary import SinkCall
from picklecheck.engine.flow.syntax import assigned_value, names_builtin, syntactic_names

_MAX_CONST_DEPTH = 6
_INT_LIMIT = 2**63  # the range of a C `long long`, typecode "q"
_ARRAY_TYPECODES = {"int": "q", "float": "d"}
# Builtins that read their argument and never change it or keep it.
READ_ONLY_CALLS = frozenset(
    {"len", "sum", "min", "max", "sorted", "list", "tuple", "enumerate", "zip", "reversed"}
)
# What the parent may do with the variable apart from sending it: read it, print it.
_PARENT_READS = READ_ONLY_CALLS | {"print", "str", "repr", "iter", "any", "all", "set"}
_NUMPY_READ_ATTRIBUTES = frozenset(
    {"shape", "dtype", "size", "ndim", "nbytes", "sum", "mean", "min", "max", "std", "tolist"}
)
_MATH_FLOAT_FUNCTIONS = frozenset(
    {"sqrt", "sin", "cos", "tan", "exp", "log", "log2", "log10", "atan", "fabs", "hypot"}
)
_NUMPY_SIZED = frozenset({"zeros", "ones", "empty", "full"})
_NUMPY_RANDOM = frozenset({"rand", "random", "random_sample", "standard_normal"})
_TASK_METHODS = frozenset(
    {"map", "imap", "imap_unordered", "starmap", "map_async", "starmap_async"}
)
_APPLY_METHODS = frozenset({"apply", "apply_async"})


@dataclass(frozen=True)
class NumericData:
    """A value whose element type and size are known statically."""

    kind: str  # "int" | "float" | "numpy"
    length: int
    fits_typecode: bool = True  # ints: every value is known to fit a C long long

    @property
    def typecode(self) -> str | None:
        """The `multiprocessing.Array` typecode that holds these values exactly."""
        if self.kind == "numpy" or not self.fits_typecode:
            return None
        return _ARRAY_TYPECODES[self.kind]

    def describe(self) -> str:
        if self.kind == "numpy":
            return f"a numpy array of {self.length:,} items"
        noun = "integers" if self.kind == "int" else "floats"
        return f"a list of {self.length:,} {noun}"


@dataclass(frozen=True)
class SharedCandidate:
    """One occurrence of a numeric variable that every task of a boundary call carries."""

    site: nodes.Name
    definition: nodes.AssignName
    data: NumericData
    how: str  # "in every task tuple", "bound with functools.partial", "in every call"


def shared_candidates(sink: SinkCall, min_items: int) -> list[SharedCandidate]:
    """The numeric variables `sink` copies into every task (at least `min_items` long)."""
    method = sink.sink.rsplit(".", 1)[-1]
    pool = sink.sink.startswith("multiprocessing.pool.Pool.")
    executor = sink.sink.startswith(kb.EXECUTOR_CLASS + ".")
    if not (pool or executor):
        return []
    call = sink.call
    found: list[tuple[nodes.Name, str]] = []
    func = call.args[0] if call.args else None
    label = sink.label
    if isinstance(func, nodes.Call) and _is_partial(func):
        every = (pool and method in _TASK_METHODS) or (executor and method == "map")
        if every or _in_loop(call):
            how = f"through functools.partial with every task of {label}"
            found += [(a, how) for a in _names(func.args[1:])]
    if pool and method in _TASK_METHODS and len(call.args) > 1:
        how = f"in every task of {label}"
        found += [(n, how) for n in _comprehension_names(call.args[1])]
    if pool and method in _APPLY_METHODS and len(call.args) > 1 and _in_loop(call):
        args = call.args[1]
        if isinstance(args, nodes.Tuple):
            how = f"with every {label} call in a loop"
            found += [(n, how) for n in _names(args.elts)]
    if executor and method == "submit" and _in_loop(call):
        how = f"with every {label} call in a loop"
        found += [(n, how) for n in _names(call.args[1:])]
    candidates = []
    for site, how in found:
        candidate = _candidate(site, how, call, min_items)
        if candidate is not None:
            candidates.append(candidate)
    return candidates


def _candidate(
    site: nodes.Name, how: str, call: nodes.Call, min_items: int
) -> SharedCandidate | None:
    definitions = lookup(site, site.name)
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return None
    definition = definitions[0]
    if not isinstance(definition.parent, nodes.Assign) or len(definition.parent.targets) != 1:
        return None
    if _inside(definition, _loop_of(call)) or _inside(definition, _comprehension_of(site)):
        return None  # bound per task: not the same data every time
    value, _note = assigned_value(definition)
    if value is None:
        return None
    data = numeric_value(value)
    if data is None or data.length < min_items:
        return None
    if not _only_read_in_parent(definition, data, call, site):
        return None
    return SharedCandidate(site, definition, data, how)


# ---- where the variable sits in the tasks --------------------------------------------------


def _names(exprs: list[nodes.NodeNG]) -> list[nodes.Name]:
    return [e for e in exprs if isinstance(e, nodes.Name)]


def _is_partial(call: nodes.Call) -> bool:
    names = syntactic_names(call.func)
    return "functools.partial" in names and len(call.args) > 1


def _comprehension_names(iterable: nodes.NodeNG) -> list[nodes.Name]:
    """`[(i, data) for i in range(n)]`: names in the element tuple the loop does not bind
    (also through `tasks = [...]` bound once)."""
    if isinstance(iterable, nodes.Call) and "builtins.zip" in _builtin_names(iterable.func):
        return [
            argument.args[0]
            for argument in iterable.args
            if isinstance(argument, nodes.Call)
            and len(argument.args) == 1
            and isinstance(argument.args[0], nodes.Name)
            and "itertools.repeat" in syntactic_names(argument.func)
        ]
    if isinstance(iterable, nodes.Name):
        definitions = lookup(iterable, iterable.name)
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return []
        value, _note = assigned_value(definitions[0])
        if not isinstance(value, nodes.ListComp):
            return []  # a generator bound to a name may be consumed before: keep to lists
        iterable = value
    if not isinstance(iterable, (nodes.ListComp, nodes.GeneratorExp)):
        return []
    element = iterable.elt
    elements = element.elts if isinstance(element, nodes.Tuple) else [element]
    bound = {
        target.name
        for generator in iterable.generators
        for target in generator.target.nodes_of_class(nodes.AssignName)
    }
    return [n for n in _names(elements) if n.name not in bound]


def _in_loop(call: nodes.Call) -> bool:
    return _loop_of(call) is not None


def _loop_of(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The innermost `for`/`while`/comprehension around `node` in its own scope."""
    current = node
    while current.parent is not None and not isinstance(
        current.parent, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef, nodes.Module)
    ):
        parent = current.parent
        if isinstance(parent, (nodes.For, nodes.While)) and current in parent.body:
            return parent
        if isinstance(parent, nodes.Comprehension) and current is not parent.iter:
            return parent.parent
        comprehension = (nodes.ListComp, nodes.SetComp, nodes.GeneratorExp)
        if isinstance(parent, comprehension) and current is parent.elt:
            return parent
        current = parent
    return None


def _comprehension_of(node: nodes.NodeNG) -> nodes.NodeNG | None:
    parent = node.parent
    while parent is not None and not isinstance(parent, (nodes.FunctionDef, nodes.Module)):
        if isinstance(parent, (nodes.ListComp, nodes.GeneratorExp)):
            return parent
        parent = parent.parent
    return None


def _inside(node: nodes.NodeNG, container: nodes.NodeNG | None) -> bool:
    if container is None:
        return False
    parent: nodes.NodeNG | None = node
    while parent is not None:
        if parent is container:
            return True
        parent = parent.parent
    return False


def _only_read_in_parent(
    definition: nodes.AssignName, data: NumericData, call: nodes.Call, site: nodes.Name
) -> bool:
    """Every use of the variable in its scope reads it (so every task sees the same values)."""
    scope = definition.scope()
    for name in scope.nodes_of_class((nodes.Name, nodes.AssignName, nodes.DelName)):
        if name.name != definition.name or name is definition:
            continue
        if not isinstance(name, nodes.Name):
            if name.scope() is scope:
                return False  # bound again or deleted
            continue
        if definition not in lookup(name, name.name):
            continue
        if name is site or _inside(name, call) or _sent_to_workers(name):
            continue
        if reads_only(name, numpy=data.kind == "numpy", extra=_PARENT_READS):
            continue
        return False
    return True


def _sent_to_workers(name: nodes.Name) -> bool:
    """`pool.starmap(f, [(i, data) ...])`, `ex.submit(f, data)`, `partial(f, data)`: pickled,
    so the parent's own list is not changed there."""
    current: nodes.NodeNG = name
    while True:
        parent = current.parent
        displayed = isinstance(parent, (nodes.Tuple, nodes.List))
        if displayed or (
            isinstance(parent, (nodes.ListComp, nodes.GeneratorExp)) and parent.elt is current
        ):
            current = parent
        elif isinstance(parent, nodes.Call) and current in parent.args:
            if isinstance(parent.func, nodes.Attribute) and parent.func.attrname in (
                kb.POOL_TASK_METHODS | {"submit"}
            ):
                return True
            repeats = "itertools.repeat" in syntactic_names(parent.func)
            if repeats or "builtins.zip" in _builtin_names(parent.func):
                current = parent
                continue
            if not _is_partial(parent) or current is parent.args[0]:
                return False
            current = parent
        else:
            return False


def reads_only(name: nodes.Name, numpy: bool, extra: frozenset[str] = READ_ONLY_CALLS) -> bool:
    """Whether this occurrence only reads the sequence: `x[i]`, `len(x)`, `for v in x`, ..."""
    parent = name.parent
    if isinstance(parent, nodes.Subscript) and parent.value is name:
        return _loaded(parent, numpy)
    if (
        isinstance(parent, nodes.Call)
        and name in parent.args
        and isinstance(parent.func, nodes.Name)
    ):
        allowed = parent.func.name in extra and names_builtin(parent.func)
        return allowed and (not parent.keywords or parent.func.name in ("sorted", "print"))
    if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.iter is name:
        return True
    if isinstance(parent, nodes.Compare) and any(
        op in ("in", "not in") and other is name for op, other in parent.ops
    ):
        return True
    return (
        numpy and isinstance(parent, nodes.Attribute) and parent.attrname in _NUMPY_READ_ATTRIBUTES
    )


def _loaded(subscript: nodes.Subscript, numpy: bool) -> bool:
    """`x[i]` read, not assigned, deleted or augmented (nor a numpy view that gets written)."""
    if subscript.ctx != Context.Load:
        return False
    parent = subscript.parent
    if isinstance(parent, nodes.Subscript) and parent.value is subscript:
        return _loaded(parent, numpy)
    if isinstance(parent, (nodes.AssignAttr, nodes.DelAttr)):
        return False
    if isinstance(parent, nodes.Attribute):
        return numpy and parent.attrname in _NUMPY_READ_ATTRIBUTES
    return True


# ---- the value: element type and length ----------------------------------------------------


def numeric_value(value: nodes.NodeNG) -> NumericData | None:
    """`[float(i) for i in range(N)]`, `list(range(N))`, `[0.0] * N`, `[1, 2, 3]`, `np.zeros(N)`."""
    if isinstance(value, nodes.List):
        return _literal(value.elts)
    if isinstance(value, nodes.ListComp):
        return _comprehension(value)
    if isinstance(value, nodes.BinOp) and value.op == "*":
        for display, count in ((value.left, value.right), (value.right, value.left)):
            times = const_int(count)
            if isinstance(display, nodes.List) and times is not None and times >= 0:
                data = _literal(display.elts)
                if data is not None:
                    return NumericData(data.kind, data.length * times, data.fits_typecode)
        return None
    if isinstance(value, nodes.Call):
        return _call_value(value)
    return None


def _literal(elements: list[nodes.NodeNG]) -> NumericData | None:
    values = [_signed_const(e) for e in elements]
    if not values or any(v is None for v in values):
        return None
    kinds = {type(v) for v in values}
    if kinds == {int}:
        fits = all(-_INT_LIMIT <= v < _INT_LIMIT for v in values if isinstance(v, int))
        return NumericData("int", len(values), fits)
    if kinds == {float}:
        return NumericData("float", len(values))
    return None  # mixed int/float: a typed array would change the values' types


def _signed_const(node: nodes.NodeNG) -> int | float | None:
    if isinstance(node, nodes.UnaryOp) and node.op == "-":
        inner = _signed_const(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, nodes.Const) and type(node.value) in (int, float):
        value: int | float = node.value
        return value
    return None


def _comprehension(comp: nodes.ListComp) -> NumericData | None:
    if len(comp.generators) != 1 or comp.generators[0].ifs or comp.generators[0].is_async:
        return None
    generator = comp.generators[0]
    bounds = _range_of(generator.iter)
    if bounds is None or not isinstance(generator.target, nodes.AssignName):
        return None
    length, low, high = bounds
    kind = _element_kind(comp.elt, generator.target.name, (low, high))
    if kind is None:
        return None
    element_kind, interval = kind
    fits = interval is not None and interval[0] >= -_INT_LIMIT and interval[1] < _INT_LIMIT
    return NumericData(element_kind, length, element_kind == "float" or fits)


Interval = tuple[int, int] | None


def _element_kind(
    expr: nodes.NodeNG, target: str, bounds: tuple[int, int], depth: int = 0
) -> tuple[str, Interval] | None:
    """ "int" (with the values' interval when known) or "float" for a comprehension element."""
    if depth > _MAX_CONST_DEPTH:
        return None
    if isinstance(expr, nodes.Const) and type(expr.value) is int:
        return "int", (expr.value, expr.value)
    if isinstance(expr, nodes.Const) and type(expr.value) is float:
        return "float", None
    if isinstance(expr, nodes.Name) and expr.name == target:
        return "int", bounds
    if isinstance(expr, nodes.UnaryOp) and expr.op in ("-", "+"):
        inner = _element_kind(expr.operand, target, bounds, depth + 1)
        if inner is None or inner[0] == "float" or expr.op == "+":
            return inner
        interval = inner[1]
        return "int", (-interval[1], -interval[0]) if interval else None
    if (
        isinstance(expr, nodes.Call)
        and isinstance(expr.func, nodes.Name)
        and len(expr.args) == 1
        and expr.func.name in ("float", "int")
        and names_builtin(expr.func)
    ):
        return ("float", None) if expr.func.name == "float" else ("int", None)
    if isinstance(expr, nodes.Call) and syntactic_names(expr.func) & {
        f"math.{f}" for f in _MATH_FLOAT_FUNCTIONS
    }:
        return "float", None
    if isinstance(expr, nodes.BinOp):
        return _binop_kind(expr, target, bounds, depth)
    return None


def _binop_kind(
    expr: nodes.BinOp, target: str, bounds: tuple[int, int], depth: int
) -> tuple[str, Interval] | None:
    left = _element_kind(expr.left, target, bounds, depth + 1)
    right = _element_kind(expr.right, target, bounds, depth + 1)
    if left is None or right is None:
        return None
    if expr.op == "/":
        return "float", None
    if "float" in (left[0], right[0]):
        # float ** float can be complex; float // and % stay float
        return ("float", None) if expr.op in ("+", "-", "*", "//", "%") else None
    if expr.op not in ("+", "-", "*"):
        return None  # `//`, `%`, `**` on ints: keep to what is easy to bound
    if left[1] is None or right[1] is None:
        return "int", None
    (a, b), (c, d) = left[1], right[1]
    if expr.op == "+":
        return "int", (a + c, b + d)
    if expr.op == "-":
        return "int", (a - d, b - c)
    products = [a * c, a * d, b * c, b * d]
    return "int", (min(products), max(products))


def _builtin_names(func: nodes.NodeNG) -> set[str]:
    """`builtins.zip` for a `zip` the file does not rebind."""
    if isinstance(func, nodes.Name) and names_builtin(func):
        return {f"builtins.{func.name}"}
    return set()


def _range_of(node: nodes.NodeNG) -> tuple[int, int, int] | None:
    """(length, smallest, largest) of `range(...)` with constant arguments."""
    if not (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Name)
        and node.func.name == "range"
        and names_builtin(node.func)
        and not node.keywords
        and 1 <= len(node.args) <= 3
    ):
        return None
    arguments = [const_int(a) for a in node.args]
    if any(a is None for a in arguments):
        return None
    values = range(*[a for a in arguments if a is not None])
    if values.step == 0 or len(values) == 0:
        return None
    return len(values), min(values[0], values[-1]), max(values[0], values[-1])


def const_int(node: nodes.NodeNG, depth: int = 0) -> int | None:
    """An int known without running anything: `10_000`, `N` bound once to one, `10 * N`."""
    if depth > _MAX_CONST_DEPTH:
        return None
    if isinstance(node, nodes.Const) and type(node.value) is int:
        return int(node.value)
    if isinstance(node, nodes.UnaryOp) and node.op == "-":
        inner = const_int(node.operand, depth + 1)
        return -inner if inner is not None else None
    if isinstance(node, nodes.BinOp) and node.op in ("+", "-", "*", "//", "**"):
        left, right = const_int(node.left, depth + 1), const_int(node.right, depth + 1)
        if left is None or right is None or abs(left) > 10**9 or abs(right) > 10**9:
            return None
        if node.op == "**":
            return left**right if 0 <= right <= 12 else None
        if node.op == "//":
            return left // right if right else None
        return {"+": left + right, "-": left - right, "*": left * right}[node.op]
    if isinstance(node, nodes.Name):
        definitions = lookup(node, node.name)
        if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
            return None
        value, _note = assigned_value(definitions[0])
        return const_int(value, depth + 1) if value is not None else None
    return None


def _call_value(call: nodes.Call) -> NumericData | None:
    func = call.func
    if isinstance(func, nodes.Name) and func.name == "list" and names_builtin(func):
        if len(call.args) == 1 and not call.keywords:
            bounds = _range_of(call.args[0])
            if bounds is not None:
                length, low, high = bounds
                return NumericData("int", length, low >= -_INT_LIMIT and high < _INT_LIMIT)
        return None
    numpy_names = {n[len("numpy.") :] for n in syntactic_names(func) if n.startswith("numpy.")}
    if not numpy_names:
        return None
    name = next(iter(numpy_names))
    size: int | None = None
    if name in _NUMPY_SIZED and call.args:
        size = _shape_size(call.args[0])
    elif name == "arange" and not call.keywords:
        size = _arange_size(call.args)
    elif name == "linspace" and len(call.args) >= 2:
        count = call.args[2] if len(call.args) > 2 else _keyword(call, "num")
        size = const_int(count) if count is not None else 50
    elif name.startswith("random.") and name.split(".", 1)[1] in _NUMPY_RANDOM and call.args:
        size = _shape_size(call.args[0]) if len(call.args) == 1 else None
    elif name in ("array", "asarray") and len(call.args) == 1:
        inner = numeric_value(call.args[0])
        size = inner.length if inner is not None and inner.kind != "numpy" else None
    if size is None:
        return None
    return NumericData("numpy", size)


def _keyword(call: nodes.Call, name: str) -> nodes.NodeNG | None:
    return next((k.value for k in call.keywords or [] if k.arg == name), None)


def _shape_size(shape: nodes.NodeNG) -> int | None:
    if isinstance(shape, nodes.Tuple):
        size = 1
        for element in shape.elts:
            value = const_int(element)
            if value is None or value < 0:
                return None
            size *= value
        return size
    value = const_int(shape)
    return value if value is not None and value >= 0 else None


def _arange_size(arguments: list[nodes.NodeNG]) -> int | None:
    if not 1 <= len(arguments) <= 3:
        return None
    values = [const_int(a) for a in arguments]
    if any(v is None for v in values) or (len(values) == 3 and values[2] == 0):
        return None
    return len(range(*[v for v in values if v is not None]))
