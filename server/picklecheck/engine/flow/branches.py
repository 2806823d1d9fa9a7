"""Branches a call's literal arguments rule out: in `rows_for("csv", text)`, the statements of
`if fmt == "lines":` and of `case "lines":` (with `match fmt:`) never run, so what they assign or
return is not among what the call can give back."""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.boundary import keyword_value
from picklecheck.engine.flow.project import is_user_node, named_function
from picklecheck.engine.flow.syntax import (
    Bindings,
    arguments_for,
    assigns_none,
    bind_arguments,
    bound_expression,
    calls_by_name,
    calls_of,
    constant_value,
    is_name,
    is_none_constant,
    method_owner,
    names_builtin,
    parameter_named,
    self_attribute_stores,
    syntactic_names,
)
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

_NOT_FOUND = object()
_SINGLETONS = (None, True, False)  # compared by identity: `x is None`


def never_taken(node: nodes.NodeNG) -> bool:
    """Whether `node` sits in a branch of its function that the constants it tests never
    take (`if self.use_multiprocessing:` of a class every construction gives False)."""
    statement = node.statement()  # a lambda is a frame of its own
    frame = statement.frame()
    return isinstance(frame, nodes.FunctionDef) and ruled_out(statement, frame, {}, constants=True)


def ruled_out(
    node: nodes.NodeNG, frame: nodes.NodeNG, bindings: Bindings | None, constants: bool = False
) -> bool:
    """Whether `node`, inside `frame`, sits in a branch its call's bindings never take
    (`constants`: also with no bindings, by the constants the tests read)."""
    if (not bindings and not constants) or not isinstance(frame, nodes.FunctionDef):
        return False
    bindings = bindings or {}
    child, parent = node, node.parent
    while parent is not None and parent is not frame:
        if _after_a_taken_exit(child, frame, bindings):
            return True
        if isinstance(parent, nodes.If):
            taken = _truth(parent.test, frame, bindings)
            if (taken is False and child in parent.body) or (
                taken is True and child in parent.orelse
            ):
                return True
        elif (
            isinstance(parent, nodes.MatchCase)
            and isinstance(parent.parent, nodes.Match)
            and _case_skipped(parent.parent, parent, frame, bindings)
        ):
            return True
        child, parent = parent, parent.parent
    return parent is frame and _after_a_taken_exit(child, frame, bindings)


def _after_a_taken_exit(
    statement: nodes.NodeNG, frame: nodes.FunctionDef, bindings: Bindings
) -> bool:
    """`statement` follows an `if` whose branch the bindings take and which ends in `return`
    or `raise` (a guard clause: `if mode != "plain": return make_lambda()`)."""
    previous = statement.previous_sibling() if statement.is_statement else None
    while previous is not None:
        if isinstance(previous, nodes.If):
            taken = _truth(previous.test, frame, bindings)
            branch = previous.body if taken else previous.orelse if taken is False else []
            if branch and isinstance(branch[-1], (nodes.Return, nodes.Raise)):
                return True
        previous = previous.previous_sibling()
    return False


def taken_branches(expr: nodes.IfExp, bindings: Bindings | None) -> list[nodes.NodeNG]:
    """The branches of `a if test else b` a call's literals leave: one when they decide the
    test (`WeakMethod(f) if f is not None else None` built with `f` left to `None`)."""
    frame = expr.frame()
    taken = (
        _truth(expr.test, frame, bindings or {}) if isinstance(frame, nodes.FunctionDef) else None
    )
    if taken is None:
        return [expr.body, expr.orelse]
    return [expr.body if taken else expr.orelse]


def superseded(
    definitions: list[nodes.NodeNG], frame: nodes.NodeNG, bindings: Bindings | None
) -> list[nodes.NodeNG]:
    """`definitions` without those a later assignment surely replaces before the use:
    `if key is None: key = lambda item: item` when the call leaves `key` to its default `None`
    rebinds the parameter on every run, so the parameter's own value never reaches the use."""
    if not bindings or not isinstance(frame, nodes.FunctionDef):
        return definitions
    replacing = [
        d
        for d in definitions
        if isinstance(d, nodes.AssignName)
        and not isinstance(d.parent, nodes.Arguments)
        and d.frame() is frame
        and _surely_run(d.statement(), frame, bindings)
    ]
    if not replacing:
        return definitions
    last = max(replacing, key=lambda d: d.fromlineno or 0)
    return [d for d in definitions if d is last or not _runs_before(d, last, frame)]


