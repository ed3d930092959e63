"""Decisions and open questions said in the meeting (pure, rule-based)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from transcription.notes.languages import POINT_PHRASES
from transcription.notes.phrases import PointPhrases
from transcription.notes.sentences import Sentence

DECISION = re.compile(
    r"\b(?:we(?:'ve| have)? (?:all )?(?:agreed|decided)|(?:it's|it is) (?:agreed|decided)|"
    r"let's go with|let us go with|we(?:'ll| will| are going to|'re going to|'re gonna) go with|"
    r"the decision is|we settled on|we(?:'re| are) going ahead with|final decision|"
    r"decision:|agreed:|we(?:'ll| will) stick with|let's stick with)",
    re.IGNORECASE,
)
UNSURE_REPLY = re.compile(
    r"^(?:i don't know|i'm not sure|not sure|good question|no idea|we'll see|let's come back|"
    r"hard to say|that's unclear|nobody knows|we don't know)",
    re.IGNORECASE,
)
OPEN_MARK = re.compile(
    r"\b(?:open question|still (?:unclear|open|unknown)|not (?:yet )?decided|to be decided|tbd|"
    r"need to figure out|we still don't know|remains to be seen|unresolved)\b",
    re.IGNORECASE,
)
SMALL_TALK = re.compile(
    r"^(?:hello|hi|right|okay|ok|really|yes|no|sorry)\b.{0,15}\?$", re.IGNORECASE
)
REQUEST = re.compile(
    r"^(?:\w+,\s+)?(?:can|could|would|will) (?:you|someone|anyone)\b", re.IGNORECASE
)
ENGLISH = PointPhrases(DECISION, UNSURE_REPLY, OPEN_MARK, SMALL_TALK, REQUEST)
PHRASES = {"en": ENGLISH, **POINT_PHRASES}


@dataclass(frozen=True)
class Point:
    """A decision or an open question, with who said it and when."""

    text: str
    speaker: str
    start: float


def decisions(sentences: Sequence[Sentence], language: str = "en") -> list[Point]:
    """Sentences that state a decision the meeting took (none in a language without phrases)."""
    if language not in PHRASES:
        return []
    decided = PHRASES[language].decision
    return [
        Point(s.text, s.speaker, s.start)
        for s in sentences
        if decided.search(s.text) and not s.text.rstrip().endswith("?")
    ]


def open_questions(sentences: Sequence[Sentence], language: str = "en") -> list[Point]:
    """Questions left without an answer, and points said to be still open."""
    if language not in PHRASES:
        return []
    words = PHRASES[language]
    found = []
    for i, s in enumerate(sentences):
        if words.open_mark.search(s.text):
            if not any(p.text.endswith("?") for p in sentences[max(0, i - 2) : i]):
                found.append(Point(s.text, s.speaker, s.start))  # not just the reply to one
            continue
        asked = s.text.lstrip("¿¡")
        if not s.text.endswith("?") or words.small_talk.match(asked) or words.request.match(asked):
            continue
        if len(s.text.split()) < 4:
            continue
        reply = next((r for r in sentences[i + 1 : i + 3] if r.speaker != s.speaker), None)
        answer = reply.text.lstrip("¿¡") if reply else ""
        # another question, or a request to someone, moves on without answering
        moved_on = answer.endswith("?") or words.request.match(answer) is not None
        unsure = words.unsure_reply.match(answer) or words.open_mark.search(answer)
        if reply is None or moved_on or unsure:
            found.append(Point(s.text, s.speaker, s.start))
    return found
