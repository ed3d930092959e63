"""Action items: who will do what by when, from what was said (pure, rule-based).

Owners are only ever people of the meeting: "Priya, can you ..." -> Priya; "Lee will ..." ->
Lee; "I will ..." -> the speaker, by name once named, else by their label ("Speaker 2"), which a
rename turns into the name. A request nobody named is owned by whoever accepts it ("Sure,
I'll do it"); otherwise the owner stays None, as
it does for a commitment by someone unnamed ("They will send the contract", "somebody has to
call the landlord by Friday"), which is still an item unless it is hedged ("maybe they will
...") or only wished for, with no date and nobody taking it ("someone should tidy the drive").
Due dates come from :mod:`dates`, never invented. English phrases are in
:mod:`english_actions`; German, French and Spanish ones in :mod:`languages`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from transcription.naming import NOT_NAMES
from transcription.notes.action_sentences import clauses, named_apart
from transcription.notes.dates import AT_THE_LATEST, due_date
from transcription.notes.english_actions import (
    AFTERTHOUGHT,
    ASKED_ORDER,
    CONDITION_FIRST,
    CORRECTED_IN_SENTENCE,
    DOING_VERBS,
    DONE_ALREADY,
    ENGLISH,
    HANDED_OVER,
    HAVE_TO,
    HEDGED_CALL,
    INTERJECTION,
    NEEDS_OBJECT,
    ON_THE_WORK,
    OUTSIDERS_WILL,
    PURPOSE,
    REFUSED,
    RULED_OUT,
    STARTS_FROM,
    TAG_QUESTION,
    TAKE_ON,
    THING_ASKED,
    TRY_OUT,
    WISHED,
)
from transcription.notes.follow_ups import (
    answers,
    changed_mind,
    claimed,
    how,
    next_words,
    owner_for,
    reported_back,
    restated,
    restated_due,
    without_restatements,
)
from transcription.notes.handovers import (
    TAKEN_ON,
    claimed_bare,
    taken_over,
    takes_refused,
    takes_unowned,
    topic_claimed,
)
from transcription.notes.item import ActionItem
from transcription.notes.item_dates import (
    answering_on,
    by_then,
    date_given,
    dated_after,
    dated_before,
    dated_by_reply,
)
from transcription.notes.languages import ACTION_PHRASES
from transcription.notes.phrases import ActionPhrases
from transcription.notes.referents import with_referents
from transcription.notes.sentences import Sentence
from transcription.notes.task_words import (
    RESTATING_VERBS,
    has_pointer,
    more_specific,
    points_back,
    same_work,
)
from transcription.notes.topics import about, about_the_same, bare_topic_of, named_in, topic_of

PHRASES = {"en": ENGLISH, **ACTION_PHRASES}


def _without(phrase: str, task: str, words: ActionPhrases) -> str:
    """``task`` without the date ``phrase`` said in it and the word that led to it ("by")."""
    return re.sub(
        rf"(?:\s+|^)(?:(?:{words.date_words})\s+)?{re.escape(phrase)}", "", task, flags=re.I
    )


def _clean(task: str, owner: str | None, phrase: str | None, words: ActionPhrases) -> str:
    if phrase:
        task = _without(phrase, task, words)
    task = re.sub(rf"^(?:(?:{words.fillers})\s+)+", "", task.strip(), flags=re.I)
    task = re.sub(rf"(?:,?\s+(?:{words.fillers}))+[\s.,;!?]*$", "", task, flags=re.I)
    if owner:
        task = re.sub(rf",?\s+{re.escape(owner)}$", "", task)
    return task.strip(" ,;:-").rstrip(".?!")


def _item(
    owner: str | None, task: str, sentence: Sentence, meeting: dt.datetime, language: str
) -> ActionItem | None:
    words = PHRASES[language]
    # owners read from the text were checked against NOT_NAMES; the rest are speakers, whose
    # names are names even when a language uses them as a word ("Ella", "May")
    said = sentence.text
    if language == "en" and (fixed := CORRECTED_IN_SENTENCE.search(task)):
        # "place the order by Wednesday, no, let's say Thursday": the second date, and the
        # work without the first
        task, said = task[: fixed.start()], fixed.group("date")
        first = due_date(task, meeting)
        task = _without(first.phrase, task, words).strip() if first else task
    if language == "en":  # "I'll write the letter, I've got the template": the work is before
        task = ON_THE_WORK.sub("", AFTERTHOUGHT.split(task)[0])
    if words.not_tasks.match(task.strip().lower()):
        return None
    if language == "en":
        said = RULED_OUT.sub("", said)
    if language == "en" and not AT_THE_LATEST.search(said):
        # the date of the clause the work is in, not of an afterthought; but "Tuesday, but
        # Friday at the latest" is said of the same work
        start = " ".join(task.split()[:3])
        said = next((p for p in AFTERTHOUGHT.split(said) if start in p), said)
        # "If it's fixed by Friday, I'll do the retest on Monday": the condition's date is not
        # the work's
        condition = CONDITION_FIRST.match(said)
        if condition and start not in condition.group(0):
            said = said[condition.end() :]
    due = due_date(said, meeting, language)
    purpose = PURPOSE.search(sentence.text) if language == "en" and due is None else None
    if purpose and not STARTS_FROM.search(sentence.text[purpose.end() :]):
        # "I'll send the brief so they're ready by Friday", "so we can deploy on Thursday": the
        # work is due by then
        due = due_date(sentence.text[purpose.end() :], meeting)
        due = replace(due, phrase="") if due else None
    text = _clean(task, owner, due.phrase if due else None, words)
    # "somebody should own that" only points back: the work said before stays as it was
    # "do" or "it" alone is no task; "drive" with its date ("I can drive Wednesday") is
    alone = language == "en" and due and len(text) >= 4 and not NEEDS_OBJECT.match(text)
    short = len(text.split()) < 2 and not alone
    if short or (owner is None and points_back(text)):
        return None
    return ActionItem(
        owner, text, due.date if due else None, sentence.speaker, sentence.start, sentence.text
    )


def _match(
    sentence: Sentence, following: Sequence[Sentence], meeting: dt.datetime, language: str
) -> ActionItem | None:
    text, words = sentence.text, PHRASES[language]
    replies = [s for s in following if s.speaker != sentence.speaker]
    # "Ugh. Fine.": the answer after the sound
    said = [s for s in replies if language != "en" or not INTERJECTION.match(s.text.strip())]
    reply = (said or replies)[0] if said or replies else None
    if language == "en" and reply and DONE_ALREADY.match(reply.text.strip()):
        return None  # "Can you chase the supplier?" "Already done."

    def item(owner: str | None, task: str) -> ActionItem | None:
        return _item(owner, task, sentence, meeting, language)

    # "Kylie, could you put a callout on the group?" - "Mm, I'd rather not": nobody's work
    refused = language == "en" and reply is not None and REFUSED.match(reply.text.strip())
    named = (words.named_request, words.trailing_name_request, words.third_person)
    for pattern in (*named, *((THING_ASKED,) if language == "en" else ())):
        found = pattern.search(text)
        order = found.groupdict().get("order") if found else None
        if order and order.endswith("?") and language == "en" and not ASKED_ORDER.match(order):
            found = None  # "Priya, update on the vendor contract?": asks how it stands
        if found and found.group("owner") not in NOT_NAMES:
            if refused and reply and reply.speaker == found.group("owner"):
                # kept, without an owner, for whoever takes it on instead
                nobody = item(None, _asked(found))
                return replace(nobody, refused=True) if nobody else None
            return item(found.group("owner"), _asked(found))
    if language == "en" and (taken := TAKE_ON.match(text.strip())):
        thing = taken.group("thing") or taken.group("topic")
        # "Leave the van with me, I'll get some quotes.": how, about the thing
        then = words.self_commitment.search(text.strip(), taken.end())
        task = about(_promised(then, words), thing) if then else f"{TAKEN_ON} {thing}"
        return item(sentence.speaker or None, task)
    found = words.self_commitment.search(text)
    if found and not _hedged_offer(found, text, words):
        task = _promised(found, words)
        # "The pendant I'll fix myself Saturday": the thing named first is what is fixed
        before = text[: found.start()]
        topic = topic_of(before) if language == "en" else None
        if language == "en" and topic is None and has_pointer(task):
            topic = bare_topic_of(before)  # "Weekly figures to regional, I'll send them"
        return item(sentence.speaker or None, about(task, topic) if topic else task)
    if found:
        return None
    found = words.you_request.search(text) or words.open_request.search(text)
    if found:
        answer = reply.text.strip().lstrip("¿¡") if reply else ""
        accepted = reply is not None and (
            words.accept.match(answer) is not None or (language == "en" and date_given(answer))
        )
        # "I will update the budget sheet" after "can you update the slides?" is no yes
        promise = words.self_commitment.match(answer)
        if promise and not same_work(promise.group("task"), found.group("task")):
            accepted = False
        if not accepted or reply is None:
            return item(None, found.group("task"))
        asked = item(reply.speaker or None, found.group("task"))
        return dated_by_reply(asked, reply, meeting, language)
    found = words.team.search(text)
    # "Do we need to tell residents?" asks, it assigns nothing
    question = text.rstrip().endswith("?")
    if found and not question and not (language == "en" and HEDGED_CALL.search(text)):
        return item(None, found.group("task"))
    if found:
        return None
    found = words.unnamed.search(text)
    if found and not text.endswith("?") and not words.hedge.search(text):
        return item(None, found.group("task"))
    return None


def _asked(found: re.Match[str]) -> str:
    """The task of a request: after "can you" or the like, or the whole order said by name;
    with what it is about when that was said first ("call her back (the complaint from Mrs
    Adeyemi)")."""
    groups = found.groupdict()
    task = re.sub(r"(?i)^go ahead and\s+", "", groups.get("order") or groups["task"])
    task = re.sub(rf"{TAG_QUESTION}$", "", task)  # "..., would you?"
    if groups.get("doing"):  # "Phoebe's doing the renewal" -> "do the renewal"
        task = f"{DOING_VERBS[groups['doing']]} {task}"
    topic = groups.get("topic")
    return f"{task.rstrip(' ?.!')} ({topic})" if topic else task


