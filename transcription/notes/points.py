"""What decisions and open questions share: the point found, the phrases of each language,
and the trained model's finds with what rules them out (pure, but for the shipped model).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from transcription.naming import introduced
from transcription.notes.english_points import (
    ENGLISH,
    HOPED,
    NOT_DECIDED_HERE,
    NOT_DECIDED_YET,
    PROCEDURE,
    STATED_QUESTION,
)
from transcription.notes.languages import POINT_PHRASES
from transcription.notes.point_model import THRESHOLD, Scorer
from transcription.notes.sentences import Sentence

PHRASES = {"en": ENGLISH, **POINT_PHRASES}

# words any question and request share without being about the same thing
ASKING_WORDS = frozenset(
    "what when where which could would should will about going there this that".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Point:
    """A decision or an open question, with who said it and when."""

    text: str
    speaker: str
    start: float


def model_finds(
    sentences: Sequence[Sentence], model: Scorer, threshold: float = THRESHOLD
) -> list[int]:
    """The sentences of four words or more that ``model`` scores above ``threshold``."""
    scores = model.scores(sentences) if sentences else []
    return [
        i
        for i, (said, score) in enumerate(zip(sentences, scores, strict=True))
        if score > threshold
        and len(said.text.split()) >= 4
        and not not_a_choice(said.text)
        and not introduced(said.text)  # "And Zoe from IT.": the model's words, no decision
    ]


def not_decided_here(text: str) -> bool:
    """Opening the meeting, a decision taken before or put off, or one on a condition."""
    return PROCEDURE.search(text) is not None or NOT_DECIDED_HERE.search(text) is not None


def not_a_choice(text: str) -> bool:
    """A fallback hoped against ("let's hope not"), no decision made here, or one said not
    made yet ("One thing we haven't decided is ...") (English)."""
    return (
        HOPED.search(text) is not None
        or not_decided_here(text)
        or STATED_QUESTION.search(text) is not None
        or NOT_DECIDED_YET.search(text) is not None
    )


def asks(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a question."""
    return sentence.text.rstrip().endswith("?")


def content_words(text: str) -> set[str]:
    """The words of four letters or more of ``text`` that say what it is about, lower case."""
    return {w for w in re.findall(r"\w{4,}", text.lower()) if w not in ASKING_WORDS}
