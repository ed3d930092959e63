"""The thing a promise is about when it is named before the promise (English, pure).

People name the thing first and then say what they will do with it: "The pendant I'll fix
myself Saturday", "The marina contract, I'll go and see the marina manager myself", "And the
press release. I'll write it myself tomorrow." The task then holds the thing: "fix the
pendant", "go and see the marina manager (the marina contract)", "write the press release".
"""

from __future__ import annotations

import re

from transcription.notes.dates import WEEKDAYS
from transcription.notes.task_words import FOLLOW_PRONOUN, POINTERS, has_pointer, words_of

# the words before a topic that only open the sentence ("And the press release.")
OPENERS = (
    r"(?:(?:and|so|now|also|then|oh|okay|ok|right|um|uh|last thing|one more thing|"
    r"one last thing),?\s+)*"
)
_DETERMINERS = r"(?:the|that|this|those|these|our|your|their|my)"
# a thing named on its own, said before what someone does with it ("The pendant",
# "The beach permit from the ayuntamiento,"); no verb and nobody doing anything in it
TOPIC = re.compile(
    rf"^{OPENERS}(?P<topic>{_DETERMINERS}\s+[\w-]+(?:\s+[\w-]+){{0,2}}"
    r"(?:\s+(?:of|for|from|with|on|in|at)\s+[\w'-]+(?:\s+[\w'-]+){0,3})?)"
    r"\s*(?P<end>[,.:]|—|-)?\s*$",
    re.IGNORECASE,
)
_NO_TOPIC = frozenset(
    (  # noqa: SIM905
        "is are was were be been being am has have had do does did will would can could "
        "should must might may shall i we you he she they it that's it's there's who "
        "which where when if because but not said says told tells asked asks wants "
        "wanted thinks thought knows knew reckons sent got went came gave took made put "
        "left found rang ran broke fell looks needs seems goes keeps so and or"
    ).split()
)
_WHEN = frozenset(
    (  # noqa: SIM905
        "day days week weeks weekend month months morning afternoon evening night year "
        "time moment minute minutes hour hours meantime meanwhile way end rest quarter term "
        "thing monday tuesday wednesday thursday friday saturday sunday january february "
        "march april may june july august september october november december spring summer "
        "autumn winter christmas"
    ).split()
)
# words before a thing that is not what is done to ("from the contractor", "by the fourth")
PREPOSITIONS = frozenset(
    "of for from with on in at to into about by before after until over under as than".split()  # noqa: SIM905
)
# words that are no part of the name of a thing: verbs, pronouns, times, prepositions, replies
NOT_THINGS = (
    _NO_TOPIC
    | PREPOSITIONS
    | frozenset(
        (  # noqa: SIM905
            "today tomorrow tonight next now then too again already still just yes yeah okay ok "
            "sure fine please thanks me us him her them let know want need like fortnight week "
            "weeks day days month months morning afternoon evening night year weekend out up off"
        ).split()
    )
)
TIMES = _WHEN  # words of a time, not a thing ("Next week.")
# what a task may carry after its verb when the thing it is done to was named first ("fix
# myself Saturday when nobody's on the crane"): no object of its own
_NO_OBJECT = re.compile(
    r"^(?:myself|ourselves|first|then|now|later|today|tonight|tomorrow|when|once|after|before|"
    rf"as soon as|on|by|this|next|first thing|{WEEKDAYS})\b|^$",
    re.IGNORECASE,
)
# "I'll fix it myself": who does it, already the owner ("by myself" stays)
REFLEXIVE = re.compile(
    r"(?<!\bby)(?<!\bfor)(?<!\bto)(?<!\bwith)(?<!\bof),?\s+(?:myself|ourselves)\b",
    re.IGNORECASE,
)


# "Weekly figures to regional, I'll send them", "Season summary for the board, I'll write it":
# a thing named with no determiner, then a comma and the promise that points to it
BARE_TOPIC = re.compile(
    rf"^{OPENERS}(?P<topic>[A-Za-z][\w'-]+(?:\s+[\w'-]+){{0,2}}"
    r"(?:\s+(?:of|for|from|with|on|in|at|to)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2})?)"
    r"\s*,\s*$",
    re.IGNORECASE,
)

