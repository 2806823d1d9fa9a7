"""`picklecheck profile` runs real multi-process scripts unchanged and profiles every worker."""

from __future__ import annotations

import itertools
import json
import pstats
import sys
from pathlib import Path

import pytest
from tests.profiling.programs import (
    PROGRAMS,
    START_METHODS,
    Program,
    calls_of,
    read_summary,
    run,
    run_directly,
    run_profiled,
)

pytestmark = pytest.mark.runtime

CASES = list(itertools.product(PROGRAMS, START_METHODS))
CASE_IDS = [f"{program.script}-{method}" for program, method in CASES]


@pytest.mark.parametrize(("program", "method"), CASES, ids=CASE_IDS)
def test_every_worker_is_profiled_and_the_program_behaves_as_without_profiler(
    program: Program, method: str, tmp_path: Path
) -> None:
    direct = run_directly(program, method, tmp_path)
    assert direct.returncode == 0, direct.stderr

    outdir = tmp_path / "profile"
    profiled = run_profiled(program, method, outdir)

    assert profiled.returncode == 0, profiled.stderr
    assert profiled.stdout.startswith(direct.stdout)
    summary = read_summary(outdir)
    processes = {process["pid"]: process for process in summary["processes"]}
    merged = pstats.Stats(str(outdir / "merged.prof"))
    for worker_call in program.worker_calls:
        calls, own_seconds = calls_of(merged, program.path, worker_call.function)
        assert calls == worker_call.calls, worker_call
        assert own_seconds > 0
        callers = _processes_calling(processes, program.path, worker_call.function)
        assert callers, f"no process profile has {worker_call.function}"
        for process in callers:
            assert process["role"] == "worker"
            assert process["start_method"] == method
            assert process["depth"] == worker_call.depth


def _processes_calling(
    processes: dict[int, dict[str, object]], script: Path, function: str
) -> list[dict[str, object]]:
    found = []
    for process in processes.values():
        stats = pstats.Stats(str(process["profile"]))
        if calls_of(stats, script, function)[0] > 0:
            found.append(process)
    return found


def test_summary_names_each_process_the_parent_wait_and_the_hot_functions(
    tmp_path: Path,
) -> None:
    program = PROGRAMS[0]  # Pool.map
    outdir = tmp_path / "profile"
    profiled = run_profiled(program, "fork", outdir, "--top", "40")

    assert profiled.returncode == 0, profiled.stderr
    summary = read_summary(outdir)
    main = summary["processes"][0]
    workers = summary["processes"][1:]
    assert main["role"] == "main"
    # Pool(2); a worker that never got a task may be terminated before it writes its profile
    # (docs/profiling.md, limits); every task's calls must still be accounted for below.
    assert 1 <= len(workers) <= 2
    assert {worker["parent"] for worker in workers} == {main["pid"]}
    assert all(worker["wall_seconds"] > 0 for worker in workers)
    # Pool.map blocks the parent until the workers are done: most of its time is waiting.
    assert 0 < summary["parent_wait_seconds"] <= summary["wall_seconds"]
    square = next(row for row in summary["functions"] if row["name"] == "square_in_pool")
    assert square["calls"] == 8
    assert {row["pid"] for row in square["by_process"]} <= {w["pid"] for w in workers}
    # The profiler's own bootstrap (a temporary sitecustomize.py) is not listed.
    assert not any("sitecustomize" in (row["file"] or "") for row in summary["functions"])
    assert "processes profiled" in profiled.stdout
    assert "The main process waited" in profiled.stdout
    assert "square_in_pool" in profiled.stdout


