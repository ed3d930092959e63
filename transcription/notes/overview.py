"""The summary's first and last sentences: who met and what for; what came out (pure).

"David, Priya and Lee met for the weekly planning meeting." opens it when the talk says what
the meeting is ("this is the hiring meeting", "let's start the weekly planning meeting").
"They decided to launch the website in March and noted two action items: one for Priya and
one unassigned." closes it, from the decisions and action items found in the meeting.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from transcription.notes.item import ActionItem
from transcription.notes.points import Point
from transcription.notes.sentences import Sentence

PURPOSE = re.compile(
    r"\b(?i:this is|welcome to|let's start|let us start|let's begin|we're here for|"
    r"we are here for|time for)\s+(?i:the|our|this)\s+"
    r"(?P<what>(?:(?!(?i:for|of|with|about|on|at|to|and|is|was|we|i|you|they|he|she|it)\b)"
    r"[\w-]+\s+){0,4}"
    r"(?i:meeting|call|sync|stand-?up|review|retro|retrospective|check-in|catch-up|kick-?off|"
    r"planning|session|interview|workshop|one-on-one))\b"
)
# "We decided to ...", "let's go with ...": the words after become "They decided to ...".
DECIDED = (
    (
        re.compile(
            r"\bwe(?:'ve| have)? (?:all )?(?:agreed|decided) (?P<what>(?:to|on|that) .+)", re.I
        ),
        "",
    ),
    (re.compile(r"\b(?:it's|it is) (?:agreed|decided) (?P<what>(?:to|that) .+)", re.I), ""),
    (re.compile(r"\bthe (?:final )?decision is (?P<what>to .+)", re.I), ""),
    (re.compile(r"\bwe settled (?P<what>on .+)", re.I), ""),
    (
        re.compile(
            r"\b(?:let's|let us|we'll|we will|we're going to|we are going to|we're gonna) "
            r"(?P<what>go with|stick with) (?P<rest>.+)",
            re.I,
        ),
        "to ",
    ),
    (re.compile(r"\bwe(?:'re| are) going (?P<what>ahead with) (?P<rest>.+)", re.I), "to go "),
)
OURS = {"we": "they", "our": "their", "us": "them", "ours": "theirs", "ourselves": "themselves"}
NUMBERS = "no one two three four five six seven eight nine ten".split()  # noqa: SIM905
MAX_CLAUSE_WORDS = 20


def _number(n: int) -> str:
    return NUMBERS[n] if n < len(NUMBERS) else str(n)


def _counted(n: int, noun: str, adjective: str = "") -> str:
    """Like "one decision" or "three unassigned action items"."""
    return f"{_number(n)} {adjective + ' ' if adjective else ''}{noun}{'' if n == 1 else 's'}"


def listed(words: Sequence[str]) -> str:
    """Words joined as in "A", "A and B", "A, B and C"."""
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def purpose(sentences: Sequence[Sentence]) -> tuple[str, Sentence] | None:
    """What the meeting is, as said ("the hiring meeting"), and the sentence that said it."""
    for sentence in sentences:
        found = PURPOSE.search(sentence.text)
        if found:
            return "the " + found.group("what"), sentence
    return None


def lead(sentences: Sequence[Sentence]) -> str:
    """Who met (speaker names, or "Speaker N" while unnamed) and, when said, what for."""
    people = list(dict.fromkeys(s.speaker for s in sentences if s.speaker))
    said = purpose(sentences)
    what = said[0] if said else ""
    if not people:
        return f"This was {what}." if what else ""
    verb = "met" if len(people) > 1 else "spoke"
    where = f" {'for' if len(people) > 1 else 'at'} {what}" if what else ""
    return f"{listed(people)} {verb}{where}."


def decision_clause(text: str) -> str | None:
    """A decision as the words after "They decided" ("to launch in March"), or None."""
    if text.rstrip().endswith("?"):
        return None  # "Have we decided to launch?" decides nothing
    for pattern, prefix in DECIDED:
        found = pattern.search(text.replace("\u2019", "'"))
        if not found:
            continue
        clause = prefix + " ".join(g for g in found.groups() if g).rstrip(".!? ")
        if re.search(r"\b(?:I|me|my|you|your)\b", clause, re.I):
            return None
        if len(clause.split()) > MAX_CLAUSE_WORDS:
            return None
        return re.sub(r"\b(?:we|our|us|ours|ourselves)\b", lambda m: OURS[m.group()], clause)
    return None


def decisions_stated(decided: Sequence[Point]) -> bool:
    """Whether :func:`outcome` says what each decision was (not only how many there were)."""
    return bool(decided) and all(decision_clause(d.text) for d in decided)


def _noted(items: Sequence[ActionItem]) -> str:
    """Like "noted three action items: two for Priya and one unassigned"."""
    counts = Counter(item.owner for item in items)
    if len(counts) == 1:
        [owner] = counts
        if owner is None:
            return f"noted {_counted(len(items), 'action item', 'unassigned')}"
        return f"noted {_counted(len(items), 'action item')} for {owner}"
    groups = [
        f"{_number(n)} {'unassigned' if owner is None else f'for {owner}'}"
        for owner, n in counts.items()
    ]
    return f"noted {_counted(len(items), 'action item')}: {listed(groups)}"


def outcome(decided: Sequence[Point], items: Sequence[ActionItem]) -> str:
    """One sentence: what was decided, and how many action items went to whom."""
    clauses = [c for c in (decision_clause(d.text) for d in decided) if c]
    if decisions_stated(decided):
        said = "decided " + listed(clauses)
    elif decided:
        said = "made " + _counted(len(decided), "decision")
    else:
        said = ""
    if items:
        joint = ", and " if len(clauses) > 1 and decisions_stated(decided) else " and "
        said = f"{said}{joint}{_noted(items)}" if said else _noted(items)
    return f"They {said}." if said else "No decisions or action items came up."