def _hedged_offer(found: re.Match[str], text: str, words: ActionPhrases) -> bool:
    """Whether a promise is only an offer made with a hedge or as a question ("maybe I can
    look at it", "I can send it if you want", "I can do the demo?"): what someone can do
    commits them only when said plainly."""
    offered = re.match(r"I can\s+(?!take\b)", found.group(0)) is not None
    text = TRY_OUT.sub("", text)  # "run fifty parts, see if the cracks go away" is no hedge
    return offered and (words.hedge.search(text) is not None or text.rstrip().endswith("?"))


def _named_first(item: ActionItem, before: Sentence) -> ActionItem:
    """``item`` about the thing its speaker named just before, when it points to it ("And
    the press release. I'll write it myself tomorrow." -> "write the press release"; "I've
    drafted a schedule. I'll send it round tonight.")."""
    if before.speaker != item.speaker or not has_pointer(item.task):
        return item
    topic = topic_of(before.text) or named_in(before.text)
    return replace(item, task=about(item.task, topic)) if topic else item


def _promised(found: re.Match[str], words: ActionPhrases) -> str:
    """The task of a promise, with the verb put back where the language keeps it outside
    ("ich kümmere mich um das Budget" -> "sich um das Budget kümmern")."""
    task = HAVE_TO.sub("", found.group("task"))
    said = found.group(0)[: found.start("task") - found.start()].lower()
    form = next((form for marker, form in words.promise_forms if marker in said), "{task}")
    if found.groupdict().get("conjugated") is not None:
        task = _infinitive(task.strip(), words.verb_forms)
    return form.format(task=task.strip())


