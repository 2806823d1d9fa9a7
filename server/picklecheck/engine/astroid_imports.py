"""Where astroid finds modules: the user interpreter's search path in Python's order, for
reading source only. Nothing from the user's folders is imported or executed: compiled modules
come only from this Python's standard library folders."""

from __future__ import annotations

import contextlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import sysconfig
import types
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

import astroid
from astroid import nodes
from astroid.exceptions import AstroidBuildingError, AstroidImportError

from picklecheck.engine.astroid_build import built_from
from picklecheck.engine.astroid_lazy import is_library_file
from picklecheck.engine.knowledge import ARRAY_PACKAGES
from picklecheck.engine.model import Dependency
from picklecheck.engine.module_slices import Slicer, statement_span
from picklecheck.engine.tree_memo import nodes_in, remember, remembered


def add_search_path(path: str) -> None:
    """Let astroid resolve imports of modules next to the analysed file: after the standard
    library (a user's `queue.py` must not stand in for the real one), before installed packages
    (a project that is itself installed, or a copy of one, is read from the files being
    checked, as when its tests run from its folder). Search paths are for reading source only:
    see `_load_standard_module` and `_SourceOnlyFolders`."""
    install_load_guards()
    if path and path not in sys.path:
        sys.path.insert(_after_the_standard_library(), path)
        _checked_folders.add(path)
        _SourceOnlyFolders.folders.add(os.path.abspath(path))
        _forget_module_locations()  # a module found in an installed package may be here now


def _after_the_standard_library() -> int:
    """Past the standard library's folders and the checked folders added before (the first
    one added keeps priority)."""
    zipped = f"python{sys.version_info.major}{sys.version_info.minor}.zip"
    last = -1
    for index, entry in enumerate(sys.path):
        real = os.path.realpath(entry) if entry else ""
        standard = real in _STANDARD_FOLDERS or os.path.basename(real) == zipped
        if standard or entry in _checked_folders:
            last = index
    return last + 1


_checked_folders: set[str] = set()


# The user interpreter's folders currently on sys.path (they were not there before).
_interpreter_paths: list[str] = []


def set_search_paths(paths: list[str]) -> None:
    """Make astroid resolve imports along the user's interpreter's sys.path, in its order
    (the first folder defining a module wins, as in Python). A newly chosen interpreter's
    folders replace the previous one's; astroid's caches of where modules were found are
    dropped, since an answer may change."""
    install_load_guards()
    for old in _interpreter_paths:
        with contextlib.suppress(ValueError):
            sys.path.remove(old)
    _interpreter_paths.clear()
    for path in dict.fromkeys(paths):
        if path and path not in sys.path:
            sys.path.append(path)
            _interpreter_paths.append(path)
            _SourceOnlyFolders.folders.add(os.path.abspath(path))
    _forget_module_locations()


def _forget_module_locations() -> None:
    from astroid.interpreter._import import spec

    astroid.MANAGER._mod_file_cache.clear()
    spec._find_spec.cache_clear()
    for finder in spec._SPEC_FINDERS:
        finder.find_module.cache_clear()


# What analysis may load. astroid reads modules as source, except compiled ones: it imports a
# compiled module whose name is in the standard library, wherever it found the file. A `_gdbm.so`
# next to the analysed file (a name this Python lacks) would then run native code inside
# picklecheck. Only this Python's own standard library folders may provide compiled modules.


def _standard_library_folders() -> list[str]:
    # The base installation's folders, even when picklecheck runs in a virtual environment.
    base = {"platbase": sys.base_exec_prefix, "installed_platbase": sys.base_exec_prefix}
    paths = sysconfig.get_paths(vars={**base, "base": sys.base_prefix})
    folders = [paths[key] for key in ("platstdlib", "stdlib") if key in paths]
    folders += [os.path.join(folder, "lib-dynload") for folder in folders]
    folders.append(os.path.join(sys.base_exec_prefix, "DLLs"))  # Windows
    return list(dict.fromkeys(os.path.realpath(folder) for folder in folders))


_STANDARD_FOLDERS = _standard_library_folders()


