"""Notes and transcript as a Word document (python-docx)."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document

from transcription.exports import DUE_FORMAT, stamp
from transcription.notes import Notes
from transcription.types import Transcript

NONE = "None"  # as the Markdown's "- None": the section is there, with nothing in it


def to_docx(transcript: Transcript, notes: Notes | None = None) -> bytes:
    """A .docx with the notes (when given) followed by the transcript."""
    doc = Document()
    # python-docx's template says "python-docx" wrote it, in 2013
    properties = doc.core_properties
    properties.author = properties.last_modified_by = "deskmate"
    properties.title = notes.title if notes else "Transcript"
    properties.comments = ""
    properties.created = properties.modified = dt.datetime.now(dt.UTC)
    if notes:
        doc.add_heading(notes.title, level=0)
        doc.add_heading("Summary", level=1)
        doc.add_paragraph(notes.summary)
        doc.add_heading("Decisions", level=1)
        for d in notes.decisions:
            doc.add_paragraph(f"{d.text} ({d.speaker}, {stamp(d.start)})", style="List Bullet")
        if not notes.decisions:
            doc.add_paragraph(NONE)
        doc.add_heading("Action items", level=1)
        if notes.action_items:
            table = doc.add_table(rows=1, cols=4)
            for cell, title in zip(
                table.rows[0].cells, ("Owner", "Task", "Due", "At"), strict=True
            ):
                cell.text = title
            for item in notes.action_items:
                row = table.add_row().cells
                row[0].text = item.owner or "unassigned"
                row[1].text = item.task
                row[2].text = item.due.strftime(DUE_FORMAT) if item.due else ""
                row[3].text = stamp(item.start) if item.quote else "added"
        else:
            doc.add_paragraph(NONE)
        doc.add_heading("Open questions", level=1)
        for q in notes.questions:
            doc.add_paragraph(f"{q.text} ({q.speaker}, {stamp(q.start)})", style="List Bullet")
        if not notes.questions:
            doc.add_paragraph(NONE)
    doc.add_heading("Transcript", level=1)
    for seg in transcript.segments:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"[{stamp(seg.start)}] {seg.speaker}: ").bold = True
        paragraph.add_run(seg.text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
