"""The emails meeting notes sends: the notes to the attendees, and "that was not audio"."""

from __future__ import annotations

import email.utils
import re

from mail_gateway.compose import check_address
from mail_gateway.errors import InvalidEmailError
from mail_gateway.message import InboundMessage, OutgoingEmail
from transcription import AttendeesError
from transcription.email_body import notes_html, notes_text
from transcription.exports import export, file_stem
from transcription.models import Meeting
from transcription.notes import Notes
from transcription.types import Transcript

MAX_ATTENDEES = 100
_SEPARATORS = re.compile(r"[,;\n]")


def parse_attendees(text: str) -> tuple[str, ...]:
    """Addresses from "a@x.org, Lee <lee@y.com>; ...", lower-case, each once.

    Raises:
        AttendeesError: an entry is not an email address, or there are too many.
    """
    found: list[str] = []
    for entry in (e.strip() for e in _SEPARATORS.split(text)):
        if not entry:
            continue
        _name, address = email.utils.parseaddr(entry)
        try:
            found.append(check_address(address or entry))
        except InvalidEmailError as e:
            raise AttendeesError(
                f"Attendees: {entry!r} is not an email address like name@example.com; "
                "separate addresses with commas."
            ) from e
    unique = tuple(dict.fromkeys(found))
    if len(unique) > MAX_ATTENDEES:
        raise AttendeesError(f"Attendees: at most {MAX_ATTENDEES} addresses, not {len(unique)}.")
    return unique


def recipients(meeting: Meeting) -> tuple[str, ...]:
    """The attendees only (a booked meeting's list), else whoever sent the recording."""
    people = [a.lower() for a in (meeting.attendees or []) if a]
    return tuple(dict.fromkeys(people or ([meeting.owner_email] if meeting.owner_email else [])))


def reply_subject(subject: str) -> str:
    """``subject`` as a reply's: "Re: " once, so mail clients keep the thread together."""
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def notes_email(
    meeting: Meeting,
    transcript: Transcript,
    notes: Notes,
    page_url: str,
    replying_to: InboundMessage | None = None,
) -> OutgoingEmail:
    """The notes as text, with Markdown and DOCX attached, on the recording's thread.

    ``replying_to``: the email that brought the recording; the notes answer it (its subject
    with "Re: ", its references) so that Gmail, Outlook and Apple Mail show them in its thread.
    """
    slug = file_stem(notes.title) or "notes"
    return OutgoingEmail(
        to=recipients(meeting),
        subject=(
            reply_subject(replying_to.subject)
            if replying_to and replying_to.subject.strip()
            else f"Notes: {notes.title}"
        ),
        text=notes_text(notes, transcript, page_url),
        html=notes_html(notes, transcript, page_url),
        in_reply_to=meeting.reply_to_message_id,
        references=(*replying_to.references, replying_to.message_id) if replying_to else (),
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
    return OutgoingEmail(
        to=(message.sender,),
        subject=reply_subject(message.subject),
        text=text,
        in_reply_to=message.message_id,
        references=(*message.references, message.message_id),
    )
