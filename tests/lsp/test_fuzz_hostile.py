"""A seeded run of hostile JSON-RPC messages and edit sequences (tests/lsp/hostile_fuzz.py)
against the real server: it stays alive, answers every request, shows no pop-up.

The suite runs PICKLECHECK_FUZZ_MESSAGES messages per seed (default 600, two seeds); the
10,000-message run is `python bench/lsp_hostile_fuzz.py --count 10000`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.lsp.hostile_fuzz import run

COUNT = int(os.environ.get("PICKLECHECK_FUZZ_MESSAGES", "600"))


@pytest.mark.parametrize("seed", [1, 2])
def test_hostile_traffic_leaves_the_server_answering(seed: int, tmp_path: Path) -> None:
    outcome = run(tmp_path, COUNT, seed)
    assert outcome.alive, "the server died"
    assert outcome.unanswered == [], f"{len(outcome.unanswered)} of {outcome.requests} unanswered"
    assert outcome.pop_ups == []
    assert outcome.messages == COUNT
