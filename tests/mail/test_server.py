"""The SMTP edge with real clients: stdlib smtplib and swaks against the running gateway."""

from __future__ import annotations

import smtplib
import ssl
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mail_gateway.models import InboundMail
from tests.mail.conftest import (
    ASSISTANT,
    FIXTURES,
    fixture_bytes,
    queued_jobs,
    self_signed_certificate,
)


def count_inbound(runtime) -> int:
    with runtime.db.session() as s:
        return s.scalar(select(func.count()).select_from(InboundMail))


def test_message_is_stored_and_queued_before_250(gateway) -> None:
    # Given the running gateway
    server, runtime = gateway()
    raw = fixture_bytes("gmail_quoted_reply.eml")
    # When smtplib delivers a message to the assistant
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.ehlo("client.example.com")
        client.mail("bob@example.com")
        client.rcpt(ASSISTANT)
        code, reply = client.data(raw)
    # Then by the time 250 arrived, the raw file, the row and the handling job all exist
    assert code == 250 and reply.startswith(b"2.0.0 Queued as ")
    with runtime.db.session() as s:
        row = s.scalar(select(InboundMail))
    assert row.message_id == "CAF=gmail-reply-42@mail.gmail.com"
    assert (row.mail_from, row.rcpt_to, row.state) == ("bob@example.com", [ASSISTANT], "received")
    stored = Path(row.raw_path).read_bytes()
    assert stored == raw
    assert queued_jobs(runtime, "mail.handle_inbound") == [{"inbound_id": row.id}]


def test_ehlo_advertises_size_8bitmime_and_smtputf8_but_no_starttls_without_a_certificate(
    gateway,
) -> None:
    server, _ = gateway(smtp_max_message_bytes=10_000_000)
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.ehlo()
        assert client.esmtp_features["size"] == "10000000"
        assert "8bitmime" in client.esmtp_features
        assert "smtputf8" in client.esmtp_features
        assert "starttls" not in client.esmtp_features


def test_starttls_is_offered_and_works_when_a_certificate_is_configured(
    gateway, tmp_path: Path
) -> None:
    # Given a certificate (self-signed here)
    cert, key = self_signed_certificate(tmp_path)
    server, runtime = gateway(smtp_tls_cert=str(cert), smtp_tls_key=str(key))
    context = ssl.create_default_context(cafile=str(cert))
    context.check_hostname = False
    # When a client upgrades the session and sends
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.ehlo()
        assert "starttls" in client.esmtp_features
        client.starttls(context=context)
        client.ehlo()
        client.sendmail("bob@example.com", [ASSISTANT], fixture_bytes("base64_body.eml"))
    # Then the message is stored
    assert count_inbound(runtime) == 1


def test_gateway_is_never_an_open_relay(gateway) -> None:
    server, runtime = gateway()
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.ehlo()
        code, reply = client.docmd("MAIL FROM:<spammer@spam.example>")
        assert code == 250
        code, reply = client.docmd("RCPT TO:<victim@elsewhere.example>")
        assert code == 550 and b"Relaying denied" in reply
        client.rset()
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            client.sendmail(
                "spammer@spam.example", ["victim@elsewhere.example"], b"Subject: x\r\n\r\nx"
            )
    assert count_inbound(runtime) == 0


def test_message_over_the_size_limit_gets_552(gateway) -> None:
    server, runtime = gateway(smtp_max_message_bytes=4096)
    big = b"Subject: big\r\n\r\n" + (b"x" * 76 + b"\r\n") * 100
    with smtplib.SMTP(server.hostname, server.port) as client:
        # a client that declares SIZE is refused at MAIL
        client.ehlo()
        code, _ = client.mail("bob@example.com", options=[f"SIZE={len(big)}"])
        assert code == 552
        client.rset()
        # a client that does not is refused after DATA
        client.mail("bob@example.com")
        client.rcpt(ASSISTANT)
        code, _ = client.data(big)
        assert code == 552
    assert count_inbound(runtime) == 0


