"""Runs a Python program under a chosen multiprocessing start method and classifies the outcome.

Shared by the corpus runtime test, the quick-fix proofs and the rule-docs examples:
`from tests.runtime.runner import run_program, parse_header`.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.bounded import kill_session, session_cpu_seconds

SHIM_DIR = Path(__file__).parent / "shim"
START_METHODS = ("fork", "spawn", "forkserver")
OUTCOMES = ("ok", "error", "hang")
DEFAULT_TIMEOUT = 15.0  # seconds before a program that makes no progress counts as hung

_RUNTIME_LINE = re.compile(r"^#\s*runtime:(?P<labels>.*)$")
_LABEL = re.compile(r"(?P<method>fork|spawn|forkserver)=(?P<outcome>ok|error|hang)")
_ERROR_LINE = re.compile(r"^#\s*error-contains:\s*(?P<text>.+?)\s*$")
_SUMMARY_LINE = re.compile(r"^#\s*summary:\s*(?P<text>.+?)\s*$")
# A crash inside a worker or a feeder thread can leave exit code 0 with a traceback on stderr.
_TRACEBACK = "Traceback (most recent call last)"


@dataclass(frozen=True)
class RunResult:
    outcome: str  # "ok" | "error" | "hang"
    returncode: int | None  # None when the program was killed after the timeout
    stdout: str
    stderr: str

    @property
    def in_executor_shutdown_deadlock(self) -> bool:
        """A hang in CPython's own ProcessPoolExecutor shutdown race (gh-125451, 3.12.0-3.12.7
        and 3.13.0): the queue's feeder thread, handling a pickling error, waits for the lock
        the manager thread holds while it joins that feeder thread. The stacks the runner asks
        for show both threads there."""
        return self.outcome == "hang" and all(
            f" in {frame}" in self.stderr
            for frame in ("_on_queue_feeder_error", "_join_executor_internals")
        )


@dataclass(frozen=True)
class Header:
    labels: dict[str, str]  # start method -> expected outcome
    error_contains: str | None
    summary: str

    def error_shown_in(self, output: str) -> bool:
        """True when the expected error text (if any) appears in the program's output."""
        return self.error_contains is None or self.error_contains in output


class HeaderError(ValueError):
    """A corpus file whose header does not follow docs/corpus.md."""


def parse_header(path: Path | str) -> Header:
    """Reads the `# runtime:`, `# error-contains:` and `# summary:` lines at the top of a file."""
    labels: dict[str, str] = {}
    error_contains = None
    summary = ""
    for line in Path(path).read_text(encoding="utf-8").splitlines()[:5]:
        if match := _RUNTIME_LINE.match(line):
            labels = dict(_LABEL.findall(match["labels"]))
        elif match := _ERROR_LINE.match(line):
            error_contains = match["text"]
        elif match := _SUMMARY_LINE.match(line):
            summary = match["text"]
    _check_header(path, labels, error_contains, summary)
    return Header(labels, error_contains, summary)


def _check_header(
    path: Path | str, labels: dict[str, str], error_contains: str | None, summary: str
) -> None:
    if set(labels) != set(START_METHODS):
        raise HeaderError(f"{path}: '# runtime:' must label each of {START_METHODS}")
    if "error" in labels.values() and not error_contains:
        raise HeaderError(f"{path}: an 'error' label needs '# error-contains:'")
    if not summary:
        raise HeaderError(f"{path}: missing '# summary:'")


def run_program(
    program: Path | str,
    start_method: str,
    timeout: float = DEFAULT_TIMEOUT,
    python: str | None = None,
) -> RunResult:
    """Executes a file (Path) or source text (str) with `start_method` as the default method,
    with `python` (default: the interpreter running the tests)."""
    if start_method not in START_METHODS:
        raise ValueError(f"unknown start method {start_method!r}")
    if isinstance(program, Path):
        return _run_file(program, start_method, timeout, python)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "program.py"
        path.write_text(program, encoding="utf-8")
        return _run_file(path, start_method, timeout, python)


def _run_file(path: Path, start_method: str, timeout: float, python: str | None) -> RunResult:
    """Runs the program in a session of its own, output to temporary files, until it exits or
    is judged hung; whatever is left of its processes is killed either way."""
    # The program's temporary files (mkstemp, mkdtemp, multiprocessing's pymp- folders) go to a
    # folder of this run, removed with it: a program killed or written without clean-up
    # leaves nothing in the machine's temp folder.
    with (
        tempfile.TemporaryDirectory(prefix="pkc-run-") as scratch,
        tempfile.TemporaryFile("w+") as stdout,
        tempfile.TemporaryFile("w+") as stderr,
    ):
        env = _child_env(start_method, scratch)
        process = subprocess.Popen(
            [python or sys.executable, str(path.resolve())],
            cwd=path.resolve().parent,
            env=env,
            stdout=stdout,
            stderr=stderr,
            text=True,
            start_new_session=True,
        )
        try:
            finished = _wait_while_progressing(process, timeout)
            if not finished:
                _dump_stacks(process)
        finally:
            kill_session(process.pid)
            process.wait()
        stdout.seek(0)
        stderr.seek(0)
        out, err = stdout.read(), stderr.read()
    if not finished:
        return RunResult("hang", None, out, err)
    return RunResult(_classify(process.returncode, err), process.returncode, out, err)


