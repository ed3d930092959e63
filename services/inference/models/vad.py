"""Voice activity detection: Silero VAD, the TorchScript model shipped inside ``silero-vad``.

Input: ``{"audio": float32 ndarray at 16 kHz, "min_silence_ms": int, "speech_pad_ms": int,
"threshold": float}`` (all but audio optional). Output: the speech regions,
``[{"start": s, "end": s}, ...]`` in seconds.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from services.inference import BadRequest
from services.inference.models import ModelHandler
from services.inference.weights import WeightFile, verified

SAMPLE_RATE = 16_000


class SileroVad(ModelHandler):
    """Silero VAD v5 (a small recurrent net; one clip at a time, it keeps state)."""

    name = "vad"
    package = "silero-vad"
    max_batch = 4
    weight = WeightFile(
        package,
        "silero_vad/data/silero_vad.jit",
        "e1122837f4154c511485fe0b9c64455f7b929c96fbb8d79fbdb336383ebd3720",
    )

    def load(self) -> None:
        import torch

        self._path = verified(self.weight) if not self.path else self.path
        # The state machine runs frame by frame; on CUDA the transfers cost more than they save.
        with warnings.catch_warnings():
            # silero-vad ships TorchScript; torch 2.13 marks jit.load deprecated but it works
            warnings.filterwarnings("ignore", "`torch.jit.load` is deprecated", DeprecationWarning)
            self._model = torch.jit.load(str(self._path), map_location="cpu").eval()
        self._torch = torch
        self.loaded = True

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
        from silero_vad import get_speech_timestamps

        outputs = []
        for item in inputs:
            with self._torch.inference_mode():
                regions = get_speech_timestamps(
                    self._torch.from_numpy(item["audio"]),
                    self._model,
                    threshold=float(item.get("threshold", 0.5)),
                    sampling_rate=SAMPLE_RATE,
                    min_silence_duration_ms=int(item.get("min_silence_ms", 300)),
                    speech_pad_ms=int(item.get("speech_pad_ms", 100)),
                )
            outputs.append(
                [
                    {"start": r["start"] / SAMPLE_RATE, "end": r["end"] / SAMPLE_RATE}
                    for r in regions
                ]
            )
        return outputs

    def memory_bytes(self) -> int:
        return 2_300_000
