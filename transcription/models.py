"""Tables of meeting notes: a meeting (recording, transcript, notes) and its finished chunks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.storage import Base, utcnow


class Meeting(Base):
    """One recording on its way to notes: queued -> processing -> done | failed."""

    __tablename__ = "transcription_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="queued")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    progress_note: Mapped[str] = mapped_column(Text, default="")
    error: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="upload")  # upload | email
    filename: Mapped[str] = mapped_column(String(255), default="")
    audio_path: Mapped[str] = mapped_column(Text, default="")
    owner_email: Mapped[str] = mapped_column(String(320), default="")
    attendees: Mapped[list[Any]] = mapped_column(JSON, default=list)
    thread_id: Mapped[str] = mapped_column(String(998), default="")
    reply_to_message_id: Mapped[str] = mapped_column(String(998), default="")
    inbound_id: Mapped[int | None] = mapped_column(default=None)
    meeting_date: Mapped[dt.datetime] = mapped_column(default=utcnow)
    language: Mapped[str] = mapped_column(String(16), default="")
    duration: Mapped[float] = mapped_column(Float, default=0.0)
    model: Mapped[str] = mapped_column(String(40), default="")
    engine: Mapped[str] = mapped_column(String(40), default="")
    transcript: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    notes: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    speaker_names: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class MeetingChunk(Base):
    """Whisper's result for one chunk, kept so a crashed job resumes after the last one."""

    __tablename__ = "transcription_chunks"
    __table_args__ = (
        UniqueConstraint("meeting_id", "chunk_index", name="uq_transcription_chunks_meeting_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("transcription_meetings.id", ondelete="CASCADE")
    )
    chunk_index: Mapped[int] = mapped_column()
    start_s: Mapped[float] = mapped_column(Float)
    end_s: Mapped[float] = mapped_column(Float)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