# a bare thing ends in no particle of a verb ("listen up") and holds no call to listen
_PARTICLES = frozenset("up out off in on down over through away back".split())  # noqa: SIM905
_CALLS = frozenset(
    "yes yeah yep sure fine well no sorry okay ok listen look hang hold wait everyone folks "  # noqa: SIM905
    "guys all team thanks".split()
)


def bare_topic_of(said: str) -> str | None:
    """The thing ``said`` names without a determiner before a comma ("Weekly figures to
    regional,"), else None; a pronoun, a name of time or a verb in it is no thing."""
    found = BARE_TOPIC.match(said.strip())
    if not found:
        return None
    topic = found.group("topic")
    words = words_of(topic)
    # two words at least ("Haan, I'll order it" names nothing), none a verb, a time or a call
    # to listen ("Right, listen up, I'll keep it short")
    if len(words) < 2 or words[0] in POINTERS or words[-1] in _PARTICLES:
        return None
    if _NO_TOPIC.intersection(words) or _WHEN.intersection(words) or _CALLS.intersection(words):
        return None
    return topic[0].lower() + topic[1:]


def topic_of(said: str) -> str | None:
    """The thing ``said`` names on its own ("And the press release." -> "the press
    release"), else None."""
    found = TOPIC.match(said.strip())
    if not found:
        return None
    topic = found.group("topic")
    words = words_of(topic)
    if any(w in _NO_TOPIC or w.endswith("ed") and len(w) > 4 for w in words[1:]):
        return None
    if words[0] in POINTERS and len(words) == 1:
        return None
    if _WHEN.intersection(words):  # "This afternoon I'll call them": when, not what
        return None
    return topic[0].lower() + topic[1:]


_THING = r"(?P<topic>(?:a|an|the|our|my|some)\s+[^,.;:!?]{3,60}?)"
# "I've drafted a schedule with repeats over Christmas week.", "Naoko has the list.": the thing
# someone has (made), which "it" in the next promise is
HAS = re.compile(
    r"^(?:(?i:so|okay|ok|and|right|actually|no),?\s+)*(?:"
    r"I(?:'ve| have)\s+(?:just\s+|already\s+)?(?:\w+ed|written|drawn up|done|made|built|begun)\s+|"
    r"(?!I\b|We\b)[A-Z][a-z]+ has\s+(?=the\b|our\b))"
    rf"{_THING}\s*(?:[,.;:!]|$)"
)
# "The one thing still missing is the condition reports for the portraits.": the thing named
# last, which "those" in the next promise is
IS_THING = re.compile(
    r"\b(?:missing|left|outstanding|remaining|needed|still to do|to do|not done)\b[^.?!]*?"
    rf"\b(?:is|are)\s+{_THING}\s*[.!]?$",
    re.IGNORECASE,
)


def named_in(said: str) -> str | None:
    """The thing a sentence says someone has, or ends by naming ("I've drafted a schedule with
    repeats." -> "a schedule with repeats"; "What's missing is the condition reports." -> "the
    condition reports"), else None."""
    found = HAS.match(said.strip()) or IS_THING.search(said.strip())
    return found.group("topic") if found else None


def about(task: str, topic: str) -> str:
    """``task`` done to ``topic``: the topic in place of its pointer ("write it" -> "write
    the press release"), as its object when it has none ("fix myself" -> "fix the pendant"),
    else said after it ("go to the town hall (the beach permit)", "send it round (a schedule
    with repeats over Christmas week)")."""
    task = REFLEXIVE.sub("", task).strip()
    words = task.split()
    for i, word in enumerate(words[1:], 1):
        after = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
        pointer = word.lower().strip(",.")
        if pointer in ("it", "them", "'em") or (
            pointer in POINTERS and (not after or after in FOLLOW_PRONOUN)
        ):
            if after and len(topic.split()) > 3:  # "send it round" keeps its shape
                break
            return " ".join([*words[:i], topic, *words[i + 1 :]])
    if words and _NO_OBJECT.match(" ".join(words[1:])):
        return " ".join([words[0], topic, *words[1:]])
    return f"{task} ({topic})"


def about_the_same(task: str, before: str) -> str:
    """``task`` with its pointer standing for the thing the task ``before`` ended on ("put it
    in the budget paper" after "ask the trustees for a second van" -> "put a second van in
    the budget paper")."""
    thing = re.search(r"\b(?:a|an|the|our|their|my)\s+[\w'-]+(?:\s+[\w'-]+){0,2}$", before)
    return about(task, thing.group(0)) if thing and has_pointer(task) else task
