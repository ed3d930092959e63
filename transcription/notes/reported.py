"""Reported speech: one sentence of the meeting as a note-taker writes it (pure, rule-based).

Lee's "I will finish the login page" -> "Lee will finish the login page."; Priya's "The design
is almost finished" -> "Priya said the design is almost finished."; "we", "our", "my", "me"
-> "they", "their", "their", "them"; David's "Priya, can you send it?" -> "David asked Priya
to send it.". What the rules cannot turn cleanly (another question, "you", "let's", an "I"
before a verb they do not know) is quoted with the speaker's name instead of being rewritten
into broken grammar.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from transcription.naming import NOT_NAMES
from transcription.notes.sentences import Sentence

# Fillers and answers a sentence can start with: "and", "but", "so" before a subject ("So we
# ..."), the others only with their comma ("Well, ...", "Yes, I'll chase them": "well done",
# "sure thing" and "I mean it" stay whole).
LEADING = re.compile(
    r"^(?:(?:(?:and|but|so)\s+(?=(?:I|we|they|he|she|it|the|this|that|our|my)\b)"
    r"|(?:and|so|but|okay|ok|well|yes|yeah|yep|sure|right|no|fine|great|cool|perfect|also|"
    r"anyway|alright|um|uh|I mean),\s+))+",
    re.IGNORECASE,
)
# Second person, suggestions and introductions ("I'm Lee") only read right as they were said.
UNREPORTABLE = re.compile(
    r"\b(?i:you|your|yours|yourself|yourselves|myself|let's|let us|let me|me)\b"
    r"|\b(?:I'm|I am|[Mm]y name is)\s+[A-Z]"
)
# Words that open a request like a name but are not one ("Perfect, can you ...").
NOT_ADDRESSEES = frozenset(
    """
    perfect right great good fine sure okay ok thanks alright cool awesome excellent nice
    so well now then also and but hey listen look sorry please
    """.split()  # noqa: SIM905
)
# "Priya, can you send the design?" -> "David asked Priya to send the design."
REQUEST = re.compile(
    r"^(?P<whom>[A-Z][a-z]+),\s+(?:can|could|would|will) you(?: please)?\s+(?P<task>[^?]+)\?$"
)
PERSONAL = re.compile(r"\b(?:I|me|my|we|us|our)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:we|We|us|Us|our|Our|ours|ourselves|my|My|me|mine)\b")
THIRD_PERSON = {
    "we": "they",
    "We": "They",
    "us": "them",
    "Us": "Them",
    "our": "their",
    "Our": "Their",
    "ours": "theirs",
    "ourselves": "themselves",
    "my": "their",
    "My": "Their",
    "me": "them",
    "mine": "theirs",
}
CONTRACTED = {"'m": "is", "'ve": "has", "'ll": "will"}
# Verbs that read the same after "Lee" as after "I".
SAME = frozenset(
    """
    will won't would wouldn't can can't cannot could couldn't should shouldn't might must may
    was wasn't did didn't sent spoke met wrote made got went had said took saw thought told found
    gave came left ran built bought brought heard knew felt kept lost paid put set spent
    understood began forgot chose
    """.split()  # noqa: SIM905 (a word list reads better quoted once)
)
CHANGED = {"am": "is", "have": "has", "haven't": "hasn't", "do": "does", "don't": "doesn't"}
# Present-tense verbs that take an -s after a name.
PRESENT = frozenset(
    """
    think need want know feel believe hope guess suppose agree disagree expect prefer like love
    plan suggest propose mean see remember understand work say go take send call check handle
    own lead run use get make recommend worry wonder doubt reckon assume care look talk deal
    review manage
    """.split()  # noqa: SIM905
)
NOT_PAST = frozenset({"need", "proceed", "succeed", "exceed", "feed", "speed", "embed"})
WOULD = frozenset({"like", "love", "prefer", "rather", "suggest", "recommend", "say"})
ADVERB = (
    r"also|just|still|really|already|actually|never|always|usually|only|even|definitely|"
    r"certainly|probably|personally|then"
)
# Words that start a sentence in lower case once they follow "Lee said".
STARTERS = frozenset(
    """
    the a an this that these those it it's its there there's here here's they they're they've
    they'll their he she everything nothing something everyone all some most many each every
    both no not one two three what what's when why how if because after before since yesterday
    today tomorrow next last maybe probably also just then now our my well so good great
    """.split()  # noqa: SIM905
)


def _third(verb: str) -> str | None:
    """``verb`` as it reads after a name instead of "I", or None when unsure."""
    if verb in SAME or (verb.endswith("ed") and verb not in NOT_PAST):
        return verb
    if verb in CHANGED:
        return CHANGED[verb]
    if verb not in PRESENT:
        return None
    if verb == "go" or verb.endswith(("s", "sh", "ch", "x")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _named_subject(name: str, text: str) -> str | None:
    """``text`` with its one "I" replaced by ``name`` and the verb agreeing, or None."""
    found = list(re.finditer(r"\bI\b", text))
    if len(found) != 1:
        return None
    before, after = text[: found[0].start()], text[found[0].end() :]
    contracted = re.match(r"('m|'ve|'ll|'d)\b", after)
    if contracted:
        rest = after[contracted.end() :]
        form = CONTRACTED.get(contracted.group(1))
        if form is None:  # "I'd": "would" before "like", else maybe "had"
            following = re.match(r"\s+(\w+)", rest)
            form = "would" if following and following.group(1).lower() in WOULD else None
        return None if form is None else f"{before}{name} {form}{rest}"
    verb = re.match(rf"((?:\s+(?:{ADVERB})\b)?)\s+([A-Za-z]+n't|[A-Za-z]+)\b", after)
    if not verb:
        return None
    form = _third(verb.group(2).lower())
    compound = re.search(r"\b(?:and|or)\s+$", before) is not None  # "Priya and I have"
    if form is None or (compound and form != verb.group(2).lower()):
        return None
    return f"{before}{name}{verb.group(1)} {form}{after[verb.end() :]}"


def _lower_first(text: str, common: Collection[str]) -> str:
    """``text`` starting in lower case when its first word is an ordinary word."""
    first = re.match(r"[A-Za-z']+", text)
    word = first.group().lower() if first else ""
    if word in STARTERS or word in common:
        return text[0].lower() + text[1:]
    return text


def _request(name: str, text: str) -> str | None:
    """A request to a named person as "Lee asked Priya to ...", or None."""
    found = REQUEST.match(LEADING.sub("", text))
    whom = found.group("whom") if found else ""
    if not found or whom in NOT_NAMES or whom.lower() in NOT_ADDRESSEES:
        return None
    task = found.group("task").strip()
    if UNREPORTABLE.search(task) or PERSONAL.search(task):
        return None
    return f"{name} asked {found.group('whom')} to {task}."


def _quoted(name: str, text: str) -> str:
    """``text`` quoted with who said (or asked) it."""
    return f'{name} {"asked" if text.endswith("?") else "said"}, "{text}"'


def reported(sentence: Sentence, common: Collection[str] = frozenset()) -> str:
    """``sentence`` in the third person with its speaker's name, else quoted with it.

    Args:
        sentence: what was said and by whom ("Lee", or "Speaker 2" while unnamed).
        common: words seen in lower case in the meeting, so "Revenue is up" can follow
            "Lee said" as "revenue is up" while "Berlin" keeps its capital.
    """
    text = sentence.text.replace("\u2019", "'").strip()
    name = sentence.speaker
    if not name or not text:
        return text
    body = LEADING.sub("", text).rstrip(".!").strip()
    if text.endswith("?"):
        return _request(name, text) or _quoted(name, text)
    if not body or UNREPORTABLE.search(body):
        return _quoted(name, text)
    if re.search(r"\bI\b", body):
        rewritten = _named_subject(name, body)
        if rewritten is None:
            return _quoted(name, text)
        body = FIRST_PERSON.sub(lambda m: THIRD_PERSON[m.group()], rewritten)
        return body[0].upper() + body[1:] + "."
    body = FIRST_PERSON.sub(lambda m: THIRD_PERSON[m.group()], body)
    return f"{name} said {_lower_first(body, common)}."
