"""Whether a file is worth building, from text searches alone (nothing is parsed or built).

Most files of a project start no process: deciding that from the text spares astroid's build,
the largest cost of a check. Every search here may over-match (a name in a string or comment
only means the file is built); none may under-match (tests/engine/test_prefilter.py)."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from picklecheck.engine.astroid_imports import remembered_with_locations
from picklecheck.engine.flow.project import (
    BOUNDARY_LIBRARIES,
    answered_per_version,
    defines_a_process_subclass,
    imports_a_boundary_library,
    read_per_version,
    reexported_from,
    starts_something,
)
from picklecheck.engine.providers.registry import CALLS as PROVIDER_CALLS
from picklecheck.engine.providers.registry import MENTIONS as PROVIDER_MENTIONS
from picklecheck.engine.sinks import CANDIDATE_ATTRS, CANDIDATE_CTORS

PROFILER_CALLS = frozenset({"run", "runctx", "enable"})
# Calls that start processes as soon as they run: at import time, outside the main guard.
UNGUARDED_START_NAMES = frozenset({"Pool", "ProcessPoolExecutor", "Manager", "start"})
_PROXY_FACTORY_NAMES = frozenset({"dict", "list", "Namespace", "Queue", "JoinableQueue"})
# Every check starts from a call spelled with one of these names, as a method (`x.map(`) or
# also bare (`Pool(`), or of a class of the file (a Process subclass); a file that calls none of
# them is not built (Statistics.files_prefiltered).
METHOD_NAMES = CANDIDATE_ATTRS | PROFILER_CALLS | _PROXY_FACTORY_NAMES
CALLABLE_NAMES = CANDIDATE_CTORS | UNGUARDED_START_NAMES | PROVIDER_CALLS

# Files that mention none of these cannot contain a process boundary; they never build a tree.
_MENTION = re.compile("|".join(PROVIDER_MENTIONS))
GAP = r"(?:\s|\\|#[^\n]*\n)*"  # a line break, a backslash or a comment inside brackets
_METHOD_CALL = re.compile(rf"\.{GAP}(?:{'|'.join(sorted(METHOD_NAMES))}){GAP}\(")
# No leading `\b` in the searches below: the regex engine then skips ahead to the characters
# a name can start with, several times faster; `_word_at` checks the boundary instead.
_NAMED_CALL = re.compile(rf"(?:{'|'.join(sorted(CALLABLE_NAMES))}){GAP}\(")
# `from joblib import Parallel as P`: calls of the alias are candidates too.
_AS_KEYWORD = re.compile(r"\sas\s+\w")
_CLASS_NAME = re.compile(r"^[ \t]*class[ \t]+(\w+)", re.MULTILINE)
_START_CALL = re.compile(rf"\.{GAP}start{GAP}\(")
_IMPORTED_MODULE = re.compile(
    r"^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import|import[ \t]+([\w.]+))", re.M
)
# pebble's `@concurrent.process`: every call of the decorated function starts a process
_RUNS_IN_A_PROCESS = re.compile(r"@[ \t]*(?:pebble\.)?concurrent\.process\b")
# `class MetaLoader(DataLoader):` (or a subclass of one, `BatchMetaDataLoader`) whose
# `super().__init__(...)` is the loader's construction.
# `partial(DataLoader, num_workers=2)`: each call of the partial makes a loader.
_LOADER_PARTIAL = re.compile(rf"partial{GAP}\({GAP}(?:\w+\.)*DataLoader\b")
_LOADER_SUBCLASS = re.compile(r"^[ \t]*class[ \t]+\w+[ \t]*\([^)]*DataLoader", re.M)


class Prefilter(NamedTuple):
    build: bool  # the file is built and analysed
    mentions: bool  # it names a library with process boundaries (may_reach_a_boundary)
    read: tuple[str, ...]  # project modules whose text was read to decide


def prefilter(source: str, path: str, check_calls: bool = True) -> Prefilter:
    """Whether `analyze_outcome` builds the file. The whole text decides, as the full analysis
    does; `check_calls=False` (re-analysis of a blanked tree) skips the call search. A file the
    searches reject is still built when a project module it imports may pickle what it passes
    (engine/forwarded.py)."""
    mentions = may_reach_a_boundary(source)
    if mentions and (not check_calls or calls_a_candidate(source)):
        return Prefilter(True, mentions, ())
    read, forwarding = imported_boundary_modules(source, path)
    return Prefilter(forwarding, mentions, tuple(read))


def passes_prefilter(source: str, path: str) -> bool:
    """Whether `analyze_outcome` builds the file."""
    return prefilter(source, path).build


def may_reach_a_boundary(source: str) -> bool:
    """The file names a library with process boundaries, or starts something (`.start()`) of
    a module that is not the standard library's, which may be a Process subclass of the
    project (`from workers import Counter; Counter(3).start()`)."""
    if _MENTION.search(source):
        return True
    if not _START_CALL.search(source):
        return False
    for match in _IMPORTED_MODULE.finditer(source):
        module = match.group(1) or match.group(2) or ""
        if module.startswith(".") or module.split(".")[0] not in sys.stdlib_module_names:
            return True
    return False


def calls_a_candidate(source: str) -> bool:
    """Whether `source` may call something a check starts from."""
    return bool(
        _METHOD_CALL.search(source)
        or _found_as_word(_NAMED_CALL, source)
        or _RUNS_IN_A_PROCESS.search(source)
        or _imports_a_callable_as(source)
        or _calls_a_class_of_its_own(source)
        or (_LOADER_SUBCLASS.search(source) is not None and "__init__" in source)
        or _LOADER_PARTIAL.search(source) is not None
    )


def _found_as_word(pattern: re.Pattern[str], source: str) -> bool:
    """A match of `pattern` that starts a word."""
    match = pattern.search(source)
    while match is not None:
        if _word_at(source, match.start()):
            return True
        match = pattern.search(source, match.start() + 1)
    return False


def _word_at(source: str, index: int) -> bool:
    return index == 0 or not (source[index - 1].isalnum() or source[index - 1] == "_")


def _imports_a_callable_as(source: str) -> bool:
    """`Name as alias` for a name of CALLABLE_NAMES (line breaks allowed between)."""
    for match in _AS_KEYWORD.finditer(source):
        end = match.start()
        while end > 0 and source[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and (source[start - 1].isalnum() or source[start - 1] == "_"):
            start -= 1
        if source[start:end] in CALLABLE_NAMES:
            return True
    return False


def _calls_a_class_of_its_own(source: str) -> bool:
    """`Worker(...)` where the file defines `class Worker` (its definition is no call)."""
    definitions = {match.start(1): match.group(1) for match in _CLASS_NAME.finditer(source)}
    for name in set(definitions.values()):
        called = re.compile(rf"{re.escape(name)}{GAP}\(")
        match = called.search(source)
        while match is not None:
            start = match.start()
            if start not in definitions and _word_at(source, start):
                return True
            match = called.search(source, start + 1)
    return False


def imported_boundary_modules(source: str, path: str) -> tuple[list[str], bool]:
    """The files of the project modules `source` imports (a text search, nothing is built), and
    whether one of them may hand what it is given to a boundary (`_may_forward`)."""
    _name, root = module_location(path)
    roots = import_roots(root, source)
    directory = Path(path).parent if root else None
    files: list[str] = []
    # the libraries' own functions are their providers' to model: left out
    for module in _imported_module_names(source):
        file = _project_module_file(module, roots, directory)
        if file is not None and file not in files:
            files.append(file)
    called = functools.cache(lambda: set(_CALLED_NAME.findall(source)))
    return files, any(_may_forward(file, roots, called) for file in files)


_CALLED_NAME = re.compile(r"(\w+)\s*\(")


def _may_forward(file: str, roots: list[str], called: Callable[[], set[str]]) -> bool:
    """Whether a project module may hand what it is given to a boundary: it reaches a library
    with boundaries (see `_reaches_a_boundary_library`) and calls something a check starts
    from; a package's `__init__` is kept whole when it, or a module it re-exports a name the
    file calls from, imports one. Remembered per version."""
    if not _reaches_a_boundary_library(file, roots, _IMPORT_HOPS, called):
        return False
    return file.endswith("__init__.py") or answered_per_version(
        file, _CALLS_A_CANDIDATE, calls_a_candidate
    )


# How many project imports away a module's boundary library may be: a package's `__init__`
# re-exporting `runner.run_in_subprocess`, a module using a `Process` subclass of `utils`.
_IMPORT_HOPS = 1


def _reaches_a_boundary_library(
    file: str, roots: list[str], hops: int, called: Callable[[], set[str]]
) -> bool:
    """The file imports a library with process boundaries, or reaches one through a project
    module up to `hops` imports away: a package's `__init__` through the modules it re-exports
    a name of `called` (the names the file calls) from; a module that starts something
    through a module defining a Process subclass (`flow/project.defines_a_process_subclass`)."""
    if imports_a_boundary_library(file):
        return True
    if hops <= 0:
        return False
    directory = Path(file).parent
    if file.endswith("__init__.py"):
        return any(
            _reaches_a_boundary_library(other, roots, hops - 1, called)
            for other in _project_files(reexported_from(file, called()), roots, directory, file)
        )
    if not starts_something(file):
        return False
    modules = _modules_imported_by(file)
    return any(map(defines_a_process_subclass, _project_files(modules, roots, directory, file)))


def _project_files(
    modules: list[str], roots: list[str], directory: Path, importer: str
) -> Iterator[str]:
    """The files of those of `modules` found under the roots, other than the importer's."""
    for module in modules:
        other = _project_module_file(module, roots, directory)
        if other is not None and other != importer:
            yield other


