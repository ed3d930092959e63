"""What was said in a meeting, line by line, for the notes rules' tests (no audio, no models)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from transcription.notes.actions import action_items
from transcription.notes.sentences import Sentence

MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def said(*lines: tuple[str, str]) -> list[Sentence]:
    """One sentence a ``(speaker, text)`` line, a second each."""
    return [Sentence(text, speaker, float(i), i + 1.0) for i, (speaker, text) in enumerate(lines)]


def items_of(*lines: tuple[str, str]) -> list[tuple[str | None, str, dt.date | None]]:
    """The action items of ``lines`` said on :data:`MONDAY`, as (owner, task, due)."""
    return [(i.owner, i.task, i.due) for i in action_items(said(*lines), MONDAY)]


class Sure:
    """A decision or question model sure of every sentence it is given: what the rules' checks
    around the model let through."""

    def scores(self, sentences: Sequence[Sentence]) -> list[float]:
        return [1.0] * len(sentences)
