"""The typed values of scheduling: what an email asks for, and what a reply chooses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

IntentKind = Literal["schedule", "reschedule", "cancel", "none"]


@dataclass(frozen=True)
class TimeCandidate:
    """A time offered in the email, in the order offered; ``end`` when a range was given."""

    start: dt.datetime  # timezone-aware
    end: dt.datetime | None
    text: str  # the words it came from
    # "minute"/"hour" for a time of day; "day" (or coarser) when only a day was named
    grain: str = "minute"


@dataclass(frozen=True)
class MeetingIntent:
    """What an email asks the assistant to do, with the evidence for each part."""

    intent: IntentKind
    title: str
    organizer: str
    attendees: tuple[str, ...]
    duration_minutes: int
    candidates: tuple[TimeCandidate, ...]
    timezone: str
    location: str
    confidence: float
    # Reasons to ask instead of guess: past time, impossible date, weekday/date conflict, ...
    problems: tuple[str, ...] = ()
    # Human-readable reasoning for each decision (shown on the job page).
    evidence: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Slot:
    """A concrete meeting time."""

    start: dt.datetime
    end: dt.datetime


ReplyKind = Literal["choose", "accept", "decline", "propose", "cancel", "reschedule", "unclear"]


@dataclass(frozen=True)
class ReplyIntent:
    """How a person answered a proposal: picked one of the offered slots, proposed another..."""

    kind: ReplyKind
    chosen_index: int | None = None  # index into the offered slots for "choose"
    proposed: tuple[TimeCandidate, ...] = ()  # new times for "propose" / "reschedule"
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()
