"""mail.handle_inbound: who sent it, what it is, and which product gets it (once)."""

from __future__ import annotations

import email
import logging
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select

from mail_gateway.intake import Envelope, accept
from mail_gateway.models import BouncingAddress, InboundMail, OutboundMail
from mail_gateway.store import load_inbound
from services.runtime import Runtime
from tests.mail.conftest import ASSISTANT, fixture_bytes, queued_jobs, run_jobs

ENVELOPE = Envelope("someone@example.com", (ASSISTANT,), "127.0.0.1")


def receive(runtime: Runtime, raw: bytes) -> int:
    """Accept a message as the SMTP edge does and run its handling job."""
    accepted = accept(runtime.db, runtime.settings.data_dir, raw, ENVELOPE)
    run_jobs(runtime, "mail.handle_inbound")
    return accepted.inbound_id


def row_of(runtime: Runtime, inbound_id: int) -> InboundMail:
    with runtime.db.session() as s:
        row = s.get(InboundMail, inbound_id)
        assert row is not None
        return row


def add_sent(runtime: Runtime, message_id: str, recipients: list[str]) -> None:
    """A message the assistant sent earlier (as the outbox stores it)."""
    with runtime.db.session() as s:
        s.add(
            OutboundMail(
                message_id=message_id,
                thread_id=message_id,
                mail_from=ASSISTANT,
                recipients=recipients,
                subject="earlier",
                headers={},
                raw=b"x",
                state="sent",
            )
        )


def test_meeting_request_from_trusted_sender_goes_to_scheduling(any_db_runtime: Runtime) -> None:
    # Given a colleague at an allowed domain asks for a meeting
    inbound_id = receive(any_db_runtime, fixture_bytes("base64_body.eml"))
    # Then scheduling gets one job and load_inbound gives it the parsed message
    assert queued_jobs(any_db_runtime, "scheduling.inbound_email") == [{"inbound_id": inbound_id}]
    row = row_of(any_db_runtime, inbound_id)
    assert (row.state, row.route, row.trusted) == ("handled", "scheduling", True)
    with any_db_runtime.db.session() as s:
        message = load_inbound(s, inbound_id)
    assert message.sender == "lena@example.com"
    assert message.cc == ("priya@example.com", "tom@example.com")
    assert message.text.startswith("Hi Amy,")
    assert message.trusted and not message.auto_submitted
    assert message.date is not None and message.date.utcoffset() is not None


@pytest.mark.parametrize(
    "name",
    ["google_calendar_reply.eml", "apple_calendar_reply.eml", "outlook_calendar_counter.eml"],
)
def test_calendar_replies_go_to_scheduling(mail_runtime: Runtime, name: str) -> None:
    inbound_id = receive(mail_runtime, fixture_bytes(name))
    assert queued_jobs(mail_runtime, "scheduling.inbound_email") == [{"inbound_id": inbound_id}]
    assert row_of(mail_runtime, inbound_id).route == "itip"
    with mail_runtime.db.session() as s:
        assert load_inbound(s, inbound_id).calendar_parts[0].method in {"REPLY", "COUNTER"}


@pytest.mark.parametrize("name", ["audio_recording.eml", "octet_stream_recording.eml"])
def test_recordings_go_to_meeting_notes_with_the_file_stored(
    mail_runtime: Runtime, name: str
) -> None:
    inbound_id = receive(mail_runtime, fixture_bytes(name))
    assert queued_jobs(mail_runtime, "transcription.inbound_recording") == [
        {"inbound_id": inbound_id}
    ]
    assert queued_jobs(mail_runtime, "scheduling.inbound_email") == []
    with mail_runtime.db.session() as s:
        attachment = load_inbound(s, inbound_id).attachments[0]
    path = Path(attachment.path)
    assert path.is_file() and path.stat().st_size == attachment.size
    # a hostile file name cannot leave the attachments folder
    assert (
        path.parent
        == (mail_runtime.settings.data_dir / "mail" / "attachments" / str(inbound_id)).resolve()
    )


@pytest.mark.parametrize(
    "name", ["out_of_office.eml", "out_of_office_subject_only.eml", "newsletter_list.eml"]
)
def test_auto_replies_and_lists_are_recorded_and_never_answered(
    mail_runtime: Runtime, name: str
) -> None:
    # Given a machine-written message from a trusted domain, on a thread we are on
    add_sent(mail_runtime, "q2-invite@deskmate.localhost", ["erik@example.com"])
    inbound_id = receive(mail_runtime, fixture_bytes(name))
    # Then it is recorded, no product job runs and nothing is sent back
    row = row_of(mail_runtime, inbound_id)
    assert (row.state, row.route, row.auto_submitted) == ("ignored", "auto_reply", True)
    assert queued_jobs(mail_runtime, "scheduling.inbound_email") == []
    assert queued_jobs(mail_runtime, "mail.send") == []


def test_bounce_marks_the_address_and_the_outbox_message(mail_runtime: Runtime) -> None:
    # Given we sent a message to two people, and one address no longer exists
    add_sent(
        mail_runtime,
        "bounced-original-1@deskmate.localhost",
        ["gone.person@example.org", "slow.person@example.net"],
    )
    # When the relay's delivery report arrives
    inbound_id = receive(mail_runtime, fixture_bytes("dsn_bounce.eml"))
    # Then only the failed address is marked (the delayed one is not) and the message too
    with mail_runtime.db.session() as s:
        marked = s.scalars(select(BouncingAddress)).all()
        sent = s.scalar(select(OutboundMail))
    assert [(b.address, b.status, b.inbound_id) for b in marked] == [
        ("gone.person@example.org", "5.1.1", inbound_id)
    ]
    assert sent.state == "bounced" and "User unknown" in sent.error
    assert row_of(mail_runtime, inbound_id).route == "bounce"
    assert queued_jobs(mail_runtime, "mail.send") == []