# A program is hung once it has run `timeout` seconds and its processes, together, used almost
# no CPU over the last IDLE_WINDOW seconds: they wait for something that never comes. A program
# still computing (slowly, on a loaded machine) is left alone until it used `timeout` CPU
# seconds; HARD_LIMIT_FACTOR bounds the wall time whatever happens.
IDLE_WINDOW = 3.0
IDLE_CPU_SECONDS = 0.1
HARD_LIMIT_FACTOR = 8
_POLL_SECONDS = 0.5  # the program exiting ends the wait at once


def _wait_while_progressing(process: subprocess.Popen[str], timeout: float) -> bool:
    """True when the program exited, False when it is hung (see above)."""
    started = time.monotonic()
    samples: list[tuple[float, float]] = []  # (wall time, CPU seconds of the session)
    while True:
        try:
            process.wait(_POLL_SECONDS)
            return True
        except subprocess.TimeoutExpired:
            pass
        now, cpu = time.monotonic(), session_cpu_seconds(process.pid)
        samples.append((now, cpu))
        while len(samples) > 1 and now - samples[1][0] >= IDLE_WINDOW:
            samples.pop(0)  # samples[0] stays the newest one at least IDLE_WINDOW old
        waited = now - started
        idle = now - samples[0][0] >= IDLE_WINDOW and cpu - samples[0][1] < IDLE_CPU_SECONDS
        if (waited >= timeout and idle) or cpu >= timeout or waited >= timeout * HARD_LIMIT_FACTOR:
            return False


STACK_DUMP_SECONDS = 0.5  # faulthandler writes from the signal handler itself


def _dump_stacks(process: subprocess.Popen[str]) -> None:
    """Asks the hung program's main process to write every thread's stack to stderr (the shim
    registers faulthandler on SIGUSR1), so a hang says where it waits."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGUSR1)
        time.sleep(STACK_DUMP_SECONDS)


def _child_env(start_method: str, temp_folder: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PICKLECHECK_TEST_START_METHOD"] = start_method
    env["TMPDIR"] = temp_folder
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (str(SHIM_DIR), env.get("PYTHONPATH", "")) if part
    )
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    return env


def _classify(returncode: int, stderr: str) -> str:
    return "ok" if returncode == 0 and _TRACEBACK not in stderr else "error"


# A program labelled `error` that lands in gh-125451's deadlock is run again, this many times
# in all: it failed as labelled, and then CPython's executor hung on its own lock.
LABEL_ATTEMPTS = 3


def run_for_label(
    path: Path,
    method: str,
    expected: str,
    timeout: float = DEFAULT_TIMEOUT,
    python: str | None = None,
) -> RunResult:
    """Runs a labelled program; a run lost to CPython's executor shutdown deadlock is retried
    when the label is `error` (the race hits only programs whose items fail to pickle)."""
    result = run_program(path, method, timeout, python)
    for _attempt in range(1, LABEL_ATTEMPTS):
        if expected != "error" or not result.in_executor_shutdown_deadlock:
            break
        result = run_program(path, method, timeout, python)
    return result


def check_file(path: Path, timeout: float = DEFAULT_TIMEOUT) -> list[str]:
    """Runs a corpus file under every start method; returns one line per label that is wrong."""
    header = parse_header(path)
    problems = []
    for method in START_METHODS:
        expected = header.labels[method]
        result = run_for_label(path, method, expected, timeout)
        if result.outcome != expected:
            problems.append(f"{path}: {method}: expected {expected}, got {result.outcome}")
        elif expected == "error" and not header.error_shown_in(result.stdout + result.stderr):
            problems.append(f"{path}: {method}: {header.error_contains!r} not in output")
    return problems


if __name__ == "__main__":  # python -m tests.runtime.runner FILE... checks labels by hand
    for name in sys.argv[1:]:
        for problem in check_file(Path(name)) or [f"{name}: labels hold"]:
            print(problem)


CORPUS_DIR = Path(__file__).parents[1] / "corpus"


ENTRY_MODULE = "main.py"
# Other CPython versions the labels are checked on where the machine has them (pyenv's), or
# those named in PICKLECHECK_TEST_PYTHONS (paths separated by os.pathsep).
OTHER_VERSIONS = ("3.12", "3.13")


def other_pythons() -> list[str]:
    """Interpreters of OTHER_VERSIONS found on this machine, one per version."""
    named = os.environ.get("PICKLECHECK_TEST_PYTHONS")
    if named is not None:
        return [path for path in named.split(os.pathsep) if path]
    found = []
    versions = Path.home() / ".pyenv" / "versions"
    for version in OTHER_VERSIONS:
        candidates = sorted(versions.glob(f"{version}.*/bin/python"))
        if candidates:
            found.append(str(candidates[-1]))
    return found


def corpus_files() -> list[Path]:
    """Every corpus program, in a stable order: `<topic>/<name>.py`, and the entry module
    `<topic>/<name>/main.py` of a program spread over several modules (its siblings and
    packages in `<topic>/<name>/` are imported by it, not programs of their own)."""
    return sorted([*CORPUS_DIR.glob("*/*.py"), *CORPUS_DIR.glob(f"*/*/{ENTRY_MODULE}")])


def project_modules(entry: Path) -> list[Path]:
    """The modules a multi-file program's entry imports: every other `.py` in its folder."""
    if entry.name != ENTRY_MODULE or entry.parent.parent.parent != CORPUS_DIR:
        return []
    return sorted(path for path in entry.parent.rglob("*.py") if path != entry)
