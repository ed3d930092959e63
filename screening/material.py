"""Answering candidate questions from the job's own description and FAQ, and nothing else.

Passages are the description's sentences and the FAQ answers. Retrieval uses MiniLM embeddings
through the inference worker (INTERACTIVE priority) and checks word overlap too; without the
worker it falls back to word overlap alone. Below the thresholds the screener says the material
does not cover it: it never makes a fact up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from screening.jobdef import JobDef
from screening.textnorm import fold

STOP = set(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "be",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "there",
        "any",
        "what",
        "whats",
        "how",
        "when",
        "where",
        "who",
        "which",
        "why",
        "of",
        "to",
        "in",
        "on",
        "for",
        "at",
        "by",
        "with",
        "and",
        "or",
        "it",
        "its",
        "this",
        "that",
        "i",
        "you",
        "we",
        "they",
        "my",
        "your",
        "our",
        "me",
        "us",
        "have",
        "has",
        "get",
        "got",
        "about",
        "job",
        "role",
        "position",
        "work",
        "please",
        "tell",
        "know",
        "need",
        "own",
        "like",
    ]
)
# Words people use for the same thing as the description.
SYNONYMS = {
    "pay": "pay",
    "paid": "pay",
    "salary": "pay",
    "wage": "pay",
    "wages": "pay",
    "compensation": "pay",
    "hourly": "pay",
    "rate": "pay",
    "money": "pay",
    "earn": "pay",
    "sueldo": "pay",
    "salario": "pay",
    "hours": "hours",
    "shift": "hours",
    "shifts": "hours",
    "schedule": "hours",
    "horario": "hours",
    "remote": "remote",
    "home": "remote",
    "office": "remote",
    "onsite": "remote",
    "laptop": "laptop",
    "computer": "laptop",
    "equipment": "laptop",
    "headset": "laptop",
    "training": "training",
    "train": "training",
    "onboarding": "training",
    "mentor": "training",
    "benefits": "benefits",
    "insurance": "benefits",
    "health": "benefits",
    "dental": "benefits",
    "vacation": "pto",
    "holiday": "pto",
    "holidays": "pto",
    "pto": "pto",
    "leave": "pto",
    "start": "start",
    "begin": "start",
    "starts": "start",
    "off": "pto",
    "pagan": "pay",
    "paga": "pay",
    "pagar": "pay",
}
EMBED_ACCEPT = 0.55  # cosine above which MiniLM alone is trusted
EMBED_WITH_WORDS = 0.30  # lower cosine is accepted when a content word is shared too

Embed = Callable[[list[str]], Sequence[Sequence[float]]]


@dataclass(frozen=True)
class Passage:
    text: str
    source: str  # "description" or "faq"


@dataclass(frozen=True)
class Found:
    """The passage that answers a question; ``passage is None`` when the material is silent."""

    passage: Passage | None
    similarity: float
    method: str  # "embedding" | "words"


def passages(job: JobDef) -> list[Passage]:
    """The sentences the screener may quote."""
    out = [
        Passage(s.strip(), "description")
        for s in re.split(r"(?<=[.!?])\s+|\n+", job.description)
        if len(s.strip().split()) >= 3
    ]
    out.extend(Passage(f"{f.a}", "faq") for f in job.faq)
    return out


def _concepts(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9$]+", fold(text))
    return {SYNONYMS.get(w, w.rstrip("s")) for w in words if w not in STOP and len(w) > 1}


def _faq_question_words(job: JobDef) -> list[set[str]]:
    return [_concepts(f.q + " " + f.a) for f in job.faq]


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def find_answer(
    job: JobDef,
    question: str,
    embed: Embed | None,
    cache: dict[str, list[Sequence[float]]] | None = None,
) -> Found:
    """The passage of ``job`` that answers ``question``, if the material says.

    Args:
        embed: turns texts into vectors (the inference worker); None for word overlap only.
        cache: passage vectors per job, reused across calls (keyed by the job text).
    """
    items = passages(job)
    if not items:
        return Found(None, 0.0, "words")
    words = [_concepts(p.text) for p in items]
    faq_words = _faq_question_words(job)
    for i, p in enumerate(items):
        if p.source == "faq":
            words[i] |= faq_words[i - (len(items) - len(job.faq))]
    asked = _concepts(question)
    overlap = [len(asked & w) for w in words]
    if embed is not None:
        key = cache_key(job)
        vectors = cache.get(key) if cache is not None else None
        if vectors is None:
            vectors = list(embed(embed_texts(job)))
            if cache is not None:
                cache[key] = vectors
        (qv,) = embed([question])
        sims = [_cosine(qv, v) for v in vectors]
        best = max(range(len(items)), key=lambda i: sims[i] + 0.1 * min(overlap[i], 2))
        if sims[best] >= EMBED_ACCEPT or (sims[best] >= EMBED_WITH_WORDS and overlap[best] > 0):
            return Found(items[best], sims[best], "embedding")
        return Found(None, sims[best], "embedding")
    best = max(range(len(items)), key=lambda i: overlap[i])
    if overlap[best] >= 1:
        return Found(items[best], overlap[best] / max(len(asked), 1), "words")
    return Found(None, 0.0, "words")


def cache_key(job: JobDef) -> str:
    """Passage vectors depend on the job's text only."""
    return job.id + "\x00" + job.description + repr(job.faq)


def embed_texts(job: JobDef) -> list[str]:
    """Description sentences as they are; FAQ entries with their question, which aids matching."""
    items = passages(job)
    faq_start = len(items) - len(job.faq)
    return [
        p.text if i < faq_start else f"{job.faq[i - faq_start].q} {p.text}"
        for i, p in enumerate(items)
    ]
