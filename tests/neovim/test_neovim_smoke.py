"""Debian's Neovim (0.7.2, headless) as a second real LSP client: it gets the diagnostic, the
hover and the suppress action from the server, applies it and sees the diagnostic go.

Fails (never skips) without `nvim`: CI installs it, and a missing client must not pass silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("smoke.lua")
PROGRAM = (REPO / "docs" / "rule_examples" / "PKL001_bad.py").read_text()


def test_neovim_gets_diagnostic_hover_and_code_action(tmp_path: Path) -> None:
    nvim = shutil.which("nvim")
    assert nvim is not None, "nvim is not installed (apt-get install neovim)"
    program = tmp_path / "lambda_map.py"
    program.write_text(PROGRAM)
    env = dict(os.environ, PICKLECHECK_PYTHON=sys.executable, PICKLECHECK_FILE=str(program))
    for kind in ("CONFIG", "DATA", "CACHE", "STATE"):  # lsp.log, shada: not in $HOME
        env[f"XDG_{kind}_HOME"] = str(tmp_path / "xdg")
    completed = subprocess.run(
        [nvim, "--headless", "--clean", "-u", str(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    lines = completed.stdout.splitlines()
    assert completed.returncode == 0, completed.stdout + completed.stderr
    flagged = next(n for n, line in enumerate(PROGRAM.splitlines()) if "lambda n" in line)
    column = PROGRAM.splitlines()[flagged].index("lambda n")
    diag = next(line for line in lines if line.startswith("DIAG "))
    assert diag.startswith(f"DIAG {flagged}:{column}-{flagged}:{column + 15} picklecheck PKL001")
    assert "Can't pickle" in diag
    hover = next(line for line in lines if line.startswith("HOVER "))
    assert hover.startswith("HOVER markdown") and "PKL001" in hover and "**Fix:**" in hover
    assert "CODEACTION Suppress PKL001 on this line" in lines
    assert any(
        line.endswith("# picklecheck: ignore[PKL001]") for line in lines if line[:5] == "LINE "
    )
    assert lines[-1] == "CLEARED"
    assert program.read_text() == PROGRAM, "the edit stays in the buffer, nothing is saved"
