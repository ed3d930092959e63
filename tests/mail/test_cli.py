"""``deskmate mail inbound|outbox|resend``: what the gateway received and sent, from a shell."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result

from mail_gateway.intake import Envelope, accept
from mail_gateway.message import OutgoingEmail
from mail_gateway.models import OutboundMail
from mail_gateway.outbox import queue_email
from services.cli import _register, cli
from services.runtime import Runtime
from tests.mail.conftest import ASSISTANT, fixture_bytes, queued_jobs, run_jobs


@pytest.fixture
def deskmate(mail_runtime: Runtime):
    """Run ``deskmate ARGS`` against the test runtime's database."""
    _register()
    env = {
        "DESKMATE_DATA_DIR": str(mail_runtime.settings.data_dir),
        "DESKMATE_DATABASE_URL": mail_runtime.settings.sqlalchemy_url,
        "DESKMATE_ASSISTANT_ADDRESSES": ASSISTANT,
        "DESKMATE_ALLOWED_SENDER_DOMAINS": "example.com",
    }

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)

    return run


def test_inbound_lists_messages_with_their_route_and_why_one_was_refused(
    mail_runtime: Runtime, deskmate
) -> None:
    # Given a colleague's request and a stranger's message were handled
    for raw in (
        fixture_bytes("base64_body.eml"),
        b"From: x@stranger.example\r\nSubject: Free webinar\r\n\r\nhi\r\n",
    ):
        accept(mail_runtime.db, mail_runtime.settings.data_dir, raw, Envelope("x", (ASSISTANT,)))
    run_jobs(mail_runtime, "mail.handle_inbound")
    # When the admin lists received mail
    result = deskmate("mail", "inbound")
    # Then both show, newest first, with the reason for the refusal
    lines = result.output.splitlines()
    assert "refused" in lines[0] and "x@stranger.example" in lines[0] and "Free webinar" in lines[0]
    assert "why: stranger.example is not an allowed sender domain" in lines[1]
    assert "handled" in lines[2] and "scheduling" in lines[2] and "lena@example.com" in lines[2]
    assert "Hiring plan" in deskmate("mail", "inbound", "--state", "handled").output
    assert "Hiring plan" not in deskmate("mail", "inbound", "--state", "refused").output


def test_outbox_shows_errors_and_resend_queues_a_failed_message_again(
    mail_runtime: Runtime, deskmate
) -> None:
    # Given a message that failed because no relay was configured
    with mail_runtime.db.session() as s:
        outbox_id = queue_email(
            s,
            OutgoingEmail(to=("bob@example.com",), subject="Sync", text="x"),
            settings=mail_runtime.settings,
        )
    run_jobs(mail_runtime, "mail.send")
    listing = deskmate("mail", "outbox").output
    assert "failed" in listing and "bob@example.com" in listing
    assert "error: no relay configured: set DESKMATE_SMTP_RELAY=host:port" in listing
    # When the admin resends it
    result = deskmate("mail", "resend", str(outbox_id))
    # Then it is queued again with a fresh send job; resending it twice is refused
    assert result.exit_code == 0
    with mail_runtime.db.session() as s:
        assert s.get(OutboundMail, outbox_id).state == "queued"
    assert len(queued_jobs(mail_runtime, "mail.send")) == 2
    again = deskmate("mail", "resend", str(outbox_id))
    assert again.exit_code != 0 and "is queued, not failed" in again.output
