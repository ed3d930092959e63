"""Recruiter decisions on a candidate (advance, reject, hold), each written to the audit log."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from screening.errors import NotFound, ScreeningError
from screening.models import CandidateSession, ScreeningAudit

ACTIONS = {"advance": "advanced", "reject": "rejected", "hold": "on_hold"}


def decide(
    s: Session, session_id: str, action: str, actor: str, note: str = ""
) -> CandidateSession:
    """Record a recruiter's decision. Raises NotFound or ScreeningError for an unknown action."""
    if action not in ACTIONS:
        raise ScreeningError(f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
    row = s.get(CandidateSession, session_id)
    if row is None:
        raise NotFound("no such candidate")
    before = row.decision or "none"
    row.decision = ACTIONS[action]
    s.add(
        ScreeningAudit(
            job_id=row.job_id,
            session_id=row.id,
            actor=actor,
            action=action,
            detail=f"{before} -> {row.decision}" + (f": {note[:500]}" if note else ""),
        )
    )
    s.flush()
    return row


def audit_log(s: Session, job_id: str) -> list[ScreeningAudit]:
    """Newest first."""
    return list(
        s.scalars(
            select(ScreeningAudit)
            .where(ScreeningAudit.job_id == job_id)
            .order_by(ScreeningAudit.id.desc())
        )
    )
