"""Which code belongs to the project being analysed: not the standard library, not installed
packages. Only project code is followed into (its values are the user's to fix)."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from typing import TypeVar

import astroid
from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.astroid_imports import (
    module_file,
    note_neighbours_read,
    remembered_with_locations,
)
from picklecheck.engine.astroid_lazy import is_library_file
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

_STDLIB = frozenset(sys.stdlib_module_names) | {"builtins", "_io", "_thread", "__future__"}


def is_user_node(node: nodes.NodeNG) -> bool:
    """True for code of the project being analysed (not the stdlib or installed packages)."""
    try:
        root = node.root()
    except Exception:
        return False
    if not root.name:
        return False  # a brain's stub (`extract_node`: numpy's `ndarray`), never the project's
    path = getattr(root, "file", None)
    if not path:
        # Parsed from text (the file being analysed) unless astroid built it from a C module.
        return getattr(root, "pure_python", True) is not False and root.name not in _STDLIB
    return not is_library_file(str(path))


def is_project_import(imported: nodes.ImportFrom) -> bool:
    """Whether `from X import ...` reads a module of the project (relative, or found on the
    search path outside the standard library and installed packages). Only locates the file;
    never builds or runs the module."""
    if imported.level:
        return True
    return is_project_module(str(imported.modname))


def is_project_module(modname: str) -> bool:
    """Whether the module `modname` is found outside the stdlib and installed packages."""
    top = modname.split(".")[0]
    if not modname or top in _STDLIB:
        return False
    if top != modname:  # `torch.nn.Module` of `from torch.nn import Module`: torch decides
        package = module_file(top)
        if package is not None and is_library_file(package):
            return False
    path = module_file(modname)
    return bool(path) and not is_library_file(str(path))


def project_definitions(imported: nodes.ImportFrom, name: str, hops: int = 3) -> list[nodes.NodeNG]:
    """What `from m import name` binds when `m` is a module of the project: its module-level
    definitions of the name, through up to `hops` re-exports (`from .impl import name` in a
    package's `__init__`). Empty when unknown: a module outside the project, a star import, a
    module that does not build."""
    if hops <= 0 or not is_project_import(imported):
        return []
    original = next((n for n, alias in imported.names if (alias or n) == name), None)
    if original is None or original == "*":
        return []
    try:
        module = imported.do_import_module(imported.modname)
    except Exception:
        return []
    found: list[nodes.NodeNG] = []
    for definition in module.locals.get(original, []):
        if isinstance(definition, nodes.ImportFrom):
            found += project_definitions(definition, original, hops - 1)
        else:
            found.append(definition)
    return found


def module_attribute_definitions(attribute: nodes.Attribute) -> list[nodes.NodeNG]:
    """What `m.name` reads when `m` is bound by `import m` (or `import m as alias`) to a module
    of the project: its module-level definitions of the name. Empty when unknown."""
    module = _project_module_read(attribute.expr, 3)
    if module is None:
        return []
    found: list[nodes.NodeNG] = []
    for definition in module.locals.get(str(attribute.attrname), []):
        if isinstance(definition, nodes.ImportFrom):  # a package re-exporting its module's
            found += project_definitions(definition, str(attribute.attrname))
        else:
            found.append(definition)
    return found


def _project_module_read(expr: nodes.NodeNG, hops: int) -> nodes.Module | None:
    """The project module `expr` reads: a name an import binds to one (`import m`), or a
    submodule read through packages (`sb.utils.data_pipeline` after `import sb`, each
    package's `__init__` importing the next)."""
    if isinstance(expr, nodes.Name):
        bound = lookup(expr, expr.name)
        if len(bound) != 1 or not isinstance(bound[0], (nodes.Import, nodes.ImportFrom)):
            return None
        return _imported_project_module(bound[0], expr.name)
    if not isinstance(expr, nodes.Attribute) or hops <= 0:
        return None
    package = _project_module_read(expr.expr, hops - 1)
    if package is None or not package.package:
        return None
    bound = package.locals.get(str(expr.attrname), [])
    if len(bound) != 1 or not isinstance(bound[0], (nodes.Import, nodes.ImportFrom)):
        return None
    return _imported_project_module(bound[0], str(expr.attrname))


def name_definitions(name: nodes.Name) -> list[nodes.NodeNG]:
    """What `name` is bound to where it is read; through `from m import name` of a project
    module, that module's own definitions (empty for other imports)."""
    definitions = lookup(name, name.name)
    if len(definitions) == 1 and isinstance(definitions[0], nodes.ImportFrom):
        return project_definitions(definitions[0], str(name.name))
    return definitions


def single_definition(func: nodes.NodeNG) -> nodes.NodeNG | None:
    """The one definition `func` names (`Name`, or `module.Name` of an imported module)."""
    if isinstance(func, nodes.Attribute):
        definitions = module_attribute_definitions(func)
    elif isinstance(func, nodes.Name):
        definitions = name_definitions(func)
    else:
        return None
    return definitions[0] if len(definitions) == 1 else None


def _imported_project_module(
    statement: nodes.Import | nodes.ImportFrom, bound_name: str
) -> nodes.Module | None:
    """The project module `import m` (or `import m as alias`), or `from pkg import m` of a
    package's submodule (`from .utils import type_check`), binds to `bound_name`."""
    imported = next(
        (name for name, alias in statement.names if (alias or name) == bound_name), None
    )
    if imported is None:
        return None
    try:
        if isinstance(statement, nodes.Import):
            if "." in imported or not is_project_module(imported):
                return None
            return statement.do_import_module(imported)
        package = statement.do_import_module(statement.modname)
        bindings = [
            b
            for b in package.locals.get(imported, [])
            if b is not statement and not _imports_own_submodule(b, package, imported)
        ]
        if bindings or not package.package:
            return None  # a name the package's `__init__` binds: not (only) the submodule
        if not is_project_module(f"{package.name}.{imported}"):
            return None
        return statement.do_import_module(f"{statement.modname}.{imported}".lstrip("."))
    except Exception:  # astroid's import errors, or a module that does not build
        return None


def _imports_own_submodule(binding: nodes.NodeNG, package: nodes.Module, name: str) -> bool:
    """`from . import tools` in the `__init__` of the package `tools` is a submodule of: the
    name is bound to that submodule still."""
    if not isinstance(binding, nodes.ImportFrom) or (name, None) not in binding.names:
        return False
    try:
        return bool(
            package.relative_to_absolute_name(binding.modname, binding.level) == package.name
        )
    except Exception:  # astroid's errors for a relative import beyond the top package
        return False


def named_function(func: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The one function of this module or of another project module that a name refers to
    (`load`, or `subs.load` after `import subs`)."""
    definition = single_definition(func)
    if isinstance(definition, nodes.FunctionDef) and is_user_node(definition):
        return definition  # not `print`
    return None


def single_returned_value(func: nodes.NodeNG) -> nodes.NodeNG | None:
    """What the project function `func` names returns, when it has one `return value`."""
    function = named_function(func)
    if function is None:
        return None
    returns = [r for r in nodes_in(function, nodes.Return) if r.value is not None]
    returns = [r for r in returns if r.scope() is function]
    return returns[0].value if len(returns) == 1 else None


def imports_a_boundary_library(file: str) -> bool:
    """Whether the file imports a library with process boundaries; remembered per version of
    the file (many files of a project import the same few modules)."""
    return answered_per_version(
        file, _MENTIONS, lambda text: bool(_BOUNDARY_IMPORT.search(text)), _MENTION_READ_LIMIT
    )


def runs_a_boundary_library(modname: str, file: str) -> bool:
    """The file imports a library with process boundaries, or starts something of a project
    module beside it that defines a `Process` subclass: `from utils import TimedProcess` brings
    multiprocessing's Process into a module that never names multiprocessing. (A package's
    `__init__` is the callers' to decide.) Remembered with astroid's module locations (cleared
    when the search path changes or a watched file does)."""
    if imports_a_boundary_library(file):
        return True
    if not starts_something(file):
        return False
    return remembered_with_locations(
        _RUNS_A_LIBRARY, (modname, file), lambda _: _imports_a_process_subclass(modname, file)
    )


def _imports_a_process_subclass(modname: str, file: str) -> bool:
    root = _package_root(file, modname)
    return root is not None and any(
        other != file and defines_a_process_subclass(other)
        for name in dict.fromkeys(_file_imports(modname, file))
        if name != modname and (other := _module_under(root, name)) is not None
    )


def starts_something(file: str) -> bool:
    """Whether the file's text calls `.start(`: perhaps of a Process subclass defined in a
    module it imports (`TimedProcess(...).start()`), perhaps of a regex match."""
    return answered_per_version(
        file, _STARTS, lambda text: bool(_START_CALL.search(text)), _MENTION_READ_LIMIT
    )


def defines_a_process_subclass(file: str) -> bool:
    """Whether the file imports a boundary library and defines a class with `Process` among
    its bases: what a module that only starts something reaches a boundary library through
    (any project module it imports would pull in most of a large project)."""
    return imports_a_boundary_library(file) and answered_per_version(
        file, _PROCESS_CLASSES, lambda text: bool(_PROCESS_CLASS.search(text))
    )


_START_CALL = re.compile(r"\.\s*start\s*\(")
_STARTS: dict[tuple[str, int, int], bool] = {}
_PROCESS_CLASS = re.compile(r"^[ \t]*class[ \t]+\w+[ \t]*\([^)]*\bProcess\b", re.M)
_PROCESS_CLASSES: dict[tuple[str, int, int], bool] = {}


def _package_root(file: str, modname: str) -> str | None:
    """The folder `modname` is imported from: `file`'s folder, up one per dot in the name."""
    root = os.path.dirname(file)
    for _ in range(modname.count(".") + (1 if file.endswith("__init__.py") else 0)):
        root = os.path.dirname(root)
    return root or None


def _module_under(root: str, modname: str) -> str | None:
    """The file of `modname` in the folder `root` (the project's modules beside the importing
    one), found with two file tests instead of a walk of the whole search path."""
    base = os.path.join(root, *modname.split("."))
    for file in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(file):
            return file
    return None


_RUNS_A_LIBRARY = "<picklecheck runs a boundary library>"


def answered_per_version(
    file: str,
    answers: dict[tuple[str, int, int], bool],
    question: Callable[[str], bool],
    read_limit: int = -1,
) -> bool:
    """`question` asked of the file's text (its first `read_limit` characters), remembered in
    `answers` per version of the file (path, mtime, size); False when it cannot be read."""
    answer: bool | None = read_per_version(file, answers, question, read_limit)
    return bool(answer)


_Read = TypeVar("_Read")


def read_per_version(
    file: str,
    table: dict[tuple[str, int, int], _Read],
    derive: Callable[[str], _Read],
    read_limit: int = -1,
) -> _Read | None:
    """What `derive` makes of the file's text (its first `read_limit` characters), remembered
    in `table` per version of the file (path, mtime, size); None when it cannot be read."""
    try:
        status = os.stat(file)
        key = (file, status.st_mtime_ns, status.st_size)
        if key not in table:
            if len(table) > _ANSWERS_KEPT:
                table.clear()  # old versions of edited files pile up in a long session
            with open(file, encoding="utf-8", errors="replace") as handle:
                table[key] = derive(handle.read(read_limit))
        return table[key]
    except OSError:
        return None


# An import of a library with process boundaries (the words alone are common: Queue, Pool).
BOUNDARY_LIBRARIES = ("multiprocessing", "concurrent", "torch", "joblib", "multiprocess")
_BOUNDARY_IMPORT = re.compile(
    rf"^[ \t]*(?:from|import)[ \t]+(?:{'|'.join(BOUNDARY_LIBRARIES)}|pathos|loky|pebble)\b", re.M
)
# How much of an imported module the prefilter reads for library names.
_MENTION_READ_LIMIT = 1_000_000
# (file, mtime, size) -> whether it names a boundary library: a cache of text searches.
_MENTIONS: dict[tuple[str, int, int], bool] = {}
_ANSWERS_KEPT = 20_000  # file versions a table of answers keeps


def imported_packages(module: nodes.Module) -> frozenset[str]:
    """The top-level packages the module's import statements name (remembered)."""
    known: frozenset[str] | None = remembered(module, "imported_packages")
    if known is None:
        names: set[str] = set()
        for statement in nodes_in(module, (nodes.Import, nodes.ImportFrom)):
            if isinstance(statement, nodes.ImportFrom):
                names.add((statement.modname or "").split(".")[0])
            else:
                names.update(name.split(".")[0] for name, _alias in statement.names)
        known = frozenset(names)
        remember(module, "imported_packages", known)
    return known


# `copyreg.pickle(Client, ...)`, `ForkingPickler.register(Client, ...)`: a reducer registered
_REGISTRATION = re.compile(
    r"\b(?:copyreg|ForkingPickler|reduction)\b[\s\S]*?\b(?:pickle|register)\s*\("
)
_REGISTERS: dict[tuple[str, int, int], bool] = {}


def registers_a_reducer(file: str) -> bool:
    """Whether the file's text may register a pickling reducer; remembered per version."""
    return answered_per_version(
        file, _REGISTERS, lambda text: bool(_REGISTRATION.search(text)), _MENTION_READ_LIMIT
    )


_MANAGER = re.compile(r"\b(?:Manager|SyncManager|BaseManager)\b")
_MENTIONS_MANAGER: dict[tuple[str, int, int], bool] = {}


def may_return_a_proxy(func: nodes.Name) -> bool:
    """Whether the function `func` names lives in a module whose text mentions a Manager: the
    cheap test before a helper of another module is built to see if it returns a proxy."""
    definitions = lookup(func, func.name)
    if len(definitions) != 1:
        return False
    definition = definitions[0]
    if isinstance(definition, nodes.FunctionDef):
        file = definition.root().file
    elif isinstance(definition, nodes.ImportFrom) and is_project_import(definition):
        root = definition.root()
        try:
            modname = root.relative_to_absolute_name(definition.modname, definition.level)
        except Exception:
            return False
        file = module_file(str(modname))
    else:
        return False
    return bool(file) and answered_per_version(
        str(file), _MENTIONS_MANAGER, lambda text: bool(_MANAGER.search(text)), _MENTION_READ_LIMIT
    )


# Project files read to find the users of a module's decorator (text first, built on a match).
_NEIGHBOURS_READ = 60


def neighbour_modules_mentioning(
    module: nodes.Module,
    needle: str,
    importing: frozenset[str] = frozenset(),
    most: int | None = None,
) -> list[nodes.Module] | None:
    """Project modules beside `module` whose text contains `needle`, built: the files of the
    folder holding its top-level package (or itself), and of the packages below it. A
    decorator's users are found there when the module being analysed does not import them
    (`dispatch.py` reading the registry that `jobs.py` fills). With `importing`, only files
    with an import statement naming one of those modules or packages (text only: most files
    of a folder never import the module, and building them is the cost). None when more
    than `most` files match: too many to build for one question."""
    file = getattr(module, "file", None)
    if not file or is_library_file(str(file)):
        return []
    top = os.path.dirname(str(file))
    while os.path.exists(os.path.join(top, "__init__.py")):
        top = os.path.dirname(top)
    paths = [
        path
        for path in _project_files(top)[:_NEIGHBOURS_READ]
        if not os.path.samefile(path, str(file))
        and needle in _neighbour_text(path)
        and (not importing or _imports_any(path, importing))
    ]
    if most is not None and len(paths) > most:
        return None
    found: list[nodes.Module] = []
    for path in paths:
        parts = os.path.relpath(path, top)[: -len(".py")].split(os.sep)
        modname = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        built = built_module(module, modname)
        if built is None or not _built_from(built, path):
            built = _built_from_file(path, modname)  # the name is another project's (`main`)
        found += [built] if built is not None else []
    note_neighbours_read(module, found)
    return found


def _neighbour_text(path: str) -> str:
    """The file's text (its first megabyte), kept per version: the same neighbours are
    searched for many names in one check."""
    if len(_NEIGHBOUR_TEXTS) > _NEIGHBOUR_TEXTS_KEPT:
        _NEIGHBOUR_TEXTS.clear()
    return read_per_version(path, _NEIGHBOUR_TEXTS, str, _MENTION_READ_LIMIT) or ""


_NEIGHBOUR_TEXTS: dict[tuple[str, int, int], str] = {}
_NEIGHBOUR_TEXTS_KEPT = 512  # texts of files kept for neighbour searches


def _built_from(module: nodes.Module, path: str) -> bool:
    file = getattr(module, "file", None)
    try:
        return bool(file) and os.path.samefile(str(file), path)
    except OSError:
        return False


def _built_from_file(path: str, modname: str) -> nodes.Module | None:
    """The module of `path`, built under `modname` (astroid keeps a module it already knows
    by that name in its cache; this one is built apart)."""
    try:
        return astroid.MANAGER.ast_from_file(path, modname, fallback=False)
    except Exception:
        return None


def built_module(importer: nodes.Module, modname: str) -> nodes.Module | None:
    """The module `modname` as `importer` would import it, built; None when it cannot be.
    By its absolute name (`do_import_module` of a relative import would apply the level
    again)."""
    try:
        return importer.import_module(modname, level=None)
    except Exception:
        return None


def _project_files(top: str) -> list[str]:
    """The `.py` files of `top` and of the packages below it, in a stable order."""
    files: list[str] = []
    for folder, subfolders, names in os.walk(top):
        subfolders[:] = sorted(
            d for d in subfolders if os.path.exists(os.path.join(folder, d, "__init__.py"))
        )
        files += [os.path.join(folder, n) for n in sorted(names) if n.endswith(".py")]
        if len(files) > _NEIGHBOURS_READ:
            break
    return files


def file_mentions(path: str, needle: str) -> bool:
    """Whether the file's text (its first megabyte) contains `needle`."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return needle in handle.read(_MENTION_READ_LIMIT)
    except OSError:
        return False


# `from .x import a, b` / `import a.b as c`, read from a file's text (a statement per line;
# parenthesised names spanning lines are read up to the line's end: enough to follow modules).
_IMPORT_STATEMENT = re.compile(
    r"^[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+\(?([\w, \t]*)|import[ \t]+([\w., \t]+))",
    re.MULTILINE,
)
_IMPORTS_READ: dict[tuple[str, int, int], list[tuple[int, str, list[str]]]] = {}


def imported_project_files(module: nodes.Module, limit: int = 40) -> list[tuple[str, str]]:
    """(module name, file) of the project modules importing `module` runs, transitively, read
    from the files' text without building them: the packages it is in, what it imports, what
    those import (at most `limit`). Cheap enough to ask for every analysed file."""
    root_file = getattr(module, "file", None)
    if not root_file or not module.name:
        return []
    found: list[tuple[str, str]] = []
    seen = {module.name}
    pending = [*_parent_packages(module.name), *_file_imports(module.name, str(root_file))]
    while pending and len(found) < limit:
        modname = pending.pop(0)
        if modname in seen:
            continue
        seen.add(modname)
        file = module_file(modname) if is_project_module(modname) else None
        if file is None:
            continue
        found.append((modname, file))
        pending += _file_imports(modname, file)
    return found


def _parent_packages(modname: str) -> list[str]:
    parts = modname.split(".")
    return [".".join(parts[:index]) for index in range(1, len(parts))]


def _file_imports(modname: str, file: str) -> list[str]:
    """The absolute module names a file's import statements may run (remembered per file
    version): `from . import x` gives the package and `package.x`."""
    package = modname if file.endswith("__init__.py") else modname.rpartition(".")[0]
    names: list[str] = []
    for level, base, imported in _import_statements(file):
        if level:  # `from ..x import y`: the package `level - 1` steps up
            anchor = package.split(".")
            base = ".".join(p for p in [*anchor[: len(anchor) - (level - 1)], base] if p)
        if not base:
            continue
        names.append(base)
        names += [f"{base}.{name}" for name in imported]
    return names


def reexported_from(init_file: str, names: set[str]) -> list[str]:
    """The modules a package's `__init__` imports any of `names` from, as written (`.runner`
    for `from .runner import run_in_subprocess`), or imports as submodules of those names."""
    modules = []
    for level, base, imported in _import_statements(init_file):
        wanted = set(imported) & names
        if not wanted:
            continue
        written = "." * level + base
        modules += [written] if base else [f"{written}{name}" for name in sorted(wanted)]
    return modules


def _imports_any(file: str, names: frozenset[str]) -> bool:
    """An import statement of the file names one of `names` (a module path's part, or a name
    imported from a module)."""
    for _level, base, imported in _import_statements(file):
        if names & {*base.split("."), *imported}:
            return True
    return False


def _import_statements(file: str) -> list[tuple[int, str, list[str]]]:
    """(level, module, names) per import statement of the file's text."""
    return read_per_version(file, _IMPORTS_READ, _parsed_imports, _MENTION_READ_LIMIT) or []


def _parsed_imports(text: str) -> list[tuple[int, str, list[str]]]:
    statements: list[tuple[int, str, list[str]]] = []
    for dots, base, names, plain in _IMPORT_STATEMENT.findall(text):
        if plain:
            for part in plain.split(","):
                dotted = part.split(" as ")[0].strip()
                statements += [(0, dotted, [])] if dotted else []
        else:
            imported = [n.split(" as ")[0].strip() for n in names.split(",")]
            statements.append((len(dots), base, [n for n in imported if n.isidentifier()]))
    return statements
