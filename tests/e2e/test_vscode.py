"""picklecheck in a real VS Code (code-server + chromium): what a user sees on the demo workspace.

The tests share one code-server and one page (module fixtures) and run in file order; each one
opens the file it needs, so a failure in one does not cascade into misleading failures.
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from tests.runtime.runner import run_program
from vscode_harness import SCREENSHOTS, CodeServer

pytestmark = pytest.mark.e2e

FLAGGED = "example2_shared_array.py"
CLEAN = "example1_file_in_worker.py"
INHERITANCE_ERROR = "should only be shared between processes through inheritance"
DIAGNOSTIC_SECONDS = 90  # cold start on a busy 2-core machine: workbench, extension host, server
QUICK_FIX_PRESSES = 3
SQUIGGLES = ".squiggly-error, .squiggly-warning"


def active_editor(page: Page) -> Locator:
    return page.locator(".editor-group-container.active .monaco-editor").first


def squiggles(page: Page) -> Locator:
    return active_editor(page).locator(SQUIGGLES)


def park_mouse(page: Page) -> None:
    """Over the title bar, where no hover (explorer path, editor word) can cover the next click."""
    page.mouse.move(700, 12)


def open_file(page: Page, name: str) -> None:
    park_mouse(page)
    page.locator(".explorer-folders-view .monaco-list-row", has_text=name).click(timeout=60_000)
    park_mouse(page)
    expect(page.locator(".editor-group-container.active .tab.active")).to_contain_text(name)
    active_editor(page).locator(".view-lines").wait_for(timeout=30_000)


def shot(page: Page, name: str) -> None:
    page.wait_for_timeout(300)  # let the workbench finish painting
    page.screenshot(path=str(SCREENSHOTS / name))


def wait_for_squiggle(page: Page) -> Locator:
    squiggle = squiggles(page).first
    squiggle.wait_for(state="attached", timeout=DIAGNOSTIC_SECONDS * 1000)
    return squiggle


def centre(locator: Locator) -> tuple[float, float]:
    box = locator.bounding_box()
    assert box is not None
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def cursor_position(page: Page) -> tuple[int, int]:
    """(line, column), 1-based, as the status bar shows it."""
    item = page.locator(".statusbar-item", has_text=re.compile(r"Ln \d+, Col \d+")).first
    found = re.search(r"Ln (\d+), Col (\d+)", item.inner_text())
    assert found is not None
    return int(found[1]), int(found[2])


def click_at(page: Page, x: float, y: float) -> tuple[int, int]:
    before = cursor_position(page)
    page.mouse.click(x, y)
    expect(
        page.locator(".statusbar-item", has_text=re.compile(r"Ln \d+, Col \d+")).first
    ).not_to_have_text(f"Ln {before[0]}, Col {before[1]}")
    return cursor_position(page)


def argument_columns(source: str) -> tuple[int, int, int]:
    """1-based line and start/end columns of `shared_array` in the `pool.starmap` call."""
    for number, line in enumerate(source.splitlines(), start=1):
        if "pool.starmap" in line:
            start = line.index("shared_array") + 1
            return number, start, start + len("shared_array")
    raise AssertionError("no pool.starmap line")


def test_problems_are_listed_before_any_file_is_opened(page: Page) -> None:
    """The workspace is small, so the server checks it at start: the demo opens with example
    2's problem in the Problems view. The workspace lies inside a git repository, as examples/
    does, and the demo's settings keep VS Code from asking about the parent repository."""
    show_problems(page)
    row = page.locator(".markers-panel .monaco-list-row", has_text="PKL006").first
    expect(row).to_contain_text("shared_array", timeout=DIAGNOSTIC_SECONDS * 1000)
    expect(page.locator(".editor-group-container .tab")).to_have_count(0)
    shot(page, "0-problems-at-start.png")
    expect(page.locator(".notifications-toasts", has_text="parent folder")).to_have_count(0)


def test_example2_is_flagged_under_the_shared_array_argument(
    page: Page, demo_server: CodeServer
) -> None:
    open_file(page, CLEAN)  # opened first: by the time example 2 is flagged, it was analysed too
    open_file(page, FLAGGED)
    squiggle = wait_for_squiggle(page)
    print(f"first diagnostic {time.monotonic() - demo_server.started:.1f}s after code-server start")
    expect(squiggles(page)).to_have_count(1)
    # Clicking just inside either end of the underline puts the cursor at that end of the word.
    line, start, end = argument_columns((demo_server.workspace / FLAGGED).read_text())
    box = squiggle.bounding_box()
    assert box is not None
    middle = box["y"] + box["height"] / 2
    assert click_at(page, box["x"] + 2, middle) == (line, start)
    assert click_at(page, box["x"] + box["width"] - 2, middle) == (line, end)
    expect(page.locator(".statusbar-item", has_text="picklecheck").first).to_be_visible()
    shot(page, "1-squiggle.png")


