"""Small handlers for the scheduler's mechanics (the real models are tested too)."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np

from services.inference import BadRequest, ModelUnavailable
from services.inference.models import ModelHandler

FAKE_MODELS = {
    "echo": "tests.inference.fakes:EchoModel",
    "broken": "tests.inference.fakes:BrokenModel",
    "missing": "tests.inference.no_such_module:Model",
}


class EchoModel(ModelHandler):
    """Doubles numbers and arrays; fails a whole batch holding "boom"; can be held on a gate."""

    name = "echo"
    package = "deskmate-test-fakes"
    max_batch = 64

    def __init__(self, device: str = "cpu", path: str | None = None) -> None:
        super().__init__(device, path)
        self.batches: list[list[Any]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.started = threading.Event()
        self.delay = 0.0
        self.released = 0

    def load(self) -> None:
        self.loaded = True

    def release(self) -> None:
        self.released += 1
        super().release()

    def validate(self, item: Any) -> None:
        if not isinstance(item, int | float | np.ndarray) and item != "boom":
            raise BadRequest(f"echo takes numbers or arrays, got {type(item).__name__}")

    def run_batch(self, inputs: list[Any]) -> list[Any]:
        self.batches.append(list(inputs))
        self.started.set()
        self.gate.wait(timeout=30)
        time.sleep(self.delay)
        if any(isinstance(x, str) for x in inputs):
            raise RuntimeError("boom in the model")
        return [x * 2 for x in inputs]


class OtherEchoModel(EchoModel):
    """A second model, to show what runs beside another model's batch."""

    name = "echo2"


class BrokenModel(ModelHandler):
    """Weights that never load, like a corrupted package."""

    name = "broken"
    package = "deskmate-broken-weights"
    load_attempts = 0

    def load(self) -> None:
        type(self).load_attempts += 1
        raise ModelUnavailable(f"weights corrupted: pip install --force-reinstall {self.package}")

    def run_batch(self, inputs: list[Any]) -> list[Any]:
        raise AssertionError("never loaded, never run")
