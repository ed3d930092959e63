"""Cutting a recording into Whisper-sized chunks at pauses (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from transcription.types import Chunk

PAD = 0.2  # seconds kept around speech so word edges are not clipped
SPLIT_GAP = 4.0  # a pause this long always starts a new chunk: no chunk is mostly silence


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