def hover_over(page: Page, target: Locator) -> None:
    """Move the mouse off the editor, then onto `target`: a hover starts on entering a word."""
    park_mouse(page)
    page.wait_for_timeout(300)
    x, y = centre(target)
    page.mouse.move(x - 8, y, steps=2)
    page.mouse.move(x, y, steps=4)


def test_hover_explains_the_failure(page: Page) -> None:
    open_file(page, FLAGGED)
    hover_over(page, wait_for_squiggle(page))
    hover = page.locator(".monaco-hover", has_text="PKL006").first
    expect(hover).to_contain_text(INHERITANCE_ERROR, timeout=20_000)
    expect(hover).to_contain_text("shared_array")
    shot(page, "2-hover.png")
    park_mouse(page)
    page.keyboard.press("Escape")


def test_problems_panel_lists_the_finding_with_its_code(page: Page) -> None:
    open_file(page, FLAGGED)
    wait_for_squiggle(page)
    show_problems(page)
    row = page.locator(".markers-panel .monaco-list-row", has_text="PKL006").first
    expect(row).to_contain_text("shared_array", timeout=20_000)
    expect(page.locator(".markers-panel .monaco-list-row", has_text=CLEAN)).to_have_count(0)
    shot(page, "3-problems.png")


def test_example1_shows_no_squiggle(page: Page) -> None:
    open_file(page, FLAGGED)
    wait_for_squiggle(page)  # the server has answered for the files opened so far
    open_file(page, CLEAN)
    page.wait_for_timeout(1500)  # more than the server's debounce: a late diagnostic would show
    expect(squiggles(page)).to_have_count(0)
    expect(page.locator(".markers-panel .monaco-list-row", has_text=CLEAN)).to_have_count(0)


def run_command(page: Page, title: str, attempts: int = 3) -> None:
    """Runs a command from the palette. On a loaded machine the palette may list the commands
    it knew when it opened, before the workbench has read every contribution (it then offers
    "similar commands"): it is closed and opened again."""
    row = page.locator(".quick-input-list .monaco-list-row", has_text=title).first
    for attempt in range(attempts):
        page.keyboard.press("F1")
        page.locator(".quick-input-widget input").fill(f">{title}")
        try:
            row.wait_for(state="visible", timeout=10_000)
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise
            page.keyboard.press("Escape")
            continue
        row.click(timeout=20_000)
        return


def starts(server: CodeServer) -> list[str]:
    return [line for line in server.extension_log().splitlines() if "starting server" in line]


def wait_for_starts(server: CodeServer, count: int, seconds: float = 30) -> list[str]:
    deadline = time.monotonic() + seconds
    while len(starts(server)) < count and time.monotonic() < deadline:
        time.sleep(0.2)
    return starts(server)


def test_server_runs_on_the_configured_bare_interpreter(demo_server: CodeServer) -> None:
    """The interpreter has no pygls or astroid: the server runs on what the extension bundles."""
    first = wait_for_starts(demo_server, 1)[0]
    assert "bare-venv/bin/python" in first
    assert "(from setting)" in first


def test_restart_command_starts_exactly_one_new_server(page: Page, demo_server: CodeServer) -> None:
    open_file(page, FLAGGED)
    wait_for_squiggle(page)
    before = len(starts(demo_server))
    run_command(page, "picklecheck: Restart Server")
    after = wait_for_starts(demo_server, before + 1)
    assert "(restart command)" in after[-1]
    page.wait_for_timeout(1000)
    assert len(starts(demo_server)) == before + 1
    expect(page.locator(".statusbar-item", has_text="picklecheck").first).to_be_visible()
    wait_for_squiggle(page)  # the new server analyses the open file again


def test_show_rule_docs_opens_the_rule_page(page: Page) -> None:
    run_command(page, "picklecheck: Show Rule Documentation")
    page.locator(".quick-input-widget input").fill("PKL006")
    page.locator(".quick-input-list .monaco-list-row", has_text="PKL006").first.click()
    expect(page.locator(".tab", has_text="PKL006.md").first).to_be_visible(timeout=20_000)
    page.keyboard.press("Control+W")


