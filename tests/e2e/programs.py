"""Runs workspace programs under a chosen start method: the runtime decides what "fails" means."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SHIM = Path(__file__).resolve().parent / "start_method_shim"
START_METHODS = ("fork", "spawn", "forkserver")


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_program(path: Path, start_method: str, timeout: float = 60) -> Run:
    env = {**os.environ, "PYTHONPATH": str(SHIM), "PICKLECHECK_E2E_START_METHOD": start_method}
    done = subprocess.run(
        [sys.executable, path.name],
        cwd=path.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)
