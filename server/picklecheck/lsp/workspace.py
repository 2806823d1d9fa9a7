"""Cross-file: re-analyse open dependents when a module is saved; check the whole workspace.

astroid reads imported modules from disk, so a dependency's new content matters once it is
saved: then astroid's caches are dropped and every open file importing it is analysed again.
"""

from __future__ import annotations

import ast
import asyncio
import itertools
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.uris import to_fs_path

from picklecheck.lsp.memory import clear_all_caches

if TYPE_CHECKING:
    from picklecheck.lsp.analysis import Result
    from picklecheck.lsp.state import PicklecheckServer

CHECK_WORKSPACE = "picklecheck.checkWorkspace"
SKIPPED_FOLDERS = frozenset(
    {"node_modules", "__pycache__", "site-packages", "build", "dist", "venv", "env"}
)
MAX_FILE_BYTES = 2_000_000


def register(server: PicklecheckServer) -> None:
    imports: dict[str, frozenset[str]] = {}
    checked_closed = server.session.checked_closed
    scheduler = server.scheduler

    import_lines: dict[str, list[str]] = {}

    def remember_imports(result: Result) -> None:
        # Parsing a large file on the event loop after every edit would delay everything
        # else; the imports can only have changed where a line mentions `import`.
        uri, source = result.job.uri, result.job.source
        lines = [line for line in source.split("\n") if "import" in line]
        if import_lines.get(uri) != lines or uri not in imports:
            names = imported_modules(source)
            if names is not None:
                imports[uri] = names
                import_lines[uri] = lines
        for closed in set(imports) - set(scheduler.open_uris()):
            del imports[closed]
            import_lines.pop(closed, None)

    def refresh_dependents(uri: str) -> None:
        names = module_names(uri, workspace_roots(server))
        dependents = [
            other
            for other in scheduler.open_uris()
            if other != uri and depends_on(imports.get(other, frozenset()), names)
        ]
        if dependents:
            scheduler.in_background(_reanalyse(server, dependents))

    def forget_workspace_check(uri: str) -> None:
        # A pulling client keeps pushed diagnostics beside pulled ones: drop the pushed copy.
        if uri in checked_closed and server.session.pull_mode:
            server.publish(uri, [], None)
        checked_closed.discard(uri)

    scheduler.on_result.append(remember_imports)
    scheduler.on_save.append(refresh_dependents)
    scheduler.on_open.append(forget_workspace_check)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(params: types.DidChangeWatchedFilesParams) -> None:
        for change in params.changes:
            if change.uri.endswith(".py"):
                refresh_dependents(change.uri)
        if any(change.uri.endswith("/pyproject.toml") for change in params.changes):
            # [tool.picklecheck] may have changed: every open file is judged again.
            scheduler.settings_changed()
            scheduler.in_background(scheduler.ask_client_to_repull())

    @server.command(CHECK_WORKSPACE)
    async def check_workspace(*arguments: Any) -> dict[str, int]:
        return await check_all(server)


async def _reanalyse(server: PicklecheckServer, uris: list[str]) -> None:
    for uri in uris:
        server.scheduler.forget_reuse(uri)  # their text is the same, what they import is not
    await server.scheduler.run_in_worker(clear_all_caches)
    for uri in uris:
        server.scheduler.schedule(uri)
    await server.scheduler.ask_client_to_repull()


def workspace_roots(server: PicklecheckServer) -> list[Path]:
    folders = server.workspace.folders.values()
    roots = [Path(p) for f in folders if (p := to_fs_path(f.uri))]
    root = server.workspace.root_path
    if not roots and root:
        roots.append(Path(root))
    return roots


def module_names(uri: str, roots: list[Path]) -> frozenset[str]:
    """The names a module may be imported by: dotted from each root, and its bare name."""
    path_text = to_fs_path(uri)
    if not path_text:
        return frozenset()
    path = Path(path_text)
    names = {path.stem if path.stem != "__init__" else path.parent.name}
    for root in roots:
        try:
            parts = list(path.with_suffix("").relative_to(root).parts)
        except ValueError:
            continue
        if parts and parts[-1] == "__init__":
            parts.pop()
        if parts:
            names.add(".".join(parts))
    return frozenset(names)


