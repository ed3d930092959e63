"""The domain values of a transcript: words, segments, chunks and the transcript itself."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Word:
    """One recognised word; times in seconds from the start of the recording."""

    start: float
    end: float
    text: str  # with its leading space as Whisper emits it
    probability: float = 1.0
    speaker: str = ""


@dataclass(frozen=True)
class Segment:
    """A stretch of speech by one speaker (a sentence or a few)."""

    start: float
    end: float
    text: str
    speaker: str = ""  # "Speaker 1" or a resolved name
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Chunk:
    """A piece of the recording sent to Whisper as one request (cut at a pause)."""

    index: int
    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Transcript:
    """The whole recording as text with times and speakers."""

    language: str
    duration: float
    segments: tuple[Segment, ...] = ()
    speakers: tuple[str, ...] = field(default=())
    model: str = ""  # the Whisper model that recognised it

    @property
    def text(self) -> str:
        return " ".join(seg.text for seg in self.segments).strip()

    @property
    def words(self) -> list[Word]:
        return [word for seg in self.segments for word in seg.words]

    def to_dict(self, words: bool = True) -> dict[str, Any]:
        """JSON-ready form (the ``transcript`` of the CLI's JSON notes)."""
        segments = []
        for seg in self.segments:
            item: dict[str, Any] = {
                "start": round(seg.start, 2),
                "end": round(seg.end, 2),
                "speaker": seg.speaker,
                "text": seg.text,
            }
            if words:
                item["words"] = [
                    {k: v for k, v in asdict(w).items() if k != "speaker"} for w in seg.words
                ]
            segments.append(item)
        return {
            "language": self.language,
            "duration": round(self.duration, 2),
            "text": self.text,
            "speakers": list(self.speakers),
            "model": self.model,
            "segments": segments,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        segments = tuple(
            Segment(
                seg["start"],
                seg["end"],
                seg["text"],
                seg.get("speaker", ""),
                tuple(
                    Word(
                        w["start"],
                        w["end"],
                        w["text"],
                        w.get("probability", 1.0),
                        seg.get("speaker", ""),
                    )
                    for w in seg.get("words", [])
                ),
            )
            for seg in data.get("segments", [])
        )
        return cls(
            data.get("language", ""),
            float(data.get("duration", 0.0)),
            segments,
            tuple(data.get("speakers", ())),
            data.get("model", ""),
        )

    def corrected(self, index: int, label: str, text: str | None = None) -> Transcript:
        """The transcript with segment ``index`` said by ``label`` (a speaker's label, or a
        new one) and, when ``text`` is given, saying that instead; ``speakers`` follow, in
        order of first words, without labels left empty.

        Corrected text gets word times shared out over the segment by length (what Whisper
        timed no longer matches it); unchanged text keeps them.
        """
        segments = list(self.segments)
        seg = segments[index]
        words = [(w.start, w.end, w.text, w.probability) for w in seg.words]
        if text is not None and " ".join(text.split()) != " ".join(seg.text.split()):
            text = " ".join(text.split())
            words = [
                (round(a, 3), round(b, 3), f" {token}", 1.0)
                for a, b, token in spread_words(text.split(), seg.start, seg.end)
            ]
        segments[index] = Segment(
            seg.start,
            seg.end,
            seg.text if text is None else text,
            label,
            tuple(Word(start, end, word, p, label) for start, end, word, p in words),
        )
        speakers = tuple(dict.fromkeys(s.speaker for s in segments if s.speaker))
        return Transcript(self.language, self.duration, tuple(segments), speakers, self.model)

    def new_label(self) -> str:
        """A "Speaker N" label no speaker has."""
        taken = set(self.speakers)
        return next(f"Speaker {n}" for n in range(1, len(taken) + 2) if f"Speaker {n}" not in taken)

    def renamed(self, names: dict[str, str]) -> Transcript:
        """The same transcript with speakers renamed (``{"Speaker 1": "Dana"}``)."""

        def name(label: str) -> str:
            return names.get(label, label)

        segments = tuple(
            Segment(
                s.start,
                s.end,
                s.text,
                name(s.speaker),
                tuple(
                    Word(w.start, w.end, w.text, w.probability, name(w.speaker)) for w in s.words
                ),
            )
            for s in self.segments
        )
        speakers = tuple(dict.fromkeys(name(s) for s in self.speakers))
        return Transcript(self.language, self.duration, segments, speakers, self.model)


def spread_words(tokens: list[str], start: float, end: float) -> list[tuple[float, float, str]]:
    """Times for ``tokens`` said between ``start`` and ``end`` with no word times of their
    own (a corrected line, a segment without them): shared out by length."""
    total = sum(len(t) + 1 for t in tokens) or 1
    span, done, words = end - start, 0, []
    for token in tokens:
        begin = start + span * done / total
        done += len(token) + 1
        words.append((begin, start + span * done / total, token))
    return words
