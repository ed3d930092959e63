"""Naming speakers from what they say: introductions and being addressed by name (pure).

"Hi, I'm Dana" / "this is Lee speaking" / "my name is Priya" name the speaker who says it;
"Thanks, Priya" names the speaker who spoke just before; "Priya, can you ..." names the one
who answers. Introductions outweigh addresses; each name goes to one speaker at most.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from transcription.types import Segment

NAME = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
INTRODUCTIONS = (
    re.compile(rf"\b(?:I'm|I am|[Tt]his is|[Mm]y name is|[Ii]t's|[Ii]t is)\s+{NAME}\b"),
    re.compile(rf"\b{NAME}\s+(?:here|speaking)\b"),
)
THANKS = re.compile(
    rf"\b(?:[Tt]hanks|[Tt]hank you|[Gg]ood point|[Gg]reat|[Ss]ure|[Rr]ight),?\s+{NAME}\b"
)
REQUEST = re.compile(
    rf"(?:^|[.?!]\s+){NAME},\s+(?:can|could|would|will|do|did|what|how|are|please)\b"
)
# Capitalised words that follow "I'm" or "this is" without being names.
NOT_NAMES = frozenset(
    """
    Sorry Sure Glad Happy Going Not Just Here There Fine Good Great Okay Ok So Also Really
    Still Done Back Afraid Ready Excited Looking Actually Originally Very Pretty Quite Working
    Trying The This That It What Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Today Tomorrow January February March April May June July August September October
    November December English Yes No Well Oh Hi Hello Thanks Everyone Everybody Team Guys All
    Now Speaker He She We They You Someone Somebody Anyone Anybody Nobody
    """.split()  # noqa: SIM905 (a word list reads better than 80 quoted strings)
)

INTRO_WEIGHT = 3.0
ADDRESS_WEIGHT = 1.0


def _is_name(word: str) -> bool:
    return word not in NOT_NAMES


def _neighbour(segments: Sequence[Segment], index: int, step: int) -> str | None:
    """The nearest other speaker before (step -1) or after (step +1) segment ``index``."""
    i = index + step
    while 0 <= i < len(segments):
        if segments[i].speaker != segments[index].speaker:
            return segments[i].speaker
        i += step
    return None


def name_votes(segments: Sequence[Segment]) -> dict[str, dict[str, float]]:
    """Evidence ``{speaker label: {name: weight}}`` found in the transcript."""
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for i, seg in enumerate(segments):
        for pattern in INTRODUCTIONS:
            for match in pattern.finditer(seg.text):
                if _is_name(match.group(1)):
                    votes[seg.speaker][match.group(1)] += INTRO_WEIGHT
        for pattern, step in ((THANKS, -1), (REQUEST, +1)):
            for match in pattern.finditer(seg.text):
                other = _neighbour(segments, i, step)
                if other and _is_name(match.group(1)):
                    votes[other][match.group(1)] += ADDRESS_WEIGHT
    return {speaker: dict(names) for speaker, names in votes.items()}


def resolve_names(segments: Sequence[Segment]) -> dict[str, str]:
    """``{"Speaker 1": "Dana", ...}`` for the speakers the transcript names (others omitted)."""
    candidates = sorted(
        (
            (weight, speaker, name)
            for speaker, names in name_votes(segments).items()
            for name, weight in names.items()
        ),
        reverse=True,
    )
    names: dict[str, str] = {}
    for _, speaker, name in candidates:
        if speaker not in names and name not in names.values():
            names[speaker] = name
    return names
