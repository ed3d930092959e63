"""Reading iCalendar that arrives: iTIP REPLY / COUNTER from Gmail, Outlook and Apple, and
the time span of a stored event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import icalendar

from services.scheduling.errors import InviteError

PARTSTATS = {"NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED"}


@dataclass(frozen=True)
class ItipMessage:
    """The parts of an incoming iTIP message deskmate acts on."""

    method: str
    uid: str
    sequence: int
    partstats: tuple[tuple[str, str], ...]  # (address, PARTSTAT) of each ATTENDEE present
    start: dt.datetime | None  # the proposed time of a COUNTER
    end: dt.datetime | None
    comment: str


@dataclass(frozen=True)
class EventSpan:
    """When a stored event keeps its owner busy."""

    uid: str
    start: dt.datetime
    end: dt.datetime
    transparent: bool
    cancelled: bool


def _aware(value: dt.date | dt.datetime) -> dt.datetime:
    if not isinstance(value, dt.datetime):  # an all-day date
        return dt.datetime.combine(value, dt.time(0), dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _mailto(value: object) -> str:
    return str(value).removeprefix("mailto:").removeprefix("MAILTO:").strip().lower()


def _load(text: str) -> icalendar.Calendar:
    try:
        return icalendar.Calendar.from_ical(text)
    except ValueError as e:
        raise InviteError(f"not a valid iCalendar text: {e}") from e


def _first_event(cal: icalendar.Calendar) -> icalendar.Event:
    for event in cal.walk("VEVENT"):
        return event  # type: ignore[return-value]
    raise InviteError("the iCalendar text holds no VEVENT")


def _span(event: icalendar.Event) -> tuple[dt.datetime | None, dt.datetime | None]:
    if "DTSTART" not in event:
        return None, None
    start = _aware(event.decoded("DTSTART"))
    if "DTEND" in event:
        end = _aware(event.decoded("DTEND"))
    elif "DURATION" in event:
        end = start + event.decoded("DURATION")
    else:
        end = start + (
            dt.timedelta(days=1)
            if not isinstance(event.decoded("DTSTART"), dt.datetime)
            else dt.timedelta(0)
        )
    return start, end


def parse_itip(text: str) -> ItipMessage:
    """Read METHOD, UID, SEQUENCE, each attendee's PARTSTAT and a COUNTER's new time.

    Raises:
        InviteError: when the text is not iCalendar or has no event with a UID.
    """
    cal = _load(text)
    event = _first_event(cal)
    if "UID" not in event:
        raise InviteError("the event has no UID, so it cannot be matched to a meeting")
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    partstats = tuple(
        (_mailto(a), str(a.params.get("PARTSTAT", "NEEDS-ACTION")).upper()) for a in attendees
    )
    start, end = _span(event)
    return ItipMessage(
        method=str(cal.get("METHOD", "")).upper(),
        uid=str(event["UID"]),
        sequence=int(event.get("SEQUENCE", 0)),
        partstats=tuple((a, p if p in PARTSTATS else "NEEDS-ACTION") for a, p in partstats),
        start=start,
        end=end,
        comment=str(event.get("COMMENT", "")).strip(),
    )


def event_span(text: str) -> EventSpan:
    """The span of the first event in a stored VCALENDAR."""
    event = _first_event(_load(text))
    start, end = _span(event)
    if start is None or end is None:
        raise InviteError("the event has no DTSTART")
    return EventSpan(
        uid=str(event.get("UID", "")),
        start=start,
        end=end,
        transparent=str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT",
        cancelled=str(event.get("STATUS", "")).upper() == "CANCELLED",
    )
