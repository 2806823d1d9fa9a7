"""`picklecheck fix`: rewrites files with the engine's quick fixes, and the fixed programs run.

Truth is the runtime: every fixed program is executed under fork and spawn and must print
what the rule's hand-written good example prints.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.runtime.runner import run_program

from picklecheck.cli.main import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "rule_examples"
SAFE = ("PKL001", "PKL002", "PKL003", "PKL010")  # rules whose example gets a safe fix
UNSAFE = ("PKL005", "PKL006", "PKL009")  # only `fix --unsafe` fixes these examples


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for code in (*SAFE, *UNSAFE, "PKL004"):
        shutil.copy(EXAMPLES / f"{code}_bad.py", tmp_path / f"{code}.py")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def good_output(code: str, method: str) -> str:
    result = run_program(EXAMPLES / f"{code}_good.py", method)
    assert result.outcome == "ok", result.stderr
    return result.stdout


def test_diff_shows_safe_fixes_and_changes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {path.name: path.read_text(encoding="utf-8") for path in project.iterdir()}
    assert main(["fix", ".", "--diff"]) == 1
    out = capsys.readouterr().out
    assert {path.name: path.read_text(encoding="utf-8") for path in project.iterdir()} == before
    changed = [line[4:] for line in out.splitlines() if line.startswith("+++ ")]
    assert changed == [f"{code}.py" for code in SAFE]
    assert "+        print(pool.map(n_times_2, [1, 2, 3]))" in out


def test_nothing_to_fix_is_exit_zero(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(EXAMPLES / "PKL001_good.py", project / "good.py")
    assert main(["fix", "good.py", "--diff"]) == 0
    assert main(["fix", "good.py"]) == 0
    assert "fixed 0 file(s); 0 problem(s) remain" in capsys.readouterr().err


@pytest.mark.runtime
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_safe_fixes_make_the_programs_run(
    project: Path, capsys: pytest.CaptureFixture[str], method: str
) -> None:
    assert main(["fix", *(f"{code}.py" for code in SAFE)]) == 0
    assert "fixed 4 file(s); 0 problem(s) remain" in capsys.readouterr().err
    for code in SAFE:
        result = run_program(project / f"{code}.py", method)
        assert result.outcome == "ok", f"{code}: {result.stderr}"
        assert result.stdout == good_output(code, method), code


def test_without_unsafe_only_safe_fixes_apply(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (project / "PKL005.py").read_text(encoding="utf-8")
    assert main(["fix", "PKL005.py", "PKL004.py"]) == 1  # problems remain
    assert (project / "PKL005.py").read_text(encoding="utf-8") == before
    assert "fixed 0 file(s); 2 problem(s) remain" in capsys.readouterr().err


@pytest.mark.runtime
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_unsafe_fixes_make_the_programs_run(
    project: Path, capsys: pytest.CaptureFixture[str], method: str
) -> None:
    assert main(["fix", "--unsafe", *(f"{code}.py" for code in UNSAFE)]) == 0
    assert "fixed 3 file(s); 0 problem(s) remain" in capsys.readouterr().err
    for code in UNSAFE:
        result = run_program(project / f"{code}.py", method)
        assert result.outcome == "ok", f"{code}: {result.stderr}"
        assert result.stdout == good_output(code, method), code


def test_fix_keeps_line_endings_and_encoding(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (EXAMPLES / "PKL001_bad.py").read_text(encoding="utf-8")
    source = source.replace("[1, 2, 3]", "['é']").replace("\n", "\r\n")
    data = b"# -*- coding: latin-1 -*-\r\n" + source.encode("latin-1")
    (project / "windows.py").write_bytes(data)
    assert main(["fix", "windows.py"]) == 0
    fixed = (project / "windows.py").read_bytes()
    assert fixed != data
    assert b"\n" not in fixed.replace(b"\r\n", b"")  # every newline is still \r\n
    assert "['\xe9']".encode("latin-1") in fixed
    assert b"pool.map(n_times_2, ['\xe9'])" in fixed


def test_fix_usage_errors(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", "missing.py"]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert main(["fix"]) == 2  # unlike check, fix needs explicit paths
    assert "the following arguments are required: PATH" in capsys.readouterr().err
