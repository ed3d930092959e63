"""What every job runner offers the process that hosts it."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod

from sqlalchemy import func, select

from services.runtime import Runtime
from services.storage import Database
from services.storage.models import JobRow


def unfinished(db: Database) -> int:
    """How many jobs are queued (due or waiting for a retry) or running."""
    with db.session() as s:
        query = select(func.count()).select_from(JobRow)
        return s.scalar(query.where(JobRow.state.in_(("queued", "running")))) or 0


def wait_finished(db: Database, timeout: float = 30.0, interval: float = 0.05) -> bool:
    """Block until every job in ``db`` has finished; False on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if unfinished(db) == 0:
            return True
        time.sleep(interval)
    return unfinished(db) == 0


class JobRunner(ABC):
    """Base of the runners (``embedded``, ``celery``); see :func:`services.jobs.load`."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    @abstractmethod
    def start(self) -> None:
        """Start executing (or dispatching) jobs in the background; returns at once."""

    @abstractmethod
    def stop(self, timeout: float = 30.0) -> bool:
        """Stop taking jobs and wait up to ``timeout`` seconds; True when all stopped."""

    def wait_idle(self, timeout: float = 30.0, interval: float = 0.05) -> bool:
        """Block until every job has finished (for tests and scripts); False on timeout."""
        return wait_finished(self.runtime.db, timeout, interval)