def imported_modules(source: str) -> frozenset[str] | None:
    """Every module (and `from m import x` target) a file imports; None on a syntax error."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}".lstrip(".") for alias in node.names)
    return frozenset(n for n in names if n)


def depends_on(imported: frozenset[str], module: frozenset[str]) -> bool:
    return any(
        name == candidate or name.startswith(f"{candidate}.")
        for name in imported
        for candidate in module
    )


def python_files(roots: list[Path]) -> Iterator[Path]:
    for root in roots:
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = sorted(
                d for d in subfolders if not d.startswith(".") and d not in SKIPPED_FOLDERS
            )
            for name in sorted(files):
                if name.endswith(".py"):
                    yield Path(folder) / name


async def check_all(server: PicklecheckServer) -> dict[str, int]:
    """Analyse every workspace .py file (the Check Workspace command)."""
    files = await asyncio.to_thread(lambda: list(python_files(workspace_roots(server))))
    return await check_files(server, files, "picklecheck-check")


async def check_on_start(server: PicklecheckServer) -> None:
    """Check the whole workspace once at start when it is small, so every problem is listed
    before any file is opened; larger ones are checked on request (Check Workspace)."""
    limit = server.session.settings.check_workspace_on_start_max_files
    if limit <= 0:
        return
    roots = workspace_roots(server)
    files = await asyncio.to_thread(lambda: list(itertools.islice(python_files(roots), limit + 1)))
    if len(files) > limit:
        server.log(
            f"more than {limit} Python files: checking open files only until Check Workspace"
            " runs (setting picklecheck.checkWorkspaceOnStartMaxFiles)"
        )
    elif files:
        await check_files(server, files, "picklecheck-startup")


async def check_files(server: PicklecheckServer, files: list[Path], kind: str) -> dict[str, int]:
    """Analyse `files`, reporting progress; closed files get pushed results."""
    progress = await _start_progress(server, len(files), kind)
    findings = 0
    try:
        for number, path in enumerate(files, start=1):
            result = await _analyse_file(server, path, server.session.checked_closed)
            findings += len(result.report.findings) if result else 0
            progress.report(number, path.name)
    finally:
        progress.end(f"{findings} findings in {len(files)} files")
    return {"files": len(files), "findings": findings}


async def _analyse_file(
    server: PicklecheckServer, path: Path, checked_closed: set[str]
) -> Result | None:
    uri = path.resolve().as_uri()
    if server.document(uri) is not None:
        return await server.scheduler.wait_current(uri)
    source = await asyncio.to_thread(read_regular_file, path)
    if source is None:
        return None
    job = server.scheduler.job(uri, str(path), source, None, 0)
    result = await server.scheduler.analyse_now(job)
    if server.document(uri) is None:
        server.publish(uri, server.scheduler.visible(result), None)
        checked_closed.add(uri)
    return result


def read_regular_file(path: Path) -> str | None:
    """The text of a regular file of at most MAX_FILE_BYTES, else None. Opened without
    blocking and checked before reading: a FIFO or device named `*.py` would block forever."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as stream:
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
                return None
            return stream.read(MAX_FILE_BYTES + 1).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None


class _Progress:
    """`$/progress` for one workspace check (silent when the client cannot show progress)."""

    def __init__(self, server: PicklecheckServer, token: str | None, total: int) -> None:
        self.server, self.token, self.total = server, token, max(total, 1)

    def report(self, done: int, name: str) -> None:
        if self.token is None:
            return
        value = types.WorkDoneProgressReport(
            message=f"{done}/{self.total} {name}", percentage=done * 100 // self.total
        )
        self.server.work_done_progress.report(self.token, value)

    def end(self, message: str) -> None:
        if self.token is not None:
            self.server.work_done_progress.end(
                self.token, types.WorkDoneProgressEnd(message=message)
            )


async def _start_progress(server: PicklecheckServer, total: int, kind: str) -> _Progress:
    window = server.client_capabilities.window
    if window is None or not window.work_done_progress:
        return _Progress(server, None, total)
    token = f"{kind}-{uuid.uuid4()}"
    try:
        await server.work_done_progress.create_async(token)
    except Exception as exc:  # a client refusing the token gets no progress, still results
        server.log(f"progress not available: {exc}")
        return _Progress(server, None, total)
    begin = types.WorkDoneProgressBegin(
        title="picklecheck: checking workspace", percentage=0, cancellable=False
    )
    server.work_done_progress.begin(token, begin)
    return _Progress(server, token, total)


WATCHED = ("**/*.py", "**/pyproject.toml")


async def watch_files(server: PicklecheckServer) -> None:
    """Ask the client to report changes made outside the editor (git, other tools)."""
    workspace = server.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    if watched is None or not watched.dynamic_registration:
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=pattern) for pattern in WATCHED]
    )
    registration = types.Registration(
        id=f"picklecheck-watch-{uuid.uuid4()}",
        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=options,
    )
    try:
        await server.client_register_capability_async(
            types.RegistrationParams(registrations=[registration])
        )
    except Exception as exc:  # without watchers, saves in the editor still refresh
        server.log(f"cannot watch files: {exc}")
