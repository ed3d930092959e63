"""Speaker embeddings: Resemblyzer's GE2E voice encoder (``resemblyzer/pretrained.pt``).

Input: a float32 ndarray (16 kHz mono speech, ideally >= 1 s). Output: a unit-length
256-float ndarray; two clips of one voice have cosine similarity near 0.8-0.9, of two voices
usually below 0.7. The network (3-layer LSTM over 40 mel bands, then a linear layer) is
rebuilt here because the ``resemblyzer`` package's import pulls in ``webrtcvad``, which
needs ``pkg_resources`` (gone from current setuptools); only its weights are used.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from services.inference import BadRequest
from services.inference.models import ModelHandler
from services.inference.weights import WeightFile, verified

SAMPLE_RATE = 16_000
HOP = 160  # 10 ms
WINDOW_FRAMES = 160  # 1.6 s partial utterances
STEP_FRAMES = 77  # ~1.3 partials a second, as the encoder was trained
TARGET_DBFS = -30.0


def _mel(audio: np.ndarray) -> np.ndarray:
    import librosa

    frames = librosa.feature.melspectrogram(
        y=audio, sr=SAMPLE_RATE, n_fft=400, hop_length=HOP, n_mels=40
    )
    return frames.astype(np.float32).T


def _normalised(audio: np.ndarray) -> np.ndarray:
    """Raise quiet clips to -30 dBFS (the encoder was trained on such levels)."""
    rms = float(np.sqrt(np.mean(np.square(audio, dtype=np.float64)))) if len(audio) else 0.0
    if rms <= 1e-6:
        return audio
    gain = 10 ** ((TARGET_DBFS - 20 * np.log10(rms)) / 20)
    return (audio * min(gain, 100.0)).astype(np.float32) if gain > 1 else audio


def _windows(n_frames: int) -> list[int]:
    """Start frames of the 1.6 s windows covering ``n_frames`` (at least one)."""
    last = max(0, n_frames - WINDOW_FRAMES)
    starts = list(range(0, last + 1, STEP_FRAMES))
    if starts[-1] != last and n_frames - starts[-1] - WINDOW_FRAMES > WINDOW_FRAMES // 4:
        starts.append(last)
    return starts


class SpeakerEncoder(ModelHandler):
    """All windows of all clips in a batch go through the LSTM together."""

    name = "speaker"
    package = "resemblyzer"
    max_batch = 64
    weight = WeightFile(
        package,
        "resemblyzer/pretrained.pt",
        "39373b86598fa3da9fcddee6142382efe09777e8d37dc9c0561f41f0070f134e",
    )

    def load(self) -> None:
        import torch
        from torch import nn

        self._path = self.path or str(verified(self.weight))
        state = torch.load(self._path, map_location="cpu", weights_only=True)["model_state"]
        self._lstm = nn.LSTM(40, 256, 3, batch_first=True)
        self._linear = nn.Linear(256, 256)
        self._lstm.load_state_dict({k[5:]: v for k, v in state.items() if k.startswith("lstm.")})
        self._linear.load_state_dict(
            {k[7:]: v for k, v in state.items() if k.startswith("linear.")}
        )
        self._lstm.to(self.device).eval()
        self._linear.to(self.device).eval()
        self._torch = torch
        self.loaded = True

    def weights_path(self) -> str:
        return str(getattr(self, "_path", self.path or ""))

    def validate(self, item: Any) -> None:
        if not isinstance(item, np.ndarray) or item.ndim != 1 or item.dtype != np.float32:
            raise BadRequest("speaker expects a 1-D float32 array at 16 kHz")
        if len(item) < SAMPLE_RATE // 4:
            raise BadRequest(f"speaker: clip of {len(item) / SAMPLE_RATE:.2f} s is under 0.25 s")

    def run_batch(self, inputs: list[Any]) -> list[Any]:
        torch = self._torch
        windows: list[np.ndarray] = []
        owners: list[int] = []
        for i, audio in enumerate(inputs):
            padded = np.pad(_normalised(audio), (0, max(0, WINDOW_FRAMES * HOP - len(audio))))
            mel = _mel(padded)
            for start in _windows(len(mel)):
                windows.append(mel[start : start + WINDOW_FRAMES])
                owners.append(i)
        with torch.inference_mode():
            mels = torch.from_numpy(np.stack(windows)).to(self.device)
            _, (hidden, _) = self._lstm(mels)
            raw = torch.relu(self._linear(hidden[-1]))
            partial = (raw / raw.norm(dim=1, keepdim=True).clamp(min=1e-9)).cpu().numpy()
        outputs = []
        owner = np.asarray(owners)
        for i in range(len(inputs)):
            mean = partial[owner == i].mean(axis=0)
            outputs.append((mean / max(float(np.linalg.norm(mean)), 1e-9)).astype(np.float32))
        return outputs

    def memory_bytes(self) -> int:
        return 17_100_000