def _infinitive(task: str, forms: Sequence[tuple[str, str]]) -> str:
    """``task`` with its conjugated verb (first, lower case: "Enviaré el informe" said
    first) made the infinitive by the first form that fits; what follows a comma is no part
    of the work ("rufe ihn an, dann wissen wir mehr")."""
    task = task.split(",")[0].strip()
    task = task[:1].lower() + task[1:]
    for pattern, replacement in forms:
        if re.search(pattern, task):
            return re.sub(pattern, replacement, task, count=1)
    return task


def _spelled_out(item: ActionItem, before: Sequence[Sentence], meeting: dt.datetime) -> ActionItem:
    """``item`` with the thing its task points to when the words just before name it with
    the same verb ("Aye, reply to the review, politely." - "I'll reply to it today." -> "reply
    to the review")."""
    if not points_back(item.task):
        return item
    verb = item.task.split()[0].lower()
    if verb in RESTATING_VERBS:  # "do it" names no verb to look for
        return item
    for sentence in reversed(before):
        # "Who's sending the notice to the harbour master?" - "I'll send it tomorrow."
        found = re.search(
            rf"\b{re.escape(verb)}(?:s|es|ing|ed)?\b([^,.;!?]*)", sentence.text, re.IGNORECASE
        )
        said_of = f"{verb}{found.group(1)}" if found else ""
        if not found or points_back(said_of) or len(said_of.split()) < 2:
            continue
        said = due_date(said_of, meeting)
        # "sign the NDA by Friday": the thing, not the date said of it then
        task = said_of.replace(said.phrase, "") if said else said_of
        return replace(item, task=" ".join(task.split()))
    return item


