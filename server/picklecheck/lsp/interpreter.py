"""Ask the user's interpreter for its version and sys.path by running a tiny probe script in it.

The server never imports user code: the probe runs in the other interpreter's process and only
prints JSON. The result feeds astroid's import resolution.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass

# Runs inside the user's interpreter, which may be old: keep it Python 2.7/3.x compatible.
PROBE = (
    "import json, sys; "
    "print(json.dumps({'version': list(sys.version_info[:2]), "
    "'path': [p for p in sys.path if p]}))"
)
PROBE_TIMEOUT_SECONDS = 15.0


@dataclass(frozen=True)
class InterpreterInfo:
    executable: str
    version: tuple[int, int]
    search_paths: tuple[str, ...]


class ProbeError(Exception):
    """The interpreter could not be run or said something unexpected."""


def probe(executable: str, cwd: str | None = None) -> InterpreterInfo:
    """Run the probe (blocking; call it from a worker thread)."""
    env = dict(os.environ)
    # The extension puts the bundled server on PYTHONPATH; the user's own value is kept aside.
    user_path = env.pop("PICKLECHECK_USER_PYTHONPATH", None)
    env.pop("PYTHONPATH", None)
    if user_path:
        env["PYTHONPATH"] = user_path
    try:
        completed = subprocess.run(
            [executable, "-c", PROBE],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_SECONDS,
            env=env,
            cwd=cwd,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise ProbeError(f"cannot run {executable}: {exc}") from exc
    if completed.returncode != 0:
        raise ProbeError(f"{executable} exited with {completed.returncode}: {completed.stderr}")
    return _parse(executable, completed.stdout)


def _parse(executable: str, output: str) -> InterpreterInfo:
    try:
        data = json.loads(output.strip().splitlines()[-1])
        major, minor = (int(n) for n in data["version"])
        paths = tuple(str(p) for p in data["path"])
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ProbeError(f"unexpected probe output from {executable}: {output!r}") from exc
    return InterpreterInfo(executable, (major, minor), paths)
