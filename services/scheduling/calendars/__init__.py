"""Where busy times come from and where booked events go: one calendar per internal person.

``local`` keeps events in deskmate's database (the embedded default); ``caldav`` talks to a
CalDAV server (RFC 4791). Working hours, buffers and notice always live in deskmate's
``scheduling_calendars`` row, whatever the backend; :func:`load` builds the right one.
"""

from __future__ import annotations

import abc
import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.scheduling.availability import Hours, WorkProfile, default_hours
from services.scheduling.errors import CalendarError
from services.scheduling.intent import Slot
from services.scheduling.models import CalendarRow

if TYPE_CHECKING:
    from services.runtime import Runtime


class Calendar(abc.ABC):
    """A person's calendar: read busy times, write and remove events by UID."""

    def __init__(self, profile: WorkProfile) -> None:
        self.profile = profile

    @abc.abstractmethod
    def busy(self, start: dt.datetime, end: dt.datetime) -> list[Slot]:
        """Busy (opaque, not cancelled) times overlapping ``[start, end)``, UTC-aware."""

    @abc.abstractmethod
    def put_event(self, ics_text: str, uid: str) -> None:
        """Create or replace the event ``uid`` from a VCALENDAR text."""

    @abc.abstractmethod
    def delete_event(self, uid: str) -> None:
        """Remove the event ``uid``; missing is not an error."""


def hours_to_json(hours: dict[int, Hours]) -> dict[str, list[str]]:
    return {str(day): [a.strftime("%H:%M"), b.strftime("%H:%M")] for day, (a, b) in hours.items()}


def hours_from_json(data: dict[str, list[str]]) -> dict[int, Hours]:
    """Parse ``{"0": ["09:00", "17:00"]}``; raises CalendarError naming what is wrong."""
    hours: dict[int, Hours] = {}
    for day, span in data.items():
        try:
            start, end = dt.time.fromisoformat(span[0]), dt.time.fromisoformat(span[1])
            weekday = int(day)
        except (ValueError, IndexError, TypeError) as e:
            raise CalendarError(f"working hours for day {day!r} must be ['HH:MM', 'HH:MM']") from e
        if not 0 <= weekday <= 6 or end <= start:
            raise CalendarError(f"working hours for day {day!r}: {span} is not a valid span")
        hours[weekday] = (start, end)
    return hours


def profile_of(row: CalendarRow) -> WorkProfile:
    return WorkProfile(
        person=row.owner,
        timezone=row.timezone,
        working_hours=hours_from_json(row.working_hours),
        buffer_minutes=row.buffer_minutes,
        min_notice_minutes=row.min_notice_minutes,
    )


def ensure_row(session: Session, owner: str, timezone: str) -> CalendarRow:
    """The calendar row of ``owner``, created with defaults (local, Mon-Fri 9-17) if missing."""
    owner = owner.lower()
    row = session.scalar(select(CalendarRow).where(CalendarRow.owner == owner))
    if row is None:
        row = CalendarRow(
            owner=owner,
            timezone=timezone,
            working_hours=hours_to_json(default_hours()),
            buffer_minutes=0,
            min_notice_minutes=0,
            backend="local",
        )
        session.add(row)
        session.flush()
    return row


def load(runtime: Runtime, row: CalendarRow) -> Calendar:
    """The calendar implementation for ``row``'s backend."""
    profile = profile_of(row)
    if row.backend == "caldav":
        from services.scheduling.calendars.caldav import CalDAVCalendar

        return CalDAVCalendar(profile, row.caldav_url, row.caldav_username, row.caldav_password)
    if row.backend == "local":
        from services.scheduling.calendars.local import LocalCalendar

        return LocalCalendar(profile, runtime.db, row.id)
    raise CalendarError(f"calendar of {row.owner}: unknown backend {row.backend!r} (local, caldav)")
