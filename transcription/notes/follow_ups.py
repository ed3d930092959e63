"""How a promise said just after an action item bears on it (pure).

It may be the same work said again (``restated``: it dates the work), the promise that answers
a request (``answers``, ``next_words``), someone claiming work nobody owned (``claimed``,
``owner_for``), the first step on work taken on (``how``), a change of mind
(``changed_mind``) or when its owner will come back on it (``reported_back``). :mod:`actions`
asks these as it reads the meeting, sentence by sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from transcription.notes.english_actions import (
    ACCEPT,
    ALSO,
    CHANGED_MIND,
    CLAIMS,
    CONTACT,
    INTERJECTION,
    OTHER_WORK_TOO,
    REPORT_BACK,
    SAID_YES,
    TAKE_ON,
)
from transcription.notes.item import ActionItem
from transcription.notes.phrases import ActionPhrases
from transcription.notes.sentences import Sentence
from transcription.notes.task_words import (
    POINTERS,
    RESTATING_VERBS,
    asked_for,
    has_pointer,
    points_back,
    same_work,
    stems,
    words_of,
)


def next_words(item: ActionItem, sentences: Sequence[Sentence], asked: int, i: int) -> bool:
    """Whether promise ``item`` (sentence ``i``) is the asked person's next words after the
    request in sentence ``asked``: nobody else spoke since; or only the two of them when it
    only says the work will be done ("Fair enough. I'll have a draft by Wednesday.")."""
    between = {said.speaker for said in sentences[asked + 1 : i]}
    asker = sentences[asked].speaker
    vague = (item.task.split() or [""])[0].lower() in RESTATING_VERBS
    # "Ugh. Fine. I'll ring them this afternoon.", "Yeah, leave it with me. I'll call ...":
    # only a yes before the promise of the work asked for (its verb), not of other work
    yes_first = asked_for(item.task, sentences[asked].text) and all(
        said.speaker == asker or only_yes(said.text) for said in sentences[asked + 1 : i]
    )
    return between <= {asker} or ((vague or yes_first) and between <= {asker, item.speaker})


def only_yes(text: str) -> bool:
    """Whether ``text`` is a yes or a sound and nothing more ("Fine.", "Ugh.", "Sure, leave
    it with me.")."""
    said = text.strip()
    if INTERJECTION.match(said):
        return True
    while yes := ACCEPT.match(said) or CLAIMS.match(said):
        said = said[yes.end() :].lstrip(" ,.!;")
    return said != text.strip() and not re.search(r"\w", said)


def how(item: ActionItem, before: ActionItem) -> bool:
    """Whether ``item`` is its owner's first step on the work they just took on ("Leave the
    cloakroom with me." - "Let me talk to the venue manager.")."""
    taken = TAKE_ON.match(before.quote.strip()) is not None
    same = item.owner is not None and item.owner == before.owner and item.quote != before.quote
    # its own thing ("Leave the raffle with me. I'll book the hall for the quiz.") is more work
    about_it = bool(stems(item.task) & stems(before.task)) or CONTACT.match(item.task) is not None
    return taken and same and about_it and not ALSO.search(item.quote)


def changed_mind(item: ActionItem, before: ActionItem) -> bool:
    """Whether ``item`` is its owner's promise made again otherwise ("Actually, no, I'll put
    it in the budget paper")."""
    same = item.owner is not None and item.owner == before.owner and item.quote != before.quote
    return same and CHANGED_MIND.match(item.quote.strip()) is not None


def reported_back(item: ActionItem, before: ActionItem, language: str) -> bool:
    """Whether ``item`` only says when its owner will come back on the work just promised
    ("Let me check with finance. I'll come back to you Friday."): it dates that work."""
    same = item.owner is not None and item.owner == before.owner
    return language == "en" and same and REPORT_BACK.match(item.task) is not None


def restated(item: ActionItem, before: ActionItem) -> bool:
    """Whether ``item`` only points back to the work its speaker just promised or asked for
    ("I'll fix the login page. I can have it done by Wednesday."): it dates that work."""
    return item.speaker == before.speaker and points_back(item.task)


def restated_due(item: ActionItem, before: ActionItem) -> dt.date | None:
    """The due date of work said again: the new date when the speaker corrects it ("I'll
    paint it Friday. Actually no, ... I'll do it Monday.", the same or a bare verb), else the
    first ("I'll send the invoice today. I'll chase it next Friday." is a later step)."""
    verb, first = (task.split()[0].lower() if task else "" for task in (item.task, before.task))
    corrects = verb in RESTATING_VERBS or verb == first
    return (item.due or before.due) if corrects else (before.due or item.due)


def owner_for(item: ActionItem, before: ActionItem) -> bool:
    """Whether ``item`` takes on the very work ``before`` left without an owner."""
    return (
        before.owner is None and item.owner is not None and item.task.lower() == before.task.lower()
    )


def answers(
    item: ActionItem, request: ActionItem, words: ActionPhrases, next_said: bool = False
) -> bool:
    """Whether ``item`` is the promise that answers ``request`` ("Priya, can you send the
    report?" - "Sure, I will send it on Friday."): a first-person promise by someone else
    about the same work (the same first word, the verb), by its owner when both are known;
    or the yes of the person asked by name, in whatever words, or their promise said right
    after the request (``next_said``); or someone claiming work nobody owned ("Someone should
    tell the agency." - "That's me, I'll email them tomorrow")."""
    asked = (
        words.named_request,
        words.trailing_name_request,
        words.you_request,
        words.open_request,
        words.third_person,  # "Lisa's doing the list." - "Yep, I'll have it out by Friday."
    )
    is_request = any(pattern.search(request.quote) for pattern in asked)
    is_promise = words.self_commitment.search(item.quote) is not None
    if request.owner is None and is_promise and CLAIMS.match(item.quote.strip()):
        return item.speaker != request.speaker
    same_person = item.owner is None or request.owner in (None, item.owner)
    # "Yep, I can have a draft by Thursday" after "Mei, can you draft the letter?": the yes
    # of the one asked, in other words, unless it takes on more ("Sure, and I'll also ...")
    said_yes = (
        request.owner is not None
        and request.owner == item.owner
        and (next_said or SAID_YES.match(item.quote.strip()) is not None)
        and not OTHER_WORK_TOO.search(item.quote)
    )
    # "Yes, and I'll check the fire alarm panel too": more work, not the work asked for
    more = ALSO.search(item.quote) is not None and ALSO.search(request.quote) is None
    return (
        is_request
        and is_promise
        and item.speaker != request.speaker
        and same_person
        and (said_yes or (same_work(item.task, request.task) and not more))
    )


def claimed(unowned: ActionItem, claim: ActionItem) -> str | None:
    """The task of work nobody owned, as whoever claims it says it ("Someone should tell the
    agency." - "That's me, I'll email their account manager"), unless they only point back
    to it ("I'll do that too"); None when ``claim`` is no claim of unowned work."""
    if unowned.owner is not None or not CLAIMS.match(claim.quote.strip()):
        return None
    points_back = bool(POINTERS.intersection(words_of(claim.task)))
    return unowned.task if points_back else claim.task


def without_restatements(items: Sequence[ActionItem]) -> list[ActionItem]:
    """``items`` without work said again by the same owner for the same day in fewer words
    ("book the testing lab" ... "book the lab", both Priya's for Monday): the first keeps the
    words that say more."""
    kept: list[ActionItem] = []
    for item in items:
        same = next((k for k, known in enumerate(kept) if _said_again(item, known)), None)
        if same is None:
            kept.append(item)
        elif len(set(words_of(item.task))) > len(set(words_of(kept[same].task))):
            kept[same] = replace(kept[same], task=item.task)
    return kept


def _said_again(item: ActionItem, known: ActionItem) -> bool:
    """Whether ``item`` is ``known``'s work again: one owner and day, one verb, and the words
    of one task all in the other; not when either only points ("send it")."""
    if item.owner is None or (known.owner, known.due) != (item.owner, item.due):
        return False
    if has_pointer(item.task) or has_pointer(known.task):
        return False
    said, before = set(words_of(item.task)), set(words_of(known.task))
    return known.task.split()[:1] == item.task.split()[:1] and (said <= before or before <= said)
