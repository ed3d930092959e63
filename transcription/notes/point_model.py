"""A trained finder of decisions and open questions, behind the English rules.

The rules of :mod:`decisions` read the forms they were written for and miss the rest: a
decision said as plain fact ("We keep the January dates"), a proposal confirmed over several
turns, a question nobody really answered. This model scores every sentence by its words and
the words of the reply to it (TF-IDF, logistic regression), trained on labelled meetings
(``training/points_en.json``, exported from the meetings in ``bench/`` by
``python -m transcription.notes.training.export``). It is trained the first time it is
needed, in one to two seconds, and kept for the life of the process.

A sentence the model scores above :data:`THRESHOLD` (a question above
:data:`QUESTION_THRESHOLD`) is added to what the rules found when it could be one: a decision
is no question, an open question is one; either has four words at least. The thresholds and
the features were chosen by scoring each labelled set with a model trained on the others
(``python3 bench/notes_heldout.py --set all``).
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from transcription.notes.sentences import Sentence

Kind = Literal["decisions", "questions"]
EXAMPLES = Path(__file__).resolve().parent / "training" / "points_en.json"
THRESHOLD = 0.7  # a sentence scored above this is a find
QUESTION_THRESHOLD = 0.8  # and a question, above this
C = 8.0  # inverse regularisation
TOKENS = r"[a-z']+|[?]"  # words, and the question mark as a word of its own
REPLY_WEIGHT = 0.5  # the reply's words count half as much as the sentence's own


class Scorer(Protocol):
    """What scores sentences: the probability that each one is a point of its kind."""

    def scores(self, sentences: Sequence[Sentence]) -> list[float]: ...


class NoModel:
    """Scores nothing: the rules alone."""

    def scores(self, sentences: Sequence[Sentence]) -> list[float]:
        return [0.0] * len(sentences)


def with_replies(sentences: Sequence[Sentence]) -> list[tuple[str, str]]:
    """Each sentence with the reply to it, the next other speaker's sentence within two,
    both lower case ("none" when nobody replied)."""
    out = []
    for i, said in enumerate(sentences):
        reply = next((r for r in sentences[i + 1 : i + 3] if r.speaker != said.speaker), None)
        out.append((said.text.lower(), reply.text.lower() if reply else "none"))
    return out


class PointModel:
    """TF-IDF of a sentence (1-3 word n-grams) and of its reply (1-2), then a balanced
    logistic regression."""

    def __init__(self, c: float = C) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.said = TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True, token_pattern=TOKENS)
        self.reply = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKENS)
        self.model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)

    def _features(self, rows: list[tuple[str, str]], fit: bool) -> Any:
        from scipy.sparse import hstack

        said = [a for a, _ in rows]
        reply = [b for _, b in rows]
        if fit:
            parts = [self.said.fit_transform(said), self.reply.fit_transform(reply)]
        else:
            parts = [self.said.transform(said), self.reply.transform(reply)]
        return hstack([parts[0], REPLY_WEIGHT * parts[1]]).tocsr()

    def fit(self, rows: list[tuple[str, str]], labels: list[int]) -> PointModel:
        if len(set(labels)) < 2:
            raise ValueError("a point model needs examples of both kinds, points and not")
        self.model.fit(self._features(rows, fit=True), labels)
        return self

    def scores(self, sentences: Sequence[Sentence]) -> list[float]:
        if not sentences:
            return []
        probabilities = self.model.predict_proba(self._features(with_replies(sentences), False))
        return [float(p) for p in probabilities[:, 1]]


@dataclass(frozen=True)
class Example:
    """One labelled meeting: its sentences, and which state a decision or an open question."""

    source: str  # the set it comes from
    sentences: tuple[Sentence, ...]
    decisions: tuple[bool, ...]
    questions: tuple[bool, ...]


def read_examples(path: Path = EXAMPLES) -> list[Example]:
    """The labelled meetings of ``path`` (see ``training/export.py`` for its form)."""
    examples = []
    for meeting in json.loads(path.read_text())["meetings"]:
        rows = meeting["sentences"]
        sentences = tuple(
            Sentence(text, speaker, 5.0 * i, 5.0 * i + 4.0)
            for i, (speaker, text, _, _) in enumerate(rows)
        )
        examples.append(
            Example(
                meeting["set"],
                sentences,
                tuple(bool(r[2]) for r in rows),
                tuple(bool(r[3]) for r in rows),
            )
        )
    return examples


def train(examples: Iterable[Example], kind: Kind) -> PointModel:
    """A model of ``kind`` fitted on ``examples``."""
    rows: list[tuple[str, str]] = []
    labels: list[int] = []
    for example in examples:
        rows += with_replies(example.sentences)
        labels += [int(x) for x in getattr(example, kind)]
    return PointModel().fit(rows, labels)


@functools.cache
def _shipped_examples() -> tuple[Example, ...]:
    return tuple(read_examples())


_TRAINING = threading.Lock()  # notes made at once in several threads train it once


@functools.cache
def _shipped(kind: Kind) -> PointModel:
    return train(_shipped_examples(), kind)


def shipped(kind: Kind) -> PointModel:
    """The model of ``kind`` trained on every labelled meeting that ships with deskmate."""
    with _TRAINING:
        return _shipped(kind)