def test_rule_settings_apply_live_without_restart(page: Page, demo_server: CodeServer) -> None:
    open_file(page, FLAGGED)
    wait_for_squiggle(page)
    before = len(starts(demo_server))
    demo_server.update_settings({"picklecheck.ignore": ["PKL006"]})
    expect(squiggles(page)).to_have_count(0, timeout=30_000)
    demo_server.update_settings({"picklecheck.ignore": []})
    wait_for_squiggle(page)
    assert len(starts(demo_server)) == before


def test_interpreter_change_restarts_the_server(page: Page, demo_server: CodeServer) -> None:
    before = len(starts(demo_server))
    other = demo_server.user_data.parent / "bare-venv/bin/python3"
    demo_server.update_settings({"picklecheck.interpreter": str(other)})
    after = wait_for_starts(demo_server, before + 1)
    assert "(settings changed)" in after[-1] and "bare-venv/bin/python3" in after[-1]
    open_file(page, FLAGGED)
    wait_for_squiggle(page)


def test_rapid_interpreter_changes_end_on_the_last_one(page: Page, demo_server: CodeServer) -> None:
    """Single-flight: a burst of changes never starts more servers than changes, and the
    server left running is the one the last setting names."""
    before = len(starts(demo_server))
    bin_dir = demo_server.user_data.parent / "bare-venv/bin"
    for name in ("python", "python3", "python3.11"):
        demo_server.update_settings({"picklecheck.interpreter": str(bin_dir / name)})
        page.wait_for_timeout(100)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        last = starts(demo_server)[-1]
        if len(starts(demo_server)) > before and "bin/python3.11 " in last:
            break
        time.sleep(0.2)
    page.wait_for_timeout(2000)  # any straggling restart would show up now
    new = starts(demo_server)[before:]
    assert 1 <= len(new) <= 2  # one running restart plus one collapsed follow-up at most
    assert "bin/python3.11 " in new[-1]
    open_file(page, FLAGGED)
    wait_for_squiggle(page)


LATE_LAMBDA = """import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda x: x * 2, range(4)))
"""


def test_check_workspace_reports_files_that_are_not_open(
    page: Page, demo_server: CodeServer
) -> None:
    late = demo_server.workspace / "late_lambda.py"
    late.write_text(LATE_LAMBDA)
    run = run_program(late, "spawn")
    assert run.returncode != 0 and "lambda" in run.stderr  # truly fails
    try:
        run_command(page, "picklecheck: Check Workspace")
        show_problems(page)
        row = page.locator(".markers-panel .monaco-list-row", has_text="PKL001")
        expect(row.first).to_be_visible(timeout=60_000)
        expect(
            page.locator(".markers-panel .monaco-list-row", has_text="late_lambda.py")
        ).not_to_have_count(0)
        expect(page.locator(".notifications-toasts", has_text="not found")).to_have_count(0)
    finally:
        late.unlink()  # a file left behind would change what the other tests see


def answer_prompt(page: Page, title: str, value: str | None = None) -> str:
    """Answers the input box titled `title`; returns what it offered. None keeps the offer."""
    widget = page.locator(".quick-input-widget")
    expect(widget.locator(".quick-input-title")).to_contain_text(title, timeout=30_000)
    box = widget.locator("input").first
    offered = box.input_value()
    if value is not None:
        box.fill(value)
    box.press("Enter")
    return offered


def profile_view(page: Page) -> Locator:
    view = page.frame_locator("iframe.webview.ready").first.frame_locator("iframe#active-frame")
    return view.locator("body")


def profile_active_script(page: Page, args: str | None) -> str:
    """Runs the profile command on the active editor; returns the arguments it offered."""
    active_editor(page).locator(".view-lines").click()  # the command profiles the active editor
    run_command(page, "picklecheck: Profile This Script With Its Worker Processes")
    offered = answer_prompt(page, f"Profile {CLEAN}: arguments", args)
    answer_prompt(page, f"Profile {CLEAN}: working directory")
    return offered


def test_profile_command_shows_worker_processes(page: Page) -> None:
    """Runs example 1 (on purpose: the user asked) and shows parent, workers and the flame graph."""
    open_file(page, CLEAN)
    profile_active_script(page, "--first run")
    tab = page.locator(".tab", has_text=f"Profile: {CLEAN}")
    expect(tab.first).to_be_visible(timeout=90_000)
    # The parent and one or both pool workers: under load a spawned worker may still be starting
    # when the pool, its tasks done by the other worker, terminates it; it never ran, so it
    # leaves no profile. At least one worker must be there.
    body = profile_view(page)
    expect(body).to_contain_text(re.compile(r"\b[23] processes profiled"), timeout=30_000)
    expect(body).to_contain_text(re.compile(r"PoolWorker-[12]"))
    flame = body.locator("img#flame-graph")
    expect(flame).to_be_visible(timeout=30_000)
    assert flame.evaluate("image => image.complete && image.naturalWidth > 0"), "image not loaded"
    shot(page, "6-profile.png")
    body.locator("#open-flame-graph").click()
    expect(page.locator(".tab", has_text="flame.svg").first).to_be_visible(timeout=30_000)
    shot(page, "7-flame-graph.png")
    page.keyboard.press("Control+W")  # the flame graph
    page.keyboard.press("Control+W")  # the profile view


