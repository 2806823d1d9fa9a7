"""The text pre-filter (`prefilter.passes_prefilter`) never costs a finding.

A file it rejects is not built. Analysing with a `tree_source` skips it, so each file the filter
rejects is analysed once more that way: no finding and no boundary may appear. The corpus, the
rule examples and picklecheck's own sources (which name Pool, Process and Queue everywhere
without calling them) are checked, plus spellings written to trip a text search.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from tests.runtime.runner import CORPUS_DIR, corpus_files

from picklecheck.engine import analyze_source
from picklecheck.engine.analyzer import analyze_outcome
from picklecheck.engine.config import Config
from picklecheck.engine.prefilter import calls_a_candidate, passes_prefilter

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    [
        *corpus_files(),
        *(REPO / "examples").rglob("*.py"),
        *(REPO / "server" / "picklecheck").rglob("*.py"),
    ]
)


def unfiltered(source: str, path: str) -> tuple[list[object], list[object]]:
    report = analyze_outcome(source, path, Config(), tree_source=source).report
    return list(report.findings), list(report.boundaries)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_a_rejected_file_has_nothing_to_find(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    if passes_prefilter(source, str(path)):
        return  # built and analysed as without the filter
    assert unfiltered(source, str(path)) == ([], [])


def test_the_filter_is_not_idle() -> None:
    """picklecheck's own sources mention the names and call none: the filter rejects them."""
    rejected = [p for p in SOURCES if not passes_prefilter(p.read_text(encoding="utf-8"), str(p))]
    assert len(rejected) >= 20
    corpus = [p for p in rejected if CORPUS_DIR in p.parents and "negatives" not in p.parts]
    assert not [p for p in corpus if not _boundary_in_another_module(p)]


def _boundary_in_another_module(entry: Path) -> bool:
    """A program of several modules whose `main.py` only calls into them (a function another
    module decorates to run in a Process): one of its other modules passes the filter."""
    if entry.name != "main.py":
        return False
    others = [p for p in entry.parent.rglob("*.py") if p != entry]
    return any(passes_prefilter(p.read_text(encoding="utf-8"), str(p)) for p in others)


TRICKY = {
    "comment between the name and the bracket": """
        import multiprocessing

        def work(x):
            return x

        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                print((pool  # the pool
                       .map  # its map
                       (lambda x: x, range(3))))
    """,
    "backslash continuation": """
        import multiprocessing
        if __name__ == "__main__":
            with multiprocessing.get_context("spawn").Pool(2) as pool:
                pool.starmap \\
                    (lambda a, b: a, [(1, 2)])
    """,
    "Process subclass called by its own name": """
        import multiprocessing
        import threading

        class Worker(multiprocessing.Process):
            def __init__(self, lock):
                super().__init__()
                self.lock = lock

        if __name__ == "__main__":
            Worker(threading.Lock()).start()
    """,
    "profiler around a pool": """
        import cProfile
        import multiprocessing

        def work(x):
            return x

        def main():
            with multiprocessing.Pool(2) as pool:
                pool.map(work, range(3))

        if __name__ == "__main__":
            cProfile.run("main()")
    """,
}


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_tricky_spellings_pass_the_filter_and_keep_their_findings(name: str) -> None:
    source = textwrap.dedent(TRICKY[name])
    assert calls_a_candidate(source)
    found = analyze_source(source, "tricky.py").findings
    assert found
    assert found == unfiltered(source, "tricky.py")[0]


def plainly_calls_a_candidate(source: str) -> bool:
    """The call search written as plainly as possible (one regex with `\\b`, every match
    looked at): slower, and the reference the fast search must never fall short of."""
    from picklecheck.engine.prefilter import CALLABLE_NAMES, GAP, METHOD_NAMES

    names = "|".join(sorted(CALLABLE_NAMES))
    if re.search(rf"\b(?:{names})\s+as\s+\w", source) or "concurrent.process" in source:
        return True
    definitions = {
        m.start(1): m.group(1) for m in re.finditer(r"^[ \t]*class[ \t]+(\w+)", source, re.M)
    }
    pattern = (
        rf"\.{GAP}(?P<method>{'|'.join(sorted(METHOD_NAMES))}){GAP}\("
        rf"|\b(?P<callable>{names}){GAP}\(|\b(?P<cls>\w+){GAP}\("
    )
    for match in re.finditer(pattern, source):
        name = match.group("cls")
        if name is None or (name in definitions.values() and match.start("cls") not in definitions):
            return True
    return False


LOOKALIKES = {
    "alias on the next line": "from joblib import (\n    Parallel\n    as P)\n",
    "name inside a longer word": "xPool(3)\nmyProcess(1)\n",
    "longer word, then the real call": "xPool(3); Pool(3)\n",
    "class defined, never called": "class Worker(Base):\n    pass\n",
    "class called": "class Worker(Base):\n    pass\nw = Worker (1)\n",
    "class called inside a longer name": "class Worker(Base):\n    pass\nw = MyWorker(1)\n",
    "method across a comment": "pool.map  # the map\n(f, xs)\n",
    "as inside a word": "Pool_as_x = 1\nbasis = Pool\n",
}


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_the_fast_search_agrees_with_the_plain_one_on_lookalikes(name: str) -> None:
    source = LOOKALIKES[name]
    assert calls_a_candidate(source) == plainly_calls_a_candidate(source)


def test_the_fast_search_finds_whatever_the_plain_one_finds() -> None:
    missed = [
        path
        for path in SOURCES
        if plainly_calls_a_candidate(text := path.read_text(encoding="utf-8"))
        and not calls_a_candidate(text)
    ]
    assert missed == []