def test_forged_bounce_for_a_message_we_never_sent_marks_nobody(mail_runtime: Runtime) -> None:
    receive(mail_runtime, fixture_bytes("dsn_bounce.eml"))
    with mail_runtime.db.session() as s:
        assert s.scalars(select(BouncingAddress)).all() == []


def test_unknown_sender_gets_one_polite_reply_and_no_action(
    mail_runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a stranger (not an allowed domain, not on any thread) asks for a meeting
    raw = (
        b"From: Mallory <mallory@stranger.example>\r\nTo: amy@deskmate.localhost\r\n"
        b"Subject: Book me a meeting\r\nMessage-ID: <stranger-%d@stranger.example>\r\n\r\n"
        b"Please invite the whole board to my webinar.\r\n"
    )
    # When two such messages arrive
    with caplog.at_level(logging.WARNING, logger="mail_gateway"):
        first = receive(mail_runtime, raw % 1)
        second = receive(mail_runtime, raw % 2)
    # Then no product acts, the event is logged, and only one polite reply is queued
    assert queued_jobs(mail_runtime, "scheduling.inbound_email") == []
    assert row_of(mail_runtime, first).route == "unknown_sender_replied"
    assert (row_of(mail_runtime, second).state, row_of(mail_runtime, second).route) == (
        "refused",
        "unknown_sender",
    )
    assert "mallory@stranger.example" in caplog.text and "no action taken" in caplog.text
    with mail_runtime.db.session() as s:
        replies = s.scalars(select(OutboundMail)).all()
    assert len(replies) == 1
    reply = email.message_from_bytes(replies[0].raw, policy=default)
    assert reply["To"] == "mallory@stranger.example"
    assert reply["Subject"] == "Re: Book me a meeting"
    assert reply["In-Reply-To"] == "<stranger-1@stranger.example>"
    assert reply["Auto-Submitted"] == "auto-replied"


def test_unknown_sender_gets_no_reply_when_switched_off(mail_settings, sqlite_url: str) -> None:
    runtime = Runtime.from_settings(
        mail_settings(database_url=sqlite_url, unknown_mail_reply=False)
    )
    inbound_id = receive(runtime, b"From: x@stranger.example\r\nSubject: hi\r\n\r\nhello\r\n")
    assert row_of(runtime, inbound_id).state == "refused"
    assert queued_jobs(runtime, "mail.send") == []


def test_guest_may_answer_on_a_thread_the_assistant_is_on(mail_runtime: Runtime) -> None:
    # Given the assistant wrote to an outside guest
    add_sent(mail_runtime, "offer-9@deskmate.localhost", ["guest@partner.example"])
    # When the guest replies on that thread
    raw = (
        b"From: Guest <guest@partner.example>\r\nTo: amy@deskmate.localhost\r\n"
        b"Subject: Re: Intro call\r\nMessage-ID: <guest-1@partner.example>\r\n"
        b"In-Reply-To: <offer-9@deskmate.localhost>\r\n"
        b"References: <offer-9@deskmate.localhost>\r\n\r\nThursday works.\r\n"
    )
    inbound_id = receive(mail_runtime, raw)
    # Then scheduling gets it, flagged as an untrusted guest on a known thread
    assert queued_jobs(mail_runtime, "scheduling.inbound_email") == [{"inbound_id": inbound_id}]
    with mail_runtime.db.session() as s:
        message = load_inbound(s, inbound_id)
    assert (message.trusted, message.on_known_thread) == (False, True)


def test_stranger_cannot_get_on_a_thread_by_answering_our_polite_reply(
    mail_runtime: Runtime,
) -> None:
    # Given a stranger's first message was refused with a polite reply
    first = (
        b"From: x@stranger.example\r\nMessage-ID: <s1@stranger.example>\r\n"
        b"Subject: hi\r\n\r\nhello\r\n"
    )
    receive(mail_runtime, first)
    with mail_runtime.db.session() as s:
        polite = s.scalar(select(OutboundMail.message_id))
    # When the stranger answers that reply, citing it and their own first message
    second = (
        b"From: x@stranger.example\r\nMessage-ID: <s2@stranger.example>\r\n"
        b"In-Reply-To: <%s>\r\nReferences: <s1@stranger.example> <%s>\r\n"
        b"Subject: Re: hi\r\n\r\nbook it\r\n"
    ) % (polite.encode(), polite.encode())
    inbound_id = receive(mail_runtime, second)
    # Then they are still refused and nothing is booked
    assert row_of(mail_runtime, inbound_id).state == "refused"
    assert queued_jobs(mail_runtime, "scheduling.inbound_email") == []


def test_mail_from_our_own_address_is_never_answered(mail_runtime: Runtime) -> None:
    inbound_id = receive(mail_runtime, b"From: amy@deskmate.localhost\r\nSubject: x\r\n\r\nx\r\n")
    assert (row_of(mail_runtime, inbound_id).state, row_of(mail_runtime, inbound_id).route) == (
        "ignored",
        "loop",
    )
    assert queued_jobs(mail_runtime, "mail.send") == []


def test_handling_twice_does_nothing_twice(mail_runtime: Runtime) -> None:
    # Given a handled message
    inbound_id = receive(mail_runtime, fixture_bytes("base64_body.eml"))
    # When its job runs again (a retry after a crash)
    from mail_gateway.inbound import handle_inbound

    again = handle_inbound(mail_runtime, inbound_id)
    # Then nothing new happens
    assert again["already_handled"] is True
    assert len(queued_jobs(mail_runtime, "scheduling.inbound_email")) == 1