def test_profile_command_remembers_the_arguments_of_each_script(page: Page) -> None:
    """The second run of the same script offers the arguments given the first time. Runs
    both itself: test order is random, and another test's run must not decide this one."""
    open_file(page, CLEAN)
    profile_active_script(page, "--remembered run")
    wait_for_profile_and_close(page)
    open_file(page, CLEAN)
    active_editor(page).locator(".view-lines").click()
    run_command(page, "picklecheck: Profile This Script With Its Worker Processes")
    widget = page.locator(".quick-input-widget")
    expect(widget.locator(".quick-input-title")).to_contain_text(
        f"Profile {CLEAN}: arguments", timeout=30_000
    )
    box = widget.locator("input").first
    expect(box).to_have_value("--remembered run", timeout=10_000)  # filled just after the title
    box.press("Enter")
    answer_prompt(page, f"Profile {CLEAN}: working directory")
    wait_for_profile_and_close(page)


def wait_for_profile_and_close(page: Page) -> None:
    tab = page.locator(".tab", has_text=f"Profile: {CLEAN}")
    expect(tab.first).to_be_visible(timeout=90_000)
    expect(profile_view(page)).to_contain_text(re.compile(r"processes profiled"), timeout=30_000)
    page.keyboard.press("Control+W")


def apply_quick_fix(page: Page) -> str:
    """Ctrl+. on the squiggle; prefers the real fix over suppressing. Returns its title."""
    page.mouse.click(*centre(wait_for_squiggle(page)))
    rows = page.locator(".action-widget .monaco-list-row.action")
    # The menu opens once the server has answered (after its analysis and fix checks, slow on
    # a loaded machine); a press answered while nothing was ready shows no menu: press again.
    for attempt in range(QUICK_FIX_PRESSES):
        page.keyboard.press("Control+.")
        try:
            rows.first.wait_for(timeout=20_000)
            break
        except PlaywrightTimeoutError:
            if attempt == QUICK_FIX_PRESSES - 1:
                raise
            page.keyboard.press("Escape")
    titles = rows.all_inner_texts()
    shot(page, "4-quick-fix-menu.png")
    preferred = [t for t in titles if "initializer" in t.lower()]
    suppress = [t for t in titles if re.search(r"suppress|ignore", t, re.IGNORECASE)]
    chosen = (preferred or suppress or [""])[0]
    assert chosen, f"no quick fix offered: {titles}"
    rows.filter(has_text=chosen.strip()).first.click()
    return chosen


def test_quick_fix_removes_the_squiggle(page: Page, demo_server: CodeServer) -> None:
    open_file(page, FLAGGED)
    title = apply_quick_fix(page)
    expect(squiggles(page)).to_have_count(0, timeout=30_000)
    text = active_editor(page).locator(".view-lines")
    if "initializer" in title.lower():
        expect(text).to_contain_text("initializer")
    else:
        expect(text).to_contain_text("picklecheck: ignore[PKL006]")
    # The Problems view refreshes lazily, after the editor.
    problems = page.locator(".markers-panel .monaco-list-row", has_text="PKL006")
    expect(problems).to_have_count(0, timeout=30_000)
    shot(page, "5-after-fix.png")
    if "initializer" in title.lower():
        page.keyboard.press("Control+S")
        assert_fixed_program_runs(demo_server)


def assert_fixed_program_runs(demo_server: CodeServer) -> None:
    """The fixed example 2, saved by the editor, runs and prints the squares under every method."""
    path = demo_server.workspace / FLAGGED
    deadline = time.monotonic() + 10
    while "initializer" not in path.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    squares = str([float(i * i) for i in range(10)])
    for method in ("fork", "spawn", "forkserver"):
        run = run_program(path, method)
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip() == squares


def show_problems(page: Page) -> None:
    """Opens the Problems panel with the view's focus command: Ctrl+Shift+M toggles it, and a
    layout restored from an earlier test (the workspace's storage) may have it open already."""
    run_command(page, "Focus on Problems View")
    expect(page.locator(".markers-panel").first).to_be_visible(timeout=30_000)
