"""The emails meeting notes sends: the notes to the attendees, and "that was not audio"."""

from __future__ import annotations

from mail_gateway.message import InboundMessage, OutgoingEmail
from transcription.exports import export, to_markdown
from transcription.models import Meeting
from transcription.notes import Notes
from transcription.types import Transcript


def recipients(meeting: Meeting) -> tuple[str, ...]:
    """The attendees only (a booked meeting's list), else whoever sent the recording."""
    people = [a.lower() for a in (meeting.attendees or []) if a]
    return tuple(dict.fromkeys(people or ([meeting.owner_email] if meeting.owner_email else [])))


def notes_email(
    meeting: Meeting, transcript: Transcript, notes: Notes, page_url: str
) -> OutgoingEmail:
    """The notes as text, with Markdown and DOCX attached, on the recording's thread."""
    body = to_markdown(Transcript(transcript.language, transcript.duration), notes)
    body = body.replace("## Transcript\n\n", "")
    if page_url:
        body += f"\nFull transcript and speakers: {page_url}\n"
    slug = (
        "".join(c if c.isalnum() else "-" for c in notes.title.lower()).strip("-")[:60] or "notes"
    )
    return OutgoingEmail(
        to=recipients(meeting),
        subject=f"Notes: {notes.title}",
        text=body,
        in_reply_to=meeting.reply_to_message_id,
        attachments=(
            (f"{slug}.md", "text/markdown", export("md", transcript, notes)),
            (
                f"{slug}.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                export("docx", transcript, notes),
            ),
        ),
    )


def not_audio_reply(message: InboundMessage, names: list[str]) -> OutgoingEmail:
    """A polite answer when nothing attached could be played."""
    listed = ", ".join(names) if names else "no attachment"
    text = (
        f"Hello{' ' + message.sender_name if message.sender_name else ''},\n\n"
        f"I could not take notes from your message: {listed} is not an audio or video file "
        "I can play. Please send the meeting recording itself (for example .mp3, .m4a, .wav, "
        ".ogg, .webm or .mp4) as an attachment, and I will reply with the transcript, "
        "a summary, decisions and action items.\n\nThank you,\ndeskmate\n"
    )
    subject = (
        message.subject if message.subject.lower().startswith("re:") else f"Re: {message.subject}"
    )
    return OutgoingEmail(
        to=(message.sender,),
        subject=subject,
        text=text,
        in_reply_to=message.message_id,
        references=(*message.references, message.message_id),
    )
