"""Booking: offering free times and putting a meeting on calendars with invites sent.

Public API (used by the workflow and by screening for interview invites):
:func:`offer_slots` and :func:`book`. Both read calendars through
:mod:`services.scheduling.calendars`; a person without a calendar row gets a local one with
default working hours (Mon-Fri 09:00-17:00 in their zone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mail_gateway.message import OutgoingEmail
from mail_gateway.outbox import queue_email
from services.config import Settings
from services.runtime import Runtime
from services.scheduling import calendars, emails, itip, slots
from services.scheduling.availability import WorkProfile, check
from services.scheduling.errors import SlotUnavailable
from services.scheduling.intent import Slot
from services.scheduling.models import CalendarRow, DecisionRow, MeetingRow
from services.storage import as_utc, utcnow
from services.storage.models import User

HORIZON = dt.timedelta(days=21)


def assistant_address(settings: Settings) -> str:
    return settings.assistant_addresses[0] if settings.assistant_addresses else "deskmate@localhost"


def is_internal(settings: Settings, address: str) -> bool:
    """People in the allowed domains have calendars deskmate manages; the assistant has none."""
    address = address.lower()
    domain = address.rpartition("@")[2]
    return domain in settings.allowed_sender_domains and address not in settings.assistant_addresses


def person_timezone(session: Session, settings: Settings, person: str) -> str:
    """The person's calendar zone, else their user account's zone, else the default."""
    row = session.scalar(select(CalendarRow.timezone).where(CalendarRow.owner == person))
    if row:
        return row
    user_zone = session.scalar(select(User.timezone).where(User.email == person))
    return user_zone or settings.default_timezone


def calendars_of(
    runtime: Runtime, people: Iterable[str], *, organizer: str = ""
) -> list[calendars.Calendar]:
    """The calendar of each internal person, and of ``organizer`` whatever their domain
    (someone who books through the API is ours); created with defaults when missing."""
    with runtime.db.session() as s:
        rows = [
            calendars.ensure_row(s, p, person_timezone(s, runtime.settings, p))
            for p in dict.fromkeys(a.lower() for a in (organizer, *people) if a)
            if p == organizer.lower() or is_internal(runtime.settings, p)
        ]
    return [calendars.load(runtime, row) for row in rows]


def gather(
    cals: Sequence[calendars.Calendar], start: dt.datetime, end: dt.datetime
) -> tuple[list[WorkProfile], dict[str, list[Slot]]]:
    """Working profiles and busy times of ``cals`` over ``[start, end)``."""
    return [c.profile for c in cals], {c.profile.person: c.busy(start, end) for c in cals}


def offer_slots(
    runtime: Runtime, organizer: str, duration_minutes: int, *, now: dt.datetime, count: int = 3
) -> list[Slot]:
    """``count`` good free slots on the organizer's calendar, spread over the next working days."""
    cals = calendars_of(runtime, [], organizer=organizer)
    profiles, busy = gather(cals, now, now + HORIZON)
    return slots.suggest(profiles, busy, duration_minutes, now, count=count)


def meeting_slot(meeting: MeetingRow) -> Slot | None:
    """The meeting's booked time, UTC-aware, or None before it is booked."""
    start, end = as_utc(meeting.start), as_utc(meeting.end)
    return Slot(start, end) if start is not None and end is not None else None


def invite_of(settings: Settings, meeting: MeetingRow) -> itip.Invite:
    """The iTIP view of a stored meeting."""
    slot = meeting_slot(meeting)
    if slot is None:
        raise SlotUnavailable(f"meeting {meeting.uid} has no time yet")
    return itip.Invite(
        uid=meeting.uid,
        sequence=meeting.sequence,
        title=meeting.title,
        organizer=meeting.organizer,
        attendees=tuple(a for a in meeting.attendees if a != meeting.organizer),
        start=slot.start,
        end=slot.end,
        timezone=meeting.timezone,
        sent_by=assistant_address(settings),
        description=meeting.description,
        location=meeting.location,
        partstats=tuple(meeting.attendee_status.items()),
    )


def place(runtime: Runtime, invite: itip.Invite) -> None:
    """Put (or update) the event on the calendar of every internal participant."""
    text = itip.stored(invite, utcnow())
    for cal in calendars_of(runtime, invite.attendees, organizer=invite.organizer):
        cal.put_event(text, invite.uid)


def unplace(runtime: Runtime, invite: itip.Invite) -> None:
    """Remove the event from every internal participant's calendar."""
    for cal in calendars_of(runtime, invite.attendees, organizer=invite.organizer):
        cal.delete_event(invite.uid)


def thread_of(meeting: MeetingRow) -> emails.Thread:
    return emails.Thread(
        meeting.subject or meeting.title, meeting.thread_id, meeting.last_message_id
    )


def invite_message(settings: Settings, meeting: MeetingRow, method: str) -> OutgoingEmail:
    """The REQUEST or CANCEL email for ``meeting``, on its thread when it has one."""
    invite = invite_of(settings, meeting)
    build = itip.cancel if method == "CANCEL" else itip.request
    thread = thread_of(meeting) if meeting.thread_id else None
    return emails.invite_email(invite, build(invite, utcnow()), method, thread)


def record(
    session: Session, meeting: MeetingRow, action: str, reasons: Sequence[str], email_text: str = ""
) -> None:
    """Store a decision and why it was taken (shown on the meeting page)."""
    session.add(
        DecisionRow(
            meeting_id=meeting.id, action=action, reasons=list(reasons), email_text=email_text
        )
    )


def book(
    runtime: Runtime,
    *,
    organizer: str,
    attendees: list[str],
    slot: Slot,
    title: str,
    description: str = "",
    location: str = "",
) -> str:
    """Book ``slot``: store the meeting, put it on calendars, queue the invites; return the UID.

    Raises:
        SlotUnavailable: when someone internal is no longer free at ``slot`` (with reasons).
    """
    organizer = organizer.lower()
    people = list(dict.fromkeys([organizer, *(a.lower() for a in attendees)]))
    cals = calendars_of(runtime, people, organizer=organizer)
    margin = dt.timedelta(hours=12)  # busy times near the slot count too (buffers)
    profiles, busy = gather(cals, slot.start - margin, slot.end + margin)
    verdict = check(slot, profiles, busy, utcnow())
    if not verdict.free:
        raise SlotUnavailable("; ".join(verdict.reasons))
    zone = cals[0].profile.timezone if cals else runtime.settings.default_timezone
    meeting = MeetingRow(
        uid=itip.new_uid(assistant_address(runtime.settings).rpartition("@")[2]),
        sequence=0,
        status="booked",
        title=title,
        description=description,
        location=location,
        organizer=organizer,
        attendees=people,
        attendee_status={},
        duration_minutes=int((slot.end - slot.start) / dt.timedelta(minutes=1)),
        timezone=zone,
        start=slot.start.astimezone(dt.UTC),
        end=slot.end.astimezone(dt.UTC),
        offered=[],
        original_text=description,
    )
    place(runtime, invite_of(runtime.settings, meeting))
    with runtime.db.session() as s:
        s.add(meeting)
        s.flush()
        record(s, meeting, "booked", ["booked through the API", *verdict.reasons])
        queue_email(
            s, invite_message(runtime.settings, meeting, "REQUEST"), settings=runtime.settings
        )
    return meeting.uid
