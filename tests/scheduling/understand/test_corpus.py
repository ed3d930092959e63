"""The whole understanding on 64 hand-written emails: the goals of issue #6."""

from __future__ import annotations

import pytest

from services.scheduling.understand.evaluate import Score, evaluate

from .conftest import CORPUS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def score(embedder) -> Score:
    return evaluate(CORPUS, embedder)


def test_corpus_has_at_least_60_emails(score: Score) -> None:
    assert score.totals["intent"] >= 60


@pytest.mark.parametrize(
    ("measure", "goal"),
    [("intent", 0.95), ("start", 0.90), ("duration", 0.90), ("attendees", 0.90)],
)
def test_corpus_accuracy_meets_the_goal(score: Score, measure: str, goal: float) -> None:
    assert score.rate(measure) >= goal, "\n".join(score.misses)
