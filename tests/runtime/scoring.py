"""Precision/recall bookkeeping shared by the corpus marks test and the terminal summary hook.

Lives in an ordinary module (not conftest.py) so both import the very same stash key.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0

    def add(self, predicted: bool, failed: bool) -> None:
        if predicted and failed:
            self.true_positive += 1
        elif predicted:
            self.false_positive += 1
        elif failed:
            self.false_negative += 1
        else:
            self.true_negative += 1

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        failing = self.true_positive + self.false_negative
        return self.true_positive / failing if failing else 1.0


# start method -> Score, filled by tests/engine/test_corpus_marks.py
CORPUS_SCORES = pytest.StashKey[dict[str, Score]]()


def score_table(scores: dict[str, Score]) -> list[str]:
    lines = [f"{'method':<11}{'precision':>10}{'recall':>8}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}"]
    for method, score in scores.items():
        lines.append(
            f"{method:<11}{score.precision:>10.3f}{score.recall:>8.3f}{score.true_positive:>5}"
            f"{score.false_positive:>5}{score.false_negative:>5}{score.true_negative:>5}"
        )
    return lines
