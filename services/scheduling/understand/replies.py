"""How people answer a proposal: "the second one", "Tuesday works", "none of these, Friday?".

Pure functions over the offered slots; times in the reply are read with :func:`resolve`
and matched to the offers in the reader's zone.
"""

from __future__ import annotations

import datetime as dt
import re

from services.scheduling.intent import ReplyIntent, ReplyKind, Slot, TimeCandidate
from services.scheduling.understand.timeparse import resolve
from services.scheduling.understand.zones import zone_of

_ORDINALS = {
    0: r"first|1st|#1|option 1|primer[ao]?|premi[eè]re?|erste[nr]?|primul|prima|întâi|intai",
    1: r"second|2nd|#2|option 2|segund[ao]|deuxi[eè]me|seconde?|zweite[nr]?|al doilea|a doua",
    2: r"third|3rd|#3|option 3|tercer[ao]?|troisi[eè]me|dritte[nr]?|al treilea|a treia",
}
_LAST = r"last|latest|[uú]ltim[ao]|derni[eè]re?|letzte[nr]?|ultimul|ultima"
_NONE_OF = re.compile(
    r"none of (?:these|those|them)|neither|doesn'?t work|don'?t work|ninguno|ninguna|aucun|aucune|"
    r"keiner|keine davon|keins|niciuna|niciunul|nu merge",
    re.IGNORECASE,
)
_CANCEL = re.compile(r"\bcancel|call it off|annul|anul|absag|cancela", re.IGNORECASE)
_MOVE = re.compile(
    r"\b(?:move|push|reschedul|postpone|shift)|mover|cambiar|déplacer|décaler|reporter|verschieb|muta|amân",
    re.IGNORECASE,
)
_YES = re.compile(
    r"^\W*(?:yes|yep|yeah|yup|sure|ok(?:ay)?|confirmed?|correct|right|s[ií]|vale|claro|oui|d'accord|"
    r"parfait|ja|genau|passt|da|sigur|perfect|perfecto|great|sounds good|works for me|that works|"
    r"looks good|accept(?:ed)?)\b",
    re.IGNORECASE,
)
_DECLINE = re.compile(
    r"\b(?:decline|can'?t make it|cannot make it|not available|unavailable|won'?t be able|no puedo|"
    r"je ne peux pas|ich kann nicht|nu pot)\b|^\W*(?:no|nope|non|nein|nu)\W*$",
    re.IGNORECASE,
)


def interpret_reply(text: str, offered: list[Slot], *, now: dt.datetime, tz: str) -> ReplyIntent:
    """What a reply to a proposal of ``offered`` slots means."""
    zone = zone_of(tz)
    words = text.strip()
    if _CANCEL.search(words):
        return ReplyIntent("cancel", confidence=0.9, evidence=("cancel wording",))
    times = tuple(resolve(words, now=now, tz=tz))
    if _NONE_OF.search(words):
        kind: ReplyKind = "propose" if times else "decline"
        return ReplyIntent(
            kind, proposed=times, confidence=0.85, evidence=("rejects every offered time",)
        )
    index = _ordinal(words, len(offered))
    if index is not None:
        return ReplyIntent(
            "choose", chosen_index=index, confidence=0.9, evidence=(f"picks option {index + 1}",)
        )
    if times:
        match = _match(times[0], offered, zone)
        if match is not None and not _MOVE.search(words):
            return ReplyIntent(
                "choose",
                chosen_index=match,
                confidence=0.85,
                evidence=(f"{times[0].text!r} matches offer {match + 1}",),
            )
        moved: ReplyKind = "reschedule" if _MOVE.search(words) else "propose"
        return ReplyIntent(
            moved,
            proposed=times,
            confidence=0.75,
            evidence=(f"names other times: {times[0].text!r}",),
        )
    if _MOVE.search(words):
        return ReplyIntent("reschedule", confidence=0.6, evidence=("asks to move, no time given",))
    if _DECLINE.search(words):
        return ReplyIntent("decline", confidence=0.8, evidence=("declines",))
    if _YES.search(words):
        if len(offered) == 1:
            return ReplyIntent(
                "accept", chosen_index=0, confidence=0.9, evidence=("accepts the only offer",)
            )
        return ReplyIntent(
            "accept", confidence=0.6, evidence=("agrees, but several times were offered",)
        )
    return ReplyIntent(
        "unclear", confidence=0.2, evidence=("no choice, time or answer recognised",)
    )


def _ordinal(text: str, count: int) -> int | None:
    for index, pattern in _ORDINALS.items():
        if (
            index < count
            and re.search(
                r"\b(?:the\s+|la\s+|le\s+|el\s+|die\s+|den\s+)?(?:"
                + pattern
                + r")(?:\s+(?:one|option|slot|time|uno|una))?\b",
                text,
                re.IGNORECASE,
            )
            and not re.search(
                r"\b(?:" + pattern + r")\s+(?:hour|minute|day|week)", text, re.IGNORECASE
            )
        ):
            return index
    if count and re.search(r"\b(?:" + _LAST + r")\b", text, re.IGNORECASE):
        return count - 1
    return None


def _match(time: TimeCandidate, offered: list[Slot], zone: dt.tzinfo) -> int | None:
    """The one offer on the named day, or at the named clock time (local to the reader)."""
    local = time.start.astimezone(zone)
    same_day = [i for i, s in enumerate(offered) if s.start.astimezone(zone).date() == local.date()]
    if time.grain == "day":
        return same_day[0] if len(same_day) == 1 else None
    exact = [i for i in same_day if offered[i].start.astimezone(zone).time() == local.time()]
    if exact:
        return exact[0]
    by_clock = [i for i, s in enumerate(offered) if s.start.astimezone(zone).time() == local.time()]
    return by_clock[0] if len(by_clock) == 1 else None
