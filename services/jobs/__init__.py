"""Durable jobs: recorded in the database before they are acknowledged, retried with backoff.

Products register handlers with :func:`handler` in their ``jobs.py`` (listed in
:data:`HANDLER_MODULES`) and add work with :func:`enqueue` inside their own transaction.
A runner (``embedded``: threads in this process; ``celery``: Celery workers) executes them;
see :func:`load`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.jobs.context import JobContext
    from services.jobs.runner import JobRunner
    from services.runtime import Runtime

HANDLER_MODULES = (
    "mail_gateway.jobs",
    "services.scheduling.jobs",
    "transcription.jobs",
    "screening.jobs",
)


class JobError(Exception):
    """Base of the jobs package's errors."""


class PermanentJobError(JobError):
    """Raised by a handler when retrying cannot help; the job fails at once."""


@dataclass(frozen=True)
class HandlerSpec:
    """A registered job kind."""

    kind: str
    func: Callable[[JobContext], dict[str, Any] | None]
    max_attempts: int = 5
    priority: int = 0
    backoff_seconds: float = 2.0


HANDLERS: dict[str, HandlerSpec] = {}


def handler(
    kind: str, *, max_attempts: int = 5, priority: int = 0, backoff_seconds: float = 2.0
) -> Callable[[Callable[[JobContext], dict[str, Any] | None]], Callable[[JobContext], Any]]:
    """Register ``func(ctx)`` as the handler of jobs of ``kind``."""

    def register(func: Callable[[JobContext], dict[str, Any] | None]) -> Callable[..., Any]:
        HANDLERS[kind] = HandlerSpec(kind, func, max_attempts, priority, backoff_seconds)
        return func

    return register


def load_handlers() -> dict[str, HandlerSpec]:
    """Import every product's ``jobs`` module so their handlers are registered."""
    for name in HANDLER_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
    return HANDLERS


def load(runtime: Runtime) -> JobRunner:
    """The runner configured by ``jobs_backend``."""
    load_handlers()
    if runtime.settings.jobs_backend == "celery":
        from services.jobs.celery_runner import CeleryRunner

        return CeleryRunner(runtime)
    from services.jobs.embedded import EmbeddedRunner

    return EmbeddedRunner(runtime)


def attach(runtime: Runtime) -> None:
    """Make jobs this process enqueues reach the configured runners promptly.

    Call once in a process that enqueues but runs no :class:`JobRunner` (web, SMTP gateway)
    when ``jobs_backend`` is ``celery``: each commit then sends its jobs to the broker. Without
    it jobs still run, picked up by the workers' sweeper within ``jobs_lease_seconds``.
    Embedded runners need nothing: they poll, and PostgreSQL ``NOTIFY`` wakes them.
    """
    if runtime.settings.jobs_backend == "celery":
        from services.jobs.celery_runner import attach as attach_celery

        attach_celery(runtime)


from services.jobs.queue import enqueue  # noqa: E402  (re-exported for products)

__all__ = [
    "HANDLERS",
    "HandlerSpec",
    "JobError",
    "PermanentJobError",
    "attach",
    "enqueue",
    "handler",
    "load",
]
