"""`picklecheck check`: files, configuration, exit codes and errors, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.bounded import run_bounded

from picklecheck.cli.files import discover
from picklecheck.cli.main import main
from picklecheck.cli.settings import ConfigResolver
from picklecheck.engine.config import Layer
from picklecheck.engine.model import StartMethod

CLEAN_PROGRAM = "def work(x):\n    return x * 2\n"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_bounded([sys.executable, "-m", "picklecheck", *args], cwd)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def json_of(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(capsys.readouterr().out)
    return loaded


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    done = run_cli("check", "no/such/file.py", cwd=tmp_path)
    assert done.returncode == 2
    assert "no/such/file.py: no such file or directory" in done.stderr
    assert done.stdout == ""


def test_a_clean_tree_exits_zero_with_a_summary(tmp_path: Path) -> None:
    write(tmp_path / "pkg" / "a.py", CLEAN_PROGRAM)
    done = run_cli("check", ".", "--no-progress", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "All clear: no pickling problems in 1 file.\n"
    assert done.stderr == ""  # not a TTY: no progress output


def test_default_and_custom_excludes(tmp_path: Path) -> None:
    for name in ("app/a.py", ".venv/lib/x.py", "node_modules/m/y.py", "build/b.py"):
        write(tmp_path / name, CLEAN_PROGRAM)
    write(tmp_path / "app" / "gen" / "z_pb2.py", CLEAN_PROGRAM)
    write(tmp_path / "app" / "notes.txt", "not python")
    found = discover([tmp_path], ["*_pb2.py"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["app/a.py"]
    explicit = tmp_path / "build" / "b.py"
    assert discover([explicit, tmp_path / "app"], ["*_pb2.py"]) == [
        explicit,
        tmp_path / "app" / "a.py",
    ]


def test_files_are_checked_in_sorted_order_each_once(tmp_path: Path) -> None:
    for name in ("b.py", "a.py", "sub/c.py"):
        write(tmp_path / name, CLEAN_PROGRAM)
    assert discover([tmp_path, tmp_path / "a.py"]) == [
        tmp_path / "a.py",
        tmp_path / "b.py",
        tmp_path / "sub" / "c.py",
    ]


def test_undecodable_file_is_reported_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin1.py").write_bytes(b"name = '\xe9t\xe9'\n")
    code = main(["check", str(tmp_path / "latin1.py"), "--format", "json"])
    document = json_of(capsys)
    assert code == 0
    assert document["summary"] == {
        "files": 1,
        "findings": 0,
        "fixable": 0,
        "fixable_unsafe": 0,
        "by_code": {},
    }
    (problem,) = document["not_checked"]
    assert problem["file"] == (tmp_path / "latin1.py").as_posix()
    assert problem["reason"].startswith("cannot decode:")


def test_output_file_and_sarif(tmp_path: Path) -> None:
    write(tmp_path / "a.py", CLEAN_PROGRAM)
    done = run_cli("check", "a.py", "--format", "sarif", "--output", "out.sarif", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    document = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    assert document["version"] == "2.1.0"
    assert document["runs"][0]["results"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "PKL999"], "unknown rule 'PKL999'"),
        (["--ignore", "no-such-rule"], "unknown rule 'no-such-rule'"),
        (["--target-version", "three"], "--target-version: must look like"),
        (["--platform", "amiga"], "--platform: unknown platforms ['amiga']"),
        (["--jobs", "-1"], "--jobs must be 0 or more"),
    ],
)
def test_bad_flags_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    write(tmp_path / "a.py", CLEAN_PROGRAM)
    assert main(["check", str(tmp_path), *args]) == 2
    assert message in capsys.readouterr().err


def test_unusable_output_and_config_files_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.py", CLEAN_PROGRAM)
    unwritable = tmp_path / "no" / "such" / "dir" / "out.json"
    assert main(["check", str(tmp_path), "--output", str(unwritable)]) == 2
    assert f"cannot write {unwritable}" in capsys.readouterr().err
    assert main(["check", str(tmp_path), "--config", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml" in capsys.readouterr().err
    write(tmp_path / "broken.toml", "start-method = \n")
    assert main(["check", str(tmp_path), "--config", str(tmp_path / "broken.toml")]) == 2
    assert "broken.toml" in capsys.readouterr().err


def test_unknown_format_is_an_argparse_usage_error(tmp_path: Path) -> None:
    done = run_cli("check", ".", "--format", "xml", cwd=tmp_path)
    assert done.returncode == 2
    assert "invalid choice: 'xml'" in done.stderr


def test_a_broken_pyproject_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "pyproject.toml", "[tool.picklecheck]\nstart-method = 'thread'\n")
    write(tmp_path / "a.py", CLEAN_PROGRAM)
    assert main(["check", str(tmp_path)]) == 2
    assert "start-method: must be fork, spawn, forkserver or auto" in capsys.readouterr().err


def test_each_file_gets_its_nearest_pyproject_and_flags_override_it(
    tmp_path: Path,
) -> None:
    write(
        tmp_path / "pyproject.toml",
        "[tool.picklecheck]\n"
        "target-version = '3.14'\n"
        "ignore = ['lambda-crosses-process-boundary']\n",
    )
    write(
        tmp_path / "inner" / "pyproject.toml",
        "[tool.picklecheck]\nstart-method = 'spawn'\n",
    )
    outer = write(tmp_path / "a.py", CLEAN_PROGRAM)
    inner = write(tmp_path / "inner" / "deep" / "b.py", CLEAN_PROGRAM)
    resolver = ConfigResolver()
    assert resolver.for_file(outer).target_python == (3, 14)
    assert resolver.for_file(outer).ignore == frozenset({"PKL001"})  # names become codes
    assert resolver.for_file(inner).start_method is StartMethod.SPAWN
    assert resolver.for_file(inner).ignore == frozenset()  # nearest file wins, no merging
    flagged = ConfigResolver(flags=Layer(start_method=StartMethod.FORK))
    assert flagged.for_file(inner).start_method is StartMethod.FORK


def test_config_flag_uses_that_file_for_every_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "pyproject.toml", "[tool.picklecheck]\nstart-method = 'thread'\n")
    write(tmp_path / "a.py", CLEAN_PROGRAM)
    good = write(tmp_path / "ci" / "picklecheck.toml", "start-method = 'spawn'\n")
    assert main(["check", str(tmp_path), "--config", str(good), "--no-progress"]) == 0
    assert "All clear" in capsys.readouterr().out


JOBS_MODULE = """\
import multiprocessing


class Job(multiprocessing.Process):
    def __init__(self):
        super().__init__()
        self.callback = lambda x: x

    def run(self):
        print(self.callback(1))
"""
STARTS_A_JOB = 'from jobs import Job\n\nif __name__ == "__main__":\n    Job().start()\n'


@pytest.mark.parametrize("where", [".", "project"])
def test_a_relative_path_resolves_imports_from_the_file_s_folder(
    tmp_path: Path, where: str
) -> None:
    """`picklecheck check main.py` (or `project/main.py`): the sibling module a relative path's
    file imports is read, as with an absolute path; the main module names no library."""
    project = tmp_path / "project"
    write(project / "jobs.py", JOBS_MODULE)
    write(project / "main.py", STARTS_A_JOB)
    cwd = project if where == "." else tmp_path
    shown = "main.py" if where == "." else "project/main.py"
    done = run_cli("check", "--no-cache", "--no-progress", shown, cwd=cwd)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{shown}:4:5: PKL005" in done.stdout