def _load_standard_module(dotted_name: str) -> types.ModuleType:
    """astroid's loader of compiled modules, held to built-in modules and the compiled modules
    of this Python's standard library folders; anything else is an ImportError (unknown)."""
    loaded = sys.modules.get(dotted_name)
    if loaded is not None:
        return loaded
    if dotted_name in sys.builtin_module_names:
        return importlib.import_module(dotted_name)
    found = None
    if "." not in dotted_name:
        found = importlib.machinery.PathFinder.find_spec(dotted_name, _STANDARD_FOLDERS)
    if found is None or not isinstance(found.loader, importlib.machinery.ExtensionFileLoader):
        raise ImportError(f"{dotted_name} is not a compiled module of this Python")
    module = importlib.util.module_from_spec(found)
    sys.modules[dotted_name] = module
    try:
        found.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(dotted_name, None)
        raise
    return module


def _never_import(modname: str) -> nodes.Module:
    """Stands in for astroid's gi hook, which imports `gi.repository.*` modules for real (a
    `gi` package in the user's folder would run)."""
    raise AstroidBuildingError(modname=modname)


class _RefusedLoader(importlib.abc.Loader):
    def __init__(self, origin: str) -> None:
        self.origin = origin

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        raise ImportError(f"picklecheck reads {self.origin} as source, it never imports it")

    def exec_module(self, module: types.ModuleType) -> None:
        raise ImportError(f"picklecheck reads {self.origin} as source, it never imports it")


