"""queue_email: every message stored whole with a fixed Message-ID and one send job."""

from __future__ import annotations

import email
from email.policy import default

import pytest
from sqlalchemy import select

from mail_gateway.errors import HeaderInjectionError, InvalidEmailError
from mail_gateway.message import OutgoingEmail
from mail_gateway.models import OutboundMail
from mail_gateway.outbox import queue_email
from services.runtime import Runtime
from services.storage.models import JobRow


def test_queued_email_is_stored_with_a_fixed_message_id_and_one_send_job(
    any_db_runtime: Runtime,
) -> None:
    # Given a reply on a thread
    outgoing = OutgoingEmail(
        to=("bob@example.com",),
        cc=("carol@example.com",),
        subject="Re: RE: Sync",
        text="Tuesday 10:00 works.",
        in_reply_to="parent@example.com",
        references=("root@example.com",),
    )
    # When a product queues it
    with any_db_runtime.db.session() as s:
        outbox_id = queue_email(s, outgoing, settings=any_db_runtime.settings)
    # Then the stored bytes carry the thread, one Re:, and a Message-ID on our domain
    with any_db_runtime.db.session() as s:
        row = s.get(OutboundMail, outbox_id)
        assert row is not None
        jobs = s.scalars(select(JobRow).where(JobRow.kind == "mail.send")).all()
    msg = email.message_from_bytes(row.raw, policy=default)
    assert msg["Subject"] == "Re: Sync"
    assert msg["In-Reply-To"] == "<parent@example.com>"
    assert msg["References"] == "<root@example.com> <parent@example.com>"
    assert msg["Message-ID"] == f"<{row.message_id}>"
    assert row.message_id.endswith("@deskmate.localhost")
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["Date"]
    assert row.thread_id == "root@example.com"
    assert row.recipients == ["bob@example.com", "carol@example.com"]
    assert [j.payload for j in jobs] == [{"outbox_id": outbox_id}]
    assert jobs[0].idempotency_key == f"mail.send:{row.message_id}"


@pytest.mark.parametrize(
    "outgoing",
    [
        OutgoingEmail(to=("bob@example.com\r\nBcc: eve@evil.example",), subject="x", text="x"),
        OutgoingEmail(to=("bob@example.com",), subject="x", text="x", reply_to="a@b.c\nBcc: e@e.e"),
        OutgoingEmail(
            to=("bob@example.com",), subject="x", text="x", in_reply_to="a@b\r\nBcc: e@e"
        ),
        OutgoingEmail(
            to=("bob@example.com",),
            subject="x",
            text="x",
            extra_headers=(("X-Note", "hi\r\nBcc: eve@evil.example"),),
        ),
    ],
)
def test_line_breaks_in_addresses_or_headers_are_refused(mail_runtime: Runtime, outgoing) -> None:
    # Given an email whose header values carry CR/LF
    # When it is queued, Then it is refused and nothing is stored
    with pytest.raises(HeaderInjectionError), mail_runtime.db.session() as s:
        queue_email(s, outgoing, settings=mail_runtime.settings)
    with mail_runtime.db.session() as s:
        assert s.scalars(select(OutboundMail)).all() == []


def test_subject_and_name_line_breaks_are_folded_not_turned_into_headers(
    mail_runtime: Runtime,
) -> None:
    # Given user text with an injection attempt in the subject and the display name
    outgoing = OutgoingEmail(
        to=("bob@example.com",),
        subject="Hello\r\nBcc: eve@evil.example",
        text="Body\r\nBcc: x",
        from_name="Amy\nBcc: eve@evil.example",
    )
    # When it is queued
    with mail_runtime.db.session() as s:
        outbox_id = queue_email(s, outgoing, settings=mail_runtime.settings)
        raw = s.get(OutboundMail, outbox_id).raw
    # Then the message has no Bcc header and the subject is one line
    msg = email.message_from_bytes(raw, policy=default)
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Hello Bcc: eve@evil.example"
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in header_block


def test_malformed_address_gets_a_clear_error(mail_runtime: Runtime) -> None:
    with (
        pytest.raises(InvalidEmailError, match="not an email address"),
        mail_runtime.db.session() as s,
    ):
        queue_email(
            s,
            OutgoingEmail(to=("bob at example",), subject="x", text="x"),
            settings=mail_runtime.settings,
        )


@pytest.mark.parametrize(
    "address",
    [
        "carol@example.",
        ".dot@example.com",
        "a..b@example.com",
        "nul\x00@example.com",
        "josé@example.com",
    ],
)
def test_addresses_the_header_registry_would_choke_on_are_refused_clearly(
    mail_runtime: Runtime, address: str
) -> None:
    with pytest.raises(InvalidEmailError), mail_runtime.db.session() as s:
        queue_email(
            s, OutgoingEmail(to=(address,), subject="x", text="x"), settings=mail_runtime.settings
        )
