"""The interface both Whisper engines implement, and where to find each one."""

from __future__ import annotations

import abc
import importlib
from pathlib import Path
from typing import Any

SAMPLE_RATE = 16_000


class WhisperEngine(abc.ABC):
    """Transcribes clips (see ``whisper.py`` for the input and output dicts)."""

    def __init__(self, model_dir: Path, device: str, cache_dir: Path) -> None:
        self.model_dir = model_dir
        self.device = device
        self.cache_dir = cache_dir

    @abc.abstractmethod
    def run(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One output dict per input dict, same order."""

    def memory_bytes(self) -> int:
        """Approximate size of the loaded weights."""
        return sum(f.stat().st_size for f in self.model_dir.glob("model.bin"))


def _lazy(path: str) -> type[WhisperEngine]:
    module, _, cls = path.partition(":")
    engine: type[WhisperEngine] = getattr(importlib.import_module(module), cls)
    return engine


class _Engines(dict[str, str]):
    """Engine name -> class, imported on first use (each pulls in a large library)."""

    def __getitem__(self, name: str) -> type[WhisperEngine]:  # type: ignore[override]
        return _lazy(super().__getitem__(name))


ENGINES = _Engines(
    {
        "faster-whisper": "services.inference.models.whisper_faster:FasterWhisperEngine",
        "openai-whisper": "services.inference.models.whisper_openai:OpenAIWhisperEngine",
    }
)


def word_dict(start: float, end: float, word: str, probability: float) -> dict[str, Any]:
    """A word as both engines report it (times rounded to milliseconds)."""
    return {
        "start": round(float(start), 3),
        "end": round(float(end), 3),
        "word": word,
        "probability": round(float(probability), 4),
    }


def segment_dict(
    start: float, end: float, text: str, words: list[dict[str, Any]]
) -> dict[str, Any]:
    """A segment as both engines report it."""
    return {
        "start": round(float(start), 3),
        "end": round(float(end), 3),
        "text": text.strip(),
        "words": words,
    }
