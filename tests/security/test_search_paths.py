"""The user interpreter's folders are searched in Python's order and replaced when the user picks
another interpreter (issue 12). Two folders define the same module: one with a lock (a finding
when it is pickled), one with a number (nothing to report)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from picklecheck.engine import analyze_source
from picklecheck.engine.astroid_facade import clear_caches
from picklecheck.engine.astroid_imports import set_search_paths

PROGRAM = (
    "import multiprocessing\n"
    "from samename_settings import shared\n\n\n"
    "def work(item):\n    return item\n\n\n"
    "if __name__ == '__main__':\n"
    "    with multiprocessing.Pool(2) as pool:\n"
    "        pool.map(work, [shared])\n"
)


@pytest.fixture
def folders(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    with_lock, with_number = tmp_path / "with_lock", tmp_path / "with_number"
    for folder, value in ((with_lock, "threading.Lock()"), (with_number, "1")):
        folder.mkdir()
        (folder / "samename_settings.py").write_text(f"import threading\n\nshared = {value}\n")
    clear_caches()
    yield with_lock, with_number
    set_search_paths([])
    clear_caches()


def codes(tmp_path: Path) -> list[str]:
    clear_caches()
    report = analyze_source(PROGRAM, str(tmp_path / "program" / "main.py"))
    return [finding.code for finding in report.findings]


def test_the_first_folder_defining_a_module_wins(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    with_lock, with_number = folders
    set_search_paths([str(with_lock), str(with_number)])
    assert codes(tmp_path) == ["PKL004"]
    set_search_paths([str(with_number), str(with_lock)])
    assert codes(tmp_path) == []


def test_another_interpreter_replaces_the_previous_folders(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    with_lock, with_number = folders
    set_search_paths([str(with_lock)])
    assert codes(tmp_path) == ["PKL004"]
    set_search_paths([str(with_number)])
    assert str(with_lock) not in sys.path
    assert codes(tmp_path) == []