def _modules_imported_by(file: str) -> list[str]:
    """The project modules a file's import statements name, as written (`.runner`, `utils`;
    not the submodules `from . import runner` names); remembered per file version."""
    return read_per_version(file, _IMPORTED_BY, _imported_module_names) or []


def _imported_module_names(source: str) -> list[str]:
    names: list[str] = []
    for match in _IMPORTED_MODULE.finditer(source):
        module = match.group(1) or match.group(2) or ""
        top = module.split(".")[0]
        if module and top not in sys.stdlib_module_names and top not in BOUNDARY_LIBRARIES:
            names.append(module)
    return names


_IMPORTED_BY: dict[tuple[str, int, int], list[str]] = {}


# (file, mtime, size) -> whether the module calls a candidate: the text search, remembered.
_CALLS_A_CANDIDATE: dict[tuple[str, int, int], bool] = {}


def _project_module_file(module: str, roots: list[str], directory: Path | None) -> str | None:
    """The file of an imported module under one of the analysed file's import roots
    (`from .jobs import x`, `import jobs`); None for anything found elsewhere (the standard
    library, packages). Remembered with astroid's module locations (see `module_file`)."""
    if not roots or directory is None:
        return None
    return remembered_with_locations(
        _PROJECT_MODULE_FILE,
        (module, tuple(roots), str(directory)),
        lambda _: _located_project_module(module, roots, directory),
    )


