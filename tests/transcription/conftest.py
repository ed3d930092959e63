"""Fixtures for meeting notes: real audio, speech rendered once per session, real models."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from services.inference import InferenceClient, ModelInfo, Priority
from services.inference.models import MODELS, ModelHandler
from transcription.audio import decode

FIXTURES = Path(__file__).with_name("fixtures")
ARCTIC_TEXT = "And you always want to see it in the superlative degree."


class HandlerClient(InferenceClient):
    """The real model handlers called in this process, each loaded once (no scheduler)."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.handlers: dict[str, ModelHandler] = {}
        self.lock = threading.Lock()
        self.calls: list[tuple[str, int, Priority]] = []

    def handler(self, model: str) -> ModelHandler:
        with self.lock:
            if model not in self.handlers:
                module, _, cls = MODELS[model].partition(":")
                handler: ModelHandler = getattr(importlib.import_module(module), cls)("cpu")
                if hasattr(handler, "cache_dir"):
                    handler.cache_dir = self.cache_dir
                handler.load()
                self.handlers[model] = handler
            return self.handlers[model]

    def run(self, model: str, inputs: list[Any], *, priority: Priority = Priority.INTERACTIVE,
            timeout: float | None = None) -> list[Any]:
        handler = self.handler(model)
        for item in inputs:
            handler.validate(item)
        self.calls.append((model, len(inputs), priority))
        with self.lock:  # one batch at a time, as the worker runs a model
            return handler.run_batch(inputs)

    async def arun(self, model: str, inputs: list[Any], *, priority: Priority = Priority.INTERACTIVE,
                   timeout: float | None = None) -> list[Any]:
        import asyncio

        return await asyncio.to_thread(self.run, model, inputs, priority=priority)

    def models(self) -> list[ModelInfo]:
        return []


@pytest.fixture(scope="session")
def speech_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HandlerClient]:
    """Real Whisper, VAD and speaker models, loaded once for the whole session."""
    yield HandlerClient(tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="session")
def arctic() -> np.ndarray:
    return decode(FIXTURES / "arctic_a0007.wav")


@pytest.fixture(scope="session")
def phone_call() -> np.ndarray:
    return decode(FIXTURES / "sample.wav")
