"""Hostile JSON-RPC fuzz of the language server: `python bench/lsp_hostile_fuzz.py --count 10000`.

Sends COUNT seeded hostile messages and edit sequences (tests/lsp/hostile_fuzz.py: malformed
JSON and framing, bad ids and params, out-of-range positions, edits to unopened documents,
random incremental edits with odd line breaks) to one real server over stdio, then checks it is
alive, answered every request and showed no pop-up. Exit status 0 when it passed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.lsp.hostile_fuzz import run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="picklecheck-fuzz-") as folder:
        outcome = run(Path(folder), arguments.count, arguments.seed)
    print(
        f"{outcome.messages} messages ({outcome.requests} requests) in {outcome.seconds:.0f} s: "
        f"alive={outcome.alive} unanswered={len(outcome.unanswered)} "
        f"pop-ups={len(outcome.pop_ups)}"
    )
    for unanswered in outcome.unanswered[:20]:
        print("  unanswered:", unanswered)
    for pop_up in outcome.pop_ups[:20]:
        print("  pop-up:", pop_up)
    return 0 if outcome.passed else 1


if __name__ == "__main__":
    sys.exit(main())
