"""One built .vsix per run, one code-server and one browser page per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from vscode_harness import (
    EXAMPLES,
    SCREENSHOTS,
    CodeServer,
    bare_python,
    build_vsix,
    code_server,
    workbench_page,
)


@pytest.fixture(scope="session")
def vsix() -> Path:
    return build_vsix()


@pytest.fixture(scope="module")
def demo_server(vsix: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CodeServer]:
    run_dir = tmp_path_factory.mktemp("code-server")
    settings = {"picklecheck.interpreter": str(bare_python(run_dir))}
    with code_server(vsix, EXAMPLES, run_dir, settings, in_git_repository=True) as server:
        yield server


@pytest.fixture(scope="module")
def page(demo_server: CodeServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with workbench_page(demo_server.url, tmp_path_factory.mktemp("chromium")) as page:
        yield page


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A screenshot of the workbench when an e2e test fails, to see what the user would see."""
    report = yield
    page = getattr(item, "funcargs", {}).get("page")
    if report.when == "call" and report.failed and page is not None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"FAILED-{item.name}.png"))
    return report
