"""Adding jobs: one row, written in the caller's transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.jobs.notify import mark_new
from services.storage import utcnow
from services.storage.models import JobRow


def enqueue(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    *,
    idempotency_key: str | None = None,
    priority: int | None = None,
    delay_seconds: float = 0.0,
    max_attempts: int | None = None,
) -> JobRow:
    """Record a job in ``session`` (committed with the caller's work) and return its row.

    With ``idempotency_key``, a job already recorded under that key is returned instead of a
    second one, so a retried caller never doubles work.
    """
    from services.jobs import HANDLERS

    if idempotency_key is not None:
        existing = session.scalar(select(JobRow).where(JobRow.idempotency_key == idempotency_key))
        if existing is not None:
            return existing
    spec = HANDLERS.get(kind)
    row = JobRow(
        kind=kind,
        payload=payload,
        idempotency_key=idempotency_key,
        priority=priority if priority is not None else (spec.priority if spec else 0),
        max_attempts=max_attempts or (spec.max_attempts if spec else 5),
        run_after=utcnow() + dt.timedelta(seconds=delay_seconds),
    )
    session.add(row)
    session.flush()
    mark_new(session, row.id)
    return row
