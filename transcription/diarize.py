"""Who spoke when: voice embeddings of short windows of speech, clustered into speakers.

Windows of 2 s (hop 1 s) inside the VAD's speech regions are embedded by the worker's
``speaker`` model and clustered (agglomerative, cosine, average linkage); the number of
speakers is the one with the best silhouette, or one speaker when no split is convincing.
Each word then takes the speaker of the windows around it, voted per sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from services.inference import InferenceClient, Priority
from transcription.audio import SAMPLE_RATE
from transcription.types import Word

WINDOW = 2.0
HOP = 1.0
MIN_REGION = 0.4
RELIABLE = 1.0  # shorter windows are too noisy to shape clusters; they join the nearest one
MAX_SPEAKERS = 8
MIN_SILHOUETTE = 0.15  # below this, splitting the voices is no better than noise
SENTENCE_END = (".", "?", "!")


def windows_of(regions: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Analysis windows covering the speech regions (short regions get one window)."""
    windows = []
    for start, end in regions:
        if end - start < MIN_REGION:
            continue
        if end - start <= WINDOW:
            windows.append((start, end))
            continue
        t = start
        while t + WINDOW <= end + 1e-6:
            windows.append((t, t + WINDOW))
            t += HOP
        if windows[-1][1] < end - HOP / 2:
            windows.append((end - WINDOW, end))
    return windows


def embed(
    client: InferenceClient, audio: np.ndarray, windows: Sequence[tuple[float, float]]
) -> np.ndarray:
    """One unit-length voice vector per window."""
    clips = [
        np.ascontiguousarray(audio[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)]) for s, e in windows
    ]
    vectors = client.run("speaker", clips, priority=Priority.BATCH) if clips else []
    return np.asarray([np.asarray(v, dtype=np.float32) for v in vectors]).reshape(len(clips), -1)


def cluster(
    vectors: np.ndarray, reliable: Sequence[bool] | None = None, max_speakers: int = MAX_SPEAKERS
) -> list[int]:
    """A speaker index per vector; the count is picked by silhouette score.

    Only ``reliable`` vectors (long enough windows) shape the clusters; the others join the
    cluster whose centroid is nearest.
    """
    mask = np.ones(len(vectors), bool) if reliable is None else np.asarray(reliable, bool)
    if mask.sum() < 4:
        return [0] * len(vectors)
    labels = np.zeros(len(vectors), int)
    labels[mask] = _cluster(vectors[mask], max_speakers)
    return [int(x) for x in _join_nearest(vectors, labels, mask)]


def _join_nearest(vectors: np.ndarray, labels: np.ndarray, shaping: np.ndarray) -> np.ndarray:
    """``labels`` where each vector outside ``shaping`` takes the label of the nearest
    centroid of the ``shaping`` vectors' clusters."""
    kinds = sorted(set(labels[shaping].tolist()))
    centroids = np.stack([vectors[shaping & (labels == k)].mean(axis=0) for k in kinds])
    joined = labels.copy()
    if (~shaping).any():
        nearest = np.argmax(vectors[~shaping] @ centroids.T, axis=1)
        joined[~shaping] = np.asarray(kinds)[nearest]
    return joined


def _cluster(vectors: np.ndarray, max_speakers: int) -> list[int]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.metrics import silhouette_score

    n = len(vectors)
    if n < 4:
        return [0] * n
    best: tuple[float, list[int]] = (MIN_SILHOUETTE, [0] * n)
    tried: set[tuple[int, ...]] = set()
    for k in range(2, min(max_speakers + 1, n - 1) + 1):
        found = AgglomerativeClustering(
            n_clusters=k, metric="cosine", linkage="average"
        ).fit_predict(vectors)
        labels = _without_outliers(vectors, np.asarray(found))
        if not 1 <= labels.max() < max_speakers or tuple(labels) in tried:
            continue  # one speaker left, too many, or a split already scored
        tried.add(tuple(labels))
        score = float(silhouette_score(vectors, labels, metric="cosine"))
        if score > best[0]:
            best = (score, [int(x) for x in labels])
    return best[1]


def _without_outliers(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """``labels`` with every one-window "speaker" (an outlier, not a person) moved to the
    nearest real cluster, renumbered 0..k-1."""
    sizes = Counter(labels.tolist())
    real = np.asarray([sizes[label] >= 2 for label in labels.tolist()])
    if real.any():
        labels = _join_nearest(vectors, labels, real)
    order = {label: i for i, label in enumerate(dict.fromkeys(labels.tolist()))}
    return np.asarray([order[label] for label in labels.tolist()])


def _word_votes(
    words: Sequence[Word], windows: Sequence[tuple[float, float]], labels: Sequence[int]
) -> list[int]:
    centres = np.asarray([(s + e) / 2 for s, e in windows])
    votes = []
    for word in words:
        mid = (word.start + word.end) / 2
        votes.append(labels[int(np.argmin(np.abs(centres - mid)))])
    return votes


def _sentences(words: Sequence[Word]) -> list[range]:
    spans, start = [], 0
    for i, word in enumerate(words):
        gap = words[i + 1].start - word.end if i + 1 < len(words) else 0.0
        if word.text.strip().endswith(SENTENCE_END) or gap > 1.0 or i == len(words) - 1:
            spans.append(range(start, i + 1))
            start = i + 1
    return spans


def assign(
    words: Sequence[Word], windows: Sequence[tuple[float, float]], labels: Sequence[int]
) -> list[Word]:
    """``words`` with ``speaker`` set to "Speaker N" (numbered in order of first speech)."""
    if not words:
        return []
    if not windows:
        return [_with(w, "Speaker 1") for w in words]
    votes = _word_votes(words, windows, labels)
    per_word = list(votes)
    for span in _sentences(words):
        weights: dict[int, float] = {}
        for i in span:
            weights[votes[i]] = weights.get(votes[i], 0.0) + words[i].end - words[i].start
        winner = max(weights, key=lambda label: weights[label])
        for i in span:
            per_word[i] = winner
    numbering: dict[int, str] = {}
    for label in per_word:
        numbering.setdefault(label, f"Speaker {len(numbering) + 1}")
    return [_with(w, numbering[label]) for w, label in zip(words, per_word, strict=True)]


def _with(word: Word, speaker: str) -> Word:
    return Word(word.start, word.end, word.text, word.probability, speaker)


def diarize(
    client: InferenceClient,
    audio: np.ndarray,
    regions: Sequence[tuple[float, float]],
    words: Sequence[Word],
) -> list[Word]:
    """Words labelled with their speaker."""
    windows = windows_of(regions)
    reliable = [end - start >= RELIABLE for start, end in windows]
    labels = cluster(embed(client, audio, windows), reliable) if windows else []
    return assign(words, windows, labels)
