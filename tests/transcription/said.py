"""What was said in a meeting, line by line, for the notes rules' tests (no audio, no models)."""

from __future__ import annotations

import datetime as dt

from transcription.notes.sentences import Sentence

MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def said(*lines: tuple[str, str]) -> list[Sentence]:
    """One sentence a ``(speaker, text)`` line, a second each."""
    return [Sentence(text, speaker, float(i), i + 1.0) for i, (speaker, text) in enumerate(lines)]
