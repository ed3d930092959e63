"""Transcripts and notes as TXT, SRT, VTT, JSON, Markdown (and DOCX, see ``docx_export``)."""

from __future__ import annotations

import html
import json
import re
import textwrap
from collections.abc import Callable

from transcription.notes import Notes
from transcription.types import Segment, Transcript, spread_words

DUE_FORMAT = "%a %d %b %Y"  # "Fri 27 Nov 2026", as the meeting's page shows it
NO_SPEECH = "No speech was found in the recording."  # the summary of a silent recording
NONE = "- None"  # an empty section is kept: "nothing was decided" is news too

MEDIA_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "srt": "application/x-subrip; charset=utf-8",
    "vtt": "text/vtt; charset=utf-8",
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def clock(seconds: float, separator: str = ",") -> str:
    """``01:02:03,456`` (SRT) or ``01:02:03.456`` (VTT)."""
    millis = int(round(max(0.0, seconds) * 1000))
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{ms:03d}"


def stamp(seconds: float) -> str:
    """``[12:34]`` or ``[1:02:03]`` for reading."""
    total = int(seconds)
    h, m, s = total // 3600, total // 60 % 60, total % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def length(seconds: float) -> str:
    """A meeting's length: "47 s" under a minute, else "25 min"."""
    return f"{round(seconds)} s" if seconds < 59.5 else f"{round(seconds / 60)} min"


# Subtitle convention (Netflix, BBC): lines of about 42 characters, at most 2 on screen
LINE_WIDTH = 42
MAX_LINES = 2
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # looks like HTML; "a < b" does not


def _escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as WebVTT character references (quotes are fine there)."""
    return html.escape(text, quote=False)


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, LINE_WIDTH, break_long_words=False, break_on_hyphens=False)


def _timed_words(seg: Segment) -> list[tuple[float, float, str]]:
    """The segment's words with times; without word times, times shared out by length."""
    timed = [(w.start, w.end, w.text.strip()) for w in seg.words if w.text.strip()]
    return timed or spread_words(seg.text.split(), seg.start, seg.end)


def cues(seg: Segment, prefix: str = "") -> list[tuple[float, float, list[str]]]:
    """``seg`` as subtitle cues of at most :data:`MAX_LINES` lines: ``(start, end, lines)``.

    ``prefix`` (SRT's "Dana: ") starts every cue. A segment too long for one cue is split
    between words, each cue timed by its own words, so no line runs off the screen.
    """
    lines = _wrapped(prefix + seg.text)
    if len(lines) <= MAX_LINES:
        return [(seg.start, seg.end, lines or [prefix.strip()])]
    groups: list[list[tuple[float, float, str]]] = [[]]
    for word in _timed_words(seg):
        trial = [*groups[-1], word]
        if groups[-1] and len(_wrapped(prefix + " ".join(w[2] for w in trial))) > MAX_LINES:
            groups.append([word])
        else:
            groups[-1] = trial
    found = []
    for i, group in enumerate(groups):
        start = seg.start if i == 0 else group[0][0]
        end = seg.end if i == len(groups) - 1 else min(group[-1][1], groups[i + 1][0][0])
        found.append((start, max(start, end), _wrapped(prefix + " ".join(w[2] for w in group))))
    return found


def _who(seg: Segment) -> str:
    return f"{seg.speaker}: " if seg.speaker else ""


def to_txt(transcript: Transcript, notes: Notes | None = None) -> str:
    return "".join(f"[{stamp(s.start)}] {_who(s)}{s.text}\n" for s in transcript.segments)


def to_srt(transcript: Transcript, notes: Notes | None = None) -> str:
    blocks = []
    for seg in transcript.segments:
        # SRT players render HTML-like tags, and there is no escape for them: a name set on
        # the page ("Priya <b>S</b>") loses its tags instead of turning the cue bold
        name = " ".join(_TAG.sub("", seg.speaker).split())
        prefix = f"{name}: " if name else ""
        for start, end, lines in cues(seg, prefix):
            blocks.append(f"{clock(start)} --> {clock(end)}\n" + "\n".join(lines) + "\n")
    return "\n".join(f"{i}\n{block}" for i, block in enumerate(blocks, 1))


def to_vtt(transcript: Transcript, notes: Notes | None = None) -> str:
    blocks = ["WEBVTT\n"]
    for seg in transcript.segments:
        voice = f"<v {_escape(' '.join(seg.speaker.split()))}>" if seg.speaker.strip() else ""
        for start, end, lines in cues(seg):
            text = "\n".join(_escape(line) for line in lines)
            blocks.append(f"{clock(start, '.')} --> {clock(end, '.')}\n{voice}{text}\n")
    return "\n".join(blocks)


def to_json(transcript: Transcript, notes: Notes | None = None) -> str:
    """Notes (when given) in the CLI contract's shape, with the transcript inside."""
    data = notes.to_dict() if notes else {}
    data["transcript"] = transcript.to_dict(words=notes is None)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def to_markdown(transcript: Transcript, notes: Notes | None = None) -> str:
    lines: list[str] = []
    if notes:
        lines += [
            f"# {notes.title}",
            "",
            "## Summary",
            "",
            notes.summary or f"_{NO_SPEECH}_",
            "",
        ]
        lines += ["## Decisions", ""]
        lines += [f"- {d.text} ({d.speaker}, {stamp(d.start)})" for d in notes.decisions] or [NONE]
        lines += ["", "## Action items", ""]
        for item in notes.action_items:
            owner = item.owner or "unassigned"
            due = f", due {item.due.strftime(DUE_FORMAT)}" if item.due else ""
            said = f" ({stamp(item.start)})" if item.quote else ""  # not one added by hand
            lines.append(f"- [ ] **{owner}**: {item.task}{due}{said}")
        if not notes.action_items:
            lines.append(NONE)
        lines += ["", "## Open questions", ""]
        lines += [f"- {q.text} ({q.speaker}, {stamp(q.start)})" for q in notes.questions] or [NONE]
        lines += [""]
    lines += ["## Transcript", ""]
    lines += [
        f"**[{stamp(s.start)}] {s.speaker or 'Speaker'}:** {s.text}  " for s in transcript.segments
    ]
    return "\n".join(lines) + "\n"


TEXT_FORMATS: dict[str, Callable[[Transcript, Notes | None], str]] = {
    "txt": to_txt,
    "srt": to_srt,
    "vtt": to_vtt,
    "json": to_json,
    "md": to_markdown,
}


def file_stem(title: str) -> str:
    """The file name the notes email gives its attachments ("budget-review"); may be ""."""
    return "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60]


def export(fmt: str, transcript: Transcript, notes: Notes | None = None) -> bytes:
    """The file contents of ``fmt`` (one of :data:`MEDIA_TYPES`)."""
    if fmt == "docx":
        from transcription.docx_export import to_docx

        return to_docx(transcript, notes)
    if fmt not in TEXT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(MEDIA_TYPES)}")
    return TEXT_FORMATS[fmt](transcript, notes).encode("utf-8")
