"""Retention: candidate data is deleted after ``candidate_retention_days`` and on request."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from screening.models import CandidateSession, ScreeningAudit, ScreeningMessage, SelfIdentification


def delete_candidate(s: Session, session_id: str, *, actor: str, reason: str) -> bool:
    """Delete everything about one candidate; the audit keeps only that it happened."""
    row = s.get(CandidateSession, session_id)
    if row is None:
        return False
    s.execute(delete(ScreeningMessage).where(ScreeningMessage.session_id == session_id))
    s.execute(delete(SelfIdentification).where(SelfIdentification.session_id == session_id))
    s.add(
        ScreeningAudit(
            job_id=row.job_id, session_id=None, actor=actor, action="deleted", detail=reason
        )
    )
    s.delete(row)
    s.flush()
    return True


def purge_expired(s: Session, days: int, now: dt.datetime) -> int:
    """Delete candidates whose last activity is older than ``days``; returns how many."""
    cutoff = now - dt.timedelta(days=days)
    ids = list(s.scalars(select(CandidateSession.id).where(CandidateSession.updated_at < cutoff)))
    for session_id in ids:
        delete_candidate(s, session_id, actor="retention", reason=f"older than {days} days")
    return len(ids)
