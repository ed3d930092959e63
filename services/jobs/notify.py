"""Telling runners that work was added, once the enqueuing transaction has committed.

In the process that enqueued, hooks registered with :func:`on_commit` for that database get
the new job ids after commit (the embedded runner wakes its threads; the Celery dispatcher
sends one message per job: never before commit, so a worker never looks for a row that is
not there yet). Across processes on PostgreSQL, ``NOTIFY`` (delivered at commit, dropped on
rollback) wakes listening runners; everywhere else runners also poll.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "deskmate_jobs"
_KEY = "deskmate_new_jobs"
CommitHook = Callable[[list[int]], None]
_hooks: dict[str, list[CommitHook]] = {}
_lock = threading.Lock()


def _key(session: Session) -> str:
    return str(session.get_bind().engine.url)


def on_commit(url: str, hook: CommitHook) -> Callable[[], None]:
    """Call ``hook(job_ids)`` after each commit that added jobs to the database at ``url``.

    Returns a function that removes the hook.
    """
    from sqlalchemy.engine import make_url

    key = str(make_url(url))
    with _lock:
        _hooks.setdefault(key, []).append(hook)

    def remove() -> None:
        with _lock:
            if hook in _hooks.get(key, []):
                _hooks[key].remove(hook)

    return remove


def mark_new(session: Session, job_id: int) -> None:
    """Record that ``session`` added (or requeued) job ``job_id``."""
    session.info.setdefault(_KEY, []).append(job_id)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(CHANNEL, str(job_id))))


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    ids = session.info.pop(_KEY, None)
    if not ids:
        return
    with _lock:
        hooks = list(_hooks.get(_key(session), []))
    for hook in hooks:
        try:
            hook(list(ids))
        except Exception:  # noqa: BLE001  (the work is committed; sweepers will find it)
            log.exception("a job commit hook failed; the jobs stay queued for the sweeper")


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_KEY, None)


def listen_postgres(url: str, wake: Callable[[], None], stop: threading.Event) -> None:
    """Call ``wake()`` on each ``NOTIFY`` for new jobs until ``stop`` is set (blocking)."""
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    while not stop.is_set():
        try:
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                while not stop.is_set():
                    for _ in conn.notifies(timeout=0.25):
                        wake()
        except psycopg.Error:
            log.warning("lost the PostgreSQL job notifications; reconnecting", exc_info=True)
            stop.wait(1.0)
