"""Truth is the runtime: every corpus program is executed under each start method and must
behave exactly as its `# runtime:` header says (ok / error / hang)."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest
from tests.runtime.runner import (
    DEFAULT_TIMEOUT,
    START_METHODS,
    Header,
    HeaderError,
    corpus_files,
    other_pythons,
    parse_header,
    project_modules,
    run_for_label,
    run_program,
)

from picklecheck.engine import analyze_source
from picklecheck.engine.model import Finding, StartMethod
from picklecheck.engine.rules import RULES

CORPUS = corpus_files()
CASES = [(path, method) for path in CORPUS for method in START_METHODS]
CORPUS_ROOT = Path(__file__).parents[1] / "corpus"
FINISHING_TIMEOUT = 60.0


def case_id(case: tuple[Path, str]) -> str:
    path, method = case
    return f"{path.relative_to(CORPUS_ROOT).with_suffix('')}-{method}"


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 90


def test_every_rule_is_marked_somewhere() -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in CORPUS)
    for code in (rule.code for rule in RULES):
        assert f"[{code}" in text or f", {code}" in text, f"no corpus program marks {code}"


def test_multi_file_programs_use_distinct_module_names() -> None:
    """The analyser (one process, one module cache, one search path) resolves `import x` to
    the first `x` it finds: two programs' sibling modules must not share a top-level name,
    nor shadow the standard library."""
    owners: dict[str, Path] = {}
    entries = [path for path in CORPUS if project_modules(path)]
    assert len(entries) >= 3
    for entry in entries:
        for module in project_modules(entry):
            top = module.relative_to(entry.parent).parts[0].removesuffix(".py")
            assert top not in sys.stdlib_module_names, module
            assert owners.setdefault(top, entry.parent) == entry.parent, module


@pytest.mark.runtime
@pytest.mark.parametrize("case", CASES, ids=[case_id(case) for case in CASES])
def test_label_holds(case: tuple[Path, str]) -> None:
    path, method = case
    header = parse_header(path)
    expected = header.labels[method]
    result = run_for_label(path, method, expected, _timeout(header))
    output = result.stdout + result.stderr
    assert result.outcome == expected, f"{method}: expected {expected}, output:\n{output[-2000:]}"
    if expected == "ok":
        assert result.stdout.strip(), "a program that runs fine must print its result"
    if expected == "error":
        assert header.error_shown_in(output), f"{method}: output was:\n{output[-2000:]}"
        quoted = _quoted_errors(path, method)
        shown = _comparable(output)
        assert not quoted or any(text in shown for text in quoted), (
            f"{method}: the findings quote {quoted}, the program printed:\n{output[-2000:]}"
        )


_ADDRESS = re.compile(r" at 0x[0-9a-f]+")
_MAIN_MODULE = re.compile(r"<module '(?:__main__|__mp_main__)'(?: from '[^']*')?>")
_AFTERWORD = re.compile(r" \((?:in |the |each |error )[^)]*\)$")


def _comparable(text: str) -> str:
    """Error text without what varies between runs (addresses, the main module's file), on
    one line; a child's main module is `__main__` under fork, `__mp_main__` otherwise."""
    text = _ADDRESS.sub("", text)
    text = _MAIN_MODULE.sub("<module '__main__'>", text).replace("__mp_main__", "__main__")
    return " ".join(text.split())


@functools.cache
def _findings(path: Path) -> tuple[Finding, ...]:
    return tuple(analyze_source(path.read_text(encoding="utf-8"), str(path)).findings)


def _quoted_errors(path: Path, method: str) -> list[str]:
    """The runtime errors the engine's findings on `path` quote for `method`, as they appear
    in a traceback (without the exception's module); the engine's own descriptions of hangs
    and unpickling errors, not quotes, are left out."""
    quoted = []
    for finding in _findings(path):
        error = finding.runtime_error
        if StartMethod(method) not in finding.start_methods or not re.match(r"\w+: ", error):
            continue
        message = _AFTERWORD.sub("", error.split(": ", 1)[1])
        quoted.append(_comparable(message))
    return quoted


# Topics whose labels are also checked on the other CPython versions of the machine (issue 13:
# object state and multi-file programs, whose error texts differ between versions).
OTHER_VERSION_TOPICS = ("state", "project")
VERSION_CASES = [
    (path, method, python)
    for python in other_pythons()
    for path in CORPUS
    if path.relative_to(CORPUS_ROOT).parts[0] in OTHER_VERSION_TOPICS
    for method in START_METHODS
]


@pytest.mark.runtime
@pytest.mark.parametrize(
    "case",
    VERSION_CASES,
    ids=[f"{case_id((p, m))}-{Path(py).parents[1].name}" for p, m, py in VERSION_CASES],
)
def test_label_holds_on_other_versions(case: tuple[Path, str, str]) -> None:
    path, method, python = case
    header = parse_header(path)
    result = run_for_label(path, method, header.labels[method], python=python)
    output = result.stdout + result.stderr
    assert result.outcome == header.labels[method], f"{python} {method}:\n{output[-2000:]}"
    if header.labels[method] == "error":
        assert header.error_shown_in(output), f"{python} {method}:\n{output[-2000:]}"


def _timeout(header: Header) -> float:
    """A program labelled `hang` somewhere is given the usual 15 s; one that must finish may
    take longer on a loaded machine (importing torch alone takes several seconds)."""
    return DEFAULT_TIMEOUT if "hang" in header.labels.values() else FINISHING_TIMEOUT


def test_header_parser_rejects_incomplete_labels(tmp_path: Path) -> None:
    program = tmp_path / "p.py"
    program.write_text("# runtime: fork=ok spawn=error\n# summary: s\n", encoding="utf-8")
    with pytest.raises(HeaderError):
        parse_header(program)


def test_error_text_must_appear_in_output(tmp_path: Path) -> None:
    program = tmp_path / "p.py"
    program.write_text(
        "# runtime: fork=error spawn=error forkserver=error\n"
        "# error-contains: cannot pickle 'generator' object\n# summary: s\n",
        encoding="utf-8",
    )
    header = parse_header(program)
    assert header.error_shown_in("TypeError: cannot pickle 'generator' object")
    assert not header.error_shown_in("TypeError: cannot pickle '_thread.lock' object")


def test_header_parser_requires_error_text(tmp_path: Path) -> None:
    program = tmp_path / "p.py"
    program.write_text(
        "# runtime: fork=ok spawn=error forkserver=error\n# summary: s\n", encoding="utf-8"
    )
    with pytest.raises(HeaderError):
        parse_header(program)


@pytest.mark.runtime
def test_runner_classifies_outcomes_from_source() -> None:
    assert run_program("print('fine')\n", "spawn").outcome == "ok"
    exited = run_program("raise SystemExit(3)\n", "fork")
    assert (exited.outcome, exited.returncode) == ("error", 3)
    # A child process or feeder thread can die with a traceback while the program exits 0.
    thread_crash = "import threading\nthreading.Thread(target=lambda: 1 / 0).start()\n"
    crashed = run_program(thread_crash, "spawn")
    assert (crashed.outcome, crashed.returncode) == ("error", 0)
    assert "ZeroDivisionError" in crashed.stderr
    hang = run_program("import time\ntime.sleep(30)\n", "fork", timeout=1)
    assert (hang.outcome, hang.returncode) == ("hang", None)
    # A hung program is asked for its stacks before it is killed: the hang says where it waits.
    assert "line 2 in <module>" in hang.stderr and "in sleep" not in hang.stdout
    assert not hang.in_executor_shutdown_deadlock


@pytest.mark.runtime
def test_a_programs_temporary_files_do_not_outlive_its_run() -> None:
    """Corpus programs make files with mkstemp/mkdtemp and never remove them; a hung one is
    killed. Either way its temp folder goes with the run."""
    leaky = (
        "import multiprocessing, sys, tempfile\n"
        "if __name__ == '__main__':\n"
        "    print(tempfile.mkdtemp(), tempfile.mkstemp()[1])\n"
        "    multiprocessing.Process(target=print).start()\n"
        "    sys.stdout.flush()\n"
        "    import time; time.sleep(30)\n"
    )
    result = run_program(leaky, "forkserver", timeout=1)
    made = result.stdout.split()
    assert result.outcome == "hang" and len(made) == 2
    assert not any(Path(name).exists() for name in made)
    assert not Path(made[0]).parent.exists()


# gh-125451's race made certain: the queue's feeder thread sleeps between dropping the failed
# item from the pending ones and taking the executor's lock, so the manager thread, seeing no
# pending work left, takes that lock and joins the feeder first.
EXECUTOR_SHUTDOWN_RACE = """
import time
from concurrent.futures import ProcessPoolExecutor


class SlowPop(dict):
    def pop(self, *key):
        value = super().pop(*key)
        time.sleep(2.0)
        return value


def work(x):
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        executor._pending_work_items = executor._call_queue.pending_work_items = SlowPop()
        futures = [executor.submit(work, (i for i in range(3))) for _ in range(2)]
        try:
            [future.result() for future in futures]
        except TypeError:
            print("the submit failed to pickle; shutting down")
"""
RACE_PYTHONS = [python for python in other_pythons() if "/3.11." not in python]


@pytest.mark.runtime
@pytest.mark.parametrize("python", RACE_PYTHONS or [None])
def test_executor_shutdown_deadlock_is_recognised(python: str | None) -> None:
    """The corpus runs retry a program labelled `error` only when its hang is that deadlock;
    3.11 joins the feeder thread without the lock and exits."""
    if python is None:
        pytest.skip("no 3.12/3.13 interpreter on this machine")
    # a loaded machine may still let the feeder win the race: up to 3 runs, as the corpus does
    for _attempt in range(3):
        result = run_program(EXECUTOR_SHUTDOWN_RACE, "spawn", python=python)
        if result.in_executor_shutdown_deadlock:
            break
    assert result.in_executor_shutdown_deadlock, (result.outcome, result.stderr[-3000:])
    on_311 = run_program(EXECUTOR_SHUTDOWN_RACE, "spawn")
    assert on_311.outcome == "ok" and not on_311.in_executor_shutdown_deadlock


@pytest.mark.runtime
@pytest.mark.parametrize("method", START_METHODS)
def test_shim_sets_default_but_explicit_context_wins(method: str) -> None:
    source = (
        "import multiprocessing as mp\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "if __name__ == '__main__':\n"
        "    print(mp.get_start_method())\n"
        "    with ProcessPoolExecutor(1) as executor:\n"
        "        print(executor._mp_context.get_start_method())\n"
        "    print(mp.get_context('fork').get_start_method())\n"
    )
    result = run_program(source, method)
    assert result.stdout.split() == [method, method, "fork"], result.stderr
