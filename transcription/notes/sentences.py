"""A transcript as sentences, each with its speaker and moment (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transcription.types import Transcript

# "Mrs. Henderson", "Dr. Sato": a title's stop ends no sentence
TITLES = ("Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.")  # not "St.", Street as often
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{re.escape(title)})" for title in TITLES)
_SPLIT = re.compile(rf"(?<=[.?!]){_NOT_AFTER_TITLE}\s+(?=[A-ZÀ-Þ0-9\"'¿¡])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the meeting."""

    text: str
    speaker: str
    start: float
    end: float


def sentences_of(transcript: Transcript) -> list[Sentence]:
    """Split every segment into sentences; times come from the words when there are any."""
    result: list[Sentence] = []
    for seg in transcript.segments:
        if seg.words:
            current, start = "", seg.words[0].start
            for i, word in enumerate(seg.words):
                current += word.text
                last = i == len(seg.words) - 1
                said = word.text.strip()
                if last or (said.endswith((".", "?", "!")) and said not in TITLES):
                    if current.strip():
                        result.append(Sentence(current.strip(), seg.speaker, start, word.end))
                    current = ""
                    if not last:
                        start = seg.words[i + 1].start
        else:
            parts = [p for p in _SPLIT.split(seg.text) if p.strip()]
            span = (seg.end - seg.start) / max(1, len(parts))
            result.extend(
                Sentence(p.strip(), seg.speaker, seg.start + i * span, seg.start + (i + 1) * span)
                for i, p in enumerate(parts)
            )
    return result
