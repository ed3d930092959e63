"""Mail fixtures: settings for the assistant, the fixture corpus, and a migrated runtime."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from services.runtime import Runtime

FIXTURES = Path(__file__).parent / "fixtures"
ASSISTANT = "amy@deskmate.localhost"


def fixture_bytes(name: str) -> bytes:
    """A message from the corpus, as it would arrive on the wire."""
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def mail_settings(make_settings):
    """Settings for the mail tests: one assistant address, example.com people are trusted."""

    def build(**overrides: object):
        overrides.setdefault("assistant_addresses", (ASSISTANT,))
        overrides.setdefault("allowed_sender_domains", ("example.com",))
        return make_settings(**overrides)

    return build


@pytest.fixture
def mail_runtime(mail_settings, sqlite_url: str) -> Iterator[Runtime]:
    """A runtime on a migrated SQLite database (PostgreSQL where a test asks for db_url)."""
    rt = Runtime.from_settings(mail_settings(database_url=sqlite_url))
    yield rt
    rt.db.dispose()


@pytest.fixture
def any_db_runtime(mail_settings, db_url: str) -> Iterator[Runtime]:
    """A runtime on each supported database (SQLite and PostgreSQL)."""
    rt = Runtime.from_settings(mail_settings(database_url=db_url))
    yield rt
    rt.db.dispose()


def run_jobs(runtime: Runtime, kind: str) -> list[dict | None]:
    """Run every queued job of ``kind`` once, as a runner would (first attempt)."""
    from sqlalchemy import select

    from services.jobs import load_handlers
    from services.jobs.context import Job, JobContext
    from services.storage.models import JobRow

    spec = load_handlers()[kind]
    with runtime.db.session() as s:
        rows = s.scalars(select(JobRow).where(JobRow.kind == kind, JobRow.state == "queued")
                         .order_by(JobRow.id)).all()
        pending = [(r.id, dict(r.payload), r.attempts + 1, r.max_attempts) for r in rows]
    results = []
    for job_id, payload, attempt, max_attempts in pending:
        ctx = JobContext(Job(job_id, kind, payload, attempt, max_attempts), runtime)
        results.append(spec.func(ctx))
        with runtime.db.session() as s:
            row = s.get(JobRow, job_id)
            row.state, row.attempts = "succeeded", attempt
    return results


def queued_jobs(runtime: Runtime, kind: str) -> list[dict]:
    """Payloads of the jobs of ``kind`` recorded so far."""
    from sqlalchemy import select

    from services.storage.models import JobRow

    with runtime.db.session() as s:
        return [dict(p) for p in s.scalars(select(JobRow.payload).where(JobRow.kind == kind)
                                           .order_by(JobRow.id))]
