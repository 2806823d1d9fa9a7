"""Files that are not plain source files: the engine and `picklecheck check` neither hang nor
crash on them. A FIFO named `*.py` is the dangerous one: opening it for reading blocks until
some other process writes, so a checker that reads it waits forever.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from picklecheck.engine import Report, analyze_path

WAIT_SECONDS = 5.0
CLI_SECONDS = 120.0
PROGRAM = (
    "import multiprocessing\n\n"
    "if __name__ == '__main__':\n    multiprocessing.Pool().map(abs, [1])\n"
)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe.py"
    os.mkfifo(path)
    yield path
    release(path)


def release(path: Path) -> None:
    """Unblock any reader still waiting on the FIFO (a test that failed leaves one behind)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return  # nobody is reading: nothing to release
    os.close(descriptor)


def finishes(work: Callable[[], Report]) -> Report | None:
    """The report if `work` returns within WAIT_SECONDS, else None."""
    result: list[Report] = []
    worker = threading.Thread(target=lambda: result.append(work()), daemon=True)
    worker.start()
    worker.join(WAIT_SECONDS)
    return result[0] if result else None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_analyze_path_does_not_block_on_a_fifo(fifo: Path) -> None:
    report = finishes(lambda: analyze_path(fifo))
    assert report is not None, "analyze_path blocked reading a FIFO"
    assert report.syntax_error is not None and not report.findings


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_check_skips_a_fifo_in_a_folder(fifo: Path) -> None:
    (fifo.parent / "prog.py").write_text(PROGRAM)
    document = run_check(fifo.parent, seconds=20.0)
    assert document["summary"]["files"] >= 1


IMPORTS_THE_FIFO = (
    "import multiprocessing\n"
    "import pipe\n"
    "from pipe import work\n\n"
    "if __name__ == '__main__':\n"
    "    with multiprocessing.Pool(2) as pool:\n"
    "        pool.map(pipe.work, [1])\n"
    "        pool.map(work, [1])\n"
    "        pool.map(lambda x: x, [1])\n"
)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_imported_as_a_module_is_not_read(fifo: Path) -> None:
    """Following `pipe.work` into the imported module must not open the FIFO `pipe.py`."""
    program = fifo.parent / "main.py"
    program.write_text(IMPORTS_THE_FIFO)
    report = finishes(lambda: analyze_path(program))
    assert report is not None, "analysis blocked reading an imported FIFO"
    assert [finding.code for finding in report.findings] == ["PKL001"]  # the lambda


def test_check_survives_links_folders_and_binary_files_named_py(tmp_path: Path) -> None:
    (tmp_path / "prog.py").write_text(PROGRAM)
    (tmp_path / "folder.py").mkdir()
    (tmp_path / "dangling.py").symlink_to(tmp_path / "nowhere.py")
    (tmp_path / "loop").mkdir()
    (tmp_path / "loop" / "back").symlink_to(tmp_path / "loop")
    (tmp_path / "binary.py").write_bytes(b"\x00\x01\x02\xff\xfe binary")
    (tmp_path / "latin1.py").write_bytes(b"# caf\xe9\nimport multiprocessing\n")
    document = run_check(tmp_path)
    assert document["summary"]["files"] >= 1


def run_check(folder: Path, seconds: float = CLI_SECONDS) -> dict[str, Any]:
    command = [sys.executable, "-m", "picklecheck", "check", str(folder), "--format", "json"]
    command += ["--no-progress", "--exit-zero"]
    try:
        finished = subprocess.run(
            command, capture_output=True, text=True, timeout=seconds, cwd=folder
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"picklecheck check {folder} did not finish in {seconds:.0f} s")
    assert finished.returncode == 0, finished.stderr
    document: dict[str, Any] = json.loads(finished.stdout)
    return document
