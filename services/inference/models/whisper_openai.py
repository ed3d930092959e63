"""openai-whisper (PyTorch), on weights converted once from the bundled CTranslate2 model."""

from __future__ import annotations

import threading
import warnings
from typing import Any

import numpy as np

from services.inference.models.whisper_convert import convert
from services.inference.models.whisper_engines import (
    SAMPLE_RATE,
    WhisperEngine,
    segment_dict,
    word_dict,
)
from services.inference.weights import sha256_of

_CONVERT_LOCK = threading.Lock()


class OpenAIWhisperEngine(WhisperEngine):
    """One clip at a time through ``whisper.transcribe`` (openai-whisper has no batching)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        import torch
        import whisper

        checkpoint = self._checkpoint()
        data = torch.load(checkpoint, map_location="cpu", weights_only=True)
        model = whisper.model.Whisper(whisper.model.ModelDimensions(**data["dims"]))
        model.load_state_dict(data["model_state_dict"])
        heads = torch.zeros(model.dims.n_text_layer, model.dims.n_text_head, dtype=torch.bool)
        for layer, head in data["alignment_heads"]:
            heads[layer, head] = True
        model.register_buffer("alignment_heads", heads.to_sparse(), persistent=False)
        self.model = model.to(self.device).eval()
        self._whisper = whisper
        with warnings.catch_warnings():
            # whisper's tokenizer reads its vocabulary without closing the file; load it once here
            warnings.simplefilter("ignore", ResourceWarning)
            whisper.tokenizer.get_tokenizer(
                model.is_multilingual, num_languages=model.num_languages
            )

    def _checkpoint(self) -> Any:
        """The converted checkpoint, rebuilt when the source ``model.bin`` changed."""
        source = sha256_of(self.model_dir / "model.bin")
        target = self.cache_dir / f"openai-whisper-{source[:16]}.pt"
        with _CONVERT_LOCK:
            if not target.is_file():
                convert(self.model_dir, target)
        return target

    def run(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [self._one(item) for item in items]

    def _one(self, item: dict[str, Any]) -> dict[str, Any]:
        whisper = self._whisper
        audio: np.ndarray = item["audio"]
        language = item.get("language")
        probability = 1.0
        if not self.model.is_multilingual:
            language = "en"
        elif not language:
            mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(audio), self.model.dims.n_mels)
            _, probs = self.model.detect_language(mel.to(self.model.device))
            language = max(probs, key=probs.get)
            probability = float(probs[language])
        output: dict[str, Any] = {
            "language": language,
            "language_probability": probability,
            "duration": len(audio) / SAMPLE_RATE,
        }
        if item.get("task", "transcribe") != "transcribe":
            return output
        if len(audio) < SAMPLE_RATE // 10:
            output["segments"] = []
            return output
        result = whisper.transcribe(
            self.model,
            audio,
            language=language,
            word_timestamps=bool(item.get("word_timestamps")),
            fp16=self.device.startswith("cuda"),
            condition_on_previous_text=False,
            initial_prompt=item.get("prompt") or None,
            verbose=None,
        )
        output["segments"] = [
            segment_dict(
                seg["start"],
                seg["end"],
                seg["text"],
                [
                    word_dict(w["start"], w["end"], w["word"], w["probability"])
                    for w in seg.get("words", [])
                ],
            )
            for seg in result["segments"]
        ]
        return output
