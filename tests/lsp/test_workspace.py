"""Cross-file refresh, the workspace check with $/progress, and the interpreter's sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import client_capabilities
from tests.lsp.harness import (
    HELPERS_LAMBDA,
    USES_HELPERS,
    RecordingClient,
    answer,
    client_fixture,
    close_document,
    eventually,
    initialize,
    open_document,
    published_for,
    replace_text,
    server_config,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

MAIN = USES_HELPERS
HELPERS_GOOD = "def double(x):\n    return 2 * x\n"
HELPERS_BAD = HELPERS_LAMBDA

USES_LIBRARY = """\
import multiprocessing

from sharedlib import shared_lock


def work(lock):
    return 1


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(work, (shared_lock,)))
"""


client = client_fixture("lsp-workspace", clients=["visual-studio-code"])


def save(client: RecordingClient, uri: str) -> None:
    identifier = types.TextDocumentIdentifier(uri=uri)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=identifier))


async def test_saving_a_module_refreshes_open_dependents(client: RecordingClient) -> None:
    folder: Path = client.folder
    (folder / "helpers.py").write_text(HELPERS_GOOD)
    main = open_document(client, folder / "main.py", MAIN)
    assert list((await published_for(client, main, 1)).diagnostics) == []
    helpers = open_document(client, folder / "helpers.py")
    before = len(client.published)
    replace_text(client, helpers, 2, HELPERS_BAD)
    (folder / "helpers.py").write_text(HELPERS_BAD)  # what the editor does on save
    save(client, helpers)

    def main_refreshed() -> types.PublishDiagnosticsParams | None:
        pushes = [p for p in client.published[before:] if p.uri == main]
        return pushes[-1] if pushes and pushes[-1].diagnostics else None

    refreshed = await eventually(main_refreshed, "main.py re-analysed after helpers.py saved")
    (diagnostic,) = refreshed.diagnostics
    assert diagnostic.code == "PKL001" and refreshed.version == 1
    origin = diagnostic.related_information[-1].location
    assert origin.uri == (folder / "helpers.py").as_uri()
    assert origin.range.start == types.Position(0, 9)
    close_document(client, helpers)
    close_document(client, main)


async def test_check_workspace_reports_progress_and_pushes_closed_files(
    client: RecordingClient,
) -> None:
    folder: Path = client.folder
    (folder / "pkg").mkdir()
    (folder / "pkg" / "bad.py").write_text(
        "import multiprocessing\n\nwith multiprocessing.Pool() as pool:\n"
        "    pool.map(lambda n: n, [1])\n"
    )
    (folder / "node_modules").mkdir()
    (folder / "node_modules" / "ignored.py").write_text("x = 1\n")
    (folder / "latin1.py").write_bytes(b"x = '\xe9'\n")
    params = types.ExecuteCommandParams(command="picklecheck.checkWorkspace", arguments=[])
    summary = await answer(client.workspace_execute_command_async(params))
    checked = sorted(p.relative_to(folder) for p in folder.rglob("*.py"))
    assert summary["files"] == len(checked) - 1  # everything but node_modules
    assert summary["findings"] >= 2  # pkg/bad.py, and main.py with the saved lambda helper
    bad = (folder / "pkg" / "bad.py").as_uri()
    assert "PKL001" in [d.code for d in client.diagnostics[bad]]
    (token,) = [t for t in client.progress_reports if str(t).startswith("picklecheck-check")]
    kinds = [type(r).__name__ for r in client.progress_reports[token]]
    assert kinds[0] == "WorkDoneProgressBegin" and kinds[-1] == "WorkDoneProgressEnd"
    assert kinds.count("WorkDoneProgressReport") == summary["files"]
    assert client.progress_reports[token][-1].message.endswith(f"in {summary['files']} files")


async def test_interpreter_setting_resolves_its_packages(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A package only the chosen interpreter can import: unknown (no finding) until the
    interpreter is set, then its lock is found, via the probe's sys.path."""
    folder = tmp_path_factory.mktemp("lsp-interpreter")
    library = tmp_path_factory.mktemp("user-site")
    (library / "sharedlib.py").write_text("import threading\n\nshared_lock = threading.Lock()\n")
    config = server_config(PICKLECHECK_USER_PYTHONPATH=str(library))
    lsp_client = await config.start()
    assert isinstance(lsp_client, RecordingClient)
    try:
        await initialize(lsp_client, folder, client_capabilities("visual-studio-code"))
        uri = open_document(lsp_client, folder / "uses_lib.py", USES_LIBRARY)
        assert list((await published_for(lsp_client, uri, 1)).diagnostics) == []
        before = len(lsp_client.published)
        lsp_client.set_configuration({"interpreter": sys.executable}, section="picklecheck")
        lsp_client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={})
        )

        def found() -> list[types.Diagnostic]:
            pushes = [p for p in lsp_client.published[before:] if p.uri == uri]
            return list(pushes[-1].diagnostics) if pushes else []

        (diagnostic,) = await eventually(found, "the lock from the interpreter's package")
        assert diagnostic.code == "PKL004" and "lock" in diagnostic.message
    finally:
        await lsp_client.shutdown_session()
        await lsp_client.stop()


