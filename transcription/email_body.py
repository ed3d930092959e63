"""The notes email's body: plain text that reads without Markdown, and the same as HTML.

Mail clients show the HTML (Gmail, Outlook and Apple Mail all render a simple table with
inline styles); the text part is for the rest and for replies that quote it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from transcription.exports import DUE_FORMAT, NO_SPEECH, length, stamp
from transcription.notes import Notes
from transcription.types import Transcript

TEMPLATES = Path(__file__).parent / "templates" / "email"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True
    )


def notes_text(notes: Notes, transcript: Transcript, page_url: str) -> str:
    """The notes as plain text: headings, then one line per point."""
    lines = [notes.title, "=" * len(notes.title), ""]
    if transcript.duration:
        who = ", ".join(transcript.speakers)
        lines += [length(transcript.duration) + (f" · {who}" if who else ""), ""]
    lines += [
        "Summary",
        "",
        notes.summary or NO_SPEECH,
        "",
        "Action items",
        "",
    ]
    for item in notes.action_items:
        due = f" (due {item.due.strftime(DUE_FORMAT)})" if item.due else ""
        lines.append(f"- {item.owner or 'unassigned'}: {item.task}{due}")
    lines += [] if notes.action_items else ["No action item was stated."]
    lines += ["", "Decisions", ""]
    lines += [f"- {d.text} ({d.speaker}, {stamp(d.start)})" for d in notes.decisions] or [
        "No decision was stated."
    ]
    lines += ["", "Open questions", ""]
    lines += [f"- {q.text} ({q.speaker}, {stamp(q.start)})" for q in notes.questions] or [
        "No question was left open."
    ]
    lines.append("")
    if page_url:
        lines.append(f"Full transcript and speakers (sign-in needed): {page_url}")
    lines.append("The notes and transcript are attached as Markdown and Word (DOCX).")
    return "\n".join(lines) + "\n"


def notes_html(notes: Notes, transcript: Transcript, page_url: str) -> str:
    """The same notes as an HTML email (escaped: names and tasks are what people said)."""
    return (
        _environment()
        .get_template("notes.html")
        .render(
            notes=notes,
            duration=length(transcript.duration) if transcript.duration else "",
            speakers=list(transcript.speakers),
            page_url=page_url,
            due_format=DUE_FORMAT,
            no_speech=NO_SPEECH,
            stamp=stamp,
        )
    )
