"""Outbound: queued mail goes through a real SMTP relay (an aiosmtpd sink), once, with retries."""

from __future__ import annotations

import asyncio
import email
import ssl
from dataclasses import dataclass, field
from email.policy import default

import aiosmtplib
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult
from sqlalchemy import select

from mail_gateway import bounces
from mail_gateway.message import OutgoingEmail
from mail_gateway.models import BouncingAddress, OutboundMail
from mail_gateway.outbox import queue_email
from services.runtime import Runtime
from services.storage.models import JobRow
from tests.mail.conftest import ASSISTANT, free_port, run_jobs, self_signed_certificate

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//deskmate//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:deskmate-1@deskmate.localhost\r\nDTSTART:20261124T140000Z\r\n"
    "DTEND:20261124T143000Z\r\nSUMMARY:Project sync – café\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@dataclass
class Sink:
    """A relay that records what it is given; refuses recipients named reject*."""

    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address.startswith("reject"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        self.received.append(
            (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 Ok: queued"


@pytest.fixture
def relay():
    """A real SMTP server standing in for the company relay."""
    sink = Sink()
    server = Controller(sink, hostname="127.0.0.1", port=free_port())
    server.start()
    yield sink, server
    server.stop()


@pytest.fixture
def sending(mail_settings, sqlite_url, relay):
    sink, server = relay
    runtime = Runtime.from_settings(
        mail_settings(database_url=sqlite_url, smtp_relay=f"127.0.0.1:{server.port}")
    )
    yield runtime, sink
    runtime.db.dispose()


def queue(runtime: Runtime, outgoing: OutgoingEmail) -> int:
    with runtime.db.session() as s:
        return queue_email(s, outgoing, settings=runtime.settings)


def outbox_row(runtime: Runtime, outbox_id: int) -> OutboundMail:
    with runtime.db.session() as s:
        row = s.get(OutboundMail, outbox_id)
        assert row is not None
        return row


def test_invite_is_sent_once_in_the_shape_calendar_clients_accept(sending) -> None:
    runtime, sink = sending
    # Given a product queued an invitation
    outbox_id = queue(
        runtime,
        OutgoingEmail(
            to=("bob@example.com",),
            cc=("carol@example.com",),
            subject="Invitation: Project sync",
            text="You are invited.",
            calendar=ICS,
            calendar_method="REQUEST",
        ),
    )
    # When the send job runs (and, after a crash, runs again)
    run_jobs(runtime, "mail.send")
    from mail_gateway.sender import send_outbox
    from services.jobs.context import Job, JobContext

    again = send_outbox(JobContext(Job(0, "mail.send", {}, 2, 8), runtime), outbox_id)
    # Then the relay got it exactly once, as stored
    row = outbox_row(runtime, outbox_id)
    assert again["already"] is True
    assert len(sink.received) == 1
    mail_from, rcpts, raw = sink.received[0]
    assert (mail_from, rcpts) == (ASSISTANT, ["bob@example.com", "carol@example.com"])
    assert raw == row.raw
    assert (row.state, row.attempts) == ("sent", 1) and row.sent_at is not None
    # mixed[ alternative[ text/plain, text/calendar; method=REQUEST ], invite.ics ]
    msg = email.message_from_bytes(raw, policy=default)
    assert msg.get_content_type() == "multipart/mixed"
    alternative, attachment = msg.get_payload()
    assert [p.get_content_type() for p in alternative.get_payload()] == [
        "text/plain",
        "text/calendar",
    ]
    calendar = alternative.get_payload()[1]
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_content_charset() == "utf-8"
    assert calendar.get_content().replace("\r\n", "\n") == ICS.replace("\r\n", "\n")
    assert (attachment.get_content_type(), attachment.get_filename()) == (
        "application/ics",
        "invite.ics",
    )
    assert attachment.get_content().decode() == ICS


def test_bouncing_addresses_are_never_mailed(sending) -> None:
    runtime, sink = sending
    with runtime.db.session() as s:
        bounces.mark(s, "gone@example.org", "5.1.1", "user unknown", None)
    partly = queue(
        runtime, OutgoingEmail(to=("gone@example.org", "bob@example.com"), subject="a", text="a")
    )
    only = queue(runtime, OutgoingEmail(to=("gone@example.org",), subject="b", text="b"))
    run_jobs(runtime, "mail.send")
    assert [rcpts for _, rcpts, _ in sink.received] == [["bob@example.com"]]
    assert outbox_row(runtime, partly).state == "sent"
    assert outbox_row(runtime, only).state == "suppressed"


def test_recipient_the_relay_refuses_is_marked_bouncing(sending) -> None:
    runtime, sink = sending
    outbox_id = queue(
        runtime,
        OutgoingEmail(to=("bob@example.com", "reject.me@example.com"), subject="a", text="a"),
    )
    run_jobs(runtime, "mail.send")
    row = outbox_row(runtime, outbox_id)
    assert row.state == "sent" and "reject.me@example.com: 550" in row.error
    with runtime.db.session() as s:
        assert [b.address for b in s.scalars(select(BouncingAddress))] == ["reject.me@example.com"]


def test_relay_refusing_everyone_fails_for_good(sending) -> None:
    runtime, sink = sending
    outbox_id = queue(runtime, OutgoingEmail(to=("reject.a@example.com",), subject="a", text="a"))
    run_jobs(runtime, "mail.send")
    row = outbox_row(runtime, outbox_id)
    assert row.state == "failed" and "550" in row.error
    with runtime.db.session() as s:
        job = s.scalar(select(JobRow).where(JobRow.kind == "mail.send"))
    assert job.state == "failed"
    assert sink.received == []


def test_relay_down_is_retried_with_backoff_then_sent(mail_settings, sqlite_url, relay) -> None:
    sink, server = relay
    # Given the relay setting points at a port nobody listens on
    down = Runtime.from_settings(
        mail_settings(database_url=sqlite_url, smtp_relay=f"127.0.0.1:{free_port()}")
    )
    outbox_id = queue(down, OutgoingEmail(to=("bob@example.com",), subject="a", text="a"))
    run_jobs(down, "mail.send")
    # Then the message waits for a retry, with the error recorded
    row = outbox_row(down, outbox_id)
    assert row.state == "queued" and "unreachable" in row.error
    with down.db.session() as s:
        job = s.scalar(select(JobRow).where(JobRow.kind == "mail.send"))
        assert job.state == "queued" and job.attempts == 1 and job.run_after > job.created_at
        job.run_after = job.created_at  # skip the backoff wait
    down.db.dispose()
    # When the relay is reachable on the next attempt
    up = Runtime.from_settings(
        mail_settings(database_url=sqlite_url, smtp_relay=f"127.0.0.1:{server.port}")
    )
    run_jobs(up, "mail.send")
    # Then it is sent, once
    assert outbox_row(up, outbox_id).state == "sent"
    assert len(sink.received) == 1
    up.db.dispose()


def test_relay_starttls_and_login_are_used_when_configured(
    mail_settings, sqlite_url, tmp_path, monkeypatch
) -> None:
    # Given a relay that requires STARTTLS before AUTH, with the company's own certificate
    cert, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # how an admin trusts an internal CA
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    sink = Sink()
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret")

    server = Controller(
        sink,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticator,
        tls_context=tls,
        require_starttls=True,
        auth_required=True,
    )
    server.start()
    try:
        runtime = Runtime.from_settings(
            mail_settings(
                database_url=sqlite_url,
                smtp_relay=f"127.0.0.1:{server.port}",
                smtp_relay_starttls=True,
                smtp_relay_user="deskmate",
                smtp_relay_password="s3cret",
            )
        )
        # When a message is sent
        queue(runtime, OutgoingEmail(to=("bob@example.com",), subject="a", text="a"))
        run_jobs(runtime, "mail.send")
        runtime.db.dispose()
    finally:
        server.stop()
    # Then the relay saw our login over TLS and took the message
    assert logins == [(b"deskmate", b"s3cret")]
    assert len(sink.received) == 1


class SlowToHangUp(SMTP):
    """A relay that answers QUIT at once but closes its end a moment later, as busy ones do."""

    async def smtp_QUIT(self, arg: str) -> None:
        await self.push("221 Bye")
        await asyncio.sleep(0.3)
        assert self._handler_coroutine is not None and self.transport is not None
        self._handler_coroutine.cancel()
        self.transport.close()


class SlowToHangUpController(Controller):
    def factory(self) -> SMTP:
        return SlowToHangUp(self.handler, **self.SMTP_kwargs)


def test_a_tls_session_leaves_no_socket_open_when_the_relay_is_slow_to_hang_up(
    mail_settings, tmp_path, monkeypatch
) -> None:
    # Given a STARTTLS relay that keeps its end open a moment after answering QUIT
    from mail_gateway.sender import deliver

    cert, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    sink = Sink()
    server = SlowToHangUpController(
        sink, hostname="127.0.0.1", port=free_port(), tls_context=tls, require_starttls=True
    )
    sockets = []
    sendmail = aiosmtplib.SMTP.sendmail

    async def watched(self, *args, **kwargs):
        sockets.append(self.get_transport_info("socket"))
        return await sendmail(self, *args, **kwargs)

    monkeypatch.setattr(aiosmtplib.SMTP, "sendmail", watched)
    settings = mail_settings(smtp_relay=f"127.0.0.1:{server.port}", smtp_relay_starttls=True)
    server.start()
    try:
        # When several messages are sent, one session each
        for n in range(8):
            deliver(
                settings, ASSISTANT, ["bob@example.com"], f"Subject: {n}\r\n\r\nhi\r\n".encode()
            )
    finally:
        server.stop()
    # Then every session's socket was closed before its send returned, not left to the
    # garbage collector (which warns, and holds a descriptor meanwhile)
    assert len(sink.received) == 8
    assert [sock.fileno() for sock in sockets] == [-1] * 8
