"""The shared inference worker: the one owner of every model, used by all products.

Products only see :class:`InferenceClient`::

    vectors = runtime.inference.run("embed", ["hello", "world"], priority=Priority.INTERACTIVE)

``load(settings)`` returns an in-process client (embedded mode) or an HTTP client that
load-balances over ``worker_urls`` (``deskmate worker`` on GPU machines).
"""

from __future__ import annotations

import abc
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.config import Settings


class InferenceError(Exception):
    """Base of the inference package's errors."""


class BadRequest(InferenceError):
    """The request was malformed (unknown model, wrong input shape); the caller must fix it."""


class UnknownModel(BadRequest):
    """No model of that name; the message lists the known ones."""


class InferenceTimeout(InferenceError):
    """The request did not finish within its timeout (it was withdrawn from the queue)."""


class ModelUnavailable(InferenceError):
    """A model's weights are missing or corrupted; the message names the package to install."""


class WorkerUnavailable(InferenceError):
    """No inference worker answered."""


class Priority(enum.IntEnum):
    """Lower runs first: a waiting person goes before batch work."""

    INTERACTIVE = 0
    BATCH = 10


@dataclass(frozen=True)
class ModelInfo:
    """What ``deskmate models`` and ``/healthz`` report for one model."""

    name: str
    package: str
    path: str
    sha256_ok: bool | None
    loaded: bool
    device: str
    memory_bytes: int


class InferenceClient(abc.ABC):
    """Runs a batch of inputs through a named model and returns one output per input."""

    @abc.abstractmethod
    def run(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        """Blocking call; raises :class:`BadRequest` or :class:`InferenceError`."""

    @abc.abstractmethod
    async def arun(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        """The same, for an event loop (never blocks it)."""

    @abc.abstractmethod
    def models(self) -> list[ModelInfo]:
        """Every model the worker knows, loaded or not."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release threads and connections."""


def load(settings: Settings) -> InferenceClient:
    """HTTP client when ``worker_urls`` is set, else an in-process worker."""
    if settings.worker_urls:
        from services.inference.http_client import HttpClient

        return HttpClient(settings.worker_urls)
    from services.inference.local import LocalClient

    return LocalClient.from_settings(settings)