def test_too_many_recipients_get_452(gateway) -> None:
    server, _ = gateway(smtp_max_recipients=2)
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.ehlo()
        client.mail("bob@example.com")
        assert client.rcpt(ASSISTANT)[0] == 250
        assert client.rcpt("nobody@elsewhere.example")[0] == 550
        code, reply = client.rcpt(ASSISTANT)
        assert code == 452 and b"Too many recipients" in reply


def test_sender_over_the_rate_limit_gets_451(gateway) -> None:
    server, runtime = gateway(smtp_max_per_sender_per_minute=2)
    with smtplib.SMTP(server.hostname, server.port) as client:
        for n in range(2):
            client.sendmail(
                "busy@example.com",
                [ASSISTANT],
                b"Message-ID: <rate-%d@example.com>\r\nSubject: n\r\n\r\nhi\r\n" % n,
            )
        code, reply = client.mail("busy@example.com")
        assert code == 451 and b"Too many messages" in reply
        client.rset()
        # another sender is not affected
        assert client.mail("calm@example.com")[0] == 250
    assert count_inbound(runtime) == 2


def test_sender_who_keeps_pushing_past_the_limit_gets_421_and_is_disconnected(gateway) -> None:
    # Given a sender already at the limit
    server, runtime = gateway(smtp_max_per_sender_per_minute=1)
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.sendmail(
            "flood@example.com", [ASSISTANT], b"Message-ID: <flood@example.com>\r\n\r\nhi\r\n"
        )
        # When it keeps trying in the same session after being told to wait
        replies = []
        for _ in range(2):
            replies.append(client.mail("flood@example.com")[0])
            client.rset()
        code, reply = client.mail("flood@example.com")
        # Then two 451s are followed by a 421 and the server closes the connection
        assert replies == [451, 451]
        assert code == 421 and b"closing the connection" in reply
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.noop()
    assert count_inbound(runtime) == 1


def test_duplicate_message_id_is_acknowledged_but_stored_and_handled_once(gateway) -> None:
    server, runtime = gateway()
    raw = fixture_bytes("outlook_original_message.eml")
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.sendmail("dana.kovacs@example.com", [ASSISTANT], raw)
        client.mail("dana.kovacs@example.com")
        client.rcpt(ASSISTANT)
        code, reply = client.data(raw)
    assert code == 250 and b"Already received" in reply
    assert count_inbound(runtime) == 1
    assert len(queued_jobs(runtime, "mail.handle_inbound")) == 1


def test_smtputf8_address_and_8bit_body_are_accepted(gateway) -> None:
    server, runtime = gateway()
    raw = (
        "From: José <josé@example.com>\r\nTo: amy@deskmate.localhost\r\nSubject: Réunion\r\n"
        "Message-ID: <utf8-1@example.com>\r\n\r\nMañana a las 10?\r\n"
    ).encode()
    with smtplib.SMTP(server.hostname, server.port) as client:
        client.ehlo()
        client.sendmail(
            "josé@example.com", [ASSISTANT], raw, mail_options=["SMTPUTF8", "BODY=8BITMIME"]
        )
    with runtime.db.session() as s:
        row = s.scalar(select(InboundMail))
    assert row.mail_from == "josé@example.com"
    assert Path(row.raw_path).read_bytes() == raw


def test_swaks_delivers_a_fixture_and_is_refused_for_other_recipients(gateway) -> None:
    server, runtime = gateway()
    target = ["--server", f"{server.hostname}:{server.port}", "--from", "lena@example.com"]
    ok = subprocess.run(
        ["swaks", *target, "--to", ASSISTANT, "--data", str(FIXTURES / "base64_body.eml")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "250 2.0.0 Queued as" in ok.stdout
    refused = subprocess.run(
        ["swaks", *target, "--to", "someone@elsewhere.example"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode != 0
    assert "550 5.7.1 Relaying denied" in refused.stdout
    assert count_inbound(runtime) == 1
