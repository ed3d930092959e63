"""Decisions said in the meeting.

Rules first: English phrases are in :mod:`english_points`; German, French and Spanish ones in
:mod:`languages`. In English a trained model (:mod:`point_model`) adds the sentences it is
sure of that the rules missed. Open questions are read in :mod:`open_questions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transcription.notes.english_actions import NAMED_REQUEST
from transcription.notes.english_points import (
    AGREES,
    ASKS_AGREEMENT,
    CHOICE_KEPT,
    CHOSEN_THEN,
    CONCLUDES,
    HOPED,
    ONES_OWN_VIEW,
    OWN_STATE,
    POINTER_WORD,
    POINTS_BACK,
    PROMISE,
    SEALS,
    WE_QUESTION,
)
from transcription.notes.point_model import Scorer, shipped
from transcription.notes.points import (
    PHRASES,
    Point,
    asks,
    content_words,
    model_finds,
    not_decided_here,
)
from transcription.notes.sentences import Sentence
from transcription.notes.topics import topic_of


def decisions(
    sentences: Sequence[Sentence], language: str = "en", model: Scorer | None = None
) -> list[Point]:
    """Sentences that state a decision the meeting took (none in a language without phrases).

    In English, ``model`` (default: the shipped one) adds the statements it scores above
    :data:`THRESHOLD` that are no question and have four words at least, unless they are
    next to a decision the rules found (two sentences before it, or the one after)."""
    if language not in PHRASES:
        return []
    decided = PHRASES[language].decision
    found: list[int] = []  # the sentences that say what was decided, in order
    for i, s in enumerate(sentences):
        if language == "en" and SEALS.match(s.text.strip()):
            # "The dress moves to the twelfth. Decided.": what was sealed is the decision
            said = i - 1 if i > 0 and sentences[i - 1].speaker == s.speaker else None
        elif HOPED.search(s.text) or (language == "en" and not_decided_here(s.text)):
            said = None
        elif (decided.search(s.text) and not asks(s)) or (
            language == "en"
            and (_agreed_to(sentences, i) or _settles(sentences, i) or _chosen_then(sentences, i))
        ):
            said = _says_what(sentences, i)
        else:
            said = None
        if said is not None and said not in found:
            found.append(said)
    if language == "en" and sentences:
        # a find next to one of the rules' is the same decision, proposed or said again
        ruled = list(found)
        found += [
            i
            for i in model_finds(sentences, model or shipped("decisions"))
            if not asks(sentences[i])
            and not PROMISE.match(sentences[i].text)  # the speaker's own work: an action item
            and not _ordered(sentences[i].text)  # someone's work: an action item
            and not OWN_STATE.match(sentences[i].text)  # "I'm already at fifty-eight": a state
            and not any(j - 2 <= i <= j + 1 for j in ruled)
            and not any(_said_again(sentences, j, i) for j in ruled)
        ]
        found.sort()
    return [
        Point(_with_topic(sentences, i), sentences[i].speaker, sentences[i].start) for i in found
    ]


def _ordered(text: str) -> bool:
    """Whether ``text`` tells someone by name to do something ("Bimal, order the dryer chain
    now"), not "Okay Tom, you win, we'll use your design"."""
    found = NAMED_REQUEST.match(text)
    return found is not None and bool(found.group("order"))


def _with_topic(sentences: Sequence[Sentence], i: int) -> str:
    """Decision ``i`` with the topic its speaker named just before when it points to it ("One
    last thing, the first aid refresher. We'll do it in-house with Sylvie.")."""
    said = sentences[i]
    before = sentences[i - 1] if i > 0 else None
    if before is None or before.speaker != said.speaker or not POINTER_WORD.search(said.text):
        return said.text
    return f"{before.text} {said.text}" if topic_of(before.text) else said.text


def _says_what(sentences: Sequence[Sentence], i: int) -> int:
    """The sentence that says what decision ``i`` is: itself, or when it only points back
    ("Yes, let's do that.") the one its speaker says next ("Homework club moves upstairs
    from Monday."), else the one they said just before."""
    if not POINTS_BACK.search(sentences[i].text):
        return i
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    if nxt is not None and nxt.speaker == sentences[i].speaker and not asks(nxt):
        return i + 1
    # "And we'll do a mock audit on Thursday, all of us. Let's lock that in.": what the speaker
    # said just before, when nothing of theirs follows
    before = sentences[i - 1] if i > 0 else None
    if before and before.speaker == sentences[i].speaker and not asks(before):
        return i - 1 if len(before.text.split()) >= 4 else i
    return i


def _agreed_to(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` is a proposal its speaker put to the room next ("The freeze
    starts Friday. Agreed?") and someone else said yes to ("Agreed.", "Yes, please")."""
    if i + 2 >= len(sentences):
        return False
    proposal, asked, reply = sentences[i], sentences[i + 1], sentences[i + 2]
    return (
        not asks(proposal)
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
    return any(content_words(q.text) & content_words(said) for q in asked)


def _chosen_then(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` names the choice a question just before asked for ("Main window:
    the sleigh or the bookshelf wall?" ... "Bookshelf wall, then."; "Shutdown end of March?"
    ... "End of March, then, hard stop.")."""
    found = CHOSEN_THEN.match(sentences[i].text.strip())
    if not found:
        return False
    if CHOICE_KEPT.search(found.group("choice")):
        return True  # "Fine, the yellow stays for the kids, then."
    chosen = content_words(found.group("choice"))
    asked = [q.text for q in sentences[max(0, i - 6) : i] if q.text.rstrip().endswith("?")]
    # one side of an either-or question, or every word of what was asked about
    either = [q for q in asked if re.search(r"(?i)\bor\b", q) and chosen & content_words(q)]
    return bool(chosen) and (bool(either) or any(chosen <= content_words(q) for q in asked))


def _said_again(sentences: Sequence[Sentence], j: int, i: int) -> bool:
    """Whether sentence ``i`` says decision ``j`` again, a few sentences on ("Then we ship on
    Friday." ... "Agreed. We ship on Friday if the fix lands."): most of its words."""
    if not 0 < i - j <= 5:
        return False
    first, again = content_words(sentences[j].text), content_words(sentences[i].text)
    shared = first & again
    return len(shared) >= 2 and 2 * len(shared) >= min(len(first), len(again))
