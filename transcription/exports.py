"""Transcripts and notes as TXT, SRT, VTT, JSON, Markdown (and DOCX, see ``docx_export``)."""

from __future__ import annotations

import json
from collections.abc import Callable

from transcription.notes import Notes
from transcription.types import Segment, Transcript

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


def _who(seg: Segment) -> str:
    return f"{seg.speaker}: " if seg.speaker else ""


def to_txt(transcript: Transcript, notes: Notes | None = None) -> str:
    return "".join(f"[{stamp(s.start)}] {_who(s)}{s.text}\n" for s in transcript.segments)


def to_srt(transcript: Transcript, notes: Notes | None = None) -> str:
    blocks = [
        f"{i}\n{clock(s.start)} --> {clock(s.end)}\n{_who(s)}{s.text}\n"
        for i, s in enumerate(transcript.segments, 1)
    ]
    return "\n".join(blocks)


def to_vtt(transcript: Transcript, notes: Notes | None = None) -> str:
    blocks = ["WEBVTT\n"]
    for s in transcript.segments:
        voice = f"<v {s.speaker}>" if s.speaker else ""
        blocks.append(f"{clock(s.start, '.')} --> {clock(s.end, '.')}\n{voice}{s.text}\n")
    return "\n".join(blocks)


def to_json(transcript: Transcript, notes: Notes | None = None) -> str:
    """Notes (when given) in the CLI contract's shape, with the transcript inside."""
    data = notes.to_dict() if notes else {}
    data["transcript"] = transcript.to_dict(words=notes is None)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def to_markdown(transcript: Transcript, notes: Notes | None = None) -> str:
    lines: list[str] = []
    if notes:
        lines += [f"# {notes.title}", "", "## Summary", "", notes.summary or "_(nothing said)_", ""]
        lines += ["## Decisions", ""]
        lines += [f"- {d.text} ({d.speaker}, {stamp(d.start)})" for d in notes.decisions] or [
            "- none"
        ]
        lines += ["", "## Action items", ""]
        for item in notes.action_items:
            owner = item.owner or "unassigned"
            due = f", due {item.due:%a %d %b %Y}" if item.due else ""
            lines.append(f"- [ ] **{owner}**: {item.task}{due} ({stamp(item.start)})")
        if not notes.action_items:
            lines.append("- none")
        lines += ["", "## Open questions", ""]
        lines += [f"- {q.text} ({q.speaker}, {stamp(q.start)})" for q in notes.questions] or [
            "- none"
        ]
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


def export(fmt: str, transcript: Transcript, notes: Notes | None = None) -> bytes:
    """The file contents of ``fmt`` (one of :data:`MEDIA_TYPES`)."""
    if fmt == "docx":
        from transcription.docx_export import to_docx

        return to_docx(transcript, notes)
    if fmt not in TEXT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(MEDIA_TYPES)}")
    return TEXT_FORMATS[fmt](transcript, notes).encode("utf-8")
