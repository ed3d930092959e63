"""Cutting a recording into Whisper-sized chunks of speech (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from transcription.types import Chunk

PAD = 0.2  # seconds kept around speech so word edges are not clipped
JOIN_GAP = 1.0  # pauses shorter than this stay in the audio, as said
GAP = 0.5  # silence put between speech joined across a longer pause


def speech_spans(
    regions: Sequence[tuple[float, float]], duration: float, max_seconds: float
) -> list[tuple[float, float]]:
    """Padded speech regions (overlaps merged), none longer than ``max_seconds``.

    A region longer than ``max_seconds`` (someone talking without a pause) is cut into equal
    parts.
    """
    merged: list[tuple[float, float]] = []
    for start, end in regions:
        start, end = max(0.0, start - PAD), min(duration, end + PAD)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif end > start:
            merged.append((start, end))
    spans: list[tuple[float, float]] = []
    for start, end in merged:
        pieces = max(1, -int(-(end - start) // max_seconds))
        step = (end - start) / pieces
        spans.extend((start + i * step, start + (i + 1) * step) for i in range(pieces))
    return spans


def plan_chunks(
    regions: Sequence[tuple[float, float]], duration: float, max_seconds: float
) -> list[Chunk]:
    """Pack speech ``regions`` into chunks whose clip lasts at most ``max_seconds``.

    Whisper's encoder always reads a 30 s window, so each chunk is filled with speech: a pause
    under :data:`JOIN_GAP` stays as said, a longer one is replaced by :data:`GAP` seconds of
    silence. Silence outside the pieces is never transcribed.
    """
    chunks: list[Chunk] = []
    pieces: list[tuple[float, float]] = []

    def close() -> None:
        kept = tuple((round(s, 3), round(e, 3)) for s, e in pieces)
        chunks.append(Chunk(len(chunks), kept[0][0], kept[-1][1], kept, GAP))

    for start, end in speech_spans(regions, duration, max_seconds):
        if not pieces:
            pieces.append((start, end))
            continue
        join = start - pieces[-1][1] < JOIN_GAP
        length = sum(e - s for s, e in pieces) + GAP * (len(pieces) - 1)
        length += (end - pieces[-1][1]) if join else (GAP + end - start)
        if length > max_seconds:
            close()
            pieces = [(start, end)]
        elif join:
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    if pieces:
        close()
    return chunks
