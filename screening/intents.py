"""Besides an answer, a message may ask the screener something or ask for a person."""

from __future__ import annotations

import re
from dataclasses import dataclass

from screening.textnorm import READ_LIMIT, fold

QUESTION_START = re.compile(
    r"^(?:what|what's|whats|how|is|are|do|does|did|can|could|will|would|when|where|who|which|why|"
    r"que|cual|cuanto|cuanta|donde|cuando|hay|est-ce|quel|quelle|combien|wie|was|gibt|wann|wo)\b",
    re.I,
)
HUMAN = re.compile(
    r"\b(?:(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+)?"
    r"(?:human|person|someone|recruiter|real person)|"
    r"real person|human please|^human$|^agent$|representative please|una persona)\b",
    re.I,
)
FILLER = re.compile(
    r"^(?:(?:and|also|oh|so|but|btw|ok|okay|one more thing|quick question)\b[\s,:-]*)+"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass(frozen=True)
class Split:
    """A message split into the part that answers and the questions it asks."""

    answer: str
    questions: tuple[str, ...]


def wants_human(text: str) -> bool:
    """The candidate asks for a person instead of the automated screener."""
    return HUMAN.search(fold(text[:READ_LIMIT]).strip()) is not None


def _is_question(sentence: str) -> bool:
    """A sentence that asks something: "is there parking?", "and what does it pay".

    "yes?" or "3 years?" is a hesitant answer, not a question to the screener.
    """
    folded = FILLER.sub("", fold(sentence.strip()))
    if QUESTION_START.match(folded) is None:
        return False
    return sentence.rstrip().endswith("?") or len(folded.split()) >= 3


def split_message(text: str) -> Split:
    """Separate questions ("is there parking?") from the answer in one message."""
    bounded = text[:READ_LIMIT]
    answer_parts: list[str] = []
    questions: list[str] = []
    for m in _SENTENCE.finditer(bounded):
        sentence = m.group().strip()
        if not sentence:
            continue
        if _is_question(sentence):
            questions.append(sentence)
        else:
            answer_parts.append(sentence)
    return Split(" ".join(answer_parts).strip(), tuple(questions))
