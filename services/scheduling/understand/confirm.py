"""The low-confidence loop: "I understood: ... Reply YES or correct me", and what comes back.

A correction ("no, it's 45 minutes on Wednesday at 10") becomes corrected fields, and the
original email with the corrected intent becomes a training example.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from services.scheduling.intent import IntentKind, MeetingIntent, TimeCandidate
from services.scheduling.understand.attendees import addresses_in
from services.scheduling.understand.durations import find_durations
from services.scheduling.understand.timeparse import resolve

_YES = re.compile(
    r"^\W*(?:yes|y|yep|yeah|correct|confirm(?:ed)?|ok(?:ay)?|s[ií]|oui|ja|da)\b", re.I
)
_INTENTS: dict[IntentKind, re.Pattern[str]] = {
    "cancel": re.compile(r"\bcancel|annul|anul|absag|cancela", re.I),
    "reschedule": re.compile(r"\b(?:move|reschedul|push)|verschieb|déplacer|mover|muta", re.I),
    "none": re.compile(
        r"\b(?:not a meeting|no meeting|ignore (?:it|this)|nothing to schedule)\b", re.I
    ),
}


@dataclass(frozen=True)
class Confirmation:
    """The organizer's answer: confirmed as understood, or the fields they corrected."""

    confirmed: bool
    intent: IntentKind | None = None
    duration_minutes: int | None = None
    candidates: tuple[TimeCandidate, ...] = ()
    added_attendees: tuple[str, ...] = ()

    @property
    def corrected(self) -> bool:
        return bool(self.intent or self.duration_minutes or self.candidates or self.added_attendees)


@dataclass(frozen=True)
class TrainingExample:
    """One labelled text for the intent classifier (a line of ``training/corrections.tsv``)."""

    intent: IntentKind
    text: str

    def tsv_line(self) -> str:
        return f"{self.intent}\t" + self.text.replace("\t", " ").replace("\r", "").replace(
            "\n", "\\n"
        )


def parse_confirmation(text: str, *, now: dt.datetime, tz: str) -> Confirmation:
    """Read the answer to "Reply YES or correct me"."""
    answer = text.strip()
    durations = find_durations(answer)
    times = tuple(
        c for c in resolve(answer, now=now, tz=tz) if c.grain in {"hour", "minute", "day"}
    )
    intent = next((kind for kind, pattern in _INTENTS.items() if pattern.search(answer)), None)
    added = tuple(addresses_in(answer))
    if _YES.search(answer) and not (durations or times or intent or added):
        return Confirmation(confirmed=True)
    return Confirmation(
        confirmed=False,
        intent=intent,
        duration_minutes=durations[0].minutes if durations else None,
        candidates=times,
        added_attendees=added,
    )


def apply_correction(understood: MeetingIntent, answer: Confirmation) -> MeetingIntent:
    """``understood`` with the corrected fields replaced; confidence 1 (a person said so)."""
    import dataclasses

    return dataclasses.replace(
        understood,
        intent=answer.intent or understood.intent,
        duration_minutes=answer.duration_minutes or understood.duration_minutes,
        candidates=answer.candidates or understood.candidates,
        attendees=tuple(dict.fromkeys((*understood.attendees, *answer.added_attendees))),
        confidence=1.0,
        problems=(),
        evidence=(*understood.evidence, "corrected by the organizer"),
    )


def correction_example(subject: str, text: str, corrected: MeetingIntent) -> TrainingExample:
    """The original email labelled with the intent the organizer confirmed or corrected."""
    return TrainingExample(corrected.intent, f"{subject}\n{text}".strip())
