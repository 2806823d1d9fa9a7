"""flow/platforms.py: on which platforms a test of the running platform holds."""

from __future__ import annotations

import astroid
import pytest

from picklecheck.engine import analyze_source
from picklecheck.engine.config import Config
from picklecheck.engine.flow.platforms import METHODS, platforms_where, start_method_truth
from picklecheck.engine.model import StartMethod

ALL = {"linux", "macos", "windows"}


@pytest.mark.parametrize(
    ("test", "expected"),
    [
        ('sys.platform == "linux"', {"linux"}),
        ('sys.platform != "linux"', {"macos", "windows"}),
        ('sys.platform == "darwin"', {"macos"}),
        ('sys.platform.startswith("win")', {"windows"}),
        ('sys.platform in ("win32", "darwin")', {"macos", "windows"}),
        ('sys.platform not in ("win32", "darwin")', {"linux"}),
        ('os.name == "nt"', {"windows"}),
        ('os.name == "posix"', {"linux", "macos"}),
        ('platform.system() == "Darwin"', {"macos"}),
        ('not sys.platform.startswith("linux")', {"macos", "windows"}),
        ('os.name == "nt" or sys.platform == "darwin"', {"macos", "windows"}),
        ('os.name == "posix" and sys.platform != "darwin"', {"linux"}),
        ('sys.platform == "sunos5"', set()),
    ],
)
def test_platform_tests_are_read(test: str, expected: set[str]) -> None:
    node = astroid.extract_node(test)
    assert platforms_where(node) == expected


@pytest.mark.parametrize(
    "test",
    [
        "sys.version_info >= (3, 12)",
        'cfg.platform == "linux"',
        "os.name == name",
        "flag",
        'sys.platform == "linux" and debug',
    ],
)
def test_other_tests_are_unknown(test: str) -> None:
    assert platforms_where(astroid.extract_node(test)) is None


LINUX_ONLY_WORKERS = """
import sys
import threading
from torch.utils.data import DataLoader, Dataset

class SmartCache(Dataset):
    def __init__(self):
        self._update_lock = threading.Lock()
    def __len__(self):
        return 2
    def __getitem__(self, index):
        return index

if __name__ == "__main__":
    workers = 2 if sys.platform == "linux" else 0
    print(list(DataLoader(SmartCache(), num_workers=workers)))
"""


def test_workers_on_linux_only_fork_there_until_314() -> None:
    """MONAI's `workers = 2 if sys.platform == "linux" else 0`: Linux forks (3.11-3.13),
    so nothing fails; from 3.14 its forkserver default pickles the dataset."""
    assert analyze_source(LINUX_ONLY_WORKERS, "loader.py").findings == []
    (finding,) = analyze_source(
        LINUX_ONLY_WORKERS, "loader.py", Config(target_python=(3, 14))
    ).findings
    assert finding.code == "PKL005"
    assert finding.start_methods == {StartMethod.FORKSERVER}
    assert finding.message.endswith("[fails on linux]")


@pytest.mark.parametrize(
    ("test", "expected"),
    [
        ('multiprocessing.get_start_method() == "fork"', {"fork"}),
        ('mp.get_start_method() != "fork"', {"spawn", "forkserver"}),
        ('get_start_method() in ("spawn", "forkserver")', {"spawn", "forkserver"}),
        ('not ctx.get_start_method() == "spawn"', {"fork", "forkserver"}),
        ('chunk == 0 or mp.get_start_method() == "spawn"', None),
        ("mp.get_start_method() == method", None),
    ],
)
def test_start_method_tests_are_read(test: str, expected: set[str] | None) -> None:
    truth = start_method_truth(astroid.extract_node(test))
    if expected is None:  # reads something else too (or not the start method at all)
        assert truth.may_hold & truth.may_fail
    else:
        assert truth.reads_start_method
        assert (truth.may_hold, truth.may_fail) == (expected, METHODS - expected)


@pytest.mark.parametrize(
    ("test", "holds", "fails"),
    [
        (
            'chunk == 0 or mp.get_start_method() == "spawn"',
            "fork spawn forkserver",
            "fork forkserver",
        ),
        ('ready and get_start_method() == "fork"', "fork", "fork spawn forkserver"),
        ('not (ready and get_start_method() == "fork")', "fork spawn forkserver", "fork"),
        ('get_start_method() != "spawn" and (a or b)', "fork forkserver", "fork spawn forkserver"),
        ("ready", "fork spawn forkserver", "fork spawn forkserver"),
    ],
)
def test_tests_mixing_the_start_method_with_other_conditions(
    test: str, holds: str, fails: str
) -> None:
    truth = start_method_truth(astroid.extract_node(test))
    assert (truth.may_hold, truth.may_fail) == (frozenset(holds.split()), frozenset(fails.split()))
    assert truth.reads_start_method == ("start_method" in test)


def test_a_boundary_in_the_else_of_a_mixed_guard_runs_only_where_the_guard_can_fail() -> None:
    """DeepLabCut's shape: `if chunk_size == 0 or get_start_method() == "spawn":` runs the
    work in-process; the pool in `else` never runs under spawn."""
    source = (
        "import multiprocessing\n"
        "def work(log): pass\n"
        "def launch(log, chunk_size):\n"
        "    if chunk_size == 0 or multiprocessing.get_start_method() == 'spawn':\n"
        "        work(log)\n"
        "    else:\n"
        "        multiprocessing.Process(target=work, args=(log,)).start()\n"
        "if __name__ == '__main__':\n"
        "    multiprocessing.set_start_method('forkserver')\n"
        "    with open(__file__) as log:\n"
        "        launch(log, 4)\n"
    )
    (finding,) = analyze_source(source, "mixed.py").findings
    assert finding.start_methods == {StartMethod.FORKSERVER}
    unknown_method = source.replace("    multiprocessing.set_start_method('forkserver')\n", "")
    assert analyze_source(unknown_method, "mixed.py").findings == []  # 3.11: fork on Linux
    on_314 = Config(target_python=(3, 14))  # forkserver, Linux's default since 3.14
    (finding,) = analyze_source(unknown_method, "mixed.py", on_314).findings
    assert finding.start_methods == {StartMethod.FORKSERVER}


def test_boundaries_under_a_start_method_guard_take_its_methods() -> None:
    source = (
        "import multiprocessing\n"
        "def work(log): pass\n"
        "def launch(log):\n"
        "    if multiprocessing.get_start_method() == 'fork':\n"
        "        multiprocessing.Process(target=work, args=(log,)).start()\n"
        "    else:\n"
        "        work(log)\n"
        "def launch_elsewhere(log):\n"
        "    if multiprocessing.get_start_method() == 'fork':\n"
        "        work(log)\n"
        "    else:\n"
        "        multiprocessing.Process(target=work, args=(log,)).start()\n"
        "if __name__ == '__main__':\n"
        "    with open(__file__) as log:\n"
        "        launch(log)\n"
        "        launch_elsewhere(log)\n"
    )
    (finding,) = analyze_source(source, "guarded.py").findings
    assert finding.span.line + 1 == 12
    assert finding.start_methods == {StartMethod.SPAWN}
