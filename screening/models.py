"""Screening tables: jobs and their versions, candidate sessions, transcripts, audit, self-ID."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.storage import Base, utcnow


class ScreeningJob(Base):
    """A job opening; its questions and rules live in versions."""

    __tablename__ = "screening_jobs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    current_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ScreeningJobVersion(Base):
    """One saved version of a job file; sessions keep the version they started with."""

    __tablename__ = "screening_job_versions"
    __table_args__ = (
        UniqueConstraint("job_id", "version", name="uq_screening_job_versions_job_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("screening_jobs.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column()
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(320), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CandidateSession(Base):
    """A candidate's screening; the id is the unguessable secret that grants access to it."""

    __tablename__ = "screening_sessions"
    __table_args__ = (Index("ix_screening_sessions_job", "job_id", "status"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("screening_jobs.id", ondelete="CASCADE"))
    job_version_id: Mapped[int] = mapped_column(
        ForeignKey("screening_job_versions.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    decision: Mapped[str] = mapped_column(String(20), default="")  # advanced | rejected | on_hold
    score: Mapped[float] = mapped_column(Float, default=0.0)
    knockout: Mapped[str | None] = mapped_column(String(40), default=None)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ScreeningMessage(Base):
    """One line of a transcript, exactly as written (rendered escaped)."""

    __tablename__ = "screening_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("screening_sessions.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))  # candidate | screener
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ScreeningAudit(Base):
    """Who did what when: decisions, edits, deletions (outlives the candidate's data)."""

    __tablename__ = "screening_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[str] = mapped_column(String(64), index=True)
    session_id: Mapped[str | None] = mapped_column(String(64), default=None)
    actor: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SelfIdentification(Base):
    """Voluntary demographic self-identification, kept apart from answers and never scored."""

    __tablename__ = "screening_self_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("screening_sessions.id", ondelete="CASCADE"), unique=True
    )
    sex: Mapped[str] = mapped_column(String(40), default="")
    race_ethnicity: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
