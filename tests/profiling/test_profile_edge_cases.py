"""The program's own profiler, its own sitecustomize, other Python versions, bad input."""

from __future__ import annotations

import json
import pstats
import sys
from pathlib import Path

import pytest
from tests.profiling.programs import (
    PROGRAMS,
    SCRIPTS,
    Program,
    WorkerCall,
    calls_of,
    other_interpreters,
    read_summary,
    run,
    run_directly,
    run_profiled,
)

from picklecheck.profiling.cli import main

OWN_CPROFILE = Program("own_cprofile.py", (WorkerCall("work_under_own_profiler", 6, 1),))


@pytest.mark.runtime
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_program_running_its_own_cprofile_keeps_it_and_workers_are_profiled(
    method: str, tmp_path: Path
) -> None:
    direct = run_directly(OWN_CPROFILE, method, tmp_path)
    outdir = tmp_path / "profile"

    profiled = run_profiled(OWN_CPROFILE, method, outdir)

    assert direct.returncode == 0, direct.stderr
    assert direct.stdout.endswith("own profile saw map: True\n")
    assert profiled.returncode == 0, profiled.stderr
    assert profiled.stdout.startswith(direct.stdout)
    merged = pstats.Stats(str(outdir / "merged.prof"))
    assert calls_of(merged, OWN_CPROFILE.path, "work_under_own_profiler")[0] == 6
    main_process = read_summary(outdir)["processes"][0]
    assert 0 < main_process["paused_seconds"] < main_process["wall_seconds"]
    assert "Your program's own cProfile ran for" in profiled.stdout


@pytest.mark.runtime
@pytest.mark.parametrize("python", other_interpreters())
@pytest.mark.parametrize(
    ("program", "method"),
    [(PROGRAMS[3], "fork"), (PROGRAMS[1], "forkserver"), (OWN_CPROFILE, "spawn")],
    ids=["nested-fork", "executor-forkserver", "own-cprofile-spawn"],
)
def test_other_python_versions_with_sys_monitoring_profilers(
    python: str, program: Program, method: str, tmp_path: Path
) -> None:
    outdir = tmp_path / "profile"

    profiled = run_profiled(program, method, outdir, "--python", python)

    assert profiled.returncode == 0, profiled.stderr
    merged = pstats.Stats(str(outdir / "merged.prof"))
    for worker_call in program.worker_calls:
        calls = calls_of(merged, program.path, worker_call.function)[0]
        # 3.13's cProfile counts a function that forks children twice in the forking process.
        assert worker_call.calls <= calls <= 2 * worker_call.calls, worker_call


def test_the_programs_own_sitecustomize_still_runs(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text("import os\nos.environ['SITE_RAN'] = 'yes'\n")
    script = tmp_path / "show.py"
    script.write_text("import os\nprint(os.environ.get('SITE_RAN'))\n", encoding="utf-8")
    command = [sys.executable, "-m", "picklecheck.profiling", "--outdir", str(tmp_path / "out")]
    environment = {"PICKLECHECK_USER_PYTHONPATH": str(site)}

    done = run([*command, str(script)], tmp_path, environment)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("yes\n")
    assert read_summary(tmp_path / "out")["processes"][0]["role"] == "main"


def test_a_missing_script_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--outdir", str(tmp_path), str(tmp_path / "absent.py")]) == 2
    assert "no such script" in capsys.readouterr().err
    assert not (tmp_path / "summary.json").exists()


def test_a_negative_top_and_unknown_options_are_usage_errors(tmp_path: Path) -> None:
    script = SCRIPTS / "pool_map.py"
    assert main(["--top", "-1", str(script)]) == 2
    assert main(["--no-such-option", str(script)]) == 2


def test_a_missing_interpreter_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "plain.py"
    script.write_text("print(1)\n", encoding="utf-8")
    args = ["--outdir", str(tmp_path / "out"), "--python", str(tmp_path / "nope"), str(script)]
    assert main(args) == 2
    assert "cannot run" in capsys.readouterr().err


def test_options_after_the_script_belong_to_the_script(tmp_path: Path) -> None:
    script = tmp_path / "echo.py"
    script.write_text("import sys, json\nprint(json.dumps(sys.argv[1:]))\n", encoding="utf-8")
    command = [sys.executable, "-m", "picklecheck", "profile", "--outdir", str(tmp_path / "o")]

    done = run([*command, str(script), "--json", "--top", "3", "x"], tmp_path)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[0]) == ["--json", "--top", "3", "x"]
    assert "processes profiled" in done.stdout  # picklecheck's own --json was not given


def test_an_unusable_output_directory_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    script = tmp_path / "plain.py"
    script.write_text("print(1)\n", encoding="utf-8")

    assert main(["--outdir", str(blocker / "out"), str(script)]) == 2
    assert "cannot use" in capsys.readouterr().err
