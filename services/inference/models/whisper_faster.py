"""faster-whisper (CTranslate2): int8 on CPU, float16 on CUDA; clips decoded as one batch.

Clips of one language, word-timestamp setting and prompt share a batch.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from services.inference.models.whisper_engines import (
    SAMPLE_RATE,
    WhisperEngine,
    segment_dict,
    word_dict,
)

BEAM_SIZE = 5  # beam search: greedy lost accuracy on meeting speech here and saved little


class FasterWhisperEngine(WhisperEngine):
    """Clips of one language go through ``BatchedInferencePipeline`` together."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        compute = "float16" if self.device.startswith("cuda") else "int8"
        self.model = WhisperModel(
            str(self.model_dir),
            device=self.device.split(":")[0],
            compute_type=compute,
            cpu_threads=0,
        )
        self.pipeline = BatchedInferencePipeline(self.model)

    def _language(self, audio: np.ndarray) -> tuple[str, float]:
        if not self.model.model.is_multilingual:
            return "en", 1.0
        language, probability, _ = self.model.detect_language(audio)
        return language, float(probability)

    def run(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        outputs: list[dict[str, Any]] = [{} for _ in items]
        groups: dict[tuple[str, bool, str | None], list[int]] = {}
        for i, item in enumerate(items):
            audio = item["audio"]
            language, probability = (
                (item["language"], 1.0) if item.get("language") else self._language(audio)
            )
            outputs[i] = {
                "language": language,
                "language_probability": probability,
                "duration": len(audio) / SAMPLE_RATE,
            }
            if item.get("task", "transcribe") == "transcribe":
                outputs[i]["segments"] = []
                key = (language, bool(item.get("word_timestamps")), item.get("prompt") or None)
                groups.setdefault(key, []).append(i)
        for (language, words, prompt), indexes in groups.items():
            clips = [items[i]["audio"] for i in indexes]
            self._transcribe(clips, language, words, prompt, [outputs[i] for i in indexes])
        return outputs

    def _transcribe(
        self,
        clips: list[np.ndarray],
        language: str,
        words: bool,
        prompt: str | None,
        outputs: list[dict[str, Any]],
    ) -> None:
        """Decode ``clips`` side by side and file each segment under the clip it came from."""
        offsets = np.cumsum([0] + [len(clip) for clip in clips]) / SAMPLE_RATE
        spans = [
            {"start": float(offsets[i]), "end": float(offsets[i + 1])}
            for i, clip in enumerate(clips)
            if len(clip) >= SAMPLE_RATE // 10
        ]
        if not spans:
            return
        segments, _ = self.pipeline.transcribe(
            np.concatenate(clips),
            language=language,
            clip_timestamps=spans,
            batch_size=len(spans),
            beam_size=BEAM_SIZE,
            word_timestamps=words,
            initial_prompt=prompt,
            without_timestamps=True,
            vad_filter=False,
        )
        for seg in segments:
            # the midpoint: alignment may put a clip's first word a few ms before the clip
            middle = (seg.start + seg.end) / 2
            index = min(int(np.searchsorted(offsets, middle, side="right")) - 1, len(clips) - 1)
            base = offsets[index]
            seg_words = [
                word_dict(max(0.0, w.start - base), max(0.0, w.end - base), w.word, w.probability)
                for w in (seg.words or [])
            ]
            outputs[index]["segments"].append(
                segment_dict(max(0.0, seg.start - base), seg.end - base, seg.text, seg_words)
            )
