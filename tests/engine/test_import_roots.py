"""A script's imports resolve from the top of its project too (`scripts/train.py` importing the
project's `src/mypkg`), as they do at run time once the package is on the path and as an IDE
resolves them from the workspace."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from tests.runtime.runner import run_program

from picklecheck.engine import analyze_source
from picklecheck.engine.prefilter import import_roots, passes_prefilter

WORKER = """
import multiprocessing as mp
import threading


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.lock = threading.Lock()

    def run(self):
        print("n", self.n)
"""

# The script puts the package's folder on sys.path itself, as many repositories' scripts do,
# so that it runs as it is; the analysis finds the package without that line.
SCRIPT = """
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "{where}"))

from {package}.workers import Worker

if __name__ == "__main__":
    worker = Worker(2)
    worker.start()
    worker.join()
    print("exit", worker.exitcode)
"""


def make(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def findings(script: Path) -> list[str]:
    """code:line of each finding, lines 0-based as in the engine's spans."""
    report = analyze_source(script.read_text(encoding="utf-8"), str(script))
    return [f"{f.code}:{f.span.line}" for f in report.findings]


def src_layout(root: Path) -> Path:
    make(
        root,
        {
            "pyproject.toml": '[project]\nname = "mypkg"\n',
            "src/mypkg/__init__.py": "",
            "src/mypkg/workers.py": WORKER,
            "scripts/train.py": SCRIPT.format(where="src", package="mypkg"),
        },
    )
    return root / "scripts" / "train.py"


def test_a_script_finds_its_projects_src_package(tmp_path: Path) -> None:
    assert findings(src_layout(tmp_path)) == ["PKL005:8"]


@pytest.mark.runtime
def test_the_src_layout_program_fails_as_reported(tmp_path: Path) -> None:
    script = src_layout(tmp_path)
    assert run_program(script, "fork").outcome == "ok"
    spawned = run_program(script, "spawn")
    assert spawned.outcome == "error" and "cannot pickle '_thread.lock'" in spawned.stderr


def test_without_a_marker_a_few_folders_above_are_searched(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/workers.py": WORKER,
            "tools/run.py": SCRIPT.format(where=".", package="app"),
        },
    )
    assert findings(tmp_path / "tools" / "run.py") == ["PKL005:8"]


def test_a_module_of_the_files_own_folder_wins(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            ".git/HEAD": "",
            "app/__init__.py": "",
            "app/workers.py": WORKER,
            "tools/app/__init__.py": "",
            "tools/app/workers.py": "class Worker:\n    pass\n",
        },
    )
    own = str(tmp_path / "tools")
    assert import_roots(own, "from app.workers import Worker\n") == [own]
    assert import_roots(own, "import json\n") == [own]


def test_folders_above_the_project_top_are_not_searched(tmp_path: Path) -> None:
    make(tmp_path, {"app/__init__.py": "", "repo/setup.py": "", "repo/tools/run.py": ""})
    tools = str(tmp_path / "repo" / "tools")
    assert import_roots(tools, "from app import x\n") == [tools]
    make(tmp_path, {"repo/app/__init__.py": ""})
    assert import_roots(tools, "from app import x\n") == [tools, str(tmp_path / "repo")]


def test_a_script_handing_a_lambda_to_its_packages_pool_helper(tmp_path: Path) -> None:
    """The script names no process library: it is built because the package module it imports
    (found at the project's top) calls a pool. (Package names differ between tests: astroid
    keeps the modules it built by name for the whole process.)"""
    make(
        tmp_path,
        {
            "setup.py": "",
            "fanpkg/__init__.py": "",
            "fanpkg/parallel.py": """
                from multiprocessing import Pool


                def run_parallel(func, items):
                    with Pool(2) as pool:
                        return pool.map(func, items)
            """,
            "scripts/run.py": """
                from fanpkg.parallel import run_parallel

                if __name__ == "__main__":
                    print(run_parallel(lambda x: x * 2, [1, 2]))
            """,
        },
    )
    assert findings(tmp_path / "scripts" / "run.py") == ["PKL001:3"]


def test_a_module_that_only_imports_a_process_library_forwards_nothing(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "helpers.py": "import multiprocessing\n\nCORES = multiprocessing.cpu_count()\n",
            "main.py": "from helpers import CORES\n\nprint(CORES)\n",
        },
    )
    main = tmp_path / "main.py"
    assert not passes_prefilter(main.read_text(encoding="utf-8"), str(main))
    (tmp_path / "helpers.py").write_text(
        "import multiprocessing\n\ndef fan_out(f, xs):\n"
        "    with multiprocessing.Pool() as pool:\n        return pool.map(f, xs)\n",
        encoding="utf-8",
    )
    assert passes_prefilter(main.read_text(encoding="utf-8"), str(main))
