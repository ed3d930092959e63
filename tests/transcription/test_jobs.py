"""Recordings by email: notes go to the attendees only; non-audio gets a polite reply."""

from __future__ import annotations

import email
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from mail_gateway.intake import Envelope, accept
from mail_gateway.models import InboundMail, OutboundMail
from mail_gateway.store import load_inbound
from services.runtime import Runtime
from tests.transcription.conftest import run_queued
from transcription.models import Meeting


def email_with(
    runtime: Runtime,
    filename: str,
    content: bytes,
    maintype: str,
    subtype: str,
    sender: str = "dana@example.com",
    cc: str = "",
    body: str = "Here is the recording, please take notes.",
    subject: str = "Recording of the weekly planning",
) -> int:
    """A message from a trusted sender with one attachment, accepted as the SMTP edge does."""
    msg = EmailMessage()
    msg["From"] = f"Dana <{sender}>"
    msg["To"] = "amy@deskmate.localhost"
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{filename}.{len(content)}@example.com>"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg.set_content(body)
    msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    accepted = accept(
        runtime.db,
        runtime.settings.data_dir,
        msg.as_bytes(),
        Envelope(sender, ("amy@deskmate.localhost",)),
        fsync=False,
    )
    run_queued(runtime, "mail.handle_inbound")
    return accepted.inbound_id


def outbox(runtime: Runtime) -> list[OutboundMail]:
    with runtime.db.session() as s:
        return list(s.scalars(select(OutboundMail).order_by(OutboundMail.id)))


def test_a_pdf_sent_as_mp3_gets_a_polite_reply_and_no_meeting(meeting_runtime: Runtime) -> None:
    # Given a "recording" that is really a PDF
    email_with(meeting_runtime, "call.mp3", b"%PDF-1.4\n%%EOF\n", "audio", "mpeg")
    # When the recording job runs (twice, as a retry would)
    first = run_queued(meeting_runtime, "transcription.inbound_recording")
    # Then the sender gets one reply saying it is not audio, on the same thread
    assert first[0] is not None and first[0]["not_audio"] is True
    [reply] = outbox(meeting_runtime)
    assert reply.recipients == ["dana@example.com"] and reply.subject.startswith("Re: ")
    assert b"not an audio or video file" in reply.raw.replace(b"=\r\n", b"").replace(b"\r\n", b" ")
    with meeting_runtime.db.session() as s:
        assert s.scalars(select(Meeting)).all() == []


@pytest.mark.parametrize(
    ("filename", "maintype", "subtype"),
    [("standup.zip", "application", "zip"), ("minutes.txt", "text", "plain")],
)
def test_a_file_sent_for_notes_that_is_no_recording_gets_the_same_reply(
    meeting_runtime: Runtime, filename: str, maintype: str, subtype: str
) -> None:
    # Given a file that does not even claim to be audio, sent with words asking for notes
    email_with(meeting_runtime, filename, b"PK\x03\x04 not audio", maintype, subtype)
    # Then meeting notes, not scheduling, answers: the file is not a recording
    [result] = run_queued(meeting_runtime, "transcription.inbound_recording")
    assert result is not None and result["not_audio"] is True
    [reply] = outbox(meeting_runtime)
    assert f"{filename} is not an audio or video file".encode() in reply.raw.replace(
        b"=\r\n", b""
    ).replace(b"\r\n", b" ")


def test_a_file_sent_with_a_meeting_request_still_goes_to_scheduling(
    meeting_runtime: Runtime,
) -> None:
    # an agenda attached to "can we meet?" is no recording sent for notes
    body = "Could we meet on Thursday to go through the attached agenda?"
    inbound_id = email_with(
        meeting_runtime,
        "agenda.pdf",
        b"%PDF-1.4",
        "application",
        "pdf",
        body=body,
        subject="Q1 planning",
    )
    with meeting_runtime.db.session() as s:
        row = s.get(InboundMail, inbound_id)
        assert row is not None and row.route == "scheduling"
    assert run_queued(meeting_runtime, "transcription.inbound_recording") == []


