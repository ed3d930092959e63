"""The summary: who met and what for, the key points in reported speech, what came out.

Key points are the most central sentences that together cover the meeting: embedded with the
worker's ``embed`` model (all-MiniLM-L6-v2), each scores its centrality (mean similarity to
the rest), a few are picked by maximal marginal relevance (central, but unlike those already
picked) and read in meeting order, each turned into third-person speech with its speaker's
name (:mod:`reported`). The first and last sentences come from :mod:`overview`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import numpy as np

from services.inference import InferenceClient, InferenceError, Priority
from transcription.notes.item import ActionItem
from transcription.notes.overview import decisions_stated, lead, outcome, purpose
from transcription.notes.points import Point
from transcription.notes.reported import reported
from transcription.notes.sentences import Sentence

log = logging.getLogger(__name__)
MIN_WORDS = 6
RELEVANCE = 0.7  # MMR trade-off: centrality vs. difference from what is already picked
FILLER = re.compile(
    r"^(?:hi|hello|hey|thanks|thank you|okay|ok|bye|good morning|sounds good)\b", re.IGNORECASE
)


def summary_size(duration: float) -> int:
    """Three sentences for a short meeting, up to six for a long one."""
    return int(min(6, max(3, round(duration / 180))))


def candidates(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences worth quoting: long enough, not greetings."""
    return [s for s in sentences if len(s.text.split()) >= MIN_WORDS and not FILLER.match(s.text)]


def pick(vectors: np.ndarray, count: int, boost: Sequence[float] | None = None) -> list[int]:
    """Indexes chosen by MMR over unit ``vectors`` (``boost`` adds to a sentence's centrality)."""
    n = len(vectors)
    if n <= count:
        return list(range(n))
    similarity = vectors @ vectors.T
    centrality = (similarity.sum(axis=1) - 1.0) / max(1, n - 1)
    if boost is not None:
        centrality = centrality + np.asarray(boost)
    chosen: list[int] = []
    while len(chosen) < count:
        redundancy = similarity[:, chosen].max(axis=1) if chosen else np.zeros(n)
        score = RELEVANCE * centrality - (1 - RELEVANCE) * redundancy
        score[chosen] = -np.inf
        chosen.append(int(np.argmax(score)))
    return sorted(chosen)


def _vectors(client: InferenceClient, texts: list[str]) -> np.ndarray:
    """MiniLM sentence embeddings; TF-IDF vectors if the worker cannot embed right now."""
    try:
        found = client.run("embed", texts, priority=Priority.BATCH)
        return np.asarray(found, dtype=np.float32)
    except InferenceError as e:
        from sklearn.feature_extraction.text import TfidfVectorizer

        log.warning("embed model unavailable (%s); summary falls back to TF-IDF", e)
        matrix = TfidfVectorizer(stop_words="english").fit_transform(texts)
        return np.asarray(matrix.toarray(), dtype=np.float32)


def key_points(
    client: InferenceClient,
    pool: Sequence[Sentence],
    duration: float,
    decided: Sequence[str] = (),
) -> list[Sentence]:
    """The sentences of ``pool`` that best cover the meeting, in the order they were said."""
    if not pool:
        return []
    vectors = _vectors(client, [s.text for s in pool])
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    boosted = set(decided)
    boost = [0.05 if s.text in boosted else 0.0 for s in pool]
    return [pool[i] for i in pick(vectors, summary_size(duration), boost)]


def lower_case_words(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Words said in lower case somewhere, so they may start a reported clause in lower case."""
    return frozenset(w for s in sentences for w in re.findall(r"\b[a-z][a-z']*", s.text))


def summarize(
    client: InferenceClient,
    sentences: Sequence[Sentence],
    duration: float,
    decided: Sequence[Point] = (),
    items: Sequence[ActionItem] = (),
    english: bool = True,
) -> str:
    """A short paragraph a note-taker would write; "" when nothing was said.

    Sentences the first and last sentences already cover (the one that said what the meeting
    is, decisions :func:`overview.outcome` states) are not key points again. The rewriting
    rules are English: a meeting in another language gets its key points as said, each with
    its speaker ("Anna: ...").
    """
    if not sentences:
        return ""
    if not english:
        points = key_points(client, candidates(sentences) or list(sentences), duration)
        return " ".join(f"{s.speaker}: {s.text}" if s.speaker else s.text for s in points)
    said = purpose(sentences)
    covered = {d.text for d in decided} if decisions_stated(decided) else set()
    if said:
        covered.add(said[1].text)
    pool = [s for s in candidates(sentences) or list(sentences) if s.text not in covered]
    points = key_points(client, pool, duration, [d.text for d in decided])
    common = lower_case_words(sentences)
    parts = [lead(sentences), *(reported(s, common) for s in points), outcome(decided, items)]
    return " ".join(p for p in parts if p)
