"""Background jobs: the daily retention purge (it re-enqueues itself for the next day)."""

from __future__ import annotations

from typing import Any

from screening import retention
from services.jobs import enqueue, handler
from services.jobs.context import JobContext
from services.storage import utcnow

PURGE = "screening.purge_expired"
DAY_SECONDS = 24 * 3600


def schedule_purge(session: Any, delay_seconds: float = 0.0) -> None:
    """Make sure one purge is queued for today (idempotent per UTC day)."""
    day = (
        utcnow().date().isoformat() if not delay_seconds else "next-" + utcnow().date().isoformat()
    )
    enqueue(session, PURGE, {}, idempotency_key=f"{PURGE}:{day}", delay_seconds=delay_seconds)


@handler(PURGE, max_attempts=3)
def purge_expired(ctx: JobContext) -> dict[str, Any]:
    """Delete candidates past ``candidate_retention_days`` and queue tomorrow's run."""
    days = ctx.runtime.settings.candidate_retention_days
    with ctx.runtime.db.session() as s:
        deleted = retention.purge_expired(s, days, utcnow())
        schedule_purge(s, delay_seconds=DAY_SECONDS)
    return {"deleted": deleted, "retention_days": days}