def test_json_output_is_the_summary_file_and_the_programs_output_goes_apart(
    tmp_path: Path,
) -> None:
    program = PROGRAMS[2]  # Process targets
    outdir = tmp_path / "profile"
    also = tmp_path / "copy.json"
    profiled = run_profiled(program, "spawn", outdir, "--json", "--json-file", str(also))

    assert profiled.returncode == 0, profiled.stderr
    document = (outdir / "summary.json").read_text(encoding="utf-8")
    # stdout is the JSON document alone; the program printed to stderr instead.
    assert profiled.stdout == document == also.read_text(encoding="utf-8")
    # Written beside itself and renamed: the editor polling for it never reads half a file.
    assert not list(outdir.glob("*.tmp"))
    assert profiled.stderr.startswith("[(0, ")
    summary = json.loads(profiled.stdout)
    assert summary["script"] == str(program.path)
    assert summary["arguments"] == ["spawn"]
    # --top shortens the table only: tools get the 300 busiest functions and all of the script's.
    functions = summary["functions"]
    assert len(functions) >= 300
    beyond_the_top = functions[300:]
    assert all(Path(row["file"]) == program.path for row in beyond_the_top)
    assert {"count_in_process", "<module>"} <= {row["name"] for row in functions}


def test_the_report_names_the_script_and_marks_waiting(tmp_path: Path) -> None:
    program = PROGRAMS[0]  # Pool.map
    outdir = tmp_path / "profile"
    profiled = run_profiled(program, "fork", outdir, "--top", "300")

    assert profiled.returncode == 0, profiled.stderr
    report = profiled.stdout.split("picklecheck profile: ", 1)[1]
    assert report.startswith(f"{program.path} fork\n")
    waiting_rows = [line for line in report.splitlines() if line.endswith("(waits)")]
    assert any("acquire" in line for line in waiting_rows)
    assert not any("square_in_pool" in line for line in waiting_rows)
    for process in read_summary(outdir)["processes"]:
        assert 0 < process["cpu_seconds"] <= process["wall_seconds"] + 0.05
        assert process["waiting_seconds"] >= 0


def test_exit_status_and_partial_profiles_of_a_failing_program(tmp_path: Path) -> None:
    script = tmp_path / "fails.py"
    script.write_text(
        "import multiprocessing, sys\n"
        "def work(n):\n"
        "    return n + 1\n"
        "if __name__ == '__main__':\n"
        "    with multiprocessing.get_context('spawn').Pool(1) as pool:\n"
        "        print(pool.map(work, [1, 2]))\n"
        "    sys.exit(3)\n",
        encoding="utf-8",
    )
    outdir = tmp_path / "out"
    command = [sys.executable, "-m", "picklecheck", "profile", "--outdir", str(outdir)]
    done = run([*command, str(script)], tmp_path)

    assert done.returncode == 3
    assert done.stdout.startswith("[2, 3]\n")
    assert "exit status 3" in done.stdout
    assert calls_of(pstats.Stats(str(outdir / "merged.prof")), script, "work")[0] == 2


def test_module_targets_run_like_python_dash_m(tmp_path: Path) -> None:
    package = tmp_path / "jobs"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "__main__.py").write_text(
        "import multiprocessing\n"
        "from jobs.tasks import double\n"
        "if __name__ == '__main__':\n"
        "    with multiprocessing.get_context('forkserver').Pool(2) as pool:\n"
        "        print(sum(pool.map(double, range(5))))\n",
        encoding="utf-8",
    )
    (package / "tasks.py").write_text("def double(n):\n    return 2 * n\n", encoding="utf-8")
    outdir = tmp_path / "out"
    command = [sys.executable, "-m", "picklecheck", "profile", "--outdir", str(outdir)]
    done = run([*command, "-m", "jobs"], tmp_path)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("20\n")
    merged = pstats.Stats(str(outdir / "merged.prof"))
    assert calls_of(merged, package / "tasks.py", "double")[0] == 5


def test_stale_profiles_of_an_earlier_run_are_removed(tmp_path: Path) -> None:
    outdir = tmp_path / "profile"
    outdir.mkdir()
    (outdir / "worker-1.prof").write_bytes(b"stale")
    (outdir / "worker-1.json").write_text("{}", encoding="utf-8")
    (outdir / "notes.txt").write_text("mine", encoding="utf-8")
    script = tmp_path / "plain.py"
    script.write_text("print('hello')\n", encoding="utf-8")
    command = [sys.executable, "-m", "picklecheck", "profile", "--outdir", str(outdir)]
    done = run([*command, str(script)], tmp_path)

    assert done.returncode == 0, done.stderr
    assert not (outdir / "worker-1.prof").exists()
    assert (outdir / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert [process["role"] for process in read_summary(outdir)["processes"]] == ["main"]
