"""Ask the user's interpreter for its version and sys.path by running a tiny probe script in it.

The server never imports user code: the probe runs in the other interpreter's process, isolated
from the workspace (`-I`, run from the file system's root), and only prints JSON. The result
feeds astroid's import resolution, which reads those folders as source (docs/security.md).
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass, replace

# Runs inside the user's interpreter under `-I` (Python 3.4+), which leaves the working folder,
# PYTHONPATH and the user's site-packages out of sys.path: a `json.py` in the folder the probe
# runs from can never be imported. The user's site-packages folder, which `-I` drops, is added
# back where Python puts it (before the other site-packages) when this is not a virtualenv.
PROBE = """\
import json, os, site, sys
path = [p for p in sys.path if p]
user = site.getusersitepackages() if sys.prefix == sys.base_prefix else ""
if user and os.path.isdir(user) and user not in path:
    sites = [i for i, p in enumerate(path) if p.endswith(("site-packages", "dist-packages"))]
    path.insert(sites[0] if sites else len(path), user)
print(json.dumps({"version": list(sys.version_info[:2]), "path": path}))
"""
PROBE_TIMEOUT_SECONDS = 15.0
# The probe runs from the file system's root: never from the workspace (whose files it could
# otherwise find) and never from a temporary folder other users can write to.
NEUTRAL_FOLDER = os.path.abspath(os.sep)


@dataclass(frozen=True)
class InterpreterInfo:
    executable: str
    version: tuple[int, int]
    search_paths: tuple[str, ...]


class ProbeError(Exception):
    """The interpreter could not be run or said something unexpected."""


def probe(executable: str, workspace: str | None = None) -> InterpreterInfo:
    """Run the probe (blocking; call it from a worker thread). `workspace` only anchors relative
    entries of the user's PYTHONPATH; nothing runs there."""
    executable = os.path.expanduser(executable)
    if is_relative_path(executable):
        raise ProbeError(
            f"{executable} is a relative path: picklecheck never runs an interpreter named "
            "relative to the workspace; give an absolute path"
        )
    env = dict(os.environ)
    # The extension puts the bundled server on PYTHONPATH; the user's own value is kept aside.
    user_path = env.pop("PICKLECHECK_USER_PYTHONPATH", None) or ""
    env.pop("PYTHONPATH", None)
    try:
        completed = subprocess.run(
            [executable, "-I", "-c", PROBE],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_SECONDS,
            env=env,
            cwd=NEUTRAL_FOLDER,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise ProbeError(f"cannot run {executable}: {exc}") from exc
    if completed.returncode != 0:
        raise ProbeError(f"{executable} exited with {completed.returncode}: {completed.stderr}")
    info = _parse(executable, completed.stdout)
    return replace(info, search_paths=_with_pythonpath(info.search_paths, user_path, workspace))


def is_relative_path(executable: str) -> bool:
    """`venv/bin/python` (resolved against some working folder), not `python3` (found on PATH)
    nor `/usr/bin/python3`."""
    separators = [os.sep, os.altsep] if os.altsep else [os.sep]
    has_folder = any(separator in executable for separator in separators)
    return has_folder and not os.path.isabs(executable)


def _with_pythonpath(
    paths: tuple[str, ...], pythonpath: str, workspace: str | None
) -> tuple[str, ...]:
    """PYTHONPATH's folders first, as Python orders them (`-I` left them out of the probe)."""
    base = workspace or NEUTRAL_FOLDER
    extra = [os.path.join(base, entry) for entry in pythonpath.split(os.pathsep) if entry]
    return tuple(dict.fromkeys([*extra, *paths]))


def _parse(executable: str, output: str) -> InterpreterInfo:
    try:
        data = json.loads(output.strip().splitlines()[-1])
        major, minor = (int(n) for n in data["version"])
        paths = tuple(str(p) for p in data["path"])
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ProbeError(f"unexpected probe output from {executable}: {output!r}") from exc
    return InterpreterInfo(executable, (major, minor), paths)
