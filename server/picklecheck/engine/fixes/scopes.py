"""Which names a lifted function would lose: bindings a child process never sees.

A function moved to module level keeps working with module globals, but not with variables of
the functions around it, nor with names bound only inside `if __name__ == "__main__":` (a
spawned child imports the module without running that block). Those become parameters.
"""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Iterable, Iterator

from picklecheck.engine.fixes.source import Parsed, is_main_guard
from picklecheck.engine.syntax import bound_name

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def bound_names(statements: Iterable[ast.AST], skip: ast.AST | None = None) -> set[str]:
    """Names bound directly in these statements' scope (nested scopes only bind their name)."""
    return {name for node in _walk_scope(statements, skip) if (name := bound_name(node))}


def module_names_besides(parsed: Parsed, node: ast.AST) -> set[str]:
    """`bound_names(module body, skip=node)`, from one walk of the module per text."""
    counts, reached = _module_bindings(parsed)
    if id(node) not in reached:
        return {name for name, count in counts.items() if count > 0}
    remaining = counts - _binding_counts([node])
    return set(remaining)


def _module_bindings(parsed: Parsed) -> tuple[Counter[str], set[int]]:
    known = parsed.memo.get("module_bindings")
    if known is None:
        reached = {id(node) for node in _walk_scope(parsed.tree.body)}
        known = (_binding_counts(parsed.tree.body), reached)
        parsed.memo["module_bindings"] = known
    return known


def _binding_counts(statements: Iterable[ast.AST]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for node in _walk_scope(statements):
        name = bound_name(node)
        if name:
            counts[name] += 1
    return counts


def _walk_scope(statements: Iterable[ast.AST], skip: ast.AST | None = None) -> Iterator[ast.AST]:
    stack = list(statements)
    while stack:
        node = stack.pop()
        if node is skip:
            continue
        yield node
        if isinstance(node, _SCOPES):
            stack.extend(_scope_header(node))
            continue
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            stack.append(node.generators[0].iter)  # the rest is the comprehension's own scope
            continue
        stack.extend(ast.iter_child_nodes(node))


def _scope_header(node: ast.AST) -> list[ast.AST]:
    """Parts of a nested scope evaluated in the enclosing one: decorators, defaults, bases."""
    parts: list[ast.AST] = list(getattr(node, "decorator_list", []))
    arguments = getattr(node, "args", None)
    if isinstance(arguments, ast.arguments):
        parts += [d for d in arguments.defaults + arguments.kw_defaults if d is not None]
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
        parts += [a.annotation for a in every if a.annotation is not None]
    returns = getattr(node, "returns", None)
    if returns is not None:
        parts.append(returns)
    if isinstance(node, ast.ClassDef):
        parts += node.bases + [k.value for k in node.keywords]
    return parts


def parameter_names(function: FunctionNode) -> list[str]:
    arguments = function.args
    every = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
    names = [a.arg for a in every]
    names += [a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return names


def own_bindings(node: ast.AST) -> set[str]:
    """Everything bound anywhere inside `node` itself (its parameters, locals, nested scopes)."""
    found: set[str] = set()
    for inner in ast.walk(node):
        if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            found.update(parameter_names(inner))
        if isinstance(inner, ast.Name) and isinstance(inner.ctx, (ast.Store, ast.Del)):
            found.add(inner.id)
        elif isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if inner is not node:
                found.add(inner.name)
        elif isinstance(inner, ast.alias):
            found.add((inner.asname or inner.name).split(".")[0])
        elif isinstance(inner, ast.arg):
            found.add(inner.arg)
        elif isinstance(inner, ast.ExceptHandler) and inner.name:
            found.add(inner.name)
    return found


def loaded_names(node: ast.AST) -> list[str]:
    """Names read inside `node`, in order of first appearance."""
    seen: dict[str, None] = {}
    for inner in sorted(_loads(node), key=lambda n: (n.lineno, n.col_offset)):
        seen.setdefault(inner.id, None)
    return list(seen)


def _loads(node: ast.AST) -> Iterator[ast.Name]:
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Load):
            yield inner


def hidden_bindings(parsed: Parsed, node: ast.AST) -> dict[str, ast.AST]:
    """Names visible at `node` that a module-level function could not see, with their scope."""
    hidden: dict[str, ast.AST] = {}
    for ancestor in parsed.ancestors(node):
        if isinstance(ancestor, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for name in _function_scope_names(parsed, ancestor):
                hidden.setdefault(name, ancestor)
        elif isinstance(ancestor, _COMPREHENSIONS):
            for generator in ancestor.generators:
                for name in bound_names([generator.target]):
                    hidden.setdefault(name, ancestor)
        elif is_main_guard(ancestor) and parsed.parents.get(ancestor) is parsed.tree:
            guard = ancestor
            assert isinstance(guard, ast.If)
            for name in _guard_only_names(parsed, guard):
                hidden.setdefault(name, guard)
    return hidden


def _function_scope_names(parsed: Parsed, function: FunctionNode) -> set[str]:
    """Parameters and local bindings of `function`, walked once per text: every finding
    inside one big function asks (400 lambdas in one block made fixes quadratic)."""
    key = f"scope_names:{id(function)}"
    if key not in parsed.memo:
        body = function.body if isinstance(function.body, list) else [function.body]
        parsed.memo[key] = set(parameter_names(function)) | bound_names(body)
    names: set[str] = parsed.memo[key]
    return names


def _guard_only_names(parsed: Parsed, guard: ast.If) -> set[str]:
    key = f"guard_names:{id(guard)}"
    if key not in parsed.memo:
        outside = [s for s in parsed.tree.body if s is not guard]
        parsed.memo[key] = bound_names(guard.body) - bound_names(outside)
    names: set[str] = parsed.memo[key]
    return names


def closure_names(parsed: Parsed, node: ast.AST) -> list[str] | None:
    """The hidden names `node` reads, in order; None when they cannot become parameters."""
    hidden = hidden_bindings(parsed, node)
    own = own_bindings(node)
    names = [n for n in loaded_names(node) if n in hidden and n not in own]
    for inner in ast.walk(node):
        if isinstance(inner, (ast.Nonlocal, ast.Global)) and set(inner.names) & set(hidden):
            return None
    evaluated_where_defined = [
        loaded for part in _scope_header(node) for loaded in loaded_names(part) if loaded in hidden
    ]
    return None if evaluated_where_defined else names


def assignments_of(statements: Iterable[ast.AST], name: str) -> list[ast.AST]:
    """Nodes in this scope that bind `name` (for checking a value is fixed once bound)."""
    found: list[ast.AST] = []
    for node in _walk_scope(statements):
        if _binds(node, name):
            found.append(node)
    return found


def _binds(node: ast.AST, name: str) -> bool:
    if isinstance(node, ast.Name):
        return node.id == name and not isinstance(node.ctx, ast.Load)
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name == name
    return False


def attributes_stored(node: ast.AST, receiver: str) -> set[str]:
    """The attributes `node` assigns on `receiver` (`self.x = ...`, also nested targets)."""
    return {
        found.attr
        for found in ast.walk(node)
        if isinstance(found, ast.Attribute)
        and isinstance(found.value, ast.Name)
        and found.value.id == receiver
        and isinstance(found.ctx, ast.Store)
    }
