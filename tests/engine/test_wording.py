"""A finding quotes the runtime error as the target Python prints it: compared with what each
interpreter on this machine really prints when it pickles the same values."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.runtime.runner import other_pythons

from picklecheck.engine import Config, analyze_source
from picklecheck.engine.wording import worded_for

# Each value is given to pool.apply as its one argument, in this order.
VALUES = (
    "inner",  # a local function
    "lambda: 1",  # a lambda inside a function
    "open(__file__)",
    "open(__file__, 'rb')",
    "threading.Lock()",
)
PROGRAM = (
    "import multiprocessing, threading\n\ndef main():\n    def inner():\n        pass\n\n"
    + "".join(f"    multiprocessing.Pool().apply(print, ({value},))\n" for value in VALUES)
)
# Prints, for each value, "<exception class name>: <message>" as pickle raises it.
PICKLE_EACH = (
    "import pickle, threading\n"
    "def main():\n"
    "    def inner():\n"
    "        pass\n"
    f"    for value in ({', '.join(VALUES)},):\n"
    "        try:\n"
    "            pickle.dumps(value)\n"
    "        except Exception as error:\n"
    "            print(f'{type(error).__name__}: {error}')\n"
    "main()\n"
)


def _interpreters() -> list[str]:
    return [sys.executable, *other_pythons()]


def _version(python: str) -> tuple[int, int]:
    printed = subprocess.run(
        [python, "-c", "import sys; print(*sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return int(printed[0]), int(printed[1])


@pytest.mark.parametrize("python", _interpreters(), ids=lambda path: Path(path).parts[-3])
def test_findings_quote_the_error_each_interpreter_prints(python: str, tmp_path: Path) -> None:
    script = tmp_path / "pickle_each.py"
    script.write_text(PICKLE_EACH, encoding="utf-8")
    printed = subprocess.run(
        [python, str(script)], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.splitlines()
    config = Config(target_python=_version(python))

    report = analyze_source(PROGRAM, str(tmp_path / "prog.py"), config)

    findings = sorted(report.findings, key=lambda finding: finding.span)
    assert [finding.runtime_error for finding in findings] == printed
    assert all(finding.runtime_error in finding.message for finding in findings)


def test_python_3_14_wording_follows_its_documented_changes() -> None:
    lookup = (
        "PicklingError: Can't pickle <function <lambda>>: attribute lookup <lambda> on jobs failed"
    )
    local = "AttributeError: Can't pickle local object 'main.<locals>.inner'"
    text_file = "TypeError: cannot pickle '_io.TextIOWrapper' object"

    assert worded_for(lookup, (3, 14)).endswith(": it's not found as jobs.<lambda>")
    assert worded_for(local, (3, 14)) == (
        "PicklingError: Can't pickle local object 'main.<locals>.inner'"
    )
    assert worded_for(text_file, (3, 14)) == "TypeError: cannot pickle 'TextIOWrapper' instances"
    assert worded_for(lookup, (3, 11)) == lookup


def test_make_dataclass_classes_belong_to_their_caller_from_3_12() -> None:
    # 3.11: "<class 'types.Record'>: attribute lookup Record on types failed" (run on 3.11.7,
    # 3.12.1, 3.13.0: make_dataclass takes its caller's module from 3.12)
    error = "PicklingError: Can't pickle <class 'types.Record'>: attribute lookup Record on types"
    assert worded_for(error + " failed", (3, 11)) == error + " failed"
    assert worded_for(error + " failed", (3, 12)) == (
        "PicklingError: Can't pickle <class '__main__.Record'>: attribute lookup Record on "
        "__main__ failed"
    )
