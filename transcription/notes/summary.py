"""An extractive summary: the most central sentences that together cover the meeting.

Sentences are embedded with the worker's ``embed`` model (all-MiniLM-L6-v2). Each scores its
centrality (mean similarity to the rest); a few are picked by maximal marginal relevance
(central, but unlike those already picked) and read in meeting order.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import numpy as np

from services.inference import InferenceClient, InferenceError, Priority
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


def _line(sentence: Sentence) -> str:
    return f"{sentence.speaker}: {sentence.text}" if sentence.speaker else sentence.text


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


def summarize(
    client: InferenceClient,
    sentences: Sequence[Sentence],
    duration: float,
    decisions: Sequence[str] = (),
) -> str:
    """A few sentences, each with its speaker, in the order they were said."""
    pool = candidates(sentences) or list(sentences)
    if not pool:
        return ""
    vectors = _vectors(client, [s.text for s in pool])
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    decided = set(decisions)
    boost = [0.05 if s.text in decided else 0.0 for s in pool]
    return " ".join(_line(pool[i]) for i in pick(vectors, summary_size(duration), boost))
