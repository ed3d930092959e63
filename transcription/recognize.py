"""Speech to words: VAD, chunks at pauses, one BATCH request per chunk to the worker.

Each chunk is its own request, so a person's interactive request never waits behind more
than one chunk; a few are in flight at once so the worker can batch them. Finished chunks are
handed to ``on_chunk`` (the job persists them) and skipped when a crashed job resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from services.inference import InferenceClient, Priority
from transcription.audio import SAMPLE_RATE
from transcription.chunking import plan_chunks
from transcription.types import Chunk, Word

IN_FLIGHT = 4  # chunks submitted at once: enough for the worker to batch them
MODEL_NAMES = {"tiny.en": "whisper-tiny.en", "base": "whisper-base"}


@dataclass(frozen=True)
class Options:
    """How to recognise: model ("tiny.en", "base" or "auto"), engine, chunk length."""

    model: str = "auto"
    engine: str = "faster-whisper"
    chunk_seconds: float = 30.0
    language: str | None = None


@dataclass(frozen=True)
class Recognition:
    """Words of the whole recording with the speech regions they came from."""

    language: str
    model: str
    duration: float
    regions: tuple[tuple[float, float], ...]
    words: tuple[Word, ...]


ChunkDone = Callable[[Chunk, dict[str, Any], float], None]


def speech_regions(client: InferenceClient, audio: np.ndarray) -> list[tuple[float, float]]:
    """Where someone speaks, in seconds (Silero VAD through the worker)."""
    if len(audio) < SAMPLE_RATE // 10:
        return []
    found = client.run("vad", [{"audio": audio}], priority=Priority.BATCH)[0]
    return [(float(r["start"]), float(r["end"])) for r in found]


def _clip(audio: np.ndarray, chunk: Chunk) -> np.ndarray:
    return np.ascontiguousarray(
        audio[int(chunk.start * SAMPLE_RATE) : int(chunk.end * SAMPLE_RATE)]
    )


def choose_model(
    client: InferenceClient, audio: np.ndarray, chunks: list[Chunk], options: Options
) -> tuple[str, str | None]:
    """(model name, language): tiny.en for English, base otherwise, when the model is "auto"."""
    if options.model != "auto":
        language = options.language or ("en" if options.model == "tiny.en" else None)
        return MODEL_NAMES[options.model], language
    if options.language:
        return MODEL_NAMES["tiny.en" if options.language == "en" else "base"], options.language
    if not chunks:
        return MODEL_NAMES["tiny.en"], "en"
    longest = max(chunks, key=lambda c: c.duration)
    detected = client.run(
        "whisper-base",
        [{"audio": _clip(audio, longest), "task": "detect_language", "engine": options.engine}],
        priority=Priority.BATCH,
    )[0]
    language = str(detected["language"])
    return MODEL_NAMES["tiny.en" if language == "en" else "base"], language


def words_of(
    result: Mapping[str, Any], offset: float, speech: list[tuple[float, float]]
) -> list[Word]:
    """Words of one chunk's result at absolute times, dropping any outside detected speech."""
    words = []
    for seg in result.get("segments", []):
        for w in seg.get("words") or []:
            start, end = offset + float(w["start"]), offset + float(w["end"])
            if any(start < r_end + 0.5 and end > r_start - 0.5 for r_start, r_end in speech):
                words.append(
                    Word(
                        round(start, 3), round(end, 3), w["word"], float(w.get("probability", 1.0))
                    )
                )
    return words


def recognize(
    client: InferenceClient,
    audio: np.ndarray,
    options: Options,
    done: Mapping[int, dict[str, Any]] | None = None,
    on_chunk: ChunkDone | None = None,
) -> Recognition:
    """Transcribe ``audio`` chunk by chunk; ``done`` holds results saved by an earlier run."""
    duration = len(audio) / SAMPLE_RATE
    regions = speech_regions(client, audio)
    chunks = plan_chunks(regions, duration, min(options.chunk_seconds, 30.0))
    results: dict[int, dict[str, Any]] = dict(done or {})
    saved_model = next((r.get("model") for r in results.values() if r.get("model")), None)
    if saved_model:  # a resumed job keeps the model its finished chunks used
        model, language = saved_model, next(iter(results.values())).get("language")
    else:
        model, language = choose_model(client, audio, chunks, options)
    total = sum(c.duration for c in chunks) or 1.0

    def run(chunk: Chunk) -> tuple[Chunk, dict[str, Any]]:
        item = {
            "audio": _clip(audio, chunk),
            "language": language,
            "word_timestamps": True,
            "engine": options.engine,
        }
        result = dict(client.run(model, [item], priority=Priority.BATCH)[0])
        result["model"] = model
        return chunk, result

    todo = [c for c in chunks if c.index not in results]
    finished = sum(c.duration for c in chunks if c.index in results)
    with ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="chunk") as pool:
        for chunk, result in pool.map(run, todo):
            results[chunk.index] = result
            finished += chunk.duration
            if on_chunk is not None:
                on_chunk(chunk, result, finished / total)
    words: list[Word] = []
    for chunk in chunks:
        words.extend(words_of(results[chunk.index], chunk.start, regions))
    languages = [r.get("language") for r in results.values() if r.get("language")]
    final_language = language or (max(set(languages), key=languages.count) if languages else "en")
    return Recognition(str(final_language), model, duration, tuple(regions), tuple(words))
