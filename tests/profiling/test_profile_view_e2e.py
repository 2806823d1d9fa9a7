"""The VS Code command profiles a real script in code-server and shows the summary view.

Runs the built extension in code-server (tests/e2e/vscode_harness.py): the command starts
`picklecheck profile` in a terminal with the workspace interpreter, the program's pool workers
really run, and the webview shows every process and the worker function.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from playwright.sync_api import FrameLocator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from vscode_harness import (
    SCREENSHOTS,
    CodeServer,
    build_vsix,
    code_server,
    workbench_page,
)

pytestmark = pytest.mark.e2e

COMMAND_TITLE = "picklecheck: Profile This Script With Its Worker Processes"
SCRIPT = "spawn_pool.py"
SCRIPT_SOURCE = """\
import multiprocessing
import sys


def cube_in_worker(number):
    return sum(number ** 3 for _ in range(20000))


if __name__ == "__main__":
    tasks = int(sys.argv[1])
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        print(pool.map(cube_in_worker, range(tasks), chunksize=1))
"""
TASKS = "6"  # given as the program's argument in the command's first prompt
PROFILE_SECONDS = 120  # spawn workers, code-server and the analysis share 2 busy cores


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CodeServer]:
    run_dir = tmp_path_factory.mktemp("profile-view")
    workspace = run_dir / "source"
    workspace.mkdir()
    (workspace / SCRIPT).write_text(SCRIPT_SOURCE, encoding="utf-8")
    settings = {"picklecheck.interpreter": sys.executable}
    with code_server(build_vsix(), workspace, run_dir / "run", settings) as started:
        yield started


@pytest.fixture(scope="module")
def page(server: CodeServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    with workbench_page(server.url, tmp_path_factory.mktemp("chromium")) as opened:
        yield opened


def run_command(page: Page, title: str) -> None:
    """The palette can open before the extension's commands are registered on a busy machine:
    close it and ask again, a few times."""
    for attempt in range(4):
        page.keyboard.press("F1")
        page.locator(".quick-input-widget input").fill(f">{title}")
        row = page.locator(".quick-input-widget .monaco-list-row", has_text=title).first
        try:
            row.click(timeout=15_000)
            return
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
            if attempt == 3:
                raise


def answer_prompt(page: Page, title_part: str, answer: str | None) -> None:
    """Fill the command's input box (None keeps the offered value) and accept it."""
    box = page.locator(".quick-input-widget", has_text=title_part)
    expect(box).to_be_visible(timeout=30_000)
    if answer is not None:
        box.locator("input").fill(answer)
    box.locator("input").press("Enter")


def profile_view(page: Page) -> FrameLocator:
    return page.frame_locator("iframe.webview.ready").frame_locator("iframe#active-frame")


def test_profile_command_shows_every_process_and_the_worker_function(page: Page) -> None:
    page.locator(".explorer-folders-view .monaco-list-row", has_text=SCRIPT).click(timeout=60_000)
    expect(page.locator(".editor-group-container.active .tab.active")).to_contain_text(SCRIPT)
    # The command is offered for Python editors: focus the editor once its language is known.
    expect(page.locator(".statusbar-item", has_text="Python").first).to_be_visible(timeout=60_000)
    page.locator(".editor-group-container.active .monaco-editor .view-lines").first.click()

    run_command(page, COMMAND_TITLE)
    answer_prompt(page, "arguments", TASKS)
    answer_prompt(page, "working directory", None)  # the script's folder is offered

    view = profile_view(page)
    processes = view.locator("#processes tbody tr")
    expect(processes.first).to_contain_text("main", timeout=PROFILE_SECONDS * 1000)
    expect(view.locator("#processes")).to_contain_text("SpawnPoolWorker")
    # Main and the two pool workers; under load a spawned worker can still be starting when
    # the other has done every task and the pool terminates it: it never ran, so no profile.
    rows = processes.count()
    assert rows in (2, 3), rows
    worker_row = view.locator("#functions tbody tr", has_text="cube_in_worker")
    expect(worker_row.locator('[data-key="calls"]')).to_have_text("6")
    expect(view.locator("#waiting")).to_contain_text("waited")
    # Bar chart: the main process outlives its workers, so its bar is the longest.
    bars = [view.locator("#processes .bar").nth(index).bounding_box() for index in range(rows)]
    assert all(box is not None for box in bars)
    main_bar, *worker_bars = (box["width"] for box in bars if box is not None)
    assert all(0 < width < main_bar for width in worker_bars)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "profile-view.png"))

    # Sorting by calls, ascending after a second click.
    calls_header = view.locator('#functions th[data-key="calls"]')
    calls_header.click()
    expect(calls_header).to_have_attribute("aria-sort", "descending")
    calls_header.click()
    expect(calls_header).to_have_attribute("aria-sort", "ascending")

    # The per-process breakdown: the main process never runs the worker function.
    view.locator("#processes tbody tr").first.click()
    expect(view.locator("#functions-heading")).to_contain_text("Functions in process")
    expect(worker_row).to_be_hidden()
    workers = view.locator("#processes tbody tr", has_text="SpawnPoolWorker")
    calls_per_worker = []
    for index in range(rows - 1):  # every profiled worker
        workers.nth(index).click()
        visible = worker_row.is_visible()
        calls_per_worker.append(
            int(worker_row.locator('[data-key="calls"]').inner_text()) if visible else 0
        )
    assert sum(calls_per_worker) == 6

    # The flame graph of every process is in the view, and opens in an editor.
    flame_graph = view.locator("#flame-graph")
    expect(flame_graph).to_be_visible()
    assert flame_graph.evaluate("image => image.naturalWidth") > 0  # the SVG really loaded
    view.locator("#open-flame-graph").click()
    expect(page.locator(".tab", has_text="flame.svg")).to_be_visible(timeout=30_000)
    page.screenshot(path=str(SCREENSHOTS / "profile-flame-graph.png"))
