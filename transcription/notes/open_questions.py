"""Open questions said in the meeting: questions left without an answer, and points said to
be still open.

Rules first (English phrases in :mod:`english_points`, German, French and Spanish ones in
:mod:`languages`); in English the trained model (:mod:`point_model`) adds the questions it is
sure of that the rules let go as answered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transcription.naming import NOT_NAMES
from transcription.notes.english_points import (
    ANSWERS,
    BOTH_OR_NEITHER,
    DATE_CHECK,
    ECHOED,
    ENGLISH,
    FIGURE_CHECK,
    FILLER_ONLY,
    KNOW_QUESTION,
    MAYBE,
    NAMES_SOMEONE,
    NO_NAME_REPLIES,
    NOT_KNOWN_YET,
    NOT_ME,
    ONE_VIEW,
    POINTS_TO,
    STATED_QUESTION,
    SUGGESTION,
    TAKES_IT_ON,
    THING_OPEN,
    TOPIC_LABEL,
    TOPIC_OPENER,
    VOTE,
)
from transcription.notes.phrases import PointPhrases
from transcription.notes.point_model import QUESTION_THRESHOLD, Scorer, shipped
from transcription.notes.points import (
    ASKING_WORDS,
    PHRASES,
    Point,
    asks,
    content_words,
    model_finds,
    not_a_choice,
)
from transcription.notes.sentences import Sentence

# "Who ...?" is answered by asking someone to do it, in any of the languages with phrases
ASKS_WHO = re.compile(r"^(?:\w+,\s+|and\s+)?(?:who|wer|qui|quién)\b", re.IGNORECASE)

# words too common to show that a reply picks up the question's own words
_COMMON = "the and but for are was not yet its just all our you did does can has have had got too"
COMMON_WORDS = ASKING_WORDS | frozenset(f"{_COMMON} now then one out off any let".split())


def _handed_out(question: str, answer: str, words: PointPhrases) -> bool:
    """Whether ``answer`` settles who will do what ``question`` asked about ("Who's doing the
    customer email?" - "Zoe, can you own the customer email?"): it asks someone to do the
    same thing (a word in common); a request about other work leaves the question open."""
    asked = ASKS_WHO.match(question) is not None and words.request.match(answer) is not None
    return asked and bool(content_words(question) & content_words(answer))


def _is_question(sentence: Sentence, words: PointPhrases) -> bool:
    """Whether ``sentence`` asks something (not small talk, not a request in question form)."""
    asked = sentence.text.lstrip("¿¡")
    return (
        sentence.text.endswith("?")
        and not words.small_talk.match(asked)
        and not words.request.match(asked)
    )


def _in_reply(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` answers a question: one of the two sentences before it is one,
    or the turn it is in follows one ("Do we buy a second camera?" - "Depends on whether
    Wagin signs. Honestly, I can't say yet.")."""
    if any(p.text.endswith("?") for p in sentences[max(0, i - 2) : i]):
        return True
    first = i
    while first > 0 and sentences[first - 1].speaker == sentences[i].speaker:
        first -= 1
    # the first sentences of the turn answer; a point raised later in it is its own
    return first > 0 and i - first < 2 and sentences[first - 1].text.rstrip().endswith("?")


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


def _with_lead_in(
    sentences: Sequence[Sentence], i: int, words: PointPhrases
) -> tuple[list[Sentence], str]:
    """The questions that lead in to question ``i``, and the text of them all with it."""
    lead_in = _lead_in(sentences, i, words)
    return lead_in, " ".join(q.text for q in [*lead_in, sentences[i]])


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


def _with_context(sentences: Sequence[Sentence], i: int, asked: str) -> str:
    """A short question that points back ("Might? Do we know when?") with the statement
    before it, which says what it asks about ("The council said the hall might close next
    year. Might? Do we know when?")."""
    if i == 0:
        return asked
    before, own = sentences[i - 1], sentences[i - 1].speaker == sentences[i].speaker
    if own and TOPIC_LABEL.match(before.text.strip()):
        return f"{before.text} {asked}"  # "The touring insurance renewal. Is it us who pay?"
    # "The tourist tax. The ministry wants it per boat now. Does that apply to us?"
    label = sentences[i - 2] if i > 1 and own and not asks(before) else None
    if label and label.speaker == before.speaker and TOPIC_LABEL.match(label.text.strip()):
        return f"{label.text} {before.text} {asked}"
    # "Renew or tender?" says what only with the statement before it
    elliptic = own and len(asked.split()) <= 3 and re.search(r"\bor\b", asked) is not None
    short = elliptic or (len(asked.split()) <= 8 and POINTS_TO.search(asked) is not None)
    # the statement it asks about: its speaker's own, or one it takes a word from
    about = own or bool(content_words(before.text) & content_words(asked))
    if not short or not about or asks(before):
        return asked
    if len(before.text.split()) < 4:
        return asked
    return f"{before.text} {asked}"


def _answered_outright(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether the reply to question ``i`` opens with a number, a yes or a no (a no to "do we
    know ...?" says it is not known), or names someone in a few words ("Who's doing the
    belt?" - "Tony, the contractor.", "That's me.")."""
    turn = _reply(sentences, i)
    if not turn:
        return False
    asked, answer = sentences[i].text.strip(), turn[0].text.strip()
    if ASKS_WHO.match(asked):  # "Tony, the contractor.", "Carla is, she has the card."
        first = answer.split()[0].strip(",.!") if answer.split() else ""
        found = NAMES_SOMEONE.match(answer)
        name = found.group("name") if found else None
        named = found is not None and first not in NOT_NAMES
        named = named and name not in NOT_NAMES | NO_NAME_REPLIES
        return len(answer.split(",")[0].split()) <= 4 and named
    if _picks_one(asked, answer):
        return True
    known = KNOW_QUESTION.match(asked) is None
    return known and ANSWERS.search(answer) is not None


def _picks_one(asked: str, answer: str) -> bool:
    """Whether ``answer`` opens by picking a side of the either-or question ``asked`` in a few
    words ("Do we lease or rent?" - "Rent, it's cheaper.", "Reusing.", "Both.")."""
    if not re.search(r"\bor\b", asked) or ENGLISH.unsure_reply.match(answer):
        return False
    if ECHOED.match(answer) or ONE_VIEW.match(answer):
        return False
    picked = re.split(r"[,;.!?]", answer, maxsplit=1)[0]
    if len(picked.split()) > 4:
        return False
    return BOTH_OR_NEITHER.match(picked) is not None or bool(_stems(picked) & _stems(asked))


def _stems(text: str) -> set[str]:
    """The first five letters of the words of three letters or more that carry content."""
    words = re.findall(r"[a-z][a-z-]{2,}", text.lower())
    return {w[:5] for w in words if w not in COMMON_WORDS}


def _settled_soon(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether question ``i`` is settled in the next few sentences, by someone else: a "who
    ...?" by someone taking it on ("Who's doing their orientation?" ... "I'll take them."), any
    question by a decision ("Should we look at night picking?" "Maybe. Let's try one block at
    night next harvest.")."""
    asker, asked = sentences[i].speaker, sentences[i].text.strip()
    after = [said for said in sentences[i + 1 : i + 5] if said.speaker != asker]
    if ASKS_WHO.match(asked) and any(TAKES_IT_ON.match(a.text) for a in after):
        return True
    if any(ENGLISH.open_mark.search(a.text) for a in after[:2]):
        return False  # "Nobody knows, honestly. Let's just say ...": decided around it
    return any(
        ENGLISH.decision.search(a.text) is not None
        and not asks(a)
        and not not_a_choice(a.text)
        and bool(content_words(a.text) & content_words(asked))  # about the same thing
        for a in after[:2]
    )


def _not_asking(sentences: Sequence[Sentence], i: int, words: PointPhrases) -> bool:
    """Whether question ``i`` only sounds like one: a proposal ("Maybe we could ask the Met
    Office?", "What if we texted them?"), taken up or not; a figure checked with the room
    ("That's, um, nine days?"); or a topic raised ("What about the crane?") that the next
    sentences speak to without anyone saying it is unknown."""
    asked = sentences[i].text.strip()
    said_as = (SUGGESTION, FIGURE_CHECK, VOTE, DATE_CHECK)
    if any(pattern.search(asked) for pattern in said_as):
        return True
    if not TOPIC_OPENER.match(asked):
        return False
    after = sentences[i + 1 : i + 4]
    replied = any(
        said.speaker != sentences[i].speaker
        and len(said.text.split()) >= 4
        and not said.text.rstrip().endswith("?")
        for said in after
    )
    unsure = any(
        words.unsure_reply.match(t) or words.open_mark.search(t) or NOT_KNOWN_YET.search(t)
        for t in (said.text.strip() for said in after)
    )
    return replied and not unsure


def open_questions(
    sentences: Sequence[Sentence], language: str = "en", model: Scorer | None = None
) -> list[Point]:
    """Questions left without an answer, and points said to be still open.

    In English, ``model`` (default: the shipped one) adds the questions it scores above
    :data:`QUESTION_THRESHOLD` that the rules let go as answered."""
    if language not in PHRASES:
        return []
    words = PHRASES[language]
    found = []
    for i, s in enumerate(sentences):
        if language == "en" and STATED_QUESTION.search(s.text):
            found.append(Point(s.text, s.speaker, s.start))
            continue
        if words.open_mark.search(THING_OPEN.sub("", s.text) if language == "en" else s.text):
            # not just the reply to a question, nor more words on the point just made
            said_just_before = bool(found) and found[-1].start == sentences[i - 1].start
            if not said_just_before and not _in_reply(sentences, i):
                found.append(Point(s.text, s.speaker, s.start))
            continue
        if not _is_question(s, words) or _goes_on(sentences, i, words):
            continue
        if language == "en" and (_not_asking(sentences, i, words) or _settled_soon(sentences, i)):
            continue
        asked, (lead_in, text) = s.text.lstrip("¿¡"), _with_lead_in(sentences, i, words)
        shown = _with_context(sentences, i - len(lead_in), text)
        # "Is that confirmed?" says what with the statement before it; "Who's running it?" is
        # settled in ways too many to read ("Oh, go on. I'll sort the hall.")
        if len(shown.split()) < 4 or (len(text.split()) < 4 and ASKS_WHO.match(asked)):
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
        no = re.match(r"(?i)(?:no|nobody|no one|none of us)\b", answer)
        unsure = unsure or bool(KNOW_QUESTION.match(asked) and no)
        if reply is None or moved_on or unsure:
            start = lead_in[0].start if lead_in else s.start
            found.append(Point(shown, s.speaker, start))
    if language == "en" and sentences:
        learned = model_finds(sentences, model or shipped("questions"), QUESTION_THRESHOLD)
        for i in learned:
            question = sentences[i]
            if (
                not _is_question(question, words)
                or _not_asking(sentences, i, words)
                or _settled_soon(sentences, i)
                or _goes_on(sentences, i, words)  # kept with the question after it
                or _answered_outright(sentences, i)
                or any(question.text in point.text for point in found)
            ):
                continue
            lead_in, text = _with_lead_in(sentences, i, words)
            context = _with_context(sentences, i - len(lead_in), text)
            found.append(Point(context, question.speaker, question.start))
        found.sort(key=lambda point: point.start)
    return found