def _runs_before(earlier: nodes.NodeNG, later: nodes.AssignName, frame: nodes.NodeNG) -> bool:
    if isinstance(earlier.parent, nodes.Arguments):
        return earlier.parent.parent is frame
    return (
        isinstance(earlier, nodes.AssignName)
        and earlier.frame() is frame
        and (earlier.fromlineno or 0) < (later.fromlineno or 0)
    )


def _surely_run(statement: nodes.NodeNG, frame: nodes.FunctionDef, bindings: Bindings) -> bool:
    """Whether `statement` runs on every call with these bindings: each `if` around it takes
    its branch by the bindings' literals; no loop, `try` or other block in between."""
    child, parent = statement, statement.parent
    while parent is not None and parent is not frame:
        if isinstance(parent, nodes.If):
            taken = _truth(parent.test, frame, bindings)
            if taken is None or (taken is (child in parent.orelse)):
                return False
        elif not isinstance(parent, nodes.With):
            return False
        child, parent = parent, parent.parent
    return parent is frame


def _bound_constant(expr: nodes.NodeNG, frame: nodes.FunctionDef, bindings: Bindings) -> object:
    """The literal a parameter of `frame` is bound to, or _NOT_FOUND."""
    if not isinstance(expr, nodes.Name) or expr.name not in frame.argnames():
        return _NOT_FOUND
    given = bindings.get(expr.name)
    # through the callers' own parameters: `AutoPool(mode=mode)` in `Marker(mode="common")`
    value = bound_expression(*given) if given is not None else None
    if isinstance(value, nodes.Name):  # a parameter of the caller, which its starts bind
        return literal_given_everywhere(value)
    return value.value if isinstance(value, nodes.Const) else _NOT_FOUND


_PROCESS_CLASSES = ("Process",)


def literal_given_everywhere(name: nodes.Name) -> object:
    """The literal every call of a module-level function, and every `Process(target=f,
    args=(...))` of its module, passes for its parameter `name` reads (`auth_worker(token,
    results)` started with `args=("expired", queue)`); _NOT_FOUND when any differs or passes
    something else, or nothing calls or starts the function."""
    definitions = lookup(name, name.name)
    parameter = definitions[0] if len(definitions) == 1 else None
    if not isinstance(parameter, nodes.AssignName) or not isinstance(
        parameter.parent, nodes.Arguments
    ):
        return _NOT_FOUND
    function = parameter.parent.parent
    if not isinstance(function, nodes.FunctionDef) or not isinstance(function.parent, nodes.Module):
        return _NOT_FOUND
    calls = calls_of(function)
    if not calls and calls_by_name(function.root()).get(function.name):
        return _NOT_FOUND  # called more often than calls_of follows: not all calls are known
    passed = [value for _call, value in arguments_for(parameter)]
    if len(passed) != len(calls):
        return _NOT_FOUND  # a call leaves it unbound
    for start in _process_starts(function):
        bound = _bound_by_start(function, start)
        given = bound.get(name.name) if bound is not None else None
        if given is None:
            return _NOT_FOUND
        passed.append(given[0])
    values = {(type(v.value), v.value) if isinstance(v, nodes.Const) else None for v in passed}
    if not passed or len(values) != 1 or None in values:
        return _NOT_FOUND
    return next(iter(values))[1]  # type: ignore[index]


def functions_passed_for(parameter: nodes.AssignName, hops: int = 3) -> list[nodes.FunctionDef]:
    """The project functions a parameter that its function calls may hold: what each call of
    that function passes (also in other project modules), or what a Process start's `args=`
    binds when it is the target; a caller's own parameter passed on is followed back `hops`
    times (`run_in_process(encode, ...)`, then `Process(target=_run_child, args=(conn, fn))`)."""
    function = parameter.parent.parent
    if not isinstance(function, nodes.FunctionDef) or hops <= 0:
        return []
    passed = [argument for _call, argument in arguments_for(parameter)]
    for start in _process_starts(function):
        bound = _bound_by_start(function, start) or {}
        if parameter.name in bound:
            passed.append(bound[parameter.name][0])
    found: list[nodes.FunctionDef] = []
    for value in passed:
        outer = parameter_named(value)
        if outer is not None and outer is not parameter:
            functions = functions_passed_for(outer, hops - 1)
        else:
            called = named_function(value) if isinstance(value, nodes.Name) else None
            functions = [called] if called is not None else []
        found += [f for f in functions if f not in found]
    return found


