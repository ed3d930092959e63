"""Durable jobs on SQLite and PostgreSQL: outcomes, retries, effects once, no double runs."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from services.jobs import JobError, enqueue
from services.jobs.context import JobContext
from services.jobs.embedded import EmbeddedRunner
from services.jobs.executor import Executor
from services.jobs.policy import retry_delay
from services.jobs.recovery import retry_now
from services.runtime import Runtime
from services.storage.models import JobEffect
from tests.foundation.conftest import REPO, job, wait_for


def add(runtime: Runtime, kind: str, payload: dict, **kwargs: object) -> int:
    with runtime.db.session() as s:
        return enqueue(s, kind, payload, **kwargs).id


def test_successful_job_stores_its_result(jobs_runtime: Runtime, start_runner) -> None:
    # Given a running embedded runner
    runner = start_runner()
    # When a job is enqueued
    job_id = add(jobs_runtime, "test.echo", {"value": "hello"})
    # Then it succeeds with its handler's result
    assert runner.wait_idle(timeout=10)
    row = job(jobs_runtime, job_id)
    assert (row.state, row.result, row.attempts, row.error) == (
        "succeeded",
        {"echo": "hello", "attempt": 1},
        1,
        "",
    )
    assert row.progress == 1.0 and row.finished_at is not None and row.locked_by is None


def test_failing_job_retries_with_growing_backoff_then_succeeds(
    jobs_runtime: Runtime, start_runner, tmp_path: Path
) -> None:
    # Given a job whose first two attempts fail (backoff base 0.05 s)
    log = tmp_path / "attempts.log"
    job_id = add(jobs_runtime, "test.flaky", {"succeed_on": 3, "log": str(log)})
    # When it runs
    runner = start_runner()
    assert runner.wait_idle(timeout=10)
    # Then the third attempt succeeds, and each wait was at least the jittered backoff
    row = job(jobs_runtime, job_id)
    assert (row.state, row.attempts, row.result) == ("succeeded", 3, {"attempts": 3})
    times = [float(line.split()[1]) for line in log.read_text().splitlines()]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.05 * 0.75
    assert times[2] - times[1] >= 0.10 * 0.75


def test_job_that_keeps_failing_ends_failed_with_its_error(
    jobs_runtime: Runtime, start_runner
) -> None:
    runner = start_runner()
    job_id = add(jobs_runtime, "test.broken", {})
    assert runner.wait_idle(timeout=10)
    row = job(jobs_runtime, job_id)
    assert (row.state, row.attempts) == ("failed", 3)
    assert row.error.startswith("ConnectionError: relay mail.example.com:25 is down")
    assert "job_handlers.py" in row.error  # the traceback says where it failed


def test_permanent_error_fails_at_once(jobs_runtime: Runtime, start_runner) -> None:
    runner = start_runner()
    job_id = add(jobs_runtime, "test.permanent", {})
    assert runner.wait_idle(timeout=10)
    row = job(jobs_runtime, job_id)
    assert (row.state, row.attempts) == ("failed", 1)
    assert "PermanentJobError: recipient address 'nobody@' is malformed" in row.error


def test_unknown_job_kind_fails_visibly(jobs_runtime: Runtime, start_runner) -> None:
    runner = start_runner()
    job_id = add(jobs_runtime, "nobody.handles_this", {})
    assert runner.wait_idle(timeout=10)
    row = job(jobs_runtime, job_id)
    assert row.state == "failed"
    assert "no handler is registered for job kind 'nobody.handles_this'" in row.error


def test_idempotency_key_returns_the_job_already_recorded(jobs_runtime: Runtime) -> None:
    first = add(jobs_runtime, "test.echo", {"value": 1}, idempotency_key="inbound:42")
    second = add(jobs_runtime, "test.echo", {"value": 2}, idempotency_key="inbound:42")
    other = add(jobs_runtime, "test.echo", {"value": 3}, idempotency_key="inbound:43")
    assert first == second != other
    assert job(jobs_runtime, first).payload == {"value": 1}


def test_once_never_repeats_an_effect_across_retries(
    jobs_runtime: Runtime, start_runner, tmp_path: Path
) -> None:
    # Given a job that sends mail and then fails twice after sending
    outbox = tmp_path / "outbox"
    job_id = add(
        jobs_runtime, "test.effect", {"key": "invite:abc:0", "outbox": str(outbox), "fail_until": 3}
    )
    # When it is retried until it succeeds
    runner = start_runner()
    assert runner.wait_idle(timeout=10)
    # Then the mail went out exactly once and the effect is recorded with its result
    assert job(jobs_runtime, job_id).state == "succeeded"
    assert outbox.read_text().splitlines() == ["invite:abc:0"]
    with jobs_runtime.db.session() as s:
        assert s.get(JobEffect, "mail:invite:abc:0").result == {"sent": True}


def test_progress_is_recorded_while_the_job_runs(jobs_runtime: Runtime) -> None:
    # Given a claimed job and its context
    job_id = add(jobs_runtime, "test.progress", {})
    executor = Executor(jobs_runtime)
    claimed = executor.claim_next("test-host:1:t")
    assert claimed is not None and claimed.id == job_id
    ctx = JobContext(claimed, jobs_runtime)
    # When the handler reports progress, Then the row shows it (clamped to 0..1)
    ctx.progress(0.25, "loaded audio")
    assert (job(jobs_runtime, job_id).progress, job(jobs_runtime, job_id).progress_note) == (
        0.25,
        "loaded audio",
    )
    ctx.progress(1.5, "overshoot")
    assert job(jobs_runtime, job_id).progress == 1.0
    # And a full run leaves the handler's last note with progress 1.0
    assert executor.run(claimed, "test-host:1:t").state == "succeeded"
    row = job(jobs_runtime, job_id)
    assert (row.progress, row.progress_note) == (1.0, "transcribed")


def test_concurrent_runners_never_run_a_job_twice(
    jobs_runtime: Runtime, start_runner, tmp_path: Path
) -> None:
    # Given 60 jobs and two runners with their own connections, four threads each
    log = tmp_path / "runs.log"
    ids = [add(jobs_runtime, "test.echo", {"value": n, "log": str(log)}) for n in range(60)]
    runners = [start_runner(threads=4, separate=True) for _ in range(2)]
    # When they drain the queue
    assert all(r.wait_idle(timeout=60) for r in runners)
    # Then every job ran exactly once
    ran = [int(line.split()[0]) for line in log.read_text().splitlines()]
    assert sorted(ran) == ids
    assert {job(jobs_runtime, i).state for i in ids} == {"succeeded"}


def test_retry_by_hand_requeues_a_failed_job_with_fresh_attempts(
    jobs_runtime: Runtime, start_runner
) -> None:
    runner = start_runner()
    job_id = add(jobs_runtime, "test.broken", {})
    assert runner.wait_idle(timeout=10)
    assert job(jobs_runtime, job_id).state == "failed"
    with jobs_runtime.db.session() as s:
        retry_now(s, job_id)
    assert runner.wait_idle(timeout=10)
    assert (job(jobs_runtime, job_id).state, job(jobs_runtime, job_id).attempts) == ("failed", 3)
    with pytest.raises(JobError, match="no job with id 999"), jobs_runtime.db.session() as s:
        retry_now(s, 999)


def test_backoff_doubles_per_attempt_within_jitter() -> None:
    rng = random.Random(7)
    delays = [retry_delay(2.0, attempt, rng) for attempt in (1, 2, 3, 4)]
    for attempt, delay in zip((1, 2, 3, 4), delays, strict=True):
        nominal = 2.0 * 2 ** (attempt - 1)
        assert 0.75 * nominal <= delay <= 1.25 * nominal
    assert retry_delay(2.0, 40, rng) <= 3600 * 1.25


def test_idle_runner_wakes_on_commit_not_on_its_poll(make_settings, db_url: str) -> None:
    # Given a runner that would otherwise sleep 30 s between polls, idle after its start
    rt = Runtime.from_settings(make_settings(database_url=db_url, jobs_poll_seconds=30.0))
    runner = EmbeddedRunner(rt, threads=2)
    runner.start()
    try:
        time.sleep(0.3)
        # When a job is committed in this process
        started = time.monotonic()
        job_id = add(rt, "test.echo", {"value": "now"})
        # Then it runs at once
        assert runner.wait_idle(timeout=10)
        assert time.monotonic() - started < 3
        assert job(rt, job_id).state == "succeeded"
    finally:
        runner.stop(timeout=10)
        rt.db.dispose()


@pytest.mark.postgres
def test_idle_runner_wakes_on_postgres_notify_from_another_process(
    make_settings, postgres_url: str
) -> None:
    # Given a runner polling only every 30 s
    rt = Runtime.from_settings(make_settings(database_url=postgres_url, jobs_poll_seconds=30.0))
    runner = EmbeddedRunner(rt, threads=1)
    runner.start()
    try:
        time.sleep(0.5)
        # When another process (say, the web app) enqueues a job
        code = (
            "from services.runtime import Runtime; from services.config import load_settings;"
            "from services.jobs import enqueue; import sys;"
            "rt = Runtime.from_settings(load_settings(environ={}, database_url=sys.argv[1],"
            " data_dir=sys.argv[2]));"
            "s = rt.db.sessions(); print(enqueue(s, 'test.echo', {}).id); s.commit()"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, postgres_url, str(rt.settings.data_dir)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        committed = time.monotonic()
        # Then NOTIFY wakes the runner long before its next poll
        assert runner.wait_idle(timeout=10)
        assert time.monotonic() - committed < 3
        assert job(rt, int(out.strip())).state == "succeeded"
    finally:
        runner.stop(timeout=10)
        rt.db.dispose()


def test_long_batch_jobs_never_hold_up_an_urgent_one(
    jobs_runtime: Runtime, start_runner, tmp_path: Path
) -> None:
    # Given two threads, one busy with a long batch job and another batch job waiting
    log, release = tmp_path / "batch.log", tmp_path / "release"
    payload = {"log": str(log), "release": str(release)}
    first = add(jobs_runtime, "test.batch", payload)
    second = add(jobs_runtime, "test.batch", payload)
    runner = start_runner(threads=2)
    wait_for(lambda: log.exists() and log.read_text().count("started") == 1, 10, "a batch job")
    # When an urgent job arrives
    urgent = add(jobs_runtime, "test.echo", {"value": "reply to a candidate"})
    # Then it runs at once on the thread kept for urgent work, while the batch jobs wait
    wait_for(lambda: job(jobs_runtime, urgent).state == "succeeded", 10, "the urgent job")
    assert {job(jobs_runtime, first).state, job(jobs_runtime, second).state} == {
        "running",
        "queued",
    }
    release.touch()
    assert runner.wait_idle(timeout=20)
    assert job(jobs_runtime, second).state == "succeeded"
