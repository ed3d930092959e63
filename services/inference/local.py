"""In-process client (embedded mode, and the worker's own): calls straight into the scheduler."""

from __future__ import annotations

import asyncio
import concurrent.futures
from typing import TYPE_CHECKING, Any

from services.inference import InferenceClient, InferenceTimeout, ModelInfo, Priority
from services.inference.scheduler import Scheduler

if TYPE_CHECKING:
    from services.config import Settings


class LocalClient(InferenceClient):
    """:class:`InferenceClient` over a :class:`Scheduler` in this process."""

    def __init__(self, scheduler: Scheduler) -> None:
        self.scheduler = scheduler

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> LocalClient:
        """A client over a new scheduler; every model is loaded now if ``models_preload``."""
        scheduler = Scheduler.from_settings(settings, **overrides)
        if settings.models_preload:
            scheduler.preload()
        return cls(scheduler)

    def run(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        future = self.scheduler.submit(model, inputs, priority)
        try:
            return future.result(timeout=timeout)
        except concurrent.futures.TimeoutError as e:
            future.cancel()  # withdraw the inputs still queued
            raise InferenceTimeout(f"{model} did not answer within {timeout} s") from e

    async def arun(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        # off the loop: the first request for a model imports its handler (seconds)
        future = await asyncio.to_thread(self.scheduler.submit, model, inputs, priority)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError as e:
            raise InferenceTimeout(f"{model} did not answer within {timeout} s") from e

    def models(self) -> list[ModelInfo]:
        return self.scheduler.models()

    def close(self) -> None:
        self.scheduler.close()
