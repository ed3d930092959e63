"""What every job runner offers the process that hosts it."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from services.runtime import Runtime
from services.storage.models import JobRow


class JobRunner:
    """Base of the runners (``embedded``, ``celery``); see :func:`services.jobs.load`."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def start(self) -> None:
        """Start executing (or dispatching) jobs in the background; returns at once."""
        raise NotImplementedError  # each runner implements it

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop taking jobs and wait up to ``timeout`` seconds; True when all stopped."""
        raise NotImplementedError  # each runner implements it

    def pending(self) -> int:
        """How many jobs are queued (due or waiting for a retry) or running."""
        with self.runtime.db.session() as s:
            return s.scalar(
                select(func.count()).select_from(JobRow)
                .where(JobRow.state.in_(("queued", "running")))
            ) or 0

    def wait_idle(self, timeout: float = 30.0, interval: float = 0.05) -> bool:
        """Block until every job has finished (for tests and scripts); False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.pending() == 0:
                return True
            time.sleep(interval)
        return self.pending() == 0
