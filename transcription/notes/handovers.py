"""Work that changes hands (English, pure): claimed in no words of its own ("Leave it with
me.", "That's me."), taken up after someone said no, or taken by a promise that only points
back to it ("I'll do it after this."). :mod:`actions` calls these as it reads the meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from transcription.notes.dates import due_date
from transcription.notes.english_actions import (
    BARE_CLAIM,
    ENGLISH,
    LEADING_ARTICLE,
    LEFT_WITH_ME,
)
from transcription.notes.item import ActionItem
from transcription.notes.sentences import Sentence
from transcription.notes.task_words import points_back, same_work, words_of
from transcription.notes.topics import topic_of

TAKEN_ON = "handle"  # the verb of work taken on without one ("Leave the cloakroom with me.")


def claimed_bare(
    sentence: Sentence, before: Sentence, after: Sentence | None, recent: ActionItem | None
) -> bool:
    """Whether ``sentence`` claims, in no words of its own ("Leave it with me.", "That's me."),
    the work ``recent`` left without an owner, asked by someone else, right after it was said
    (not after another question: "Whose is the blue car?" "That's me."); when its speaker goes
    on to say the work ("That's me. I'll get the price signed off."), that says it."""
    goes_on = after is not None and after.speaker == sentence.speaker
    right_after = before.text == recent.quote if recent else False
    right_after = right_after or bool(recent and _only_words_of({recent.speaker}, [before]))
    # (work someone said no to is taken up after the no: "I'm snowed under." "Leave it with me.")
    right_after = right_after or bool(recent and recent.refused)
    return (
        recent is not None
        and recent.owner is None
        and recent.speaker != sentence.speaker
        and right_after
        and BARE_CLAIM.match(sentence.text.strip()) is not None
        and not (goes_on and after is not None and ENGLISH.self_commitment.search(after.text))
    )


CLAIMING_VERBS = frozenset("do handle sort take own cover get".split())  # noqa: SIM905


def takes_unowned(
    item: ActionItem,
    items: Sequence[ActionItem],
    sentences: Sequence[Sentence],
    said_at: Sequence[int],
    i: int,
) -> bool:
    """Whether promise ``item``, only pointing back ("I'll do it after this."), takes the work
    just said without an owner, with nothing between but more words of the one who asked or
    of the one promising, and no question."""
    if not items or items[-1].owner is not None or item.owner is None:
        return False
    # "I'll do it", "I'll sort that", or the same work: not "I'll phone them", another step
    pointing = points_back(item.task)
    generic = pointing and item.task.split()[0].lower() in CLAIMING_VERBS
    same = not pointing and same_work(item.task, items[-1].task)
    if not (generic or same) or not 0 < i - said_at[-1] <= 4:
        return False
    return _only_words_of({items[-1].speaker, item.speaker}, sentences[said_at[-1] + 1 : i])


def _only_words_of(people: set[str], between: Sequence[Sentence]) -> bool:
    """Whether the sentences ``between`` are all more words of ``people``, none a question."""
    return all(s.speaker in people and not s.text.rstrip().endswith("?") for s in between)


def takes_refused(item: ActionItem, refused: ActionItem) -> bool:
    """Whether promise ``item`` takes on the work someone said no to: anyone's "I'll do it"
    or "I'll book it then", or the same work in other words."""
    return item.owner is not None and (points_back(item.task) or same_work(item.task, refused.task))


def topic_claimed(sentence: Sentence, before: Sentence, meeting: dt.datetime) -> ActionItem | None:
    """Work taken on that someone else only named as a question just before ("Table plan?" -
    "Leave it with me, table plan by Friday.")."""
    claim = sentence.text.strip()
    if before.speaker == sentence.speaker or not BARE_CLAIM.match(claim):
        return None
    asked = before.text.strip()
    # "Table plan?", not "By tomorrow noon?" nor "Any objections?"
    short = asked.endswith("?") and len(asked.split()) <= 4 and not due_date(asked, meeting)
    named = LEADING_ARTICLE.sub("", asked[:-1]) if short else ""
    topic = topic_of(f"the {named[:1].lower()}{named[1:]}") if named else None
    # taken on with its name said again, or left with the speaker ("Leave it with me.")
    again = topic is not None and set(words_of(named)) <= set(words_of(claim))
    if topic is None or not (again or LEFT_WITH_ME.match(claim)):
        return None
    said = due_date(sentence.text, meeting)
    return ActionItem(
        sentence.speaker or None,
        f"{TAKEN_ON} {topic}",
        said.date if said else None,
        sentence.speaker,
        sentence.start,
        sentence.text,
    )


def taken_over(
    items: list[ActionItem],
    said_at: list[int],
    i: int,
    owner: str | None,
    due: dt.date | None,
    task: str | None = None,
) -> None:
    """The last of ``items`` becomes ``owner``'s, due ``due`` (and about ``task``), taken on at
    sentence ``i`` (``said_at`` is where each item was said): what the new owner says next is
    about it."""
    last = items[-1]
    items[-1] = replace(last, owner=owner, due=due, task=task or last.task, refused=False)
    said_at[-1] = i
