"""Calendars kept in deskmate's own database: the default when no CalDAV server is set up."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from services.scheduling.availability import WorkProfile
from services.scheduling.calendars import Calendar
from services.scheduling.intent import Slot
from services.scheduling.itip_parse import event_span
from services.scheduling.models import EventRow
from services.storage import Database, as_utc


class LocalCalendar(Calendar):
    """Events as rows of ``scheduling_events``; busy times are indexed start/end columns."""

    def __init__(self, profile: WorkProfile, db: Database, calendar_id: int) -> None:
        super().__init__(profile)
        self.db = db
        self.calendar_id = calendar_id

    def busy(self, start: dt.datetime, end: dt.datetime) -> list[Slot]:
        # SQLite compares the stored text: bring the bounds to UTC like the stored values
        start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
        with self.db.session() as s:
            rows = s.scalars(
                select(EventRow)
                .where(EventRow.calendar_id == self.calendar_id)
                .where(EventRow.start < end, EventRow.end > start)
                .where(EventRow.transparent.is_(False))
                .order_by(EventRow.start)
            ).all()
            return [Slot(as_utc(r.start), as_utc(r.end)) for r in rows]  # type: ignore[arg-type]

    def put_event(self, ics_text: str, uid: str) -> None:
        span = event_span(ics_text)
        with self.db.session() as s:
            row = s.scalar(
                select(EventRow).where(
                    EventRow.calendar_id == self.calendar_id, EventRow.uid == uid
                )
            )
            if span.cancelled:
                if row is not None:
                    s.delete(row)
                return
            if row is None:
                row = EventRow(calendar_id=self.calendar_id, uid=uid)
                s.add(row)
            row.start = span.start.astimezone(dt.UTC)
            row.end = span.end.astimezone(dt.UTC)
            row.transparent = span.transparent
            row.ics = ics_text

    def delete_event(self, uid: str) -> None:
        with self.db.session() as s:
            s.execute(
                delete(EventRow).where(
                    EventRow.calendar_id == self.calendar_id, EventRow.uid == uid
                )
            )
