"""The progress-bounded runner the tests use for commands: a stuck command is killed with its
whole session, a slow but busy one is left to finish."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest
from tests.bounded import RunStalled, run_bounded

STUCK = """\
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print(child.pid, flush=True)
time.sleep(600)
"""
BUSY = "total = 0\nfor i in range(3_000_000):\n    total += i\nprint(total)\n"


def test_a_stuck_command_is_killed_with_its_children() -> None:
    with pytest.raises(RunStalled) as stalled:
        run_bounded([sys.executable, "-c", STUCK], stall_seconds=2)
    message = str(stalled.value)
    assert "no progress for 2 s" in message
    found = re.search(r"^(\d+)$", message, re.MULTILINE)  # the child's pid, from its output
    assert found is not None, message
    child = int(found[1])
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """Running (a zombie not yet reaped by init is dead)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        if state == "Z":
            return False
        time.sleep(0.1)
    return True


def test_a_busy_command_runs_to_its_end_past_the_stall_limit() -> None:
    done = run_bounded([sys.executable, "-c", f"import time; time.sleep(0.5)\n{BUSY}"])
    assert done.returncode == 0 and done.stdout.strip() == str(sum(range(3_000_000)))


def test_input_text_reaches_the_command() -> None:
    done = run_bounded([sys.executable, "-c", "print(input()[::-1])"], input_text="abc\n")
    assert done.stdout == "cba\n"