@pytest.mark.slow
def test_an_emailed_recording_becomes_notes_sent_to_the_sender_and_those_copied(
    meeting_runtime: Runtime, rendered: dict[str, Path]
) -> None:
    # Given the hiring meeting mailed as an attachment by a trusted sender, two people copied
    inbound_id = email_with(
        meeting_runtime,
        "hiring.wav",
        rendered["hiring"].read_bytes(),
        "audio",
        "wav",
        cc="Omar <Omar@example.com>, priya@partner.org, amy@deskmate.localhost",
    )
    # When the recording and processing jobs run
    [created] = run_queued(meeting_runtime, "transcription.inbound_recording")
    assert created is not None and len(created["meetings"]) == 1
    [done] = run_queued(meeting_runtime, "transcription.process")
    # Then the meeting has a transcript with named speakers and notes with the action items
    with meeting_runtime.db.session() as s:
        meeting = s.get(Meeting, created["meetings"][0])
        assert meeting is not None and meeting.status == "done" and meeting.progress == 1.0
        assert set(meeting.transcript["speakers"]) == {"Omar", "Priya"}
        owners = {(a["owner"], a["due"]) for a in meeting.notes["action_items"]}
        assert ("Priya", "2026-11-26") in owners
        assert meeting.title == "Recording of the weekly planning"
        message = load_inbound(s, inbound_id)
    # And the notes go to the sender and the people copied (not the assistant itself),
    # as a reply in the recording's thread
    [notes_mail] = outbox(meeting_runtime)
    assert notes_mail.recipients == ["dana@example.com", "omar@example.com", "priya@partner.org"]
    assert notes_mail.subject == "Re: Recording of the weekly planning"
    sent = email.message_from_bytes(notes_mail.raw)
    assert sent["In-Reply-To"] == f"<{message.message_id}>"
    assert f"<{message.message_id}>" in sent["References"]
    assert done is not None and done["outbox_id"] == notes_mail.id


def test_a_recording_on_a_booked_meetings_thread_knows_its_title_and_attendees(
    meeting_runtime: Runtime,
) -> None:
    import datetime as dt

    from mail_gateway.message import InboundMessage
    from services.scheduling.models import MeetingRow
    from transcription.booking import booked_meeting
    from transcription.mailing import recipients

    # Given a meeting deskmate booked on a thread
    with meeting_runtime.db.session() as s:
        s.add(
            MeetingRow(
                uid="m1@deskmate",
                status="booked",
                title="Budget review",
                organizer="dana@example.com",
                timezone="UTC",
                attendees=["Lee@example.com", "priya@example.com"],
                thread_id="first@example.com",
            )
        )
    # When a recording arrives on that thread
    message = InboundMessage(
        id=1,
        message_id="rec@example.com",
        in_reply_to="first@example.com",
        references=("first@example.com",),
        thread_id="first@example.com",
        sender="lee@example.com",
        sender_name="Lee",
        to=(),
        cc=(),
        subject="recording",
        date=dt.datetime(2026, 11, 23, tzinfo=dt.UTC),
        text="",
        full_text="",
    )
    with meeting_runtime.db.session() as s:
        booked = booked_meeting(s, message)
        other = booked_meeting(
            s,
            InboundMessage(
                **{**message.__dict__, "thread_id": "x@y", "in_reply_to": "", "references": ()}
            ),
        )
    # Then its title and the organizer and attendees are known, and they alone get the notes
    assert booked is not None and booked.title == "Budget review"
    assert booked.attendees == ("dana@example.com", "lee@example.com", "priya@example.com")
    assert other is None
    meeting = Meeting(attendees=list(booked.attendees), owner_email="lee@example.com")
    assert recipients(meeting) == booked.attendees


def test_notes_answer_a_subjectless_email_under_their_own_title() -> None:
    import datetime as dt

    from mail_gateway.message import InboundMessage
    from transcription.mailing import notes_email
    from transcription.notes import Notes
    from transcription.types import Transcript

    def message(subject: str) -> InboundMessage:
        return InboundMessage(
            1, "rec@example.com", "", (), "rec@example.com", "dana@example.com", "Dana", (), (),
            subject, dt.datetime(2026, 11, 23, tzinfo=dt.UTC), "", "",
        )  # fmt: skip

    meeting = Meeting(title="Budget", owner_email="dana@example.com", reply_to_message_id="r")
    notes = Notes("Budget review", "", (), (), ())
    transcript = Transcript("en", 60.0)
    assert (
        notes_email(meeting, transcript, notes, "", message("")).subject == "Notes: Budget review"
    )
    subject = notes_email(meeting, transcript, notes, "", message("Re: call")).subject
    assert subject == "Re: call"
