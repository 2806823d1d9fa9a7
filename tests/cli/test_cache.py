"""The result cache of `picklecheck check`: reused only while every key still matches.

Each test runs the real CLI in fresh processes against its own cache folder, so astroid's
in-memory caches cannot answer for the on-disk one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from tests.bounded import run_bounded

from picklecheck.cli import cache as cache_module
from picklecheck.cli.cache import ResultCache, text_hash, trim
from picklecheck.engine.config import Config
from picklecheck.engine.model import Report, Statistics

RECORDS = f"v{cache_module.FORMAT}"  # the folder the records of this layout live in
HELPER_WITH_LOCK = "import threading\n\nLOCK = threading.Lock()\n"
HELPER_WITHOUT_LOCK = "LOCK = 5\n"
MAIN = textwrap.dedent(
    """\
    import multiprocessing

    from helper import LOCK


    def work(item):
        return item


    if __name__ == "__main__":
        with multiprocessing.Pool(2) as pool:
            pool.apply_async(work, (LOCK,)).get()
    """
)
LAMBDA = textwrap.dedent(
    """\
    import multiprocessing

    if __name__ == "__main__":
        with multiprocessing.Pool(2) as pool:
            pool.map(lambda x: x, range(3))
    """
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "helper.py").write_text(HELPER_WITH_LOCK)
    (root / "main.py").write_text(MAIN)
    (root / "lambdas.py").write_text(LAMBDA)
    (root / "plain.py").write_text("def add(a, b):\n    return a + b\n")
    return root


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def check(project: Path, cache_dir: Path, *flags: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "picklecheck", "check", ".", "--format", "json"]
    done = run_bounded([*command, "--exit-zero", "--cache-dir", str(cache_dir), *flags], project)
    assert done.returncode == 0, done.stderr
    document: dict[str, Any] = json.loads(done.stdout)
    return document


def codes(document: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((f["file"], f["code"]) for f in document["findings"])


def cached(document: dict[str, Any]) -> int:
    return int(document["statistics"]["files_cached"])


def without_timings(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "statistics"}


def test_an_unchanged_project_is_answered_from_the_cache(project: Path, cache_dir: Path) -> None:
    cold = check(project, cache_dir)
    warm = check(project, cache_dir)
    assert cached(cold) == 0
    assert cached(warm) == 4
    assert without_timings(warm) == without_timings(cold)
    assert codes(cold) == [("lambdas.py", "PKL001"), ("main.py", "PKL004")]


def test_the_answer_from_the_cache_equals_a_fresh_analysis_with_jobs(
    project: Path, cache_dir: Path
) -> None:
    fresh = check(project, cache_dir, "--no-cache")
    check(project, cache_dir, "--jobs", "2")
    assert without_timings(check(project, cache_dir, "--jobs", "2")) == without_timings(fresh)


def test_changing_a_file_analyses_that_file_again(project: Path, cache_dir: Path) -> None:
    check(project, cache_dir)
    (project / "lambdas.py").write_text(LAMBDA.replace("lambda x: x", "abs"))
    after = check(project, cache_dir)
    assert cached(after) == 3
    assert codes(after) == [("main.py", "PKL004")]


def test_changing_an_imported_module_analyses_its_importers_again(
    project: Path, cache_dir: Path
) -> None:
    check(project, cache_dir)
    (project / "helper.py").write_text(HELPER_WITHOUT_LOCK)
    after = check(project, cache_dir)
    assert codes(after) == [("lambdas.py", "PKL001")]  # main.py's finding came from helper.py
    assert cached(after) == 2  # lambdas.py and plain.py; main.py and helper.py analysed again


def test_an_edit_the_importers_cannot_see_keeps_their_records(
    project: Path, cache_dir: Path
) -> None:
    cold = check(project, cache_dir)
    (project / "helper.py").write_text(HELPER_WITH_LOCK + "\n\ndef unused():\n    return 1\n")
    after = check(project, cache_dir)
    assert cached(after) == 3  # only helper.py itself: main.py uses LOCK, which did not change
    assert without_timings(after) == without_timings(cold)


def test_an_edit_to_what_an_imported_name_reads_analyses_its_importers_again(
    project: Path, cache_dir: Path
) -> None:
    """main.py uses LOCK; LOCK's statement reads `threading`, bound by the import above it."""
    check(project, cache_dir)
    (project / "helper.py").write_text(
        HELPER_WITH_LOCK.replace("import threading", "threading = 5")
    )
    after = check(project, cache_dir)
    assert cached(after) == 2
    assert codes(after) == [("lambdas.py", "PKL001")]


