"""Claim a due job under a lease, run its handler, record the outcome.

The database row is the source of truth for every runner: a job is claimed by one atomic
statement (PostgreSQL ``FOR UPDATE SKIP LOCKED``; SQLite serialises writers, so the same
conditional ``UPDATE ... RETURNING`` is atomic there), its lease is extended while it runs,
and only the holder of the lease may record its outcome.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import threading
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Result, and_, select, update

from services.jobs import HANDLERS, HandlerSpec, PermanentJobError
from services.jobs.context import Job, JobContext
from services.jobs.policy import Fail, Retry, after_failure
from services.runtime import Runtime
from services.storage import utcnow
from services.storage.models import JobRow

log = logging.getLogger(__name__)


def worker_id(label: str = "") -> str:
    """``host:pid:label``: who holds a lease (recovery parses host and pid back out)."""
    return f"{socket.gethostname()}:{os.getpid()}:{label or threading.current_thread().name}"


@dataclass(frozen=True)
class Outcome:
    """What happened to one claimed job."""

    job_id: int
    state: str  # succeeded | queued (retry) | failed | lost (lease taken by another runner)
    retry_in: float | None = None


def _rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE matched (its result is a cursor result)."""
    return cast(CursorResult[Any], result).rowcount


def _due(now: dt.datetime) -> ColumnElement[bool]:
    return and_(JobRow.state == "queued", JobRow.run_after <= now)


class Executor:
    """Runs jobs of one process against ``runtime.db``; safe to share between threads."""

    def __init__(self, runtime: Runtime, lease_seconds: float | None = None) -> None:
        self.runtime = runtime
        self.lease = dt.timedelta(seconds=lease_seconds or runtime.settings.jobs_lease_seconds)

    def claim_next(self, owner: str, max_priority: int | None = None) -> Job | None:
        """Claim the most urgent due job for ``owner`` (with a priority value of at most
        ``max_priority``, if given), or None when none is due."""
        now = utcnow()
        due = _due(now)
        if max_priority is not None:
            due = and_(due, JobRow.priority <= max_priority)
        pick = (
            select(JobRow.id)
            .where(due)
            .order_by(JobRow.priority, JobRow.run_after, JobRow.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        return self._claim(JobRow.id == pick, now, owner)

    def claim(self, job_id: int, owner: str) -> Job | None:
        """Claim job ``job_id`` if it is queued and due (what a Celery task does)."""
        return self._claim(JobRow.id == job_id, utcnow(), owner)

    def _claim(self, which: ColumnElement[bool], now: dt.datetime, owner: str) -> Job | None:
        stmt = (
            update(JobRow)
            .where(which, _due(now))
            .values(
                state="running",
                attempts=JobRow.attempts + 1,
                locked_by=owner,
                locked_until=now + self.lease,
                updated_at=now,
            )
            .returning(JobRow.id, JobRow.kind, JobRow.payload, JobRow.attempts, JobRow.max_attempts)
        )
        with self.runtime.db.session() as s:
            row = s.execute(stmt).first()
        if row is None:
            return None
        return Job(
            id=row.id,
            kind=row.kind,
            payload=row.payload or {},
            attempt=row.attempts,
            max_attempts=row.max_attempts,
        )

    def run(self, job: Job, owner: str) -> Outcome:
        """Run a claimed job's handler with a lease heartbeat and record what happened."""
        spec = HANDLERS.get(job.kind)
        stop = threading.Event()
        beat = threading.Thread(
            target=self._heartbeat, args=(job.id, owner, stop), name=f"lease-{job.id}", daemon=True
        )
        beat.start()
        try:
            result = self._call(spec, job)
        except Exception as exc:  # every failure is recorded on the row, never dropped
            stop.set()
            decision = after_failure(
                exc, job.attempt, job.max_attempts, spec.backoff_seconds if spec else 0.0
            )
            log.warning(
                "job %s (%s) attempt %s failed: %s",
                job.id,
                job.kind,
                job.attempt,
                decision.error.splitlines()[0],
            )
            return self._record_failure(job, owner, decision)
        finally:
            stop.set()
        return self._record_success(job, owner, result)

    def run_next(self, owner: str, max_priority: int | None = None) -> Outcome | None:
        """Claim and run one due job; None when nothing was due."""
        job = self.claim_next(owner, max_priority)
        return None if job is None else self.run(job, owner)

    def _call(self, spec: HandlerSpec | None, job: Job) -> dict[str, Any] | None:
        if spec is None:
            raise PermanentJobError(f"no handler is registered for job kind {job.kind!r}")
        result = spec.func(JobContext(job, self.runtime))
        if result is not None:
            if not isinstance(result, dict):
                raise PermanentJobError(f"handler returned {type(result).__name__}, not a dict")
            try:
                json.dumps(result)
            except (TypeError, ValueError) as e:
                raise PermanentJobError(f"handler result is not JSON: {e}") from e
        return result

    def _heartbeat(self, job_id: int, owner: str, stop: threading.Event) -> None:
        interval = self.lease.total_seconds() / 3
        while not stop.wait(interval):
            try:
                with self.runtime.db.session() as s:
                    kept = _rowcount(
                        s.execute(
                            update(JobRow)
                            .where(
                                JobRow.id == job_id,
                                JobRow.locked_by == owner,
                                JobRow.state == "running",
                            )
                            .values(locked_until=utcnow() + self.lease)
                        )
                    )
            except Exception:  # noqa: BLE001  (a blip in the database must not kill the job)
                log.exception("could not extend the lease of job %s", job_id)
                continue
            if not kept:
                log.warning("job %s: lease was taken over; its result will be discarded", job_id)
                return

    def _finish(self, job: Job, owner: str, **values: Any) -> bool:
        with self.runtime.db.session() as s:
            done = _rowcount(
                s.execute(
                    update(JobRow)
                    .where(
                        JobRow.id == job.id, JobRow.locked_by == owner, JobRow.state == "running"
                    )
                    .values(locked_by=None, locked_until=None, updated_at=utcnow(), **values)
                )
            )
        return bool(done)

    def _record_success(self, job: Job, owner: str, result: dict[str, Any] | None) -> Outcome:
        ok = self._finish(
            job,
            owner,
            state="succeeded",
            result=result,
            error="",
            progress=1.0,
            finished_at=utcnow(),
        )
        return Outcome(job.id, "succeeded" if ok else "lost")

    def _record_failure(self, job: Job, owner: str, decision: Retry | Fail) -> Outcome:
        if isinstance(decision, Retry):
            ok = self._finish(
                job,
                owner,
                state="queued",
                error=decision.error,
                run_after=utcnow() + dt.timedelta(seconds=decision.delay),
            )
            return Outcome(job.id, "queued" if ok else "lost", retry_in=decision.delay)
        ok = self._finish(job, owner, state="failed", error=decision.error, finished_at=utcnow())
        return Outcome(job.id, "failed" if ok else "lost")
