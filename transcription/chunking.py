"""Cutting a recording into Whisper-sized chunks at pauses; finding speech left unsaid (pure)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from transcription.types import Chunk, Word

PAD = 0.2  # seconds kept around speech so word edges are not clipped
SPLIT_GAP = 4.0  # a pause this long always starts a new chunk: no chunk is mostly silence


def streams(chunks: Sequence[Chunk], count: int) -> list[list[Chunk]]:
    """``chunks`` dealt into at most ``count`` runs of consecutive chunks, as even as can be.

    The runs are decoded side by side, each in order, so every chunk but a run's first can be
    read after the text of the chunk before it.
    """
    count = max(1, min(count, len(chunks)))
    size, extra = divmod(len(chunks), count)
    runs, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        runs.append(list(chunks[start:end]))
        start = end
    return [run for run in runs if run]


def plan_chunks(
    regions: Sequence[tuple[float, float]], duration: float, max_seconds: float
) -> list[Chunk]:
    """Group speech ``regions`` into chunks of at most ``max_seconds``, cut between regions.

    A region longer than ``max_seconds`` (someone talking without a pause) is cut into equal
    parts. Silence outside the chunks is never transcribed.
    """
    spans: list[tuple[float, float]] = []
    for start, end in regions:
        start, end = max(0.0, start - PAD), min(duration, end + PAD)
        pieces = max(
            1, int((end - start) // max_seconds) + (1 if (end - start) % max_seconds else 0)
        )
        step = (end - start) / pieces
        spans.extend((start + i * step, start + (i + 1) * step) for i in range(pieces))
    chunks: list[Chunk] = []
    current: tuple[float, float] | None = None
    for start, end in spans:
        if current and end - current[0] <= max_seconds and start - current[1] < SPLIT_GAP:
            current = (current[0], max(current[1], end))
            continue
        if current:
            chunks.append(Chunk(len(chunks), round(current[0], 3), round(current[1], 3)))
        current = (max(start, chunks[-1].end if chunks else 0.0), end)
    if current:
        chunks.append(Chunk(len(chunks), round(current[0], 3), round(current[1], 3)))
    return chunks


MIN_MISSED = 1.0  # seconds of speech with (almost) no words that are worth a second look
NEAR = 0.25  # a word this close to a speech region counts as said in it
WORDS_PER_SECOND = 0.6  # speech is 2-3 words a second; much less means words went missing


def missed_speech(
    chunks: Sequence[Chunk],
    regions: Sequence[tuple[float, float]],
    words: Sequence[Word],
    first_index: int,
) -> list[Chunk]:
    """Chunks for speech that got (almost) no words, to be transcribed again on their own.

    Whisper sometimes ends its text early or skips a sentence, dropping a chunk's last words
    (more often when the chunk fills its 30 s window); word alignment then stretches the
    neighbouring words over the silence it left. Each run of VAD speech regions inside one
    chunk with fewer than ``WORDS_PER_SECOND`` words, ``MIN_MISSED`` seconds or more, becomes
    a new chunk numbered from ``first_index``.
    """
    middles = sorted((w.start + w.end) / 2 for w in words)

    def covered(start: float, end: float) -> bool:
        said = bisect_right(middles, end + NEAR) - bisect_left(middles, start - NEAR)
        return said >= max(1.0, WORDS_PER_SECOND * (end - start))

    missed: list[Chunk] = []
    for chunk in chunks:
        run: list[tuple[float, float]] = []
        inside = [r for r in regions if chunk.start <= (r[0] + r[1]) / 2 < chunk.end]
        for region in [*inside, None]:
            if region is not None and not covered(*region):
                run.append(region)
                continue
            if run and sum(end - start for start, end in run) >= MIN_MISSED:
                start = max(chunk.start, run[0][0] - PAD)
                end = min(chunk.end, run[-1][1] + PAD)
                missed.append(Chunk(first_index + len(missed), round(start, 3), round(end, 3)))
            run = []
    return missed
