"""Job handlers: a recording arrived by email; a meeting is to be processed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mail_gateway.errors import InboundNotFoundError
from mail_gateway.message import InboundMessage
from mail_gateway.outbox import queue_email
from mail_gateway.store import load_inbound
from services import jobs
from services.jobs import PermanentJobError
from services.jobs.context import JobContext
from services.runtime import Runtime
from transcription import MeetingNotFound, NotAudioError, store
from transcription.audio import has_audio
from transcription.booking import booked_meeting
from transcription.mailing import not_audio_reply, notes_email
from transcription.process import create_meeting, process_meeting, retake_notes


def people_on(message: InboundMessage, assistants: Sequence[str]) -> tuple[str, ...]:
    """Who the sender shared the recording with: themselves, To and Cc, not the assistant."""
    own = {a.lower() for a in assistants}
    people = (message.sender, *message.to, *message.cc)
    return tuple(dict.fromkeys(p.lower() for p in people if p and p.lower() not in own))


@jobs.handler("transcription.inbound_recording", max_attempts=3)
def inbound_recording(ctx: JobContext) -> dict[str, Any] | None:
    """Each playable attachment becomes a meeting; if none plays, the sender hears why."""
    runtime = ctx.runtime
    with runtime.db.session() as s:
        message = load_inbound(s, int(ctx.payload["inbound_id"]))
        booked = booked_meeting(s, message)
    if message.auto_submitted:
        return {"ignored": "auto-submitted"}
    if not message.trusted:
        return {"ignored": f"{message.sender} is not in an allowed domain"}
    assistants = runtime.settings.assistant_addresses
    playable = [a for a in message.attachments if has_audio(Path(a.path))]
    if not playable:

        def reply() -> dict[str, Any]:
            with runtime.db.session() as s:
                names = [a.filename for a in message.attachments]
                return {
                    "outbox_id": queue_email(
                        s, not_audio_reply(message, names), settings=runtime.settings
                    )
                }

        return {
            "not_audio": True,
            **(ctx.once(f"transcription.not_audio:{message.id}", reply) or {}),
        }
    meeting_ids = []
    for index, attachment in enumerate(playable):

        def create(attachment: Any = attachment) -> dict[str, Any]:
            meeting_id = create_meeting(
                runtime,
                audio_path=Path(attachment.path),
                filename=attachment.filename,
                owner_email=message.sender,
                source="email",
                title=booked.title if booked else (message.subject.strip() or ""),
                attendees=booked.attendees if booked else people_on(message, assistants),
                meeting_date=message.date,
                thread_id=message.thread_id,
                reply_to_message_id=message.message_id,
                inbound_id=message.id,
            )
            return {"meeting_id": meeting_id}

        created = ctx.once(f"transcription.meeting:{message.id}:{index}", create) or {}
        meeting_ids.append(created.get("meeting_id"))
    return {"meetings": meeting_ids}


def emailed_in(runtime: Runtime, inbound_id: int | None) -> InboundMessage | None:
    """The email that brought a recording, while the mail store still keeps it."""
    if inbound_id is None:
        return None
    with runtime.db.session() as s:
        try:
            return load_inbound(s, inbound_id)
        except InboundNotFoundError:
            return None


@jobs.handler("transcription.process", max_attempts=3, priority=5)
def process(ctx: JobContext) -> dict[str, Any] | None:
    """Transcribe, take notes, email them to the attendees (once): those of an emailed
    recording, or those the uploader listed."""
    runtime = ctx.runtime
    meeting_id = int(ctx.payload["meeting_id"])
    try:
        meeting = process_meeting(runtime, meeting_id)
    except MeetingNotFound as e:
        raise PermanentJobError(str(e)) from e
    except NotAudioError as e:
        with runtime.db.session() as s:
            store.fail(s, meeting_id, str(e))
        raise PermanentJobError(str(e)) from e
    except Exception as e:
        if ctx.job.attempt >= ctx.job.max_attempts:  # the page says so instead of spinning forever
            with runtime.db.session() as s:
                store.fail(s, meeting_id, f"processing failed: {e}")
        raise
    ctx.progress(1.0, "notes ready")
    transcript, notes = store.transcript_of(meeting), store.notes_of(meeting, runtime.settings.tz)
    if transcript is None or notes is None or not (meeting.source == "email" or meeting.attendees):
        return {"meeting_id": meeting_id}
    base = runtime.settings.public_url.rstrip("/")
    page = f"{base}/meetings/{meeting_id}" if base else ""
    email = notes_email(meeting, transcript, notes, page, emailed_in(runtime, meeting.inbound_id))

    def send() -> dict[str, Any]:
        with runtime.db.session() as s:
            return {"outbox_id": queue_email(s, email, settings=runtime.settings)}

    sent = ctx.once(f"transcription.notes_email:{meeting_id}", send) or {}
    return {"meeting_id": meeting_id, **sent}


@jobs.handler("transcription.renote", max_attempts=3, priority=3)
def renote(ctx: JobContext) -> dict[str, Any] | None:
    """The notes taken again after someone corrected who said what on the page (skipped,
    ``"superseded"``, when the transcript was corrected again: that correction's job runs)."""
    meeting_id = int(ctx.payload["meeting_id"])
    try:
        stored = retake_notes(ctx.runtime, meeting_id, ctx.payload.get("transcript"))
    except MeetingNotFound as e:
        raise PermanentJobError(str(e)) from e
    return {"meeting_id": meeting_id} | ({} if stored else {"superseded": True})
