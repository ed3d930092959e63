"""The commands the home page prints really deliver the test email to an SMTP server."""

from __future__ import annotations

import html
import re
import socket
import subprocess
from collections.abc import Iterator
from email import message_from_bytes
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from services.runtime import Runtime
from services.web.app import create_app
from tests.web.conftest import HTML


class Inbox:
    """An aiosmtpd handler keeping every envelope it is given."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, Inbox]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


def _command(page: str, block_id: str) -> str:
    match = re.search(rf'<pre id="{block_id}" class="command"><code>(.*?)</code></pre>', page, re.S)
    assert match, f"no {block_id} on the home page"
    return html.unescape(match.group(1))


@pytest.mark.parametrize("block_id", ["swaks-cmd", "python-cmd"])
def test_the_home_page_command_delivers_the_quick_sync_email(
    make_settings, sqlite_url: str, smtp_server: tuple[int, Inbox], block_id: str
) -> None:
    # Given deskmate configured with an SMTP port where a real SMTP server listens
    port, inbox = smtp_server
    settings = make_settings(
        database_url=sqlite_url,
        smtp_port=port,
        assistant_addresses="amy@acme.test",
        allowed_sender_domains="acme.test",
    )
    page = TestClient(create_app(Runtime.from_settings(settings))).get("/", headers=HTML).text
    # When a newcomer pastes the command into a shell
    done = subprocess.run(
        ["bash", "-c", _command(page, block_id)], capture_output=True, text=True, timeout=60
    )
    # Then the message arrives, from an allowed domain, to the assistant, as written
    assert done.returncode == 0, done.stdout + done.stderr
    [envelope] = inbox.envelopes
    assert envelope.mail_from == "you@acme.test"
    assert envelope.rcpt_tos == ["amy@acme.test"]
    message = message_from_bytes(envelope.original_content)
    assert message["Subject"] == "Quick sync"
    body = message.get_payload()
    assert "Lee, are you free Monday at 4 for twenty minutes? Amy will set it up" in body
