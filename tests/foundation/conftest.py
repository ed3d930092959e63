"""Fixtures for the foundation tests: runtimes with short leases, runners, job helpers."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import tests.foundation.job_handlers  # noqa: F401  (registers the test.* job kinds)
from services.config import Settings
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


REPO = Path(__file__).resolve().parents[2]


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that hands ``settings``' job-relevant values to a child process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKMATE_")}
    env.update(
        {
            "DESKMATE_DATA_DIR": str(settings.data_dir),
            "DESKMATE_DATABASE_URL": settings.sqlalchemy_url,
            "DESKMATE_JOBS_BACKEND": settings.jobs_backend,
            "DESKMATE_CELERY_BROKER_URL": settings.celery_broker_url,
            "DESKMATE_CELERY_QUEUE": settings.celery_queue,
            "DESKMATE_JOBS_LEASE_SECONDS": str(settings.jobs_lease_seconds),
            "DESKMATE_JOBS_POLL_SECONDS": str(settings.jobs_poll_seconds),
            "DESKMATE_JOBS_THREADS": str(settings.jobs_threads),
            "PYTHONPATH": str(REPO),
        }
    )
    return env


@pytest.fixture
def deskmate_process(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start ``python -m services ARGS`` children (output in tmp_path); killed afterwards."""
    children: list[subprocess.Popen[bytes]] = []

    def spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        out = open(tmp_path / f"child-{len(children)}.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen(
            [sys.executable, "-m", "services", *args],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        out.close()
        children.append(proc)
        return proc

    yield spawn
    for proc in children:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``predicate`` until true; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
