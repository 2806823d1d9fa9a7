"""Small inputs that used to go wrong on the command line (issue 16, item 12): a mistyped
`[tool.picklecheck]`, a syntax error in a file without process code, a FIFO named as a path,
SARIF locations of paths that need encoding, a 100k-deep expression."""

from __future__ import annotations

import json
import os
import urllib.parse
from pathlib import Path

import pytest

from picklecheck.cli.main import main

LAMBDA = (
    "import multiprocessing\n\n"
    "if __name__ == '__main__':\n"
    "    with multiprocessing.Pool(2) as pool:\n"
    "        pool.map(lambda n: n, [1])\n"
)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[tool.picklecheck]\nselect = 5\n", "select: expected a list of strings, got 5"),
        ("[tool.picklecheck]\nignore = true\n", "ignore: expected a list of strings, got True"),
        ("[tool.picklecheck]\nselect = 'PKL001'\n", "select: expected a list of strings"),
        ("[tool.picklecheck]\nplatforms = 5\n", "platforms: expected a list of strings"),
        ("[tool.picklecheck]\nseverity = 'x'\n", "severity: expected a table"),
        ("tool = 1\n", "`tool` must be a table"),
        ("[tool]\npicklecheck = 1\n", "[tool.picklecheck] must be a table"),
    ],
)
@pytest.mark.parametrize("source", ["pyproject", "--config"])
def test_a_mistyped_setting_is_a_usage_error_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, message: str, source: str
) -> None:
    (tmp_path / "job.py").write_text(LAMBDA)
    settings = tmp_path / ("pyproject.toml" if source == "pyproject" else "settings.toml")
    settings.write_text(table)
    extra = [] if source == "pyproject" else ["--config", str(settings)]
    assert main(["check", "--no-progress", *extra, str(tmp_path)]) == 2
    assert main(["fix", *extra, str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("picklecheck: error: ") == 2 and message in err


def test_a_syntax_error_without_process_code_is_listed_as_not_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.py").write_text("def half(x:\n    return x / 2\n")
    (tmp_path / "fine.py").write_text("def half(x):\n    return x / 2\n")
    main(["check", "--no-progress", str(tmp_path)])
    out = capsys.readouterr().out
    assert "broken.py: not checked: line 1, column 9: '(' was never closed" in out
    assert "fine.py" not in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_named_on_the_command_line_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    main(["check", "--no-progress", str(fifo)])
    out = capsys.readouterr().out
    assert "pipe.py: not checked: not a regular file" in out
    assert "in 1 file" in out


def test_sarif_locations_are_percent_encoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "my jobs #1"
    folder.mkdir()
    (folder / "módulo 50%.py").write_text(LAMBDA)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-progress", "--format", "sarif", "."]) == 1
    sarif = json.loads(capsys.readouterr().out)
    (result,) = sarif["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "my%20jobs%20%231/m%C3%B3dulo%2050%25.py"
    assert urllib.parse.unquote(location["uri"]) == "my jobs #1/módulo 50%.py"


def test_a_100k_deep_expression_says_why_it_is_not_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "deep.py").write_text("import multiprocessing\nx = " + "-" * 100_000 + "1\n")
    (tmp_path / "deep_plain.py").write_text("x = " + "-" * 100_000 + "1\n")
    main(["check", "--no-progress", str(tmp_path)])
    out = capsys.readouterr().out
    assert "deep.py: not checked: too deeply nested to analyse" in out
    assert "deep_plain.py: not checked: too deeply nested to analyse" in out
    assert "Parsing Python code failed" not in out
