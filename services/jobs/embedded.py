"""The default runner: ``jobs_threads`` threads in this process.

With two threads or more, one only takes urgent jobs (priority value 0 or lower, the
default), so long batch jobs registered with a higher value cannot occupy every thread.
Threads sleep until woken: by a commit in this process that added jobs, by PostgreSQL
``NOTIFY`` from other processes, or at the latest every ``jobs_poll_seconds``. Each runner
also requeues jobs whose lease expired (a runner elsewhere died), and at start those held by
dead processes of this host.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from services.jobs import recovery
from services.jobs.executor import Executor, worker_id
from services.jobs.notify import listen_postgres, on_commit
from services.jobs.runner import JobRunner
from services.runtime import Runtime

log = logging.getLogger(__name__)

URGENT_PRIORITY = 0  # jobs with this priority value or lower (the default) are urgent


class EmbeddedRunner(JobRunner):
    """Runs jobs on threads of this process."""

    def __init__(self, runtime: Runtime, threads: int | None = None) -> None:
        super().__init__(runtime)
        self.executor = Executor(runtime)
        self.threads = threads or runtime.settings.jobs_threads
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._workers: list[threading.Thread] = []
        self._remove_hook: Callable[[], None] | None = None
        self._next_sweep = 0.0
        self._sweep_lock = threading.Lock()

    def start(self) -> None:
        if self._workers:
            return
        self._stop.clear()
        revived = recovery.requeue_dead_local(self.runtime.db)
        if revived:
            log.info("requeued jobs %s left running by a dead process", revived)
        self._remove_hook = on_commit(self.runtime.db.url, lambda _ids: self._wake.set())
        for n in range(self.threads):
            # with two threads or more, the first one is kept for urgent jobs, so a few
            # long batch jobs (transcriptions) never hold up a reply someone waits for
            lane = URGENT_PRIORITY if n == 0 and self.threads > 1 else None
            t = threading.Thread(target=self._loop, args=(lane,), name=f"job-{n}", daemon=True)
            t.start()
            self._workers.append(t)
        if not self.runtime.db.is_sqlite:
            t = threading.Thread(
                target=listen_postgres,
                name="job-listen",
                daemon=True,
                args=(self.runtime.db.url, self._wake.set, self._stop),
            )
            t.start()
            self._workers.append(t)
        self._wake.set()  # work left from before the start runs now, not after a poll

    def stop(self, timeout: float = 30.0) -> bool:
        self._stop.set()
        self._wake.set()
        if self._remove_hook:
            self._remove_hook()
            self._remove_hook = None
        deadline = time.monotonic() + timeout
        for t in self._workers:
            t.join(max(0.0, deadline - time.monotonic()))
        alive = [t.name for t in self._workers if t.is_alive()]
        if alive:
            log.warning(
                "job threads still busy at stop: %s (their jobs resume after restart)", alive
            )
        self._workers = []
        return not alive

    def _sweep(self) -> None:
        """Requeue expired leases, at most every quarter lease, from one thread at a time."""
        now = time.monotonic()
        if now < self._next_sweep or not self._sweep_lock.acquire(blocking=False):
            return
        try:
            self._next_sweep = now + self.executor.lease.total_seconds() / 4
            recovery.requeue_expired(self.runtime.db)
        finally:
            self._sweep_lock.release()

    def _loop(self, max_priority: int | None) -> None:
        owner = worker_id()
        poll = self.runtime.settings.jobs_poll_seconds
        run_next = self.executor.run_next
        while not self._stop.is_set():
            self._wake.wait(poll)
            self._wake.clear()
            try:
                self._sweep()
                while not self._stop.is_set() and run_next(owner, max_priority) is not None:
                    pass
            except Exception:  # noqa: BLE001  (e.g. the database restarting; try again soon)
                log.exception("job runner thread %s hit an error; retrying", owner)
                self._stop.wait(poll)
