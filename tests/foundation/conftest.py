"""Fixtures for the foundation tests: runtimes with short leases, runners, job helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

import tests.foundation.job_handlers  # noqa: F401  (registers the test.* job kinds)
from services.jobs.embedded import EmbeddedRunner
from services.runtime import Runtime
from services.storage.models import JobRow

FAST = {"jobs_lease_seconds": 1.0, "jobs_poll_seconds": 0.05}


@pytest.fixture
def jobs_runtime(make_settings, db_url: str) -> Iterator[Runtime]:
    """A runtime on SQLite or PostgreSQL with a 1 s lease and a 50 ms poll."""
    rt = Runtime.from_settings(make_settings(database_url=db_url, **FAST))
    yield rt
    rt.db.dispose()


@pytest.fixture
def start_runner(jobs_runtime: Runtime) -> Iterator[Callable[..., EmbeddedRunner]]:
    """Start embedded runners (own runtime each when ``separate``); all stopped afterwards."""
    started: list[tuple[EmbeddedRunner, bool]] = []

    def start(threads: int = 2, separate: bool = False) -> EmbeddedRunner:
        rt = jobs_runtime
        if separate:
            rt = Runtime.from_settings(jobs_runtime.settings)
        runner = EmbeddedRunner(rt, threads=threads)
        runner.start()
        started.append((runner, separate))
        return runner

    yield start
    for runner, separate in started:
        runner.stop(timeout=10)
        if separate:
            runner.runtime.db.dispose()


def job(runtime: Runtime, job_id: int) -> JobRow:
    """A fresh copy of job ``job_id``'s row."""
    with runtime.db.session() as s:
        row = s.get(JobRow, job_id)
        assert row is not None
        return row
