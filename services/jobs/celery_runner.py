"""Scale-out: the same jobs run by Celery workers over Redis or RabbitMQ.

The database row stays the source of truth. A message only says "job N may be due": the
task claims the row through the same :class:`~services.jobs.executor.Executor` as the
embedded runner, so a duplicate or stale message is harmless. Messages are sent after the
enqueuing transaction commits (see :mod:`services.jobs.notify`), acknowledged only after the
job ran (``acks_late``; redelivered if the worker dies), retries are sent with a countdown,
and a sweeper in every worker re-sends jobs whose message or runner was lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable
from functools import cache

from celery import Celery

from services.config import Settings
from services.jobs import recovery
from services.jobs.executor import Executor, worker_id
from services.jobs.notify import on_commit
from services.jobs.runner import JobRunner
from services.runtime import Runtime
from services.storage import as_utc, utcnow
from services.storage.models import JobRow

log = logging.getLogger(__name__)

TASK = "deskmate.run_job"
_worker_runtime: dict[str, Runtime] = {}


@cache
def celery_app(broker_url: str, queue: str) -> Celery:
    """The Celery app for a broker and queue (one per process)."""
    app = Celery("deskmate", broker=broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=queue,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
    )
    app.task(name=TASK, ignore_result=True)(_run_job)
    return app


def app_for(settings: Settings) -> Celery:
    return celery_app(settings.celery_broker_url, settings.celery_queue)


def dispatch(settings: Settings, job_ids: list[int], countdown: float | None = None) -> None:
    """Send one ``deskmate.run_job`` message per job (after the rows are committed)."""
    app = app_for(settings)
    for job_id in job_ids:
        app.send_task(
            TASK,
            args=[job_id],
            queue=settings.celery_queue,
            countdown=countdown if countdown and countdown > 0 else None,
        )


def send(runtime: Runtime, job_ids: list[int], countdown: float = 0.0) -> None:
    """Record that ``job_ids`` are being sent (so sweepers leave them alone), then send.

    Should sending fail, the sweeper sends them again once ``jobs_lease_seconds`` passed.
    """
    arrival = utcnow() + dt.timedelta(seconds=max(0.0, countdown))
    recovery.mark_dispatched(runtime.db, job_ids, arrival)
    dispatch(runtime.settings, job_ids, countdown)


def _run_job(job_id: int) -> None:
    """The task body: claim job ``job_id`` if it is due and run it in this worker."""
    runtime = _worker_runtime["runtime"]
    executor = Executor(runtime)
    owner = worker_id(f"celery-{threading.current_thread().name}")
    job = executor.claim(job_id, owner)
    if job is None:
        with runtime.db.session() as s:
            row = s.get(JobRow, job_id)
            due = (as_utc(row.run_after) if row else None) or utcnow()
            wait = (due - utcnow()).total_seconds()
            waiting = row is not None and row.state == "queued" and wait > 0
        if waiting:  # the message came early (clock skew between machines)
            send(runtime, [job_id], countdown=wait)
        return
    outcome = executor.run(job, owner)
    if outcome.state == "queued" and outcome.retry_in is not None:
        send(runtime, [job_id], countdown=outcome.retry_in)


_attached: dict[str, Callable[[], None]] = {}


def attach(runtime: Runtime) -> Callable[[], None]:
    """Send jobs that ``runtime``'s process enqueues to Celery after each commit (once)."""
    key = runtime.db.url
    if key not in _attached:
        remove = on_commit(key, lambda ids: send(runtime, ids))

        def detach() -> None:
            remove()
            _attached.pop(key, None)

        _attached[key] = detach
    return _attached[key]


class Sweeper:
    """Sends jobs nobody sent (enqueued by a process without :func:`attach`), and again
    those whose message or runner was lost; every ``jobs_poll_seconds``."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def sweep(self) -> list[int]:
        db, lease = self.runtime.db, self.runtime.settings.jobs_lease_seconds
        recovery.requeue_dead_local(db)
        recovery.requeue_expired(db)
        ids = recovery.undispatched(db, grace_seconds=lease)
        if ids:
            log.info("sending jobs %s", ids)
            dispatch(self.runtime.settings, ids)
        return ids

    def _loop(self) -> None:
        interval = self.runtime.settings.jobs_poll_seconds
        while True:
            try:
                self.sweep()
            except Exception:  # noqa: BLE001  (database or broker briefly away)
                log.exception("job sweep failed; trying again")
            if self._stop.wait(interval):
                return

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="job-sweeper", daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> bool:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)
        return not (self._thread and self._thread.is_alive())


class CeleryRunner(JobRunner):
    """In a process that does not execute jobs itself: dispatch them and keep sweeping."""

    def __init__(self, runtime: Runtime) -> None:
        super().__init__(runtime)
        self.sweeper = Sweeper(runtime)
        self._detach: Callable[[], None] | None = None

    def start(self) -> None:
        if self._detach is None:
            self._detach = attach(self.runtime)
            self.sweeper.start()

    def stop(self, timeout: float = 30.0) -> bool:
        if self._detach:
            self._detach()
            self._detach = None
        return self.sweeper.stop(timeout)


def serve(runtime: Runtime, concurrency: int, loglevel: str = "INFO") -> None:
    """Run a Celery worker for ``runtime`` in this process until it is stopped (blocking)."""
    _worker_runtime["runtime"] = runtime
    runner = CeleryRunner(runtime)  # retries and follow-up jobs this worker enqueues
    runner.start()
    try:
        app_for(runtime.settings).worker_main(
            [
                "worker",
                "--pool=threads",
                f"--concurrency={concurrency}",
                f"--loglevel={loglevel}",
                "-Q",
                runtime.settings.celery_queue,
                "--without-gossip",
                "--without-mingle",
                f"--hostname=deskmate-{os.getpid()}@%h",
            ]
        )
    finally:
        runner.stop(5.0)
