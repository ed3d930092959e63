"""Scheduling tables: calendars and their events, meetings, the reasoning behind each decision,
and corrections people sent to low-confidence understanding (kept as training examples)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.storage import Base, utcnow


class CalendarRow(Base):
    """One internal person's calendar: where busy times come from and when they work."""

    __tablename__ = "scheduling_calendars"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(320), unique=True)  # lower-case address
    timezone: Mapped[str] = mapped_column(String(64))
    # {"0": ["09:00", "17:00"], ...}: Monday is "0"; a missing weekday is a day off
    working_hours: Mapped[dict[str, Any]] = mapped_column(JSON)
    buffer_minutes: Mapped[int] = mapped_column(default=0)
    min_notice_minutes: Mapped[int] = mapped_column(default=0)
    backend: Mapped[str] = mapped_column(String(20), default="local")  # local | caldav
    caldav_url: Mapped[str] = mapped_column(String(1000), default="")
    caldav_username: Mapped[str] = mapped_column(String(320), default="")
    caldav_password: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EventRow(Base):
    """An event on a local calendar: a busy time plus the iCalendar text it came from."""

    __tablename__ = "scheduling_events"
    __table_args__ = (
        UniqueConstraint("calendar_id", "uid", name="uq_scheduling_events_calendar_id"),
        Index("ix_scheduling_events_span", "calendar_id", "start", "end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("scheduling_calendars.id", ondelete="CASCADE")
    )
    uid: Mapped[str] = mapped_column(String(255))
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    transparent: Mapped[bool] = mapped_column(default=False)
    ics: Mapped[str] = mapped_column(Text, default="")


class MeetingRow(Base):
    """A meeting deskmate handles, from the first email to booked, declined or cancelled."""

    __tablename__ = "scheduling_meetings"
    __table_args__ = (Index("ix_scheduling_meetings_thread_id", "thread_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    sequence: Mapped[int] = mapped_column(default=0)
    # confirming -> proposed -> booked -> cancelled; clarifying when we asked a question
    status: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(1000), default="")
    organizer: Mapped[str] = mapped_column(String(320))
    attendees: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # {address: PARTSTAT}, updated from iTIP REPLYs
    attendee_status: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    duration_minutes: Mapped[int] = mapped_column(default=30)
    timezone: Mapped[str] = mapped_column(String(64))
    start: Mapped[dt.datetime | None] = mapped_column(default=None)
    end: Mapped[dt.datetime | None] = mapped_column(default=None)
    # [[start ISO, end ISO], ...] offered when no time was free
    offered: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # the understanding awaiting a YES (intent fields as JSON), for low-confidence requests
    pending_intent: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    thread_id: Mapped[str] = mapped_column(String(998), default="")
    last_message_id: Mapped[str] = mapped_column(String(998), default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    inbound_id: Mapped[int | None] = mapped_column(default=None)
    original_text: Mapped[str] = mapped_column(Text, default="")
    followups_sent: Mapped[int] = mapped_column(default=0)
    proposed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DecisionRow(Base):
    """One decision about a meeting and why it was taken, with the email that caused it."""

    __tablename__ = "scheduling_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("scheduling_meetings.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(40))
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    email_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CorrectionRow(Base):
    """A person's answer to "I understood: ..."; a labelled example for retraining."""

    __tablename__ = "scheduling_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("scheduling_meetings.id", ondelete="SET NULL"), default=None
    )
    original_text: Mapped[str] = mapped_column(Text)
    understood: Mapped[dict[str, Any]] = mapped_column(JSON)
    reply_text: Mapped[str] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(default=False)  # YES: understood was right
    corrected: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
