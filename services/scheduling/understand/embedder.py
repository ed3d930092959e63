"""Sentence embeddings for the intent classifier: through the inference worker, or local.

One interface (:data:`Embedder`, a function from texts to unit vectors) with two sources:
the shared inference worker's ``embed`` model when a runtime is at hand (jobs, web), and
the same MiniLM weights loaded in-process for the CLI, the training script and benchmarks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from services.inference import ModelUnavailable, Priority
from services.inference.device import pick_device
from services.inference.models.embedding import EmbeddingModel
from services.scheduling.understand.errors import ModelMissing

if TYPE_CHECKING:
    from services.inference import InferenceClient
    from services.runtime import Runtime

Embedder = Callable[[list[str]], np.ndarray]


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def inference_embedder(client: InferenceClient) -> Embedder:
    """Embeddings from the inference worker's ``embed`` model (interactive priority)."""

    def embed(texts: list[str]) -> np.ndarray:
        return _unit(
            np.asarray(client.run("embed", texts, priority=Priority.INTERACTIVE), dtype=np.float32)
        )

    return embed


class LocalMiniLM:
    """The inference worker's own ``embed`` handler, loaded in this process.

    Same weights, tokenizer limit and pooling as the worker, so vectors are identical
    whichever way they were computed.
    """

    def __init__(self, device: str = "auto") -> None:
        self._device = device
        self._lock = threading.Lock()
        self._handler: EmbeddingModel | None = None

    def __call__(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            if self._handler is None:
                handler = EmbeddingModel(device=pick_device(self._device))
                try:
                    handler.load()
                except ModelUnavailable as e:
                    raise ModelMissing(str(e)) from e
                self._handler = handler
            vectors = self._handler.run_batch(texts)
        return _unit(np.asarray(vectors, dtype=np.float32))


_LOCAL: LocalMiniLM | None = None


def local_embedder(device: str = "auto") -> Embedder:
    """The process-wide in-process MiniLM (loaded on first use)."""
    global _LOCAL
    if _LOCAL is None:
        _LOCAL = LocalMiniLM(device)
    return _LOCAL


def embedder_for(runtime: Runtime | None) -> Embedder:
    """The runtime's inference worker when there is one, else the in-process model."""
    if runtime is None:
        return local_embedder()
    return inference_embedder(runtime.inference)
