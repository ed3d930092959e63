"""Speech to words: VAD, chunks at pauses, one BATCH request per chunk to the worker.

Each chunk is its own request, so a person's interactive request never waits behind more
than one chunk. The chunks are dealt into runs of consecutive chunks decoded side by side (the
worker batches one chunk of each run), and a chunk is read after the text of the one before
it in its run, as Whisper reads a long recording. Finished chunks are handed to ``on_chunk``
(the job persists them) and skipped when a crashed job resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from services.inference import InferenceClient, Priority
from services.inference.models.whisper import MAX_PROMPT
from transcription.audio import SAMPLE_RATE
from transcription.chunking import missed_speech, plan_chunks, streams
from transcription.types import Chunk, Word

# chunks submitted at once: a full batch for the worker (WhisperHandler.max_batch). On the
# 10-minute benchmark 8 took 16.9-17.4 s against 20.2 s for 4 (same words), for ~290 MB more
# peak memory; 12 was no faster.
IN_FLIGHT = 8
# Whisper writes in the style of the text before it; the first chunk of a run has none, so it
# gets this (English only). On the 10-minute benchmark meeting it took the word error rate
# from 0.048 to 0.041. Words outside speech are dropped, and retries of missed speech get no
# prompt.
MEETING_PROMPT = "Meeting notes. Hello everyone, thanks for joining. Let's get started."
MODEL_NAMES = {"tiny.en": "whisper-tiny.en", "base": "whisper-base"}


@dataclass(frozen=True)
class Options:
    """How to recognise: model ("tiny.en", "base" or "auto"), engine, chunk length, prompt.

    ``prompt``: text Whisper reads as if said before each chunk (names and words to expect);
    None gives the meeting's ``title`` and, for English, :data:`MEETING_PROMPT`; "" gives
    no prompt at all.
    """

    model: str = "auto"
    engine: str = "faster-whisper"
    chunk_seconds: float = 30.0
    language: str | None = None
    prompt: str | None = None
    title: str = ""

    def prompt_for(self, language: str | None) -> str | None:
        """The prompt chunks in ``language`` get."""
        if self.prompt is not None:
            return self.prompt[:MAX_PROMPT] or None
        parts = [f"{self.title.strip().rstrip('.')}."] if self.title.strip() else []
        if language == "en":
            parts.append(MEETING_PROMPT)
        return " ".join(parts)[:MAX_PROMPT] or None


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


def text_of(result: Mapping[str, Any]) -> str:
    """The text of one chunk's result."""
    return " ".join(str(seg.get("text", "")).strip() for seg in result.get("segments", [])).strip()


def follow_on(prompt: str | None, before: str) -> str | None:
    """The prompt of a chunk said after ``before`` (the text of the chunks before it in its
    run): ``prompt`` then that text, cut from the front to :data:`MAX_PROMPT` characters at a
    word (the most recent words matter most)."""
    text = " ".join(part for part in (prompt, before) if part)
    if len(text) > MAX_PROMPT:
        text = text[-MAX_PROMPT:]
        text = text[text.find(" ") + 1 :] if " " in text else text
    return text or None


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


def _replaced(words: list[Word], span: Chunk) -> list[Word]:
    """Words of the first pass that a retry of ``span`` replaces: those starting inside it.

    A word alignment stretched over the missed speech starts before the span; it stays.
    """
    return [w for w in words if span.start <= w.start and (w.start + w.end) / 2 <= span.end]


def _ending_by(word: Word, time: float) -> Word:
    """``word`` ending no later than ``time`` when it starts before it (a stretched word)."""
    if word.start < time < word.end:
        return Word(word.start, round(time, 3), word.text, word.probability, word.speaker)
    return word


def _inside(words: list[Word], span: Chunk) -> list[Word]:
    return [w for w in words if span.start <= (w.start + w.end) / 2 <= span.end]


def _saved(results: Mapping[int, dict[str, Any]], chunk: Chunk) -> bool:
    """Whether ``results`` hold this very chunk: same index and span (a result saved under
    another plan, before the VAD or the chunk length changed, is transcribed again)."""
    found = results.get(chunk.index)
    if found is None:
        return False
    span = found.get("span") or [None, None]
    return all(
        isinstance(a, int | float) and abs(a - b) < 1e-3
        for a, b in zip(span, (chunk.start, chunk.end), strict=True)
    )


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
    prompt = options.prompt_for(language)

    def run(job: tuple[Chunk, str | None]) -> tuple[Chunk, dict[str, Any]]:
        chunk, chunk_prompt = job
        item = {
            "audio": _clip(audio, chunk),
            "language": language,
            "word_timestamps": True,
            "engine": options.engine,
            "prompt": chunk_prompt,
        }
        result = dict(client.run(model, [item], priority=Priority.BATCH)[0])
        result["model"] = model
        result["span"] = [chunk.start, chunk.end]
        return chunk, result

    finished = sum(c.duration for c in chunks if _saved(results, c))

    def prompt_of(run_: list[Chunk], k: int) -> str | None:
        if k == 0 or options.prompt == "":  # "" asks for no prompt at all
            return prompt
        return follow_on(prompt, " ".join(text_of(results[c.index]) for c in run_[:k]))

    def run_all(todo: list[Chunk], prompted: bool) -> None:
        """Decode ``todo`` in runs side by side, one chunk of each run at a time."""
        nonlocal finished
        runs = streams(todo, IN_FLIGHT) if prompted else [[c] for c in todo]
        with ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="chunk") as pool:
            for k in range(max((len(r) for r in runs), default=0)):
                jobs = [
                    (r[k], prompt_of(r, k) if prompted else None)
                    for r in runs
                    if k < len(r) and not _saved(results, r[k])
                ]
                for chunk, result in pool.map(run, jobs):
                    results[chunk.index] = result
                    finished += chunk.duration
                    if on_chunk is not None:
                        on_chunk(chunk, result, min(1.0, finished / total))

    run_all(chunks, prompted=True)
    words = [w for c in chunks for w in words_of(results[c.index], c.start, regions)]
    retries = missed_speech(chunks, regions, words, first_index=len(chunks))
    # a retry is of speech that got no words: where a prompted Whisper is most likely to echo
    # its prompt, so it gets none
    run_all(retries, prompted=False)
    for retry in retries:  # the retry's words replace the first pass's if there are more
        first = _replaced(words, retry)
        again = _inside(words_of(results[retry.index], retry.start, regions), retry)
        if len(again) > len(first):
            words = [_ending_by(w, retry.start) for w in words if w not in first] + again
    words.sort(key=lambda w: w.start)
    languages = [r.get("language") for r in results.values() if r.get("language")]
    final_language = language or (max(set(languages), key=languages.count) if languages else "en")
    return Recognition(str(final_language), model, duration, tuple(regions), tuple(words))
