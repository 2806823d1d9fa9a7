"""How the command-line process ends: `check` and `fix` leave at once, without the interpreter
freeing every tree astroid built (a sixth of a cold run); output and exit code are unchanged, and
`profile`, which runs the user's script, still runs exit handlers."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.bounded import run_bounded

LAMBDA_TO_POOL = (
    "import multiprocessing\n\n"
    'if __name__ == "__main__":\n'
    "    with multiprocessing.Pool(2) as pool:\n"
    "        pool.map(lambda x: x, range(3))\n"
)
# Loaded by every Python started with this folder on its path: an exit handler that leaves a
# mark, as a user's or a tool's (coverage, say) would.
MARKING_SITECUSTOMIZE = (
    "import atexit, os\natexit.register(lambda: open(os.environ['EXIT_MARK'], 'w').close())\n"
)


def run_marked(tmp_path: Path, *args: str) -> tuple[int, str, bool]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(MARKING_SITECUSTOMIZE)
    mark = tmp_path / "exit-handlers-ran"
    mark.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
        "EXIT_MARK": str(mark),
    }
    done = run_bounded([sys.executable, "-m", "picklecheck", *args], tmp_path, env=env)
    return done.returncode, done.stdout, mark.exists()


def test_check_leaves_at_once_with_its_whole_output_and_exit_code(tmp_path: Path) -> None:
    (tmp_path / "job.py").write_text(LAMBDA_TO_POOL)
    code, out, handlers_ran = run_marked(tmp_path, "check", "job.py", "--format", "json")
    assert code == 1
    assert [f["code"] for f in json.loads(out)["findings"]] == ["PKL001"]
    assert not handlers_ran


def test_profile_runs_the_scripts_exit_handlers(tmp_path: Path) -> None:
    script = tmp_path / "script.py"
    script.write_text("print('done')\n")
    code, out, handlers_ran = run_marked(
        tmp_path, "profile", "--outdir", str(tmp_path / "prof"), str(script)
    )
    assert code == 0, out
    assert "done" in out
    assert handlers_ran
