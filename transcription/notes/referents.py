"""What "it" or "them" in a promise stands for, when a sentence or two before named the thing
(English, pure).

People name the thing, often in a word or two, and the promise only points to it: "Fire
suppression certificate. Still missing." - "Chase it." - "I'll ring them this afternoon."
The notes then say what it is about: "ring them (fire suppression certificate)". Only things
are looked for ("him" and "her" stand for people, whose names these rules do not resolve),
and nothing is added when no sentence just before names one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from transcription.notes.item import ActionItem
from transcription.notes.sentences import Sentence
from transcription.notes.task_words import AROUND_POINTERS, POINTERS, words_of
from transcription.notes.topics import (
    NOT_THINGS,
    OPENERS,
    PREPOSITIONS,
    TIMES,
    bare_topic_of,
    named_in,
    topic_of,
)

# pointers to a thing, not to a person
THING_POINTERS = frozenset({"it", "them", "'em", "that", "those", "these", "this"})
PLURAL_POINTERS = frozenset({"them", "'em", "those", "these"})
# a thing that is many: "the offers", not "the glass", "the bus"
PLURAL = re.compile(r"[^su's]s$", re.IGNORECASE)
# words that tie a verb to what it points to ("write to them", "talk it through")
LINKS = frozenset({"to", "with", "about", "through", "promise", "filed", "booked", "in"})
# what follows these is who is told, not a thing ("I tell the pattern room today")
TELLING = re.compile(
    r"^(?:tell|ask|call|ring|phone|email|text|contact|remind|inform|warn|thank)(?:s|ed|ing)?$",
    re.IGNORECASE,
)
# "them" after these is whom one deals with: "a problem with the vendor", "from the insurers"
DEALT_WITH = frozenset({"with", "from", "about", "to"})
# what follows these is what something is ("Friday is a bank holiday")
COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# how far back the thing may have been named, in sentences
LOOK_BACK = 3
# a thing said as a headline: "Fire suppression certificate.", "Price signs, then.", "Van
# insurance renewal's due.", "Name rationale one-pager too."
HEADLINE = re.compile(
    rf"^{OPENERS}(?P<topic>[A-Za-z][\w-]*(?:\s+[\w-]+){{1,3}}?)"
    r"(?:'s\s+due|\s+(?:is|are)\s+due|,?\s+(?:then|too|again|please))?\s*[.!]?$",
    re.IGNORECASE,
)
# first words of a short sentence that is a reply, not a thing ("No idea.", "Good catch.")
NOT_HEADLINES = frozenset(
    "no not good great nice oh thank thanks fair sounds well all any every lovely perfect "  # noqa: SIM905
    "brilliant cheers sorry happy one two three four five first second last same other".split()
)
# words that only count or order, no name of a thing ("the 4th", "a hundred", "the one")
COUNTS = re.compile(
    r"^(?:\d+\w*|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|first|"
    r"second|third|fourth|fifth|last|next|same|other|rest|few|lot|bit|couple|half|whole|own)$",
    re.IGNORECASE,
)
# a thing a sentence names after a determiner: "I sent the PR to Tom", "send them a reminder"
DETERMINED = re.compile(
    # (a lookahead, so that "the insurers about the flood claim" gives both)
    r"\b(?:the|a|an|our|your|their)\s+(?=(?P<topic>[\w'-]+(?:\s+[\w'-]+){0,2}))",
    re.IGNORECASE,
)


def _headline(said: str) -> str | None:
    """The thing ``said`` is on its own, two to four words with no verb, time or pronoun in
    them ("Fire suppression certificate."), else None."""
    found = HEADLINE.match(said.strip())
    if not found:
        return None
    topic = found.group("topic")
    words = words_of(topic)
    if words[0] in POINTERS or words[0] in NOT_HEADLINES:
        return None
    if NOT_THINGS.intersection(words) or TIMES.intersection(words):
        return None
    return topic[0].lower() + topic[1:]


def _last_thing(said: str, plural: bool) -> str | None:
    """The last thing ``said`` names after a determiner that a pointer, plural or not, can
    stand for, cut before the first word that is no part of a name ("the two hives this
    week" -> "the two hives"), else None. What is done to comes first ("I still need the test
    certificate from the contractor" -> "the test certificate"), then what follows a
    preposition ("Did anyone hear back about the pen test?"); "them" stands for many or for
    whom one deals with ("We have a problem with the vendor"), not for "a problem"."""
    # (who is told is no thing: "I tell the pattern room today"; nor what something is:
    # "Friday is a bank holiday")
    named = [(f, _word_before(said, f.start())) for f in DETERMINED.finditer(said)]
    named = [(f, w) for f, w in named if not (TELLING.match(w) or w in COPULAS)]
    # the last first, what is done to before what follows a preposition (a stable sort)
    for found, before in sorted(reversed(named), key=lambda fw: fw[1] in PREPOSITIONS):
        kept = []
        for word in found.group("topic").split():
            if word.lower().strip(",.?!") in NOT_THINGS or word.lower() in POINTERS:
                break
            kept.append(word.strip(",.?!"))
            if word[-1] in ",.?!":
                break
        if not kept or all(COUNTS.match(w) for w in kept):
            continue
        many = PLURAL.search(kept[-1]) is not None
        if many == plural or (plural and before in DEALT_WITH):
            thing = " ".join(said[found.start() :].split()[:1] + kept)
            return thing[0].lower() + thing[1:]
    return None


def _word_before(said: str, at: int) -> str:
    """The word of ``said`` just before position ``at``, lower case ("" at the start)."""
    before = said[:at].split()[-1:]
    return before[0].lower() if before else ""


def referred_to(item: ActionItem, before: Sequence[str]) -> ActionItem:
    """``item`` with the thing its pointer stands for, when one of the texts ``before`` it
    (the nearest last) names one, said after the task ("ring them (fire suppression
    certificate)": "them" may be who has it); ``item`` as it is when it names its own thing.

    A thing named on its own or as a topic counts up to :data:`LOOK_BACK` sentences back; a
    thing only named in passing, up to two sentences back.
    """
    words = words_of(item.task)
    # only a verb and what points: "ring them", "have it filed", "write to them", "send that off"
    bare = all(w in THING_POINTERS or w in AROUND_POINTERS or w in LINKS for w in words[1:])
    if "(" in item.task or not bare or not THING_POINTERS.intersection(words[1:]):
        return item
    plural = bool(PLURAL_POINTERS.intersection(words[1:]))
    for distance, text in enumerate(reversed(before)):
        for said in reversed(SENTENCE_END.split(text.strip())):
            thing = topic_of(said) or named_in(said) or bare_topic_of(said) or _headline(said)
            if thing and not plural and PLURAL.search(thing):  # "sign it": not "the offers"
                thing = None
            if thing is None and distance <= 2:
                thing = _last_thing(said, plural)
            # "review it (a review)" says nothing more
            if thing and not set(words_of(thing)) - set(words) - {"the", "a", "an"}:
                return item
            if thing:
                return replace(item, task=f"{item.task} ({thing})")
    return item


def with_referents(items: Sequence[ActionItem], sentences: Sequence[Sentence]) -> list[ActionItem]:
    """``items`` with the thing each one's pointer stands for, looked for in the words before
    the promise in its own sentence, then in the sentences before (once the meeting is read,
    so that the rules that join a promise to the request it answers see the words as said)."""
    at: dict[tuple[str, float], int] = {}
    for k, sentence in enumerate(sentences):
        at.setdefault((sentence.text, sentence.start), k)
    found = []
    for item in items:
        k = at.get((item.quote, item.start), -1)
        if k < 0:
            found.append(item)
            continue
        # "I still need the test certificate, I'll chase that": the words before the promise
        own = item.quote[: item.quote.lower().find(item.task.lower())] if item.task else ""
        texts = [s.text for s in sentences[max(0, k - LOOK_BACK) : k]]
        found.append(referred_to(item, [*texts, own] if own.strip() else texts))
    return found
