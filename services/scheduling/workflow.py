"""What to do with each scheduling email: pure decisions over typed values.

The job handler (``jobs.py``) loads the message, the meeting and the calendars, asks these
functions what to do, and carries it out. Every decision carries its reasons, which are
stored and shown on the meeting page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from services.scheduling.availability import WorkProfile, check, first_free
from services.scheduling.intent import MeetingIntent, ReplyIntent, Slot, TimeCandidate
from services.scheduling.itip_parse import ItipMessage
from services.scheduling.slots import suggest

Action = Literal[
    "ignore",
    "confirm",
    "clarify",
    "book",
    "propose",
    "reschedule",
    "cancel",
    "update_status",
    "decline_counter",
    "note",
]


@dataclass(frozen=True)
class Decision:
    """One thing to do, and why."""

    action: Action
    reasons: tuple[str, ...]
    slot: Slot | None = None  # book / reschedule
    slots: tuple[Slot, ...] = ()  # propose / decline_counter alternatives
    message: str = ""  # note text, or the questions of a clarify


def triage(intent: MeetingIntent, *, trusted: bool, threshold: float) -> Decision | None:
    """Whether a new request may be acted on at all; None means go ahead and check calendars."""
    reasons = [*intent.evidence]
    if not trusted:
        return Decision("ignore", (*reasons, "the sender is not in an allowed domain: never act"))
    if intent.intent == "none":
        return Decision("ignore", (*reasons, "the email does not ask for a meeting"))
    if intent.problems:
        return Decision(
            "clarify",
            (*reasons, "the request has problems: asking instead of guessing"),
            message="\n".join(intent.problems),
        )
    if intent.confidence < threshold:
        return Decision(
            "confirm",
            (
                *reasons,
                f"confidence {intent.confidence:.2f} is below the "
                f"threshold {threshold:.2f}: asking the organizer to confirm",
            ),
        )
    return None


def _verdict_reasons(verdicts: Sequence[Any]) -> list[str]:
    out = []
    for v in verdicts:
        head = f"{v.slot.start.isoformat()}: "
        out.append(head + ("free for everyone" if v.free else "; ".join(v.reasons)))
    return out


def choose(
    intent: MeetingIntent,
    profiles: Sequence[WorkProfile],
    busy: Mapping[str, Sequence[Slot]],
    now: dt.datetime,
    *,
    action: Action = "book",
) -> Decision:
    """Book (or move to) the first offered time free for everyone, else propose three slots."""
    slot, verdicts = first_free(intent.candidates, intent.duration_minutes, profiles, busy, now)
    reasons = [*intent.evidence, *_verdict_reasons(verdicts)]
    if slot is not None:
        return Decision(
            action,
            (*reasons, f"booking the first free offered time {slot.start.isoformat()}"),
            slot=slot,
        )
    options = tuple(suggest(profiles, busy, intent.duration_minutes, now))
    why = "no time was offered" if not intent.candidates else "none of the offered times is free"
    return Decision("propose", (*reasons, f"{why}: proposing {len(options)} slots"), slots=options)


def on_reply(
    reply: ReplyIntent,
    offered: Sequence[Slot],
    duration_minutes: int,
    profiles: Sequence[WorkProfile],
    busy: Mapping[str, Sequence[Slot]],
    now: dt.datetime,
) -> Decision:
    """A person answered our proposal: book their pick, check their counter-offer, or ask."""
    reasons = [*reply.evidence, f"reply read as {reply.kind!r} (confidence {reply.confidence:.2f})"]
    if reply.kind == "choose" or (reply.kind == "accept" and len(offered) == 1):
        index = reply.chosen_index if reply.chosen_index is not None else 0
        if not 0 <= index < len(offered):
            return Decision(
                "note",
                (*reasons, f"slot {index + 1} was never offered"),
                message=f"I offered {len(offered)} times; which one do you mean?",
            )
        verdict = check(offered[index], profiles, busy, now)
        if verdict.free:
            return Decision(
                "book", (*reasons, f"slot {index + 1} is still free"), slot=offered[index]
            )
        options = tuple(suggest(profiles, busy, duration_minutes, now))
        return Decision(
            "propose",
            (*reasons, *verdict.reasons, "the chosen slot was taken meanwhile"),
            slots=options,
        )
    if reply.kind in ("propose", "reschedule"):
        wanted = MeetingIntent(
            "schedule", "", "", (), duration_minutes, reply.proposed, "UTC", "", 1.0
        )
        return choose(wanted, profiles, busy, now)
    if reply.kind in ("decline", "cancel"):
        return Decision("cancel", (*reasons, "the proposal was turned down"))
    return Decision(
        "note",
        (*reasons, "the reply does not pick a time"),
        message="Sorry, I could not tell which time you prefer. Reply with its number "
        '("the second one") or suggest another time.',
    )


def on_itip(
    msg: ItipMessage,
    *,
    sequence: int,
    organizer_free: bool | None,
    alternatives: Sequence[Slot] = (),
) -> Decision:
    """An iTIP REPLY updates answers; a COUNTER is accepted when free, else declined."""
    who = ", ".join(f"{a} {p}" for a, p in msg.partstats) or "no attendee"
    if msg.sequence < sequence:
        return Decision(
            "ignore",
            (
                f"{msg.method} for SEQUENCE {msg.sequence} answers an older "
                f"version (now {sequence}): ignored",
            ),
        )
    if msg.method == "REPLY":
        return Decision(
            "update_status",
            (f"iTIP REPLY: {who}",) + ((f"comment: {msg.comment}",) if msg.comment else ()),
        )
    if msg.method == "COUNTER" and msg.start is not None and msg.end is not None:
        proposed = Slot(msg.start, msg.end)
        if organizer_free:
            return Decision(
                "reschedule",
                (
                    f"iTIP COUNTER from {who}: {msg.start.isoformat()} is "
                    "free for everyone, accepting it",
                ),
                slot=proposed,
            )
        return Decision(
            "decline_counter",
            (
                f"iTIP COUNTER from {who}: {msg.start.isoformat()} is "
                "not free; declining with alternatives",
            ),
            slots=tuple(alternatives),
        )
    return Decision("ignore", (f"iTIP {msg.method or 'without METHOD'}: nothing to do",))


def intent_to_json(intent: MeetingIntent) -> dict[str, Any]:
    """A MeetingIntent as JSON (times in ISO 8601 with offsets)."""
    data = asdict(intent)
    data["candidates"] = [
        {"start": c.start.isoformat(), "end": c.end.isoformat() if c.end else None, "text": c.text}
        for c in intent.candidates
    ]
    return data


def intent_from_json(data: Mapping[str, Any]) -> MeetingIntent:
    values = dict(data)
    values["candidates"] = tuple(
        TimeCandidate(
            dt.datetime.fromisoformat(c["start"]),
            dt.datetime.fromisoformat(c["end"]) if c["end"] else None,
            c["text"],
        )
        for c in data["candidates"]
    )
    for name in ("attendees", "problems", "evidence"):
        values[name] = tuple(values.get(name, ()))
    return MeetingIntent(**values)


def slots_to_json(slots: Sequence[Slot]) -> list[list[str]]:
    return [[s.start.isoformat(), s.end.isoformat()] for s in slots]


def slots_from_json(data: Sequence[Sequence[str]]) -> list[Slot]:
    return [Slot(dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)) for a, b in data]
