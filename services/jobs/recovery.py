"""Putting jobs whose runner died back in the queue, and retrying a job by hand.

A running job's lease says until when its runner answers for it. A runner that was killed
stops extending it; once it has expired any runner requeues the job. On start a runner does
not wait for that: jobs held by a process of this host that no longer exists go back at once.
"""

from __future__ import annotations

import datetime as dt
import os
import socket

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from services.jobs import JobError
from services.storage import Database, utcnow
from services.storage.models import JobRow


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def dead_local_owner(owner: str | None, host: str | None = None) -> bool:
    """True when ``owner`` (``host:pid:label``) names a process of this host that is gone."""
    if not owner:
        return False
    parts = owner.split(":", 2)
    if len(parts) < 2 or parts[0] != (host or socket.gethostname()) or not parts[1].isdigit():
        return False
    return not pid_alive(int(parts[1]))


def _release(s: Session, job_ids: list[int], reason: str) -> list[int]:
    """Requeue ``job_ids`` (still running), or fail those that used their last attempt."""
    now = utcnow()
    requeued: list[int] = []
    for row in s.scalars(select(JobRow).where(JobRow.id.in_(job_ids), JobRow.state == "running")):
        row.locked_by, row.locked_until, row.updated_at, row.dispatched_at = None, None, now, None
        row.error = f"{reason} during attempt {row.attempts}"
        if row.attempts >= row.max_attempts:
            row.state, row.finished_at = "failed", now
        else:
            row.state, row.run_after = "queued", now
            requeued.append(row.id)
    return requeued


def requeue_expired(db: Database) -> list[int]:
    """Requeue running jobs whose lease expired; return the ids now queued."""
    with db.session() as s:
        ids = list(
            s.scalars(
                select(JobRow.id).where(JobRow.state == "running", JobRow.locked_until < utcnow())
            )
        )
        return _release(s, ids, "lease expired: the runner stopped answering") if ids else []


def requeue_dead_local(db: Database) -> list[int]:
    """Requeue running jobs held by processes of this host that no longer exist."""
    host = socket.gethostname()
    with db.session() as s:
        rows = s.execute(
            select(JobRow.id, JobRow.locked_by).where(
                JobRow.state == "running", JobRow.locked_by.like(f"{host}:%")
            )
        ).all()
        ids = [r.id for r in rows if dead_local_owner(r.locked_by, host)]
        return _release(s, ids, "runner process died") if ids else []


def undispatched(db: Database, grace_seconds: float, limit: int = 500) -> list[int]:
    """Due queued jobs with no message sent, or none for ``grace_seconds`` (it may be lost).

    They are marked as sent now, so each is reported at most once per grace period.
    """
    now = utcnow()
    with db.session() as s:
        ids = list(
            s.scalars(
                select(JobRow.id)
                .where(
                    JobRow.state == "queued",
                    JobRow.run_after <= now,
                    or_(
                        JobRow.dispatched_at.is_(None),
                        JobRow.dispatched_at <= now - dt.timedelta(seconds=grace_seconds),
                    ),
                )
                .order_by(JobRow.priority, JobRow.run_after)
                .limit(limit)
            )
        )
        if ids:
            s.execute(update(JobRow).where(JobRow.id.in_(ids)).values(dispatched_at=now))
        return ids


def mark_dispatched(db: Database, job_ids: list[int], arrival: dt.datetime) -> None:
    """Record that messages for ``job_ids`` were sent, due to arrive at ``arrival``."""
    with db.session() as s:
        s.execute(update(JobRow).where(JobRow.id.in_(job_ids)).values(dispatched_at=arrival))


def retry_now(s: Session, job_id: int) -> JobRow:
    """Put a failed (or waiting) job back in the queue with a fresh set of attempts.

    Raises:
        JobError: the job does not exist, or is running or has succeeded.
    """
    row = s.get(JobRow, job_id)
    if row is None:
        raise JobError(f"no job with id {job_id}")
    if row.state not in ("failed", "queued"):
        raise JobError(f"job {job_id} is {row.state}; only failed or queued jobs can be retried")
    row.state, row.attempts, row.run_after, row.finished_at = "queued", 0, utcnow(), None
    row.dispatched_at = None
    row.updated_at = utcnow()
    from services.jobs.notify import mark_new

    mark_new(s, row.id)
    return row
