"""Grouping labelled words into readable segments: one speaker, a sentence or a few (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from transcription.types import Segment, Word

MAX_SEGMENT = 20.0  # seconds: subtitles and transcript lines stay readable
PAUSE = 1.0


def build_segments(words: Sequence[Word]) -> list[Segment]:
    """Segments split at speaker changes, long pauses after a sentence, or when too long."""
    segments: list[Segment] = []
    current: list[Word] = []
    for word in words:
        if current:
            last = current[-1]
            sentence_end = last.text.strip().endswith((".", "?", "!"))
            if (
                word.speaker != last.speaker
                or (
                    sentence_end
                    and (
                        word.start - last.end > PAUSE
                        or word.start - current[0].start > MAX_SEGMENT / 2
                    )
                )
                or word.end - current[0].start > MAX_SEGMENT
            ):
                segments.append(_segment(current))
                current = []
        current.append(word)
    if current:
        segments.append(_segment(current))
    return segments


def _segment(words: list[Word]) -> Segment:
    text = "".join(w.text for w in words).strip()
    return Segment(words[0].start, words[-1].end, text, words[0].speaker, tuple(words))