DRIVER = textwrap.dedent(
    """\
    import multiprocessing
    import weakref


    class Driver:
        def __init__(self, on_update=None):
            self.callback = weakref.WeakMethod(on_update) if on_update is not None else None

        def _talk(self):
            print("talking")

        def connect(self):
            process = multiprocessing.Process(target=self._talk)
            process.start()
            process.join()
    """
)
DRIVER_USER = textwrap.dedent(
    """\
    from driver import Driver


    class Server:
        def __init__(self):
            self.driver = Driver(on_update=self.record)

        def record(self):
            pass


    if __name__ == "__main__":
        Server().driver.connect()
    """
)


def test_changing_a_module_that_builds_a_class_analyses_the_class_again(
    tmp_path: Path, cache_dir: Path
) -> None:
    """driver.py's finding depends on how server.py, which driver.py does not import,
    constructs its class."""
    root = tmp_path / "project"
    root.mkdir()
    (root / "driver.py").write_text(DRIVER)
    (root / "server.py").write_text(DRIVER_USER)
    before = check(root, cache_dir, "--start-method", "spawn")
    assert codes(before) == [("driver.py", "PKL009")]
    (root / "server.py").write_text(DRIVER_USER.replace("on_update=self.record", ""))
    after = check(root, cache_dir, "--start-method", "spawn")
    assert codes(after) == []


def test_changing_the_configuration_analyses_again(project: Path, cache_dir: Path) -> None:
    check(project, cache_dir)
    selected = check(project, cache_dir, "--select", "PKL001")
    assert cached(selected) == 0
    assert codes(selected) == [("lambdas.py", "PKL001")]
    (project / "pyproject.toml").write_text('[tool.picklecheck]\nignore = ["PKL001"]\n')
    configured = check(project, cache_dir)
    assert cached(configured) == 0
    assert codes(configured) == [("main.py", "PKL004")]


def test_another_picklecheck_version_does_not_read_the_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = Report(path="a.py", stats=Statistics(files=1))
    ResultCache(tmp_path).store("a.py", text_hash("x = 1\n"), Config(), report, [])
    assert ResultCache(tmp_path).lookup("a.py", "x = 1\n", Config()) is not None
    monkeypatch.setattr(cache_module, "__version__", "999.0")
    assert ResultCache(tmp_path).lookup("a.py", "x = 1\n", Config()) is None


def test_other_python_targets_and_texts_miss(tmp_path: Path) -> None:
    report = Report(path="a.py", stats=Statistics(files=1))
    store = ResultCache(tmp_path)
    store.store("a.py", text_hash("x = 1\n"), Config(target_python=(3, 12)), report, [])
    assert store.lookup("a.py", "x = 1\n", Config(target_python=(3, 12))) is not None
    assert store.lookup("a.py", "x = 1\n", Config(target_python=(3, 14))) is None
    assert store.lookup("a.py", "x = 2\n", Config(target_python=(3, 12))) is None


@pytest.mark.parametrize(
    "garbage",
    [b"", b"\x00\xff not json", b"[1, 2]", b'{"key": 3}', b"[" * 100_000 + b"]" * 100_000],
    ids=["empty", "binary", "a list", "a foreign record", "nested too deeply"],
)
def test_a_corrupt_or_foreign_record_is_ignored_and_rebuilt(
    project: Path, cache_dir: Path, garbage: bytes
) -> None:
    cold = check(project, cache_dir)
    records = list((cache_dir / RECORDS).glob("*.json"))
    assert len(records) == 4
    for record in records:
        record.write_bytes(garbage)
    rebuilt = check(project, cache_dir)
    assert cached(rebuilt) == 0
    assert without_timings(rebuilt) == without_timings(cold)
    assert cached(check(project, cache_dir)) == 4


def test_no_cache_neither_reads_nor_writes(project: Path, cache_dir: Path) -> None:
    check(project, cache_dir, "--no-cache")
    assert not cache_dir.exists()