def _process_starts(function: nodes.FunctionDef) -> list[nodes.Call]:
    starts = _starts_by_target(function.root()).get(function.name, [])
    return [
        start
        for start in starts
        if function in lookup(keyword_value(start, "target"), function.name)
    ]


def _starts_by_target(module: nodes.Module) -> dict[str, list[nodes.Call]]:
    """`Process(target=name, ...)` calls of a module by the target's name (once per tree)."""
    index: dict[str, list[nodes.Call]] | None = remembered(module, "process_starts")
    if index is None:
        index = {}
        for call in nodes_in(module, nodes.Call):
            func = call.func
            spelled = getattr(func, "attrname", None) or getattr(func, "name", "")
            target = keyword_value(call, "target") if spelled in _PROCESS_CLASSES else None
            if isinstance(target, nodes.Name):
                index.setdefault(target.name, []).append(call)
        remember(module, "process_starts", index)
    return index


def _bound_by_start(function: nodes.FunctionDef, start: nodes.Call) -> Bindings | None:
    """`args=(a, b)` (a tuple or list display) and `kwargs={"k": v}` of a Process start, as
    bindings of the target's parameters; None when they are not written out."""
    args = keyword_value(start, "args")
    kwargs = keyword_value(start, "kwargs")
    if start.args or (args is not None and not isinstance(args, (nodes.Tuple, nodes.List))):
        return None
    if kwargs is not None and not (
        isinstance(kwargs, nodes.Dict)
        and all(isinstance(key, nodes.Const) for key, _value in kwargs.items)
    ):
        return None
    names = [a.name for a in (function.args.posonlyargs or []) + (function.args.args or [])]
    values = list(args.elts) if args is not None else []
    if len(values) > len(names) or any(isinstance(v, nodes.Starred) for v in values):
        return None
    bound: Bindings = {n: (v, None) for n, v in zip(names, values, strict=False)}
    for key, value in kwargs.items if isinstance(kwargs, nodes.Dict) else []:
        bound[str(key.value)] = (value, None)
    return bound


def _literals(expr: nodes.NodeNG) -> list[object] | None:
    if isinstance(expr, nodes.Const):
        return [expr.value]
    if isinstance(expr, (nodes.Tuple, nodes.List, nodes.Set)) and all(
        isinstance(element, nodes.Const) for element in expr.elts
    ):
        return [element.value for element in expr.elts]
    return None


def _truth(test: nodes.NodeNG, frame: nodes.FunctionDef, bindings: Bindings) -> bool | None:
    """True or False when the bindings decide the test, None when they do not."""
    if isinstance(test, nodes.UnaryOp) and test.op == "not":
        inner = _truth(test.operand, frame, bindings)
        return None if inner is None else not inner
    if isinstance(test, nodes.BoolOp):
        values = [_truth(value, frame, bindings) for value in test.values]
        if test.op == "and":
            return False if False in values else (True if all(values) else None)
        return True if True in values else (False if all(v is False for v in values) else None)
    if isinstance(test, nodes.Name):
        value = _bound_constant(test, frame, bindings)
        return None if value is _NOT_FOUND else bool(value)
    if isinstance(test, nodes.Attribute):  # `self.disable_cache`, set once from a literal
        value = constant_value(test)
        return None if value is ... else bool(value)
    if isinstance(test, nodes.Compare) and len(test.ops) == 1:
        return _comparison(test, frame, bindings)
    if isinstance(test, nodes.Call):  # `sql.lstrip().upper().startswith("SELECT")`
        value = _string_value(test, frame, bindings)
        return None if value is _NOT_FOUND else bool(value)
    return None


# str methods without side effects whose result on a literal decides a branch.
_PURE_STR_METHODS = frozenset(
    {
        "lstrip",
        "rstrip",
        "strip",
        "upper",
        "lower",
        "casefold",
        "startswith",
        "endswith",
        "isdigit",
        "isalpha",
        "isalnum",
        "isspace",
        "isupper",
        "islower",
    }
)


