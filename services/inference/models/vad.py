"""Voice activity detection: Silero VAD v6 as ONNX, the copy bundled inside ``faster-whisper``.

Input: ``{"audio": float32 ndarray at 16 kHz, "min_silence_ms": int, "speech_pad_ms": int,
"threshold": float}`` (all but audio optional). Output: the speech regions,
``[{"start": s, "end": s}, ...]`` in seconds.

faster-whisper runs the model over the 32 ms frames of a recording in batches of 10,000
frames, one onnxruntime call each (about 1 s for 10 minutes here), where the ``silero-vad``
package's TorchScript loop makes one call per frame (about 4 s). An operator's own weights
(``model_paths``) are a Silero TorchScript file, run with ``silero-vad``'s loop.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from services.inference import BadRequest
from services.inference.models import ModelHandler
from services.inference.weights import WeightFile, verified

SAMPLE_RATE = 16_000
MIN_SPEECH_MS = 250  # shorter sounds (a click, a cough) are not speech; silero-vad's default


class SileroVad(ModelHandler):
    """Silero VAD (a small recurrent net; one recording at a time, it keeps state)."""

    name = "vad"
    package = "faster-whisper"
    max_batch = 4
    weight = WeightFile(
        package,
        "faster_whisper/assets/silero_vad_v6.onnx",
        "4cbf549b8326f60f80f2536d9eefeb450a9abe83365a098031c89719f1be17d2",
    )

    def load(self) -> None:
        if self.path:
            self._load_torchscript(self.path)
        else:
            from faster_whisper.vad import get_vad_model

            self._path = str(verified(self.weight))
            get_vad_model()  # loads the file just verified, once per process
        self.loaded = True

    def _load_torchscript(self, path: str) -> None:
        import torch

        self._path = path
        with warnings.catch_warnings():
            # Silero ships TorchScript; torch 2.13 marks jit.load deprecated but it works
            warnings.filterwarnings("ignore", "`torch.jit.load` is deprecated", DeprecationWarning)
            self._model = torch.jit.load(path, map_location="cpu").eval()
        self._torch = torch

    def weights_path(self) -> str:
        return str(getattr(self, "_path", self.path or ""))

    def validate(self, item: Any) -> None:
        audio = item.get("audio") if isinstance(item, dict) else None
        if not isinstance(audio, np.ndarray) or audio.ndim != 1 or audio.dtype != np.float32:
            raise BadRequest("vad expects {'audio': 1-D float32 array at 16 kHz}")
        threshold = item.get("threshold", 0.5)
        if not isinstance(threshold, int | float) or not 0 < threshold < 1:
            raise BadRequest(f"vad: 'threshold' must be between 0 and 1, got {threshold!r}")

    def run_batch(self, inputs: list[Any]) -> list[Any]:
        return [
            [{"start": s / SAMPLE_RATE, "end": e / SAMPLE_RATE} for s, e in self._regions(item)]
            for item in inputs
        ]

    def _regions(self, item: dict[str, Any]) -> list[tuple[int, int]]:
        """Speech regions of one recording, in samples."""
        threshold = float(item.get("threshold", 0.5))
        silence = int(item.get("min_silence_ms", 300))
        pad = int(item.get("speech_pad_ms", 100))
        if self.path:
            from silero_vad import get_speech_timestamps

            with self._torch.inference_mode():
                found = get_speech_timestamps(
                    self._torch.from_numpy(item["audio"]),
                    self._model,
                    threshold=threshold,
                    sampling_rate=SAMPLE_RATE,
                    min_silence_duration_ms=silence,
                    speech_pad_ms=pad,
                )
        else:
            from faster_whisper.vad import VadOptions, get_speech_timestamps

            options = VadOptions(
                threshold=threshold,
                min_silence_duration_ms=silence,
                speech_pad_ms=pad,
                min_speech_duration_ms=MIN_SPEECH_MS,
            )
            found = get_speech_timestamps(item["audio"], options, sampling_rate=SAMPLE_RATE)
        return [(int(r["start"]), int(r["end"])) for r in found]

    def memory_bytes(self) -> int:
        return 2_300_000