def _handed_to(sentence: Sentence, words: ActionPhrases) -> str | None:
    """Who a request by name hands the work said just before to ("Someone needs to own the
    flaky tests. Owen, can you own that?" -> Owen; "Vera, you found it, it's yours."), else
    None."""
    for pattern in (words.named_request, words.trailing_name_request):
        found = pattern.search(sentence.text)
        if found and found.group("owner") not in NOT_NAMES and points_back(_asked(found)):
            return found.group("owner")
    found = HANDED_OVER.match(sentence.text) if words is ENGLISH else None
    if found and found.group("owner") not in NOT_NAMES:
        return found.group("owner")
    return None


def action_items(
    sentences: Sequence[Sentence], meeting: dt.datetime, language: str = "en"
) -> list[ActionItem]:
    """Every action item said in the meeting, in order, without repeats.

    A promise that answers the request just before it is the same item: it gives the request
    the owner or due date it lacked instead of a second item; so does a request by name that
    hands over unowned work just said ("Owen, can you own that?"). ``language``: the
    transcript's; one without phrases (:data:`PHRASES`) gives no items.
    """
    if language not in PHRASES:
        return []
    if language == "en":
        sentences = named_apart([part for sentence in sentences for part in clauses(sentence)])
    items: list[ActionItem] = []
    said_at: list[int] = []  # the sentence each item came from
    for i, sentence in enumerate(sentences):
        # the item said at most two sentences before, which this one may complete; or, for a
        # date alone, further back while the one asked answers on ("Yep, Wednesday's fine.
        # Actually no, I'm on leave Wednesday. Tomorrow, then.")
        gap = i - said_at[-1] if items else 0
        if 2 < gap <= 4 and answering_on(items[-1], sentences, said_at[-1], i, meeting):
            items[-1] = dated_after(items[-1], sentence, meeting, language, sentences[i - 1])
            continue
        # (work someone said no to may be taken on after a word on who else could)
        near = gap <= 2 or (gap <= 4 and items[-1].refused) if items else False
        recent = items[-1] if near else None
        owner = _handed_to(sentence, PHRASES[language])
        # work nobody took, handed over or claimed after a word or two ("Not me, I did it
        # last year." - "Vera, you found it, it's yours.")
        nobodys = items[-1] if items and gap <= 4 and items[-1].owner is None else None
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        claims = language == "en" and owner is None and i > 0
        if claims and claimed_bare(sentence, sentences[i - 1], after, nobodys):
            owner = sentence.speaker or None
        if owner and nobodys and (language == "en" or nobodys is recent):
            recent = nobodys
        if owner and recent and recent.owner is None:
            said = due_date(sentence.text, meeting, language)
            said_date = said.date if said else None
            # in English the date said with the claim or the handing over is the one that holds
            due = (said_date or recent.due) if language == "en" else (recent.due or said_date)
            if language == "en":  # what the new owner says next is about it, as asked of them
                taken_over(items, said_at, i, owner, due)
                if owner != sentence.speaker:
                    items[-1] = replace(items[-1], speaker=sentence.speaker)
            else:
                items[-1] = replace(recent, owner=owner, due=due, refused=False)
            continue
        taken = topic_claimed(sentence, sentences[i - 1], meeting) if i else None
        if language == "en" and taken:
            items.append(taken)
            said_at.append(i)
            continue
        item = _match(sentence, sentences[i + 1 : i + 3], meeting, language)
        if item and i > 0 and language == "en":
            item = _named_first(by_then(item, sentences[i - 1], meeting), sentences[i - 1])
        if item and item.due is None and i > 0 and language == "en":
            item = dated_before(item, sentences[i - 1], meeting)
        if recent and item is None:
            items[-1] = dated_after(recent, sentence, meeting, language, sentences[i - 1])
            continue
        if recent and item and recent.refused and takes_refused(item, recent):
            # "Sorry, I can't." - "Fine, I'll do it myself." / "Okay, I'll renew them by Friday."
            task = more_specific(recent.task, item.task)
            taken_over(items, said_at, i, item.owner, item.due or recent.due, task=task)
            continue
        if recent and item and language == "en" and how(item, recent):
            # "Leave the cloakroom with me. Let me talk to the venue manager.": how it is done
            thing = recent.task.removeprefix(f"{TAKEN_ON} ")
            items[-1] = replace(recent, task=about(item.task, thing), due=item.due or recent.due)
            continue
        if recent and item and language == "en" and changed_mind(item, recent):
            # "I'll ask the trustees for a second van. Actually, no, I'll put it in the budget
            # paper": the second way, about the same thing
            # (asked by someone else, the work asked stays; only its date may move)
            if recent.speaker != item.speaker:
                items[-1] = replace(recent, due=item.due or recent.due)
            else:
                task = about_the_same(item.task, recent.task)
                items[-1] = replace(item, task=task, due=item.due or recent.due)
            continue
        if recent and item and reported_back(item, recent, language):
            items[-1] = replace(recent, due=recent.due or item.due)
            continue
        if recent and item and restated(item, recent):
            items[-1] = replace(recent, due=restated_due(item, recent))
            continue
        if recent and item and owner_for(item, recent):
            # "Who's going to reply to the complaint?" "I'll reply to the complaint tomorrow."
            items[-1] = replace(recent, owner=item.owner, due=item.due or recent.due)
            continue
        if language == "en" and item and takes_unowned(item, items, sentences, said_at, i):
            # "Could someone update the outage map?" ... "Ha. I'll do it after this."
            taken_over(items, said_at, i, item.owner, item.due or items[-1].due)
            continue
        if item is None or _said_before(item, items):
            continue
        next_said = bool(said_at) and next_words(item, sentences, said_at[-1], i)
        # the one asked saying the work will be done after a word with the asker ("You're the
        # native speaker." "Fair enough. I'll have a draft by Wednesday.")
        if recent is None and items and gap <= 4 and next_said and item.owner == items[-1].owner:
            recent = items[-1]
        if recent and answers(item, recent, PHRASES[language], next_said):
            items[-1] = replace(
                recent,
                owner=recent.owner or item.owner,
                # the date the one doing it gives is the one they keep
                due=item.due or recent.due,
                task=claimed(recent, item) or more_specific(recent.task, item.task),
                refused=False,
            )
            continue
        item = _spelled_out(item, sentences[max(0, i - 2) : i], meeting)
        unowned = [k for k, known in enumerate(items) if owner_for(item, known)]
        if unowned:  # "We need to reply to the complaint." ... "I'll reply to it today."
            items[unowned[-1]] = replace(
                items[unowned[-1]], owner=item.owner, due=item.due or items[unowned[-1]].due
            )
            continue
        if _said_before(item, items):
            continue
        items.append(item)
        said_at.append(i)
    # "Can someone clean the printer?" that nobody took is asked, not assigned; "someone
    # should update the handbook" that nobody took, with no date, is a wish, not work; "he'll
    # walk the plant", with no date, what someone outside will do
    if language == "en":  # "Price signs, then." - "I'll print new ones tomorrow."
        items = with_referents(items, sentences)
    items = without_restatements(items)
    asked = PHRASES[language].open_request
    return [
        i
        for i in items
        if i.owner is not None
        or not (i.refused or asked.search(i.quote) or (i.due is None and _wished(i, language)))
    ]


def _said_before(item: ActionItem, items: Sequence[ActionItem]) -> bool:
    """Whether the work of ``item`` is already one of ``items``."""
    return any(known.task.lower() == item.task.lower() for known in items)


def _wished(item: ActionItem, language: str) -> bool:
    """Whether unowned ``item`` is only wished for, or what people outside will do."""
    if language != "en":
        return False
    outside = rf"(?i:{OUTSIDERS_WILL}){re.escape(item.task.split()[0])}\b" if item.task else "$^"
    return WISHED.search(item.quote) is not None or re.search(outside, item.quote) is not None
