"""Boundary providers (engine/providers): library names resolve from imports alone, and each
provider's pickler decides. Whole programs per library are executed in tests/corpus/libraries."""

from __future__ import annotations

import json
import os
import sys
import sysconfig
import textwrap
from pathlib import Path

from tests.bounded import run_bounded
from tests.engine.test_corpus_marks import marks
from tests.runtime.runner import CORPUS_DIR

from picklecheck.engine import Config, StartMethod, analyze_source

LIBRARIES = ("torch", "joblib", "multiprocess", "pathos")
LIBRARY_PROGRAMS = sorted((CORPUS_DIR / "libraries").glob("*.py"))

# Analyses each file with the libraries hidden from sys.path (astroid finds modules there).
_ANALYSE_WITHOUT = """
import json, sys
hidden = sys.argv[1]
sys.path = [p for p in sys.path if "site-packages" not in p] + [hidden]
for name in {libraries!r}:
    try:
        __import__(name)
    except ImportError:
        continue
    raise SystemExit(f"{{name}} is still importable")
from picklecheck.engine import analyze_source
found = {{}}
for path in sys.argv[2:]:
    report = analyze_source(open(path, encoding="utf-8").read(), path)
    found[path] = sorted([f.span.line + 1, f.code] for f in report.findings)
print(json.dumps(found))
"""


def _site_packages_without_libraries(folder: Path) -> Path:
    """A copy of site-packages (symlinks) without the libraries or their metadata."""
    purelib = Path(sysconfig.get_paths()["purelib"])
    hidden = folder / "site-packages"
    hidden.mkdir()
    for entry in purelib.iterdir():
        if entry.name.split("-")[0].split(".")[0] not in LIBRARIES:
            (hidden / entry.name).symlink_to(entry)
    return hidden


def test_library_programs_are_judged_without_the_libraries_installed(tmp_path: Path) -> None:
    hidden = _site_packages_without_libraries(tmp_path)
    script = _ANALYSE_WITHOUT.format(libraries=LIBRARIES)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "server")}
    result = run_bounded(
        [sys.executable, "-c", script, str(hidden), *map(str, LIBRARY_PROGRAMS)], env=env
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert len(found) == len(LIBRARY_PROGRAMS) >= 15
    for path in LIBRARY_PROGRAMS:
        expected = marks(path.read_text(encoding="utf-8"))
        assert {(line, code) for line, code in found[str(path)]} == expected, path.name


def findings(source: str, **config: object) -> list[tuple[int, str]]:
    report = analyze_source(textwrap.dedent(source), "prog.py", Config(**config))  # type: ignore[arg-type]
    return [(f.span.line + 1, f.code) for f in report.findings]


def test_the_same_lambda_is_fine_for_loky_and_an_error_for_multiprocessing() -> None:
    source = """\
        import multiprocessing
        from joblib import Parallel, delayed

        if __name__ == "__main__":
            Parallel(n_jobs=2)(delayed(lambda x: x)(i) for i in range(3))
            with multiprocessing.Pool(2) as pool:
                pool.map(lambda x: x, range(3))
        """
    assert findings(source) == [(7, "PKL001")]


def test_dataloader_workers_pickle_under_spawn_only_unless_the_context_is_pinned() -> None:
    source = """\
        from torch.utils.data import DataLoader

        def load(rows):
            def collate(batch):
                return batch
            return list(DataLoader(rows, num_workers=2, collate_fn=collate)), list(
                DataLoader(rows, num_workers=2, collate_fn=collate, multiprocessing_context="spawn")
            )
        """
    assert findings(source, start_method=StartMethod.FORK) == [(7, "PKL002")]
    assert findings(source, start_method=StartMethod.SPAWN) == [(6, "PKL002"), (7, "PKL002")]


def test_torch_spawn_pins_spawn_whatever_the_default() -> None:
    source = """\
        import torch.multiprocessing as mp

        if __name__ == "__main__":
            def train(rank):
                pass
            mp.spawn(train, nprocs=2)
            mp.spawn(train, nprocs=2, start_method="fork")
        """
    assert findings(source, start_method=StartMethod.FORK) == [(6, "PKL003")]


def test_interpreter_pool_reports_only_names_pickle_cannot_find() -> None:
    source = """\
        import threading
        from concurrent.futures import InterpreterPoolExecutor

        def work(x):
            return x

        def run():
            def local(x):
                return x
            with InterpreterPoolExecutor() as pool:
                pool.submit(local, 1)
                pool.submit(work, threading.Lock())
                pool.map(lambda x: x, [1])
        """
    assert findings(source) == [(11, "PKL002"), (13, "PKL001")]


def test_a_file_mentioning_only_a_provider_is_not_prefiltered() -> None:
    source = (
        "from joblib import Parallel, delayed\nParallel(n_jobs=2)(delayed(print)(i) for i in [])\n"
    )
    report = analyze_source(source, "prog.py")
    assert report.stats.files_prefiltered == 0
    assert [b.sink for b in report.boundaries] == ["joblib.Parallel"]