def _string_value(expr: nodes.NodeNG, frame: nodes.FunctionDef, bindings: Bindings) -> object:
    """A parameter's literal string as a chain of pure str methods leaves it, or _NOT_FOUND."""
    func = expr.func if isinstance(expr, nodes.Call) else None
    if not isinstance(func, nodes.Attribute):
        return _bound_constant(expr, frame, bindings)
    assert isinstance(expr, nodes.Call)
    if func.attrname not in _PURE_STR_METHODS or expr.keywords:
        return _NOT_FOUND
    base = _string_value(func.expr, frame, bindings)
    arguments = [a.value for a in expr.args if isinstance(a, nodes.Const)]
    if not isinstance(base, str) or len(arguments) != len(expr.args):
        return _NOT_FOUND
    if not all(isinstance(a, str) for a in arguments):
        return _NOT_FOUND
    return getattr(base, func.attrname)(*arguments)


def _comparison(test: nodes.Compare, frame: nodes.FunctionDef, bindings: Bindings) -> bool | None:
    op, right = str(test.ops[0][0]), test.ops[0][1]
    left = test.left
    value = _bound_constant(left, frame, bindings)
    if value is _NOT_FOUND and op in ("==", "!="):
        left, right = right, left  # `"csv" == fmt`
        value = _bound_constant(left, frame, bindings)
    if value is _NOT_FOUND and op in ("is", "is not") and is_none_constant(right):
        # `root is not None` of `root = os.path.join(...)`: bound to what is never None
        return op == "is not" if _bound_never_none(left, frame, bindings) else None
    literals = _literals(right)
    if value is _NOT_FOUND or literals is None:
        return None
    if op in ("==", "!=") and len(literals) == 1 and isinstance(right, nodes.Const):
        return bool(value == literals[0]) == (op == "==")
    if op in ("is", "is not") and _is_singleton(right):
        return (value is right.value) == (op == "is")
    if op in ("in", "not in") and not isinstance(right, nodes.Const):
        return bool(value in literals) == (op == "in")
    return None


# Builtins and library functions that never return None.
_NEVER_NONE_CALLS = frozenset(
    {"os.path.join", "os.path.abspath", "os.path.expanduser", "os.getcwd", "pathlib.Path"}
)
_NEVER_NONE_BUILTINS = frozenset({"str", "int", "float", "list", "dict", "tuple", "sorted"})
_DISPLAYS = (nodes.JoinedStr, nodes.List, nodes.Tuple, nodes.Dict, nodes.Set)


def _bound_never_none(expr: nodes.NodeNG, frame: nodes.FunctionDef, bindings: Bindings) -> bool:
    """Whether the parameter `expr` names is given a display, an f-string or a call of a
    function that never returns None."""
    if not isinstance(expr, nodes.Name) or expr.name not in frame.argnames():
        return False
    given = bindings.get(expr.name)
    value = bound_expression(*given) if given is not None else None
    if isinstance(value, _DISPLAYS):
        return True
    if not isinstance(value, nodes.Call):
        return False
    if isinstance(value.func, nodes.Name) and value.func.name in _NEVER_NONE_BUILTINS:
        return names_builtin(value.func)
    return bool(syntactic_names(value.func) & _NEVER_NONE_CALLS)


def _is_singleton(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.Const) and any(node.value is s for s in _SINGLETONS)


def _case_skipped(
    match: nodes.Match, case: nodes.MatchCase, frame: nodes.FunctionDef, bindings: Bindings
) -> bool:
    """`case` never runs: its pattern cannot match the literal subject, or an earlier case
    without a guard surely matches it."""
    value = _bound_constant(match.subject, frame, bindings)
    if value is _NOT_FOUND:
        return False
    for earlier in match.cases:
        matches = _pattern_matches(earlier.pattern, value)
        if earlier is case:
            return matches is False
        if matches is True and earlier.guard is None:
            return True
    return False


def _pattern_matches(pattern: nodes.NodeNG, value: object) -> bool | None:
    if isinstance(pattern, nodes.MatchValue) and isinstance(pattern.value, nodes.Const):
        return bool(pattern.value.value == value)
    if isinstance(pattern, nodes.MatchOr):
        results = [_pattern_matches(p, value) for p in pattern.patterns]
        return True if True in results else (False if all(r is False for r in results) else None)
    if isinstance(pattern, nodes.MatchAs) and pattern.pattern is None:
        return True  # `case _:` or a capture
    return None