class _SourceOnlyFolders(importlib.abc.MetaPathFinder):
    """First on sys.meta_path: a real import of a top-level module never comes from a folder
    added for reading source (the analysed file's, the user interpreter's). When a trusted
    folder has the module, that one is imported, even where a checked folder comes first on
    sys.path (a project's `attrs/` never stands in for picklecheck's dependency; astroid, which
    walks sys.path itself, still reads the project's). When only a checked folder has it, it is
    found but loading it raises ImportError: astroid asks importlib for some specs, and for a
    dotted name importlib imports the parent package for real (a `winreg/__init__.py` in a
    Linux project, a standard name this platform lacks, would run when a file imports
    `winreg.schema`). Submodules are left alone: their parent package was imported, so it is
    not the user's."""

    folders: set[str] = set()

    @classmethod
    def find_spec(
        cls, name: str, path: Any = None, target: Any = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not cls.folders or path is not None:
            return None
        trusted = [p for p in sys.path if os.path.abspath(p or os.curdir) not in cls.folders]
        outside = importlib.machinery.PathFinder.find_spec(name, trusted)
        if outside is not None:
            return outside
        found = importlib.machinery.PathFinder.find_spec(name)
        if found is None or found.origin is None:  # absent, or a namespace package: no code
            return None
        found.loader = _RefusedLoader(found.origin)
        return found


def install_load_guards() -> None:
    """Idempotent, and it survives `MANAGER.clear_cache()` (which registers the brains again:
    they pick up the replaced module-level functions)."""
    from astroid import manager
    from astroid.brain import brain_gi

    manager.load_module_from_name = _load_standard_module
    brain_gi._import_gi_module = _never_import
    hooks = astroid.MANAGER._failed_import_hooks
    hooks[:] = [
        hook
        for hook in hooks
        if hook is not _never_import and getattr(hook, "__module__", "") != brain_gi.__name__
    ]
    astroid.MANAGER.always_load_extensions = False
    astroid.MANAGER.extension_package_whitelist.clear()
    _refuse_installed_array_packages()
    if not any(finder is _SourceOnlyFolders for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourceOnlyFolders)
    _pin_working_folder()


# Array and tensor packages: the judge leaves their values unknown (they pickle through their own
# __reduce__, knowledge.ARRAY_PACKAGES), yet inference reached into them through other modules'
# attributes and star imports: one `np.arange` in a checked file built two dozen numpy modules
# (0.2 s). Installed copies are not read at all; a checked project's own copy (numpy's own
# repository) still is.
_NOT_READ_WHEN_INSTALLED = ARRAY_PACKAGES | {"scipy", "tensorflow", "jax", "matplotlib"}


def _refuse_installed_array_packages() -> None:
    from astroid.manager import AstroidManager

    build = AstroidManager.ast_from_module_name
    if getattr(build, "_picklecheck_refuses_arrays", False):
        return

    def ast_from_module_name(manager: Any, modname: str | None, *args: Any, **kwargs: Any) -> Any:
        top = modname.partition(".")[0] if modname else ""
        if top in _NOT_READ_WHEN_INSTALLED and not _in_checked_folder(top):
            raise AstroidImportError(f"{modname}: an array package, not read")
        return build(manager, modname, *args, **kwargs)

    ast_from_module_name._picklecheck_refuses_arrays = True  # type: ignore[attr-defined]
    AstroidManager.ast_from_module_name = ast_from_module_name


def _in_checked_folder(top: str) -> bool:
    return any(
        os.path.exists(os.path.join(folder, top, "__init__.py"))
        or os.path.exists(os.path.join(folder, f"{top}.py"))
        for folder in _checked_folders
    )


def _pin_working_folder() -> None:
    """An empty sys.path entry means "the working folder", and astroid changes the working
    folder to the analysed file's while it resolves that file's imports: any import made
    meanwhile, by any thread, would find the user's modules first. Pin it to what it means."""
    if "" in sys.path:
        sys.path[sys.path.index("")] = os.getcwd()


install_load_guards()


def project_files_read(module: nodes.Module) -> tuple[Dependency, ...]:
    """The project modules an analysis of `module` could have read, each with the names of it
    used along the way: its import closure among the modules astroid has built, without
    library modules (which import no project code).

    The closure is taken over import statements rather than recorded while inferring: astroid
    memoises inferences across files, so a recording would depend on what was analysed before.
    A module that was never built cannot have contributed anything. The names a module's
    importers use of it are read the same way (`_ImportUse`), so a cache can tell an edit they
    cannot see (engine/module_slices.py).
    """
    built = astroid.MANAGER.astroid_cache
    own = os.path.abspath(module.file) if module.file else ""
    files: dict[str, str] = {}  # dotted name -> file, for project modules in the closure
    modules: dict[str, nodes.Module] = {}  # file -> its tree
    used: dict[str, set[str] | None] = {}
    seen: set[str] = set()
    pending = [module]
    while pending:
        current = pending.pop()
        for path in remembered(current, _NEIGHBOURS_READ) or ():
            files[f"<beside> {path}"] = path  # read whole: no importer names what it uses
        reading = _import_use(current)
        _merge_uses(used, reading.uses)
        for name in reading.modules:
            if name in seen:
                continue
            seen.add(name)
            imported = built.get(name)
            file = getattr(imported, "file", None)
            if not file or not file.endswith(".py") or is_library_file(file):
                continue
            files[name] = os.path.abspath(file)
            modules[files[name]] = imported
            pending.append(imported)
    return _dependencies_of(files, used, own, modules)


_NEIGHBOURS_READ = "neighbours_read"


def note_neighbours_read(module: nodes.Module, neighbours: Iterable[nodes.Module]) -> None:
    """Records project modules beside `module` that an analysis consulted though `module` does
    not import them (the modules constructing its classes or applying its decorators): a
    change to one of them changes what an analysis reading `module` finds."""
    known: frozenset[str] = remembered(module, _NEIGHBOURS_READ) or frozenset()
    files = {os.path.abspath(str(m.file)) for m in neighbours if getattr(m, "file", None)}
    remember(module, _NEIGHBOURS_READ, known | files)


def _merge_uses(into: dict[str, set[str] | None], uses: dict[str, frozenset[str] | None]) -> None:
    for name, names in uses.items():
        _add_names(into, name, names)


def _add_names(into: dict[str, set[str] | None], key: str, names: Iterable[str] | None) -> None:
    """Adds `names` to those used of `key`; None (any of them may be used) absorbs the rest."""
    if names is None or into.get(key, set()) is None:
        into[key] = None
    else:
        into.setdefault(key, set()).update(names)  # type: ignore[union-attr]


def _dependencies_of(
    files: dict[str, str],
    used: dict[str, set[str] | None],
    own: str,
    modules: dict[str, nodes.Module],
) -> tuple[Dependency, ...]:
    by_path: dict[str, set[str] | None] = {}
    for name, path in files.items():
        if path == own:
            continue
        # a module nobody names (it cannot happen) counts whole, to be safe
        _add_names(by_path, path, used.get(name))
    found = []
    for path, names in sorted(by_path.items()):
        if names is None:
            found.append(Dependency(path, None))
            continue
        ordered = tuple(sorted(names))
        slicer = _slicer(modules[path])
        sliced = slicer.fingerprint(ordered) if slicer else None
        if slicer is not None and sliced is None:
            # no slice of this text can be told apart (dynamic code): the whole file counts,
            # and the cache need not parse it again to find that out
            found.append(Dependency(path, None))
        else:
            found.append(Dependency(path, ordered, sliced))
    return tuple(found)


def _bound_by_statements(module: nodes.Module) -> list[str]:
    """The module's names, without those only a `from x import *` binds (astroid lists what
    the star imports; a parse of the text alone cannot)."""
    return [
        name
        for name, bindings in module.locals.items()
        if any(not _star_import(binding) for binding in bindings)
    ]


def _star_import(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.ImportFrom) and any(name == "*" for name, _ in node.names)


def _slicer(module: nodes.Module) -> Slicer | None:
    """The module's statements as the tree already has them: no second parse. Kept on it."""
    known: Slicer | None = remembered(module, "slicer")
    if known is None:
        source = built_from(module)
        if source is None:
            return None
        spans = [statement_span(statement) for statement in module.body]
        known = Slicer(source, spans, bound=_bound_by_statements(module))
        remember(module, "slicer", known)
    return known


class _ImportUse:
    """What one module's imports reach: the dotted names an import may load (each imported
    module, its parent packages, and `package.name` for `from package import name`, a submodule
    or not), and per dotted name the names the module uses of it (None: it may use any, as
    after `from package import *` or when a module object is passed around bare)."""

    def __init__(self) -> None:
        self.modules: set[str] = set()
        self.uses: dict[str, frozenset[str] | None] = {}
        self._uses: dict[str, set[str] | None] = {}
        self._bound: dict[str, str] = {}  # a name an import binds -> the dotted name it binds

    def read(self, module: nodes.Module) -> _ImportUse:
        for node in _import_statements(module):
            if isinstance(node, nodes.Import):
                self._import(node)
            else:
                self._import_from(module, node)
        # Attribute chains matter only on names bound to modules of the project. A name bound
        # to what is not built yet may be one built later, after this memo: it counts whole.
        # Most modules bind only library modules and names that are no modules (built or
        # not), and skip the walk over their names.
        chained: dict[str, str] = {}
        for name, target in self._bound.items():
            built = astroid.MANAGER.astroid_cache.get(target)
            if built is None:
                self._use(target, None)
            elif _project_file(built):
                chained[name] = target
        self._bound = chained
        if self._bound:
            read: set[str] = set()
            for name in nodes_in(module, nodes.Name):
                if name.name in self._bound and _reads_import(name):
                    self._chain(name)
                    read.add(name.name)
            for name in self._bound.keys() - read:
                # `import registrations` for its side effects (a copyreg reducer it registers):
                # what it does when it runs may matter, all of it
                self._use(self._bound[name], None)
        self.uses = {k: None if v is None else frozenset(v) for k, v in self._uses.items()}
        return self

    def _use(self, dotted: str, name: str | None) -> None:
        _add_names(self._uses, dotted, None if name is None else (name,))

    def _load(self, dotted: str) -> None:
        parts = dotted.split(".")
        for end in range(1, len(parts) + 1):
            self.modules.add(".".join(parts[:end]))
            if end < len(parts):  # loading `a.b` looks `b` up in package `a`
                self._use(".".join(parts[:end]), parts[end])

    def _import(self, node: nodes.Import) -> None:
        for name, alias in node.names:
            self._load(name)
            self._bound[alias or name.split(".")[0]] = name if alias else name.split(".")[0]

    def _import_from(self, module: nodes.Module, node: nodes.ImportFrom) -> None:
        try:
            base = module.relative_to_absolute_name(node.modname, node.level)
        except Exception:
            return
        self._load(base)
        for name, alias in node.names:
            if name == "*":
                self._use(base, None)
                continue
            self._use(base, name)
            self.modules.add(f"{base}.{name}")
            self._bound[alias or name] = f"{base}.{name}"

    def _chain(self, node: nodes.Name) -> None:
        """`name.a.b`: `a` is used of what `name` binds, `b` of that `.a` (a submodule or
        not); whatever the chain ends at may be used whole (it matters only for a module)."""
        dotted = self._bound[node.name]
        current: nodes.NodeNG = node
        while isinstance(current.parent, nodes.Attribute) and current.parent.expr is current:
            current = current.parent
            self._use(dotted, current.attrname)
            dotted = f"{dotted}.{current.attrname}"
        stored = current.parent
        if isinstance(stored, (nodes.AssignAttr, nodes.DelAttr)) and stored.expr is current:
            self._use(dotted, stored.attrname)  # `module.NAME = value`: NAME, not all of it
        else:
            self._use(dotted, None)


def _reads_import(name: nodes.Name) -> bool:
    """Whether `name` may read what an import bound, not a local variable of the same name
    (`with Parallel() as parallel`): the nearest enclosing function scope that binds the name
    decides (a class body is not seen from its methods); at module level, the import does."""
    scope = name.scope()
    own = True
    while not isinstance(scope, nodes.Module) and scope.parent is not None:
        if own or not isinstance(scope, nodes.ClassDef):
            bindings = scope.locals.get(name.name)
            if bindings:
                return any(isinstance(b, (nodes.Import, nodes.ImportFrom)) for b in bindings)
        own = False
        scope = scope.parent.scope()
    return True


def _import_use(module: nodes.Module) -> _ImportUse:
    """Kept on the module: a run asks again for every file whose imports reach it."""
    known: _ImportUse | None = remembered(module, "import_use")
    if known is None:
        known = _ImportUse().read(module)
        remember(module, "import_use", known)
    return known


def _import_statements(module: nodes.Module) -> list[nodes.Import | nodes.ImportFrom]:
    """Every import of `module`: from the one walk of a checked file (see `nodes_in`), or, for
    a module only imported, from its scopes' names (each import binds one in the scope it is
    in) and its top-level star imports, without walking all its nodes."""
    if remembered(module, "all_nodes") is not None:
        return nodes_in(module, (nodes.Import, nodes.ImportFrom))
    found: dict[int, nodes.Import | nodes.ImportFrom] = {}
    scopes: list[nodes.NodeNG] = [module]
    seen = {id(module)}
    while scopes:
        for bindings in scopes.pop().locals.values():
            for binding in bindings:
                if isinstance(binding, (nodes.Import, nodes.ImportFrom)):
                    found[id(binding)] = binding
                elif isinstance(binding, (nodes.FunctionDef, nodes.ClassDef)) and (
                    id(binding) not in seen
                ):
                    seen.add(id(binding))
                    scopes.append(binding)
    for star in _top_level_star_imports(module):
        found[id(star)] = star
    return list(found.values())


def _top_level_star_imports(module: nodes.Module) -> list[nodes.ImportFrom]:
    """`from m import *`, legal only at module level (also inside `if`/`try` there)."""
    found: list[nodes.ImportFrom] = []
    pending: list[nodes.NodeNG] = list(module.body)
    while pending:
        node = pending.pop()
        if _star_import(node):
            found.append(node)
        elif isinstance(node, (nodes.If, nodes.Try, nodes.With)):
            pending.extend(node.get_children())
        elif isinstance(node, (nodes.ExceptHandler,)):
            pending.extend(node.body)
    return found


def _project_file(module: nodes.Module) -> bool:
    file = getattr(module, "file", None)
    return bool(file) and str(file).endswith(".py") and not is_library_file(str(file))


def module_file(modname: str) -> str | None:
    """The file astroid would build for `import modname`, located along the search path
    without building or running anything; None when it is not found. Remembered until the
    search path changes or astroid's caches are cleared (the text-level import closures ask
    for the same names over and over: a fifth of a cold check of 15 repositories)."""
    return remembered_with_locations("<picklecheck module_file>", modname, _module_file)


def _module_file(modname: str) -> str | None:
    from astroid import modutils

    try:
        found = modutils.file_from_modpath(modname.split("."))
    except Exception:
        return None
    return str(found) if found else None


_Located = TypeVar("_Located")


def remembered_with_locations(kind: str, key: Hashable, find: Callable[..., _Located]) -> _Located:
    """`find(key)`, remembered in astroid's cache of module locations under `(kind, key)`:
    forgotten with it, when the search path changes or a watched file does."""
    cache = astroid.MANAGER._mod_file_cache
    slot = (kind, key)
    if slot not in cache:
        cache[slot] = find(key)
    return cache[slot]  # type: ignore[no-any-return]
