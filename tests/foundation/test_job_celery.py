"""Celery scale-out over the real Redis (db 15) and RabbitMQ, with a worker killed mid-job."""

from __future__ import annotations

import signal
import uuid
from collections.abc import Iterator
from pathlib import Path

import kombu
import pytest
import redis

from services.jobs import enqueue
from services.jobs.celery_runner import attach
from services.runtime import Runtime
from tests.conftest import REDIS_URL
from tests.foundation.conftest import FAST, job, settings_env, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

RABBIT_URL = "amqp://guest:guest@127.0.0.1:5672//"
WORKER = ["jobs", "worker", "--loglevel=WARNING", "--import", "tests.foundation.job_handlers"]


def celery_runtime(make_settings, postgres_url: str, broker: str) -> Runtime:
    queue = f"deskmate-test-{uuid.uuid4().hex[:10]}"
    return Runtime.from_settings(
        make_settings(
            database_url=postgres_url,
            jobs_backend="celery",
            celery_broker_url=broker,
            celery_queue=queue,
            **FAST,
        )
    )


@pytest.fixture
def redis_runtime(make_settings, postgres_url: str) -> Iterator[Runtime]:
    rt = celery_runtime(make_settings, postgres_url, REDIS_URL)
    detach = attach(rt)
    yield rt
    detach()
    redis.Redis.from_url(REDIS_URL).delete(rt.settings.celery_queue)
    rt.db.dispose()


@pytest.fixture
def rabbit_runtime(make_settings, postgres_url: str) -> Iterator[Runtime]:
    rt = celery_runtime(make_settings, postgres_url, RABBIT_URL)
    detach = attach(rt)
    yield rt
    detach()
    with kombu.Connection(RABBIT_URL) as conn:
        conn.default_channel.queue_delete(rt.settings.celery_queue)
    rt.db.dispose()


def test_celery_worker_over_redis_runs_jobs_and_retries(
    redis_runtime: Runtime, deskmate_process, tmp_path: Path
) -> None:
    # Given a Celery worker subprocess on Redis
    deskmate_process(WORKER, settings_env(redis_runtime.settings))
    # When jobs are enqueued (sent to the broker after commit)
    with redis_runtime.db.session() as s:
        ok = enqueue(s, "test.echo", {"value": "via redis"}).id
        flaky = enqueue(s, "test.flaky", {"succeed_on": 2, "log": str(tmp_path / "f.log")}).id
        doomed = enqueue(s, "test.permanent", {}).id
    # Then they reach the same end states as with the embedded runner
    wait_for(
        lambda: (
            {job(redis_runtime, i).state for i in (ok, flaky, doomed)} == {"succeeded", "failed"}
        ),
        60,
        "the Celery worker to finish the jobs",
    )
    assert job(redis_runtime, ok).result == {"echo": "via redis", "attempt": 1}
    assert (job(redis_runtime, flaky).state, job(redis_runtime, flaky).attempts) == ("succeeded", 2)
    assert "recipient address 'nobody@' is malformed" in job(redis_runtime, doomed).error


def killed_worker_job_completes_once(runtime: Runtime, deskmate_process, tmp_path: Path) -> None:
    # Given a Celery worker working on a job that already sent its mail
    payload = {
        "key": "invite:77",
        "outbox": str(tmp_path / "outbox"),
        "log": str(tmp_path / "attempts.log"),
        "started": str(tmp_path / "started"),
    }
    env = settings_env(runtime.settings)
    first = deskmate_process(WORKER, env)
    with runtime.db.session() as s:
        job_id = enqueue(s, "test.crash", payload).id
    wait_for(Path(payload["started"]).exists, 60, "the first attempt to start")
    # When the worker is killed with SIGKILL and another one starts
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    second = deskmate_process(WORKER, env)
    # Then the job completes in a second attempt on the new worker, the mail sent once
    wait_for(lambda: job(runtime, job_id).state == "succeeded", 60, "the job to complete")
    assert job(runtime, job_id).result == {"finished_in_attempt": 2}
    assert Path(payload["outbox"]).read_text().splitlines() == ["sent"]
    assert Path(payload["log"]).read_text().splitlines() == [f"1 {first.pid}", f"2 {second.pid}"]


def test_celery_worker_killed_mid_job_over_redis_job_completes_once(
    redis_runtime: Runtime, deskmate_process, tmp_path: Path
) -> None:
    killed_worker_job_completes_once(redis_runtime, deskmate_process, tmp_path)


def test_celery_worker_killed_mid_job_over_rabbitmq_job_completes_once(
    rabbit_runtime: Runtime, deskmate_process, tmp_path: Path
) -> None:
    killed_worker_job_completes_once(rabbit_runtime, deskmate_process, tmp_path)


def test_job_enqueued_by_a_process_without_dispatcher_is_sent_by_the_sweeper(
    make_settings, postgres_url: str, deskmate_process
) -> None:
    # Given a process that enqueues without attaching a Celery dispatcher, and a worker
    rt = celery_runtime(make_settings, postgres_url, REDIS_URL)
    try:
        deskmate_process(WORKER, settings_env(rt.settings))
        # When it enqueues a job
        with rt.db.session() as s:
            job_id = enqueue(s, "test.echo", {"value": "swept"}).id
        # Then the worker's sweeper sends it within a poll interval or so, and it runs
        wait_for(lambda: job(rt, job_id).state == "succeeded", 60, "the swept job to run")
        assert job(rt, job_id).dispatched_at is not None
    finally:
        redis.Redis.from_url(REDIS_URL).delete(rt.settings.celery_queue)
        rt.db.dispose()