def stand_in_never_made(receiver: nodes.NodeNG) -> bool:
    """`self.pool` that `__init__` sets to a class of the project (a serial stand-in) or to
    something else (`multiprocessing.Pool(...)`) by a test on its parameters, where every
    construction of the class in its module passes arguments that skip the stand-in
    (`Core(mode="multiprocessing")`)."""
    if not (isinstance(receiver, nodes.Attribute) and is_name(receiver.expr, "self")):
        return False
    owner = method_owner(receiver)
    if owner is None or not isinstance(owner.parent, nodes.Module):
        return False
    init = owner.locals.get("__init__", [None])[0]
    if not isinstance(init, nodes.FunctionDef):
        return False
    stores = self_attribute_stores(owner, str(receiver.attrname))
    stand_ins = [v for v in stores if v is None or _makes_project_object(v)]
    if not stand_ins or any(v is None or v.frame() is not init for v in stand_ins):
        return False
    constructions = [
        call
        for call in calls_by_name(owner.root()).get(owner.name, [])
        if owner in lookup(call.func, owner.name)
    ]
    return bool(constructions) and all(
        ruled_out(value, init, bind_arguments(init, call, None))
        for call in constructions
        for value in stand_ins
    )


def chosen_by_parameter(receiver: nodes.NodeNG) -> bool:
    """`executor` bound once to `Serial() if workers == 1 else ProcessPoolExecutor(...)`, a
    project stand-in chosen by a test of the function's parameters: the pool branch is the
    function's parallel mode, reached whenever a caller asks for it. False when every call of
    the function known in its module passes arguments that take the stand-in."""
    if not isinstance(receiver, nodes.Name):
        return False
    frame = receiver.frame()
    bound = lookup(receiver, receiver.name)
    if not isinstance(frame, nodes.FunctionDef) or len(bound) != 1:
        return False
    choice = bound[0].parent
    if not (
        isinstance(choice, nodes.Assign)
        and choice.frame() is frame
        and isinstance(choice.value, nodes.IfExp)
    ):
        return False
    branches = (choice.value.body, choice.value.orelse)
    stand_ins = [b for b in branches if _makes_project_object(b)]
    parameters = set(frame.argnames())
    if len(stand_ins) != 1 or not any(
        name.name in parameters for name in choice.value.test.nodes_of_class(nodes.Name)
    ):
        return False
    pool = branches[1] if stand_ins[0] is branches[0] else branches[0]
    calls = calls_of(frame)
    return not calls or any(
        pool in taken_branches(choice.value, bind_arguments(frame, call, None)) for call in calls
    )


def _makes_project_object(value: nodes.NodeNG) -> bool:
    if not (isinstance(value, nodes.Call) and isinstance(value.func, nodes.Name)):
        return False
    made_by = lookup(value.func, value.func.name)
    return len(made_by) == 1 and isinstance(made_by[0], nodes.ClassDef) and is_user_node(made_by[0])


def filled_when_none(use: nodes.Name) -> bool:
    """`if X is None: X = make()` (or `if not X:`) at the top level of the function reading
    `X`, before the read: a memoising getter (`global _PROCESSOR` ... `return _PROCESSOR`),
    after which `X` is never the None it started as."""
    frame = use.frame()
    if not isinstance(frame, nodes.FunctionDef):
        return False
    body = frame.body
    top: nodes.NodeNG = use.statement()
    while top.parent is not None and top.parent is not frame:
        top = top.parent
    if top.parent is not frame:
        return False
    for statement in body:
        if statement is top:
            return False
        if not isinstance(statement, nodes.If) or statement.orelse:
            continue
        if _tests_none(statement.test, str(use.name)) and _sets_name(statement, use.name):
            return True
    return False


def _tests_none(test: nodes.NodeNG, name: str) -> bool:
    if isinstance(test, nodes.UnaryOp) and test.op == "not":
        return is_name(test.operand, name)
    if isinstance(test, nodes.Compare) and len(test.ops) == 1:
        operator, right = test.ops[0]
        none = isinstance(right, nodes.Const) and right.value is None
        return operator in ("is", "==") and none and is_name(test.left, name)
    return False


def _sets_name(branch: nodes.If, name: str) -> bool:
    return any(
        target.name == name and not assigns_none(target)
        for target in nodes_in(branch, nodes.AssignName)
    )
