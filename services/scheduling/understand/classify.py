"""The intent classifier: logistic regression over MiniLM embeddings, n-grams and cue words.

MiniLM carries the meaning of English well; hashed character n-grams carry the keywords
of the other languages ("annuler", "verschieben", "anulezi"). The weights live in
``services/scheduling/training/intent_model.json``, rebuilt by
``python -m services.scheduling.training.build`` from ``training/examples.tsv``.
"""

from __future__ import annotations

import functools
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from services.scheduling.understand.cues import cue_features
from services.scheduling.understand.embedder import Embedder
from services.scheduling.understand.errors import ModelMissing

MODEL_PATH = Path(__file__).resolve().parent.parent / "training" / "intent_model.json"
HASH_DIM = 4096
NGRAMS = (3, 5)
CUE_WEIGHT = 2.0  # cue words are few and decisive; scaled to match the unit-norm blocks


@dataclass(frozen=True)
class IntentModel:
    """Trained weights: one row per label over [embedding, hashed n-grams]."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (labels, features)
    bias: np.ndarray  # (labels,)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        logits = features @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class IntentGuess:
    """The classifier's answer for one text."""

    label: str
    probability: float
    scores: dict[str, float]


def normalize(text: str) -> str:
    """What the classifier sees: lower case, digits folded, URLs and addresses blanked."""
    text = re.sub(r"https?://\S+|\S+@\S+", " ", text.lower())
    return re.sub(r"\d", "0", re.sub(r"\s+", " ", text)).strip()


def char_ngrams(texts: list[str]) -> np.ndarray:
    """Hashed, L2-normalised character n-gram counts (stable across processes: CRC32)."""
    out = np.zeros((len(texts), HASH_DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        padded = f" {text} "
        for n in range(NGRAMS[0], NGRAMS[1] + 1):
            for i in range(len(padded) - n + 1):
                out[row, zlib.crc32(padded[i : i + n].encode()) % HASH_DIM] += 1.0
        norm = np.linalg.norm(out[row])
        if norm:
            out[row] /= norm
    return out


def features(texts: list[str], embed: Embedder) -> np.ndarray:
    """The classifier's input for each text."""
    normalized = [normalize(t) for t in texts]
    return np.hstack(
        [embed(normalized), char_ngrams(normalized), CUE_WEIGHT * cue_features(normalized)]
    ).astype(np.float32)


@functools.cache
def load_model(path: Path = MODEL_PATH) -> IntentModel:
    """Read trained weights; raises :class:`ModelMissing` with the rebuild command."""
    try:
        raw = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise ModelMissing(
            f"intent model {path} unreadable ({e}); "
            "rebuild: python -m services.scheduling.training.build"
        ) from e
    return IntentModel(
        tuple(raw["labels"]),
        np.asarray(raw["weights"], dtype=np.float32),
        np.asarray(raw["bias"], dtype=np.float32),
    )


def classify(text: str, embed: Embedder, model: IntentModel | None = None) -> IntentGuess:
    """The most likely intent of ``text`` with its probability and every label's score."""
    model = model or load_model()
    probs = model.probabilities(features([text], embed))[0]
    best = int(np.argmax(probs))
    return IntentGuess(
        model.labels[best],
        float(probs[best]),
        dict(zip(model.labels, map(float, probs), strict=True)),
    )
