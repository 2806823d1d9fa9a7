"""Test-suite wiring shared by every directory.

The repository root goes on sys.path so helpers import as `from tests.runtime.runner import ...`
whichever way pytest is started (`tests` is a namespace package, no __init__.py needed).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = str(Path(__file__).resolve().parents[1])
if REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)
