"""Run the user's program under the per-process profiler.

The program runs in a fresh interpreter exactly as `python script.py args` (or `python -m
module args`) would run it, so its functions really live in `__main__` and pickling by reference
works under every start method. The profiler comes in through `sitecustomize` (see bootstrap.py),
which every process of the run imports, spawn and forkserver children included.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from picklecheck.profiling import bootstrap

# The VS Code extension runs picklecheck with its bundled libraries on PYTHONPATH and hands over
# the user's own PYTHONPATH here: the user's program must see the user's path, not ours.
USER_PYTHONPATH_VARIABLE = "PICKLECHECK_USER_PYTHONPATH"

# The private directory holding bootstrap.py as sitecustomize.py (summary.py recognises it).
BOOTSTRAP_DIR_PREFIX = "picklecheck-profile-"
# Files a previous run left in the output directory; other files are never touched.
OUTPUT_PATTERNS = ("main-*.prof", "main-*.json", "worker-*.prof", "worker-*.json")
OUTPUT_FILES = ("merged.prof", "summary.json")


@dataclass(frozen=True)
class Target:
    """What to run: a script path, or a module name as with `python -m`."""

    name: str
    args: tuple[str, ...]
    is_module: bool = False

    def command(self, python: str) -> list[str]:
        entry = ["-m", self.name] if self.is_module else [self.name]
        return [python, *entry, *self.args]


def clear_previous_output(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    stale = [path for pattern in OUTPUT_PATTERNS for path in outdir.glob(pattern)]
    stale += [outdir / name for name in OUTPUT_FILES]
    for path in stale:
        path.unlink(missing_ok=True)


def profiled_environment(bootstrap_dir: Path, outdir: Path) -> dict[str, str]:
    environment = dict(os.environ)
    user_path = environment.pop(USER_PYTHONPATH_VARIABLE, None)
    if user_path is None:
        user_path = environment.get("PYTHONPATH", "")
    entries = [str(bootstrap_dir), *filter(None, user_path.split(os.pathsep))]
    environment["PYTHONPATH"] = os.pathsep.join(entries)
    environment[bootstrap.OUTDIR_VARIABLE] = str(outdir.resolve())
    environment[bootstrap.MAIN_VARIABLE] = "1"
    return environment


@contextlib.contextmanager
def _interrupts_go_to_the_program() -> Iterator[None]:
    """Ctrl+C reaches the whole process group; let the program handle it and still summarise.

    Entered only once the program has started: an ignored SIGINT would be inherited by it.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_profiled(target: Target, outdir: Path, python: str) -> int:
    """Run the target with every process profiled into outdir; returns its exit status.

    outdir must exist (see clear_previous_output).
    """
    with tempfile.TemporaryDirectory(prefix=BOOTSTRAP_DIR_PREFIX) as temporary:
        bootstrap_dir = Path(temporary)
        shutil.copyfile(bootstrap.__file__, bootstrap_dir / "sitecustomize.py")
        environment = profiled_environment(bootstrap_dir, outdir)
        program = subprocess.Popen(target.command(python), env=environment)
        with _interrupts_go_to_the_program():
            status = program.wait()
    # A program killed by a signal exits like a shell reports it.
    return 128 - status if status < 0 else status