def test_the_environment_variable_chooses_the_folder(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PICKLECHECK_CACHE_DIR", str(tmp_path / "from-env"))
    done = run_bounded([sys.executable, "-m", "picklecheck", "check", "plain.py"], project)
    assert done.returncode == 0
    assert len(list((tmp_path / "from-env" / RECORDS).glob("*.json"))) == 1


def test_a_warm_run_never_imports_astroid(project: Path, cache_dir: Path) -> None:
    check(project, cache_dir)
    script = (
        "import sys\n"
        "from picklecheck.cli.main import main\n"
        f"code = main(['check', '.', '--cache-dir', {str(cache_dir)!r}, '--exit-zero'])\n"
        "print('astroid' in sys.modules, code)\n"
    )
    done = run_bounded([sys.executable, "-c", script], project)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False 0"


def test_the_folder_is_trimmed_oldest_first(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    for age in range(10):
        record = folder / f"{age}.json"
        record.write_bytes(b"x" * 1000)
        os.utime(record, (1_000_000 - age, 1_000_000 - age))  # 9.json is the oldest
    (folder / ".tmp-left-behind.part").write_bytes(b"x" * 1000)
    os.utime(folder / ".tmp-left-behind.part", (1, 1))
    trim(folder, max_bytes=5000)
    left = sorted(p.name for p in folder.iterdir())
    assert left == ["0.json", "1.json", "2.json", "3.json"]  # under 80% of the bound


def test_a_run_keeps_the_cache_under_its_bound(project: Path, cache_dir: Path) -> None:
    report = Report(path="a.py", stats=Statistics(files=1), syntax_error="x" * 900)
    probe = ResultCache(cache_dir / "probe")
    probe.store("f.py", text_hash("0"), Config(), report, [])
    record = sum(p.stat().st_size for p in (cache_dir / "probe" / RECORDS).iterdir())
    bound = 4 * record  # records carry their paths, whose length varies with the temp folder
    store = ResultCache(cache_dir, max_bytes=bound)
    for index in range(12):
        store.store(f"f{index}.py", text_hash(str(index)), Config(), report, [])
    store.finish()
    sizes = [p.stat().st_size for p in (cache_dir / RECORDS).iterdir()]
    assert 0 < sum(sizes) <= bound


WRITER = """
import sys
from picklecheck.cli.cache import ResultCache, text_hash
from picklecheck.engine.config import Config
from picklecheck.engine.model import Report, Statistics

store = ResultCache(__import__("pathlib").Path(sys.argv[1]), environment="test")
for index in range(150):
    message = sys.argv[2] * (index % 50 * 200 + 1)
    report = Report(path="same.py", stats=Statistics(files=1), syntax_error=message)
    store.store("same.py", text_hash("x = 1\\n"), Config(), report, [])
"""


def test_concurrent_writers_never_leave_a_partial_record(tmp_path: Path) -> None:
    """Two processes rewrite the same record while this one reads it: every read is a miss or
    a whole record from one of the writers."""
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), letter])
        for letter in ("a", "b")
    ]
    reader = ResultCache(tmp_path, environment="test")  # this process's sys.path differs
    seen = set()
    try:
        while any(w.poll() is None for w in writers):
            found = reader.lookup("same.py", "x = 1\n", Config())
            if found is not None:
                message = found[0].syntax_error or ""
                assert set(message) in ({"a"}, {"b"})
                seen.add(message[0])
    finally:
        for writer in writers:
            writer.wait(timeout=120)
    assert all(writer.returncode == 0 for writer in writers)
    assert reader.lookup("same.py", "x = 1\n", Config()) is not None
    assert not list((tmp_path / RECORDS).glob(".tmp-*"))


def test_two_runs_at_once_share_one_cache(project: Path, cache_dir: Path) -> None:
    command = [sys.executable, "-m", "picklecheck", "check", ".", "--format", "json"]
    command += ["--exit-zero", "--cache-dir", str(cache_dir)]
    runs = [
        subprocess.Popen(command + jobs, cwd=project, stdout=subprocess.PIPE, text=True)
        for jobs in (["--jobs", "1"], ["--jobs", "2"])
    ]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    first, second = (without_timings(json.loads(output)) for output in outputs)
    assert first == second
    warm = check(project, cache_dir)
    assert cached(warm) == 4
    assert without_timings(warm) == first
