"""Decisions and open questions said in the meeting (pure, rule-based).

English phrases are in :mod:`english_points`; German, French and Spanish ones in
:mod:`languages`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from transcription.notes.english_points import (
    AGREES,
    ASKS_AGREEMENT,
    CONCLUDES,
    ENGLISH,
    FILLER_ONLY,
    HOPED,
    KNOW_QUESTION,
    MAYBE,
    NOT_ME,
    ONES_OWN_VIEW,
    POINTS_BACK,
    SEALS,
    STATED_QUESTION,
    WE_QUESTION,
)
from transcription.notes.languages import POINT_PHRASES
from transcription.notes.phrases import PointPhrases
from transcription.notes.sentences import Sentence

PHRASES = {"en": ENGLISH, **POINT_PHRASES}

# "Who ...?" is answered by asking someone to do it, in any of the languages with phrases
ASKS_WHO = re.compile(r"^(?:\w+,\s+|and\s+)?(?:who|wer|qui|quién)\b", re.IGNORECASE)
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


def decisions(sentences: Sequence[Sentence], language: str = "en") -> list[Point]:
    """Sentences that state a decision the meeting took (none in a language without phrases)."""
    if language not in PHRASES:
        return []
    decided = PHRASES[language].decision
    found: list[int] = []  # the sentences that say what was decided, in order
    for i, s in enumerate(sentences):
        if language == "en" and SEALS.match(s.text.strip()):
            # "The dress moves to the twelfth. Decided.": what was sealed is the decision
            said = i - 1 if i > 0 and sentences[i - 1].speaker == s.speaker else None
        elif HOPED.search(s.text):
            said = None
        elif (decided.search(s.text) and not s.text.rstrip().endswith("?")) or (
            language == "en" and (_agreed_to(sentences, i) or _settles(sentences, i))
        ):
            said = _says_what(sentences, i)
        else:
            said = None
        if said is not None and said not in found:
            found.append(said)
    return [Point(sentences[i].text, sentences[i].speaker, sentences[i].start) for i in found]


def _says_what(sentences: Sequence[Sentence], i: int) -> int:
    """The sentence that says what decision ``i`` is: itself, or when it only points back
    ("Yes, let's do that.") the one its speaker says next ("Homework club moves upstairs
    from Monday.")."""
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    if (
        POINTS_BACK.search(sentences[i].text)
        and nxt is not None
        and nxt.speaker == sentences[i].speaker
        and not nxt.text.rstrip().endswith("?")
    ):
        return i + 1
    return i


def _agreed_to(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` is a proposal its speaker put to the room next ("The freeze
    starts Friday. Agreed?") and someone else said yes to ("Agreed.", "Yes, please")."""
    if i + 2 >= len(sentences):
        return False
    proposal, asked, reply = sentences[i], sentences[i + 1], sentences[i + 2]
    return (
        not proposal.text.rstrip().endswith("?")
        and asked.speaker == proposal.speaker
        and ASKS_AGREEMENT.match(asked.text.strip()) is not None
        and reply.speaker != proposal.speaker
        and AGREES.match(reply.text.strip()) is not None
    )


def _settles(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` settles a "do we ...?" asked just before it, said as a
    conclusion to the room about the same thing ("Do we change the add-on too?" ... "No, we
    leave the add-on alone"; "Can we shoot single camera?" ... "Okay, so single camera until
    the 3rd."): not a question, no "I", no hedge."""
    said = sentences[i].text
    if said.rstrip().endswith("?") or not CONCLUDES.match(said) or ONES_OWN_VIEW.search(said):
        return False
    asked = [q for q in sentences[max(0, i - 3) : i] if WE_QUESTION.search(q.text)]
    return any(_content(q.text) & _content(said) for q in asked)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", text.lower()) if w not in ASKING_WORDS}


def _handed_out(question: str, answer: str, words: PointPhrases) -> bool:
    """Whether ``answer`` settles who will do what ``question`` asked about ("Who's doing the
    customer email?" - "Zoe, can you own the customer email?"): it asks someone to do the
    same thing (a word in common); a request about other work leaves the question open."""
    asked = ASKS_WHO.match(question) is not None and words.request.match(answer) is not None
    return asked and bool(_content(question) & _content(answer))


def _is_question(sentence: Sentence, words: PointPhrases) -> bool:
    """Whether ``sentence`` asks something (not small talk, not a request in question form)."""
    asked = sentence.text.lstrip("¿¡")
    return (
        sentence.text.endswith("?")
        and not words.small_talk.match(asked)
        and not words.request.match(asked)
    )


def _goes_on(sentences: Sequence[Sentence], i: int, words: PointPhrases) -> bool:
    """Whether the speaker of question ``i`` asks on in the next sentence ("What about the
    internet? Is the fibre line installed?"): the questions are one point, kept with the last."""
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    return nxt is not None and nxt.speaker == sentences[i].speaker and _is_question(nxt, words)


def _lead_in(sentences: Sequence[Sentence], i: int, words: PointPhrases) -> list[Sentence]:
    """The questions the same speaker asked just before question ``i``."""
    first = i
    while (
        first > 0
        and _goes_on(sentences, first - 1, words)
        and _is_question(sentences[first - 1], words)
    ):
        first -= 1
    return list(sentences[first:i])


def _reply(sentences: Sequence[Sentence], i: int) -> list[Sentence]:
    """The first three sentences of the answer to question ``i``: those of the next speaker
    within two sentences, a sound alone ("Hm.") not counted ("Hm. Good question. Possibly.")."""
    start = next(
        (
            j
            for j in range(i + 1, min(i + 3, len(sentences)))
            if sentences[j].speaker != sentences[i].speaker
        ),
        None,
    )
    if start is None:
        return []
    turn: list[Sentence] = []
    for said in sentences[start:]:
        if said.speaker != sentences[start].speaker or len(turn) == 3:
            break
        if not FILLER_ONLY.match(said.text):
            turn.append(said)
    return turn


def open_questions(sentences: Sequence[Sentence], language: str = "en") -> list[Point]:
    """Questions left without an answer, and points said to be still open."""
    if language not in PHRASES:
        return []
    words = PHRASES[language]
    found = []
    for i, s in enumerate(sentences):
        if language == "en" and STATED_QUESTION.search(s.text):
            found.append(Point(s.text, s.speaker, s.start))
            continue
        if words.open_mark.search(s.text):
            # not just the reply to a question, nor more words on the point just made
            said_just_before = bool(found) and found[-1].start == sentences[i - 1].start
            if not said_just_before and not any(
                p.text.endswith("?") for p in sentences[max(0, i - 2) : i]
            ):
                found.append(Point(s.text, s.speaker, s.start))
            continue
        if not _is_question(s, words) or _goes_on(sentences, i, words):
            continue
        asked, lead_in = s.text.lstrip("¿¡"), _lead_in(sentences, i, words)
        text = " ".join(q.text for q in [*lead_in, s])
        if len(text.split()) < 4:
            continue
        turn = _reply(sentences, i)
        reply = turn[0] if turn else None
        answer = reply.text.lstrip("¿¡") if reply else ""
        # another question, or a request to someone, moves on without answering
        moved_on = answer.endswith("?") or words.request.match(answer) is not None
        if moved_on and _handed_out(asked, answer, words):
            continue
        # a "maybe" after a short answer only hedges it ("Eight. Maybe nine." answers)
        answered = bool(turn) and len(turn[0].text.split()) <= 3
        unsure = any(
            (words.unsure_reply.match(said) and (k == 0 or not answered or not MAYBE.match(said)))
            or words.open_mark.search(said)
            for k, said in enumerate(r.text.lstrip("¿¡") for r in turn)
        )
        unsure = unsure or bool(ASKS_WHO.match(asked) and NOT_ME.match(answer))
        unsure = unsure or bool(KNOW_QUESTION.match(asked) and re.match(r"(?i)no\b", answer))
        if reply is None or moved_on or unsure:
            start = lead_in[0].start if lead_in else s.start
            found.append(Point(text, s.speaker, start))
    return found
