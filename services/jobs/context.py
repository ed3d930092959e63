"""What a job handler receives: its job, the runtime, progress reporting and once-only effects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from services.storage import utcnow
from services.storage.models import JobEffect, JobRow

if TYPE_CHECKING:
    from services.runtime import Runtime


@dataclass(frozen=True)
class Job:
    """A job as its handler sees it."""

    id: int
    kind: str
    payload: dict[str, Any]
    attempt: int  # 1 on the first run
    max_attempts: int


class JobContext:
    """Passed to every handler: ``ctx.job``, ``ctx.runtime``, ``ctx.progress()``, ``ctx.once()``."""

    def __init__(self, job: Job, runtime: Runtime) -> None:
        self.job = job
        self.runtime = runtime

    @property
    def payload(self) -> dict[str, Any]:
        return self.job.payload

    def progress(self, fraction: float, note: str = "") -> None:
        """Record progress (0..1) where the jobs page and ``deskmate`` CLI can show it."""
        with self.runtime.db.session() as s:
            s.execute(
                update(JobRow)
                .where(JobRow.id == self.job.id)
                .values(
                    progress=max(0.0, min(1.0, fraction)), progress_note=note, updated_at=utcnow()
                )
            )

    def once(self, key: str, effect: Callable[[], dict[str, Any] | None]) -> dict[str, Any] | None:
        """Run ``effect`` unless an effect under ``key`` was already recorded; return its result.

        Keys are global (e.g. ``"invite:<uid>:<sequence>"``), so a retried or re-enqueued job
        never repeats an effect that completed. The effect runs before the record is written:
        a crash between the two repeats it once (at-least-once), never skips it.
        """
        with self.runtime.db.session() as s:
            done = s.get(JobEffect, key)
            if done is not None:
                return done.result
        result = effect()
        try:
            with self.runtime.db.session() as s:
                s.add(JobEffect(key=key, job_id=self.job.id, result=result))
        except IntegrityError:
            pass  # another attempt recorded it first; the effect is done either way
        return result
