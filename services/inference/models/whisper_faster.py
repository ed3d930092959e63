"""faster-whisper (CTranslate2): int8 on CPU, float16 on CUDA; clips decoded as one batch.

Clips of one language and word-timestamp setting share a batch, each with its own prompt
(clips with no prompt go in a batch of their own).
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


def _pipeline(model: Any) -> Any:
    """faster-whisper's batched pipeline, but with a prompt of its own for each clip.

    The library gives every clip of a batch the one ``initial_prompt``; a chunk of a long
    recording reads best after the text said just before it, which differs from clip to clip.
    CTranslate2 needs the prompts of a batch to be of one length in tokens, so each keeps
    its last tokens, as many as the shortest has (Whisper reads the most recent words most).
    """
    from faster_whisper import BatchedInferencePipeline

    class PromptPerClip(BatchedInferencePipeline):
        # one per clip of the next batch, set just before it (the worker runs a model's
        # batches one at a time, on its device's lane)
        prompts: list[str | None] = []

        def generate_segment_batched(
            self, features: np.ndarray, tokenizer: Any, options: Any
        ) -> tuple[Any, list[dict[str, Any]]]:
            before = [tokenizer.encode(prompt) if prompt else [] for prompt in self.prompts]
            kept = min(len(tokens) for tokens in before)
            prompts = [
                self.model.get_prompt(
                    tokenizer,
                    previous_tokens=tokens[len(tokens) - kept :],
                    without_timestamps=options.without_timestamps,
                )
                for tokens in before
            ]
            encoded = self.model.encode(features)
            results = self.model.model.generate(
                encoded,
                prompts,
                beam_size=options.beam_size,
                patience=options.patience,
                length_penalty=options.length_penalty,
                max_length=self.model.max_length,
                suppress_blank=options.suppress_blank,
                suppress_tokens=options.suppress_tokens,
                return_scores=True,
                return_no_speech_prob=True,
            )
            outputs = []
            for result in results:
                tokens = result.sequences_ids[0]
                total = result.scores[0] * len(tokens) ** options.length_penalty
                outputs.append(
                    {
                        "avg_logprob": total / (len(tokens) + 1),
                        "no_speech_prob": result.no_speech_prob,
                        "tokens": tokens,
                    }
                )
            return encoded, outputs

    return PromptPerClip(model)


class FasterWhisperEngine(WhisperEngine):
    """Clips of one language go through ``BatchedInferencePipeline`` together."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        from faster_whisper import WhisperModel

        compute = "float16" if self.device.startswith("cuda") else "int8"
        self.model = WhisperModel(
            str(self.model_dir),
            device=self.device.split(":")[0],
            compute_type=compute,
            cpu_threads=0,
        )
        self.pipeline = _pipeline(self.model)

    def _language(self, audio: np.ndarray) -> tuple[str, float]:
        if not self.model.model.is_multilingual:
            return "en", 1.0
        language, probability, _ = self.model.detect_language(audio)
        return language, float(probability)

    def run(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        outputs: list[dict[str, Any]] = [{} for _ in items]
        groups: dict[tuple[str, bool, bool], list[int]] = {}
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
                prompted = bool(item.get("prompt"))
                key = (language, bool(item.get("word_timestamps")), prompted)
                groups.setdefault(key, []).append(i)
        for (language, words, _), indexes in groups.items():
            clips = [items[i]["audio"] for i in indexes]
            prompts = [items[i].get("prompt") or None for i in indexes]
            self._transcribe(clips, language, words, prompts, [outputs[i] for i in indexes])
        return outputs

    def _transcribe(
        self,
        clips: list[np.ndarray],
        language: str,
        words: bool,
        prompts: list[str | None],
        outputs: list[dict[str, Any]],
    ) -> None:
        """Decode ``clips`` side by side, each after its prompt, and file each segment under
        the clip it came from."""
        offsets = np.cumsum([0] + [len(clip) for clip in clips]) / SAMPLE_RATE
        spans = [
            {"start": float(offsets[i]), "end": float(offsets[i + 1])}
            for i, clip in enumerate(clips)
            if len(clip) >= SAMPLE_RATE // 10
        ]
        if not spans:
            return
        self.pipeline.prompts = [
            prompt
            for clip, prompt in zip(clips, prompts, strict=True)
            if len(clip) >= SAMPLE_RATE // 10
        ]
        segments, _ = self.pipeline.transcribe(
            np.concatenate(clips),
            language=language,
            clip_timestamps=spans,
            batch_size=len(spans),
            beam_size=BEAM_SIZE,
            word_timestamps=words,
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