_PROJECT_MODULE_FILE = "<picklecheck project module file>"


def _located_project_module(module: str, roots: list[str], directory: Path) -> str | None:
    level = len(module) - len(module.lstrip("."))
    parts = [p for p in module.lstrip(".").split(".") if p]
    if not parts:
        return None
    bases = [directory] if level else [Path(root) for root in roots]
    for base in bases:
        for _ in range(max(level - 1, 0)):
            base = base.parent
        candidate = base.joinpath(*parts)
        for file in (candidate.with_suffix(".py"), candidate / "__init__.py"):
            if file.is_file():
                return str(file)
    return None


# Files that mark the top of a project: its scripts (`scripts/train.py`) import its packages
# from there (`from mypkg import ...`, run as `python -m` or after `pip install -e .`).
_PROJECT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", ".git")
_ANCESTORS_SEARCHED = 3  # folders above the file's own root where no marker says more


def import_roots(search_root: str | None, source: str) -> list[str]:
    """Where the analysed file's absolute imports resolve from, first wins: the folder above
    its package, then the folders above it up to the top of its project (and that top's
    `src/`) that hold a project module the file imports and its own root lacks, as an IDE
    resolving from the workspace does."""
    if search_root is None:
        return []
    roots = [Path(search_root)]
    wanted = {name for name in _imported_top_names(source) if not _holds_module(roots[0], name)}
    for folder in _ancestor_folders(Path(search_root)):
        found = {name for name in wanted if _holds_module(folder, name)}
        if found:
            roots.append(folder)
            wanted -= found
    return list(dict.fromkeys(str(root) for root in roots))


def _imported_top_names(source: str) -> set[str]:
    return {module.split(".")[0] for module in _imported_module_names(source)} - {""}


def _ancestor_folders(root: Path) -> list[Path]:
    """The folders above `root` to the top of its project (the nearest folder with a marker,
    then its `src/`), or a few levels when none is near."""
    above = list(root.parents)[: _ANCESTORS_SEARCHED + 1]
    for index, folder in enumerate([root, *above]):
        if any((folder / marker).exists() for marker in _PROJECT_MARKERS):
            return [*above[:index], folder / "src"] if index else [folder / "src"]
    return above[:_ANCESTORS_SEARCHED]


def _holds_module(folder: Path, name: str) -> bool:
    return (folder / name / "__init__.py").is_file() or (folder / f"{name}.py").is_file()


def module_location(path: str) -> tuple[str, str | None]:
    """The dotted module name of `path` and the directory its imports resolve from."""
    file = Path(path)
    if not file.stem.isidentifier():
        return "__picklecheck_module__", None
    if not file.is_absolute() and file.is_file():
        file = file.absolute()  # `picklecheck check main.py`: its siblings are its imports
    parts = [file.stem]
    directory = file.parent
    while (directory / "__init__.py").is_file() and directory.name.isidentifier():
        parts.append(directory.name)
        directory = directory.parent
    root = str(directory) if file.is_absolute() and directory.is_dir() else None
    return ".".join(reversed(parts)), root
