"""Reading and writing meetings and their chunks (thin: no decisions here)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import String, cast, delete, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from services.storage import as_utc, utcnow
from transcription import MeetingNotFound
from transcription.models import Meeting, MeetingChunk
from transcription.notes import ActionItem, Notes, renamed_owners, with_speakers
from transcription.types import Chunk, Transcript


def get(session: Session, meeting_id: int, lock: bool = False) -> Meeting:
    """The meeting; ``lock``: its row locked until the session ends (PostgreSQL: SELECT ...
    FOR UPDATE), so that two changes to its transcript or items do not overwrite each other."""
    meeting = session.get(Meeting, meeting_id, with_for_update=lock)
    if meeting is None:
        raise MeetingNotFound(f"no meeting {meeting_id}")
    return meeting


def done_chunks(session: Session, meeting_id: int) -> dict[int, dict[str, Any]]:
    """Results of the chunks an earlier attempt finished, by chunk index, each with its span."""
    rows = session.scalars(select(MeetingChunk).where(MeetingChunk.meeting_id == meeting_id))
    return {row.chunk_index: {**row.result, "span": [row.start_s, row.end_s]} for row in rows}


def save_chunk(
    session: Session, meeting_id: int, chunk: Chunk, result: dict[str, Any], fraction: float
) -> None:
    """Keep a finished chunk (replacing one saved for another span) and move the progress bar."""
    saved = session.scalar(
        select(MeetingChunk).where(
            MeetingChunk.meeting_id == meeting_id, MeetingChunk.chunk_index == chunk.index
        )
    )
    if saved is not None:
        saved.start_s, saved.end_s, saved.result = chunk.start, chunk.end, result
    else:
        session.add(
            MeetingChunk(
                meeting_id=meeting_id,
                chunk_index=chunk.index,
                start_s=chunk.start,
                end_s=chunk.end,
                result=result,
            )
        )
    meeting = get(session, meeting_id)
    meeting.progress = round(0.05 + 0.8 * fraction, 4)
    meeting.progress_note = f"transcribed {fraction:.0%} of the speech"


def set_progress(
    session: Session, meeting_id: int, progress: float, note: str, status: str = "processing"
) -> None:
    meeting = get(session, meeting_id)
    meeting.status, meeting.progress, meeting.progress_note = status, progress, note


def search_text(transcript: Transcript, notes: Notes) -> str:
    """What ``/meetings?q=`` looks through, lower-cased."""
    parts = [notes.title, notes.summary, transcript.text, " ".join(transcript.speakers)]
    parts += [d.text for d in notes.decisions] + [q.text for q in notes.questions]
    parts += [f"{a.owner or ''} {a.task}" for a in notes.action_items]
    return " ".join(parts).lower()


def finish(
    session: Session, meeting_id: int, transcript: Transcript, notes: Notes, model: str
) -> Meeting:
    meeting = get(session, meeting_id)
    meeting.transcript = transcript.to_dict()
    meeting.notes = notes.to_dict()
    meeting.title = notes.title
    meeting.language, meeting.duration, meeting.model = (
        transcript.language,
        transcript.duration,
        model,
    )
    meeting.search_text = search_text(transcript, notes)
    meeting.status, meeting.progress, meeting.progress_note = "done", 1.0, "done"
    meeting.error, meeting.finished_at = "", utcnow()
    session.execute(delete(MeetingChunk).where(MeetingChunk.meeting_id == meeting_id))
    return meeting


def rename_speakers(
    session: Session, meeting_id: int, names: dict[str, str], tz: dt.tzinfo
) -> Meeting:
    """Name the meeting's speakers (``{"Speaker 2": "Priya"}``; a blank name undoes one).

    The search text is written again from the renamed transcript and re-read notes, so
    search finds the meeting by the new names and no longer by the old ones.
    """
    meeting = get(session, meeting_id, lock=True)
    labels = (meeting.transcript or {}).get("speakers", [])
    meeting.speaker_names = {
        label: names[label] for label in labels if names.get(label) and names[label] != label
    }
    _refresh_search(meeting, tz)
    return meeting


def correct_segment(
    session: Session, meeting_id: int, index: int, label: str, text: str | None = None
) -> Meeting:
    """Say that segment ``index`` was said by ``label`` ("" for a new speaker), where
    diarization put it under the wrong voice, and, with ``text``, what was really said where
    Whisper misheard; queues ``transcription.renote`` so the notes (owners of "I will", the
    summary, the items' words) are taken again from the corrected transcript.

    Raises:
        MeetingNotFound: no such meeting.
        IndexError: no such segment.
    """
    from services import jobs

    meeting = get(session, meeting_id, lock=True)
    if not meeting.transcript:
        raise IndexError(f"meeting {meeting_id} has no transcript yet")
    transcript = Transcript.from_dict(meeting.transcript)
    if not 0 <= index < len(transcript.segments):
        raise IndexError(f"meeting {meeting_id} has no segment {index}")
    moved = transcript.corrected(index, label or transcript.new_label(), text)
    meeting.transcript = moved.to_dict()
    names = dict(meeting.speaker_names or {})
    meeting.speaker_names = {k: v for k, v in names.items() if k in moved.speakers}
    payload = {"meeting_id": meeting_id, "transcript": version(meeting.transcript)}
    jobs.enqueue(session, "transcription.renote", payload)
    return meeting


def version(transcript: dict[str, Any]) -> str:
    """A short digest naming one state of a stored transcript (equal content, equal digest)."""
    canonical = json.dumps(transcript, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def save_notes(
    session: Session, meeting_id: int, notes: Notes, source: dict[str, Any], tz: dt.tzinfo
) -> bool:
    """Notes taken again (after a line moved) from the transcript ``source``: stored, with the
    search text, unless the transcript changed since (the job of that change stores its own).
    Action items someone corrected by hand stay as they were set."""
    meeting = get(session, meeting_id, lock=True)
    if meeting.transcript != source:
        return False
    before = Notes.from_dict(meeting.notes or {})
    if before.items_edited:
        notes = notes.with_items(before.action_items)
    meeting.notes = notes.to_dict()
    _refresh_search(meeting, tz)
    return True


def _refresh_search(meeting: Meeting, tz: dt.tzinfo) -> None:
    """The search text from the meeting as it is shown (speakers' names set on the page)."""
    transcript, shown = transcript_of(meeting), notes_of(meeting, tz)
    if transcript is not None and shown is not None:
        meeting.search_text = search_text(transcript, shown)


def edit_items(
    session: Session,
    meeting_id: int,
    change: Callable[[list[ActionItem]], list[ActionItem]],
    tz: dt.tzinfo,
) -> Meeting:
    """Apply ``change`` to the meeting's action items (a correction made on the page); from
    then on they are kept as set. Search finds the new owners and tasks.

    Raises:
        MeetingNotFound: no such meeting.
        IndexError: ``change`` named an item the meeting does not have.
    """
    meeting = get(session, meeting_id, lock=True)
    if not meeting.notes:
        raise IndexError(f"meeting {meeting_id} has no notes yet")
    notes, shown = Notes.from_dict(meeting.notes), notes_of(meeting, tz)
    items = list(shown.action_items if shown else notes.action_items)  # as the page lists them
    # stored under the speakers' labels, so that owners keep following renames
    labels = {name: label for label, name in (meeting.speaker_names or {}).items()}
    meeting.notes = notes.with_items(renamed_owners(change(items), labels)).to_dict()
    _refresh_search(meeting, tz)
    return meeting


def fail(session: Session, meeting_id: int, error: str) -> None:
    meeting = get(session, meeting_id)
    meeting.status, meeting.error, meeting.progress_note = "failed", error, "failed"


def can_see(meeting: Meeting, email: str, admin: bool) -> bool:
    """Who may open a meeting's recording, transcript and notes: an admin, whoever uploaded or
    emailed it, and its attendees (who are emailed the notes anyway)."""
    email = email.lower()
    attendees = {a.lower() for a in meeting.attendees or [] if isinstance(a, str)}
    return admin or email == (meeting.owner_email or "").lower() or email in attendees


def _seen_by(email: str) -> ColumnElement[bool]:
    """SQL for :func:`can_see` without the admin case: owner, or listed among the attendees
    (a JSON list of lower-case addresses, searched as text with LIKE's wildcards escaped)."""
    listed = _literal(json.dumps(email.lower()))
    return or_(
        func.lower(Meeting.owner_email) == email.lower(),
        cast(Meeting.attendees, String).like(f"%{listed}%", escape="\\"),
    )


def _literal(text: str) -> str:
    """``text`` for a LIKE pattern (with ``escape="\\"``): its ``%`` and ``_`` match only
    themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(
    session: Session, query: str, email: str, admin: bool, limit: int = 100
) -> list[Meeting]:
    """Meetings ``email`` may see (:func:`can_see`) whose title, transcript or notes contain
    every word of ``query``, newest first."""
    statement = select(Meeting).order_by(Meeting.created_at.desc(), Meeting.id.desc()).limit(limit)
    if not admin:
        statement = statement.where(_seen_by(email))
    for word in query.lower().split():
        pattern = f"%{_literal(word)}%"
        statement = statement.where(
            or_(
                Meeting.search_text.like(pattern, escape="\\"),
                func.lower(Meeting.title).like(pattern, escape="\\"),
            )
        )
    return list(session.scalars(statement))


def transcript_of(meeting: Meeting) -> Transcript | None:
    """The transcript with the speakers renamed as people set them on the page."""
    if not meeting.transcript:
        return None
    return Transcript.from_dict(meeting.transcript).renamed(dict(meeting.speaker_names or {}))


def notes_of(meeting: Meeting, tz: dt.tzinfo) -> Notes | None:
    """The notes, re-read with the speaker names people set on the page.

    ``tz``: the zone the notes were taken in (settings.tz), so that "tomorrow" read again
    after a rename is the same day it was when the meeting was processed.
    """
    if not meeting.notes:
        return None
    notes = Notes.from_dict(meeting.notes)
    names = dict(meeting.speaker_names or {})
    transcript = transcript_of(meeting)
    if not names or transcript is None:
        return notes
    when = (as_utc(meeting.meeting_date) or utcnow()).astimezone(tz)
    return with_speakers(notes, transcript, when, names)
