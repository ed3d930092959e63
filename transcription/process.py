"""Processing one meeting: decode, transcribe chunk by chunk (resumable), write notes, save."""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
from pathlib import Path

from services.runtime import Runtime
from services.storage import as_utc, utcnow
from transcription import store
from transcription.audio import decode
from transcription.models import Meeting
from transcription.notes import Notes, build_notes
from transcription.pipeline import transcribe
from transcription.recognize import Options
from transcription.types import Chunk, Transcript


def recordings_dir(runtime: Runtime) -> Path:
    return runtime.settings.data_dir / "recordings"


def keep_recording(runtime: Runtime, source: Path, filename: str) -> Path:
    """Copy an upload into ``<data_dir>/recordings/<random>/`` (nothing a user sent is lost)."""
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in Path(filename).name)[:120]
    folder = recordings_dir(runtime) / secrets.token_hex(8)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (safe or "recording")
    shutil.copyfile(source, target)
    return target


def create_meeting(
    runtime: Runtime,
    *,
    audio_path: Path,
    filename: str,
    owner_email: str,
    source: str,
    title: str = "",
    attendees: tuple[str, ...] = (),
    meeting_date: dt.datetime | None = None,
    thread_id: str = "",
    reply_to_message_id: str = "",
    inbound_id: int | None = None,
) -> int:
    """Record a meeting and enqueue its processing (one transaction); returns its id.

    The notes are emailed to ``attendees`` when the recording came by email or when the
    uploader named attendees; an upload without them keeps its notes on the web page.
    """
    from services import jobs

    with runtime.db.session() as s:
        meeting = Meeting(
            title=title,
            filename=filename[:255],
            audio_path=str(audio_path),
            owner_email=owner_email.lower(),
            source=source,
            attendees=list(dict.fromkeys(a.lower() for a in attendees)),
            meeting_date=(meeting_date or utcnow()).astimezone(dt.UTC),  # SQLite: naive UTC
            thread_id=thread_id,
            reply_to_message_id=reply_to_message_id,
            inbound_id=inbound_id,
            engine=runtime.settings.whisper_engine,
        )
        s.add(meeting)
        s.flush()
        jobs.enqueue(
            s,
            "transcription.process",
            {"meeting_id": meeting.id},
            idempotency_key=f"transcription.process:{meeting.id}",
        )
        return meeting.id


def process_meeting(runtime: Runtime, meeting_id: int) -> Meeting:
    """Transcribe and take notes of a meeting; finished chunks of a crashed run are reused.

    Raises:
        NotAudioError: the recording cannot be decoded (the caller reports it).
    """
    settings = runtime.settings
    with runtime.db.session() as s:
        meeting = store.get(s, meeting_id)
        path, title = Path(meeting.audio_path), meeting.title
        when = as_utc(meeting.meeting_date) or utcnow()
        done = store.done_chunks(s, meeting_id)
        store.set_progress(s, meeting_id, 0.02, "decoding the recording")
    audio = decode(path)
    with runtime.db.session() as s:
        resumed = f" (resuming: {len(done)} parts already transcribed)" if done else ""
        store.set_progress(s, meeting_id, 0.05, f"finding speech{resumed}")

    def save(chunk: Chunk, result: dict[str, object], fraction: float) -> None:
        with runtime.db.session() as s:
            store.save_chunk(s, meeting_id, chunk, dict(result), fraction)

    options = Options(
        model=settings.whisper_model,
        engine=settings.whisper_engine,
        chunk_seconds=settings.audio_chunk_seconds,
        title=title,
    )
    transcript = transcribe(runtime.inference, audio, options, done=done, on_chunk=save)
    with runtime.db.session() as s:
        store.set_progress(s, meeting_id, 0.9, "writing the notes")
    notes = take_notes(runtime, transcript, when, title)
    with runtime.db.session() as s:
        return store.finish(s, meeting_id, transcript, notes, transcript.model)


def take_notes(runtime: Runtime, transcript: Transcript, when: dt.datetime, title: str) -> Notes:
    """Notes of ``transcript``; "by Friday" counts from ``when`` in the server's zone."""
    settings = runtime.settings
    local = when.astimezone(settings.tz)
    return build_notes(transcript, runtime.inference, local, title, settings.llm_url)


def retake_notes(runtime: Runtime, meeting_id: int, version: str | None = None) -> bool:
    """Take the notes of a processed meeting again from its transcript as it now stands.

    From the speaker labels, as at first (names set on the page are applied when shown);
    stored only if no one changed the transcript meanwhile, whose own job follows. With
    ``version`` (:func:`store.version` of the transcript the correction left), a transcript
    changed again since is left to the job of that later change: a burst of corrections takes
    the notes once, not once a line. Returns whether notes were stored.
    """
    with runtime.db.session() as s:
        meeting = store.get(s, meeting_id)
        source = meeting.transcript
        title, when = meeting.title, as_utc(meeting.meeting_date) or utcnow()
    if not source or (version is not None and store.version(source) != version):
        return False
    notes = take_notes(runtime, Transcript.from_dict(source), when, title)
    with runtime.db.session() as s:
        return store.save_notes(s, meeting_id, notes, source, runtime.settings.tz)