async def test_pyproject_settings_apply_and_follow_file_changes(client: RecordingClient) -> None:
    folder: Path = client.folder
    project = folder / "proj"
    project.mkdir()
    pyproject = project / "pyproject.toml"
    pyproject.write_text('[tool.picklecheck]\nignore = ["PKL001"]\n')
    program = "import multiprocessing\n\nif __name__ == '__main__':\n"
    program += "    with multiprocessing.Pool(2) as pool:\n        pool.map(lambda n: n, [1])\n"
    uri = open_document(client, project / "job.py", program)
    assert list((await published_for(client, uri, 1)).diagnostics) == []
    (watch,) = client.registrations
    assert watch.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    patterns = [w["globPattern"] for w in watch.register_options["watchers"]]
    assert patterns == ["**/*.py", "**/pyproject.toml"]
    before = len(client.published)
    pyproject.write_text("[tool.picklecheck]\n")
    change = types.FileEvent(uri=pyproject.as_uri(), type=types.FileChangeType.Changed)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[change]))

    def repushed() -> list[types.Diagnostic]:
        pushes = [p for p in client.published[before:] if p.uri == uri]
        return list(pushes[-1].diagnostics) if pushes else []

    (diagnostic,) = await eventually(repushed, "findings once pyproject no longer ignores")
    assert diagnostic.code == "PKL001"
    close_document(client, uri)


LAMBDA_TASK = (
    "import multiprocessing\n\nif __name__ == '__main__':\n"
    "    with multiprocessing.Pool(2) as pool:\n        pool.map(lambda n: n, [1])\n"
)


async def start_on(folder: Path, settings: dict[str, object]) -> RecordingClient:
    lsp_client = await server_config().start()
    assert isinstance(lsp_client, RecordingClient)
    await initialize(lsp_client, folder, client_capabilities("visual-studio-code"), settings)
    return lsp_client


async def test_small_workspace_is_checked_at_start_large_one_is_not(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("lsp-start-check")
    (folder / "bad.py").write_text(LAMBDA_TASK)
    (folder / "good.py").write_text("print('fine')\n")
    bad = (folder / "bad.py").as_uri()
    small = await start_on(folder, {})  # default: up to 100 files
    try:
        pushed = await eventually(lambda: small.diagnostics.get(bad), "bad.py checked, unopened")
        assert [d.code for d in pushed] == ["PKL001"]
        (token,) = [t for t in small.progress_reports if str(t).startswith("picklecheck-startup")]
        await eventually(
            lambda: isinstance(small.progress_reports[token][-1], types.WorkDoneProgressEnd),
            "the end of the check's progress",
        )
        assert small.progress_reports[token][-1].message == "1 findings in 2 files"
    finally:
        await small.shutdown_session()
        await small.stop()
    large = await start_on(folder, {"checkWorkspaceOnStartMaxFiles": 1})
    try:
        await eventually(
            lambda: any("more than 1 Python files" in m.message for m in large.log_messages),
            "the log line saying the workspace is too large to check at start",
        )
        assert bad not in large.diagnostics and large.progress_reports == {}
    finally:
        await large.shutdown_session()
        await large.stop()
