"""When an action item is due, from what is said around it (pure).

A date said just before the promise ("Thursday's fine. I'll redo the roster."), in the yes to
a request ("Yes, I can get that to you by Thursday"), or after it as a deadline ("Should be done
by Friday"), taken up or corrected ("Could you do tomorrow?" - "Tomorrow."; "Actually, make it
next Friday"), or "by then" after a date: :mod:`actions` calls these as it reads the meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from transcription.notes.dates import due_date
from transcription.notes.english_actions import (
    AS_DEADLINE,
    BY_THEN,
    CORRECTED_DATE,
    CORRECTED_IN_SENTENCE,
    CORRECTION_OPENER,
    DATE_FIRST,
    DATE_IS_FINE,
    DATE_REPLY,
    MOVE_ASKED,
    OTHERS_BUSY,
)
from transcription.notes.item import ActionItem
from transcription.notes.sentences import Sentence
from transcription.notes.task_words import stems


def dated_by_reply(
    request: ActionItem | None, reply: Sentence, meeting: dt.datetime, language: str
) -> ActionItem | None:
    """A request without a date, accepted with one ("Yes, I can get that to you by Thursday"),
    is due on the date of the yes."""
    if request is None or request.due is not None:
        return request
    said = due_date(reply.text, meeting, language)
    return replace(request, due=said.date) if said else request


def dated_after(
    item: ActionItem,
    sentence: Sentence,
    meeting: dt.datetime,
    language: str,
    before: Sentence | None = None,
) -> ActionItem:
    """An item without a date takes the deadline its owner or asker says just after ("I'll
    take the migration. Should be done by Friday."; "Yes, will do. End of next week at the
    latest."; "Yep, Thursday works."); a date said by someone else, or not as a deadline, is
    about something else. In English a date the one asked answers with moves a date already
    set ("by Tuesday?" - "Thursday, even."), and so does the asker taking it up ("Thursday
    then.")."""
    by = sentence.speaker
    if by != item.speaker and by != item.owner:
        return item
    # "Actually, make it next Friday.", "Hm, Thursday, I'm off on Friday.": the date corrected
    corrected = CORRECTED_DATE.match(sentence.text) if language == "en" else None
    # "Let's say Friday." answering someone else's question names the date of what they asked
    if corrected and corrected.group("say") and before and before.speaker != by:
        corrected = None
    if corrected:
        said = due_date(corrected.group("date"), meeting)
        return replace(item, due=said.date) if said else item
    # "By Friday - no, give me till next Wednesday.": a date given, and corrected as it is said
    fixed = CORRECTED_IN_SENTENCE.search(sentence.text) if language == "en" else None
    if fixed and due_date(sentence.text[: fixed.start()], meeting) is not None:
        said = due_date(fixed.group("date"), meeting)
        return replace(item, due=said.date) if said else item
    if sentence.text.rstrip().endswith("?"):  # a date asked of someone is about their work
        return item
    if language == "en" and before is not None and _asks_of_other(before, by, item.task, meeting):
        return item  # "When's the launch?" - "Next week, probably.": the launch's date
    # "Tuesday's tight. Wednesday morning at the earliest.": a date answered moves it
    dated = language == "en" and DATE_REPLY.match(sentence.text) is not None
    answered = dated and by != item.speaker
    # "Today, ideally.": the asker dating the request; "Wednesday morning then.": the asker
    # taking up the date the other gave
    then = re.search(r"\bthen\b", sentence.text, re.IGNORECASE) is not None
    # "Could you do tomorrow?" - "Tomorrow. Okay, yes."; "No, wait, she needs it earlier.
    # Thursday.": the one who promised moving their date
    moved = (
        before is not None and language == "en" and date_moved(before, sentence, meeting, item.task)
    )
    agreed = dated and by == item.speaker and (item.due is None or then or moved)
    if item.due is not None and not (answered or agreed):
        return item
    short_yes = len(sentence.text.split()) <= 6 and DATE_IS_FINE.search(sentence.text)
    if not AS_DEADLINE.search(sentence.text) and not short_yes and not (answered or agreed):
        return item
    if language == "en" and OTHERS_BUSY.match(sentence.text):
        return item  # "They're busy before Christmas.": when others are free, not a deadline
    said = due_date(sentence.text, meeting, language)
    return replace(item, due=said.date) if said else item


# "When are you off?", "When's the engineer back?": when someone is around, not the work
AVAILABILITY = re.compile(
    r"\b(?:are you|is \w+|are they) (?:off|away|back|free|around|in|on (?:holiday|leave))\b"
    r"|\b(?:back|off|away)\?$",
    re.IGNORECASE,
)
# words of asking and of time, which name no thing the question is about
_ASKING = frozenset(
    "what when where which whats when's what's does will would could have make instead "  # noqa: SIM905
    "today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday week "
    "weekend month morning afternoon evening next this earlier later sooner then".split()
)


def _asks_of_other(before: Sentence, by: str, task: str, meeting: dt.datetime) -> bool:
    """Whether ``before`` is someone else's question about another thing than ``task`` (its
    words name none of the task's, nor point back to it), which a date then answers."""
    if before.speaker == by or not before.text.rstrip().endswith("?"):
        return False
    if due_date(before.text, meeting) is not None:
        return False  # "tomorrow morning?": a date offered for the work
    if AVAILABILITY.search(before.text):
        return True
    words = {w for w in re.findall(r"[a-z']{4,}", before.text.lower()) if w not in _ASKING}
    pointer = re.search(r"(?i)\b(?:it|that|this|them)\b", before.text) is not None
    return bool(words) and not pointer and not stems(" ".join(words)) & stems(task)


def date_moved(before: Sentence, sentence: Sentence, meeting: dt.datetime, task: str) -> bool:
    """Whether the date ``sentence`` gives takes up the one asked for just before for the
    work ``task`` ("Could you do tomorrow?" - "Tomorrow."; not "And the tasting, can we do
    that Tuesday?"), or follows its speaker's own correction ("No, wait, ...")."""
    if before.speaker == sentence.speaker:
        return CORRECTION_OPENER.match(before.text.strip()) is not None
    if (first := DATE_FIRST.match(before.text.strip())) and not before.text.endswith("?"):
        # "Wednesday, Tarek, Thursday's the cut-off." - "Wednesday. Fine."
        asked, said = due_date(first.group(0), meeting), due_date(sentence.text, meeting)
        return asked is not None and said is not None and asked.date == said.date
    if not before.text.rstrip().endswith("?") or not MOVE_ASKED.search(before.text):
        return False
    named = {w[:5] for w in re.findall(r"(?i)\bthe\s+(\w{4,})", before.text)}
    if named - stems(task):  # another thing's date
        return False
    asked, said = due_date(before.text, meeting), due_date(sentence.text, meeting)
    return asked is not None and said is not None and asked.date == said.date


def by_then(item: ActionItem, before: Sentence, meeting: dt.datetime) -> ActionItem:
    """``item`` due "by then" on the date said just before ("The renewal is due on the 15th.
    I'm going to get three quotes before then.")."""
    if item.owner is None or item.due is not None or not BY_THEN.search(item.quote):
        return item  # (work nobody took stays as wished: "Somebody needs to ... before then")
    said = due_date(before.text, meeting)
    task = re.sub(r"\s+(?:by|before|until)$", "", item.task)
    return replace(item, due=said.date, task=task) if said else item


def dated_before(item: ActionItem, before: Sentence, meeting: dt.datetime) -> ActionItem:
    """A promise without a date right after its speaker gave one ("Thursday's fine. I'll redo
    the crew roster.") is due then."""
    if before.speaker != item.speaker or not date_given(before.text):
        return item
    said = due_date(before.text, meeting)
    return replace(item, due=said.date) if said else item


def date_given(answer: str) -> bool:
    """Whether a short answer gives the date the work will be done by ("Tomorrow afternoon,
    yeah.", "Wednesday should be fine.", "Will do, by Friday.")."""
    short = len(answer.split()) <= 8 and not answer.rstrip().endswith("?")
    return short and (
        DATE_REPLY.match(answer) is not None or DATE_IS_FINE.search(answer) is not None
    )


def answering_on(
    item: ActionItem, sentences: Sequence[Sentence], asked: int, i: int, meeting: dt.datetime
) -> bool:
    """Whether sentence ``i`` is a date alone ("Tomorrow, then.") or corrected ("No, Friday,
    I'm away Thursday.") said by the one asked for
    ``item`` (in sentence ``asked``), who has said everything since."""
    dated = bool(DATE_REPLY.match(sentences[i].text) or CORRECTED_DATE.match(sentences[i].text))
    if item.owner is not None and item.owner == item.speaker:
        # "I'll send the recipes by Wednesday." - "Could you do tomorrow?" - "Tomorrow."
        other = sentences[i - 1]
        talked = {said.speaker for said in sentences[asked + 1 : i + 1]}
        return dated and other.speaker != item.owner and talked <= {item.owner, other.speaker}
    if item.owner is None or not dated:
        return False
    # "Can I say Wednesday next week?" - "Next Wednesday, fine.": the asker taking it up
    last = sentences[i]
    taken_up = last.speaker == item.speaker
    taken_up = taken_up and date_moved(sentences[i - 1], last, meeting, item.task)
    answers = sentences[asked + 1 : i] if taken_up else sentences[asked + 1 : i + 1]
    return all(said.speaker == item.owner for said in answers)
