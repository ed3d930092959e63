"""Uploads with attendees: the notes are emailed to exactly them and the uploader.

The outbox is the real one: ``mail.send`` relays over SMTP into an aiosmtpd sink.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from services.inference.local import LocalClient
from services.jobs import load_handlers
from services.runtime import Runtime
from services.web.app import create_app
from tests.scheduling.workflow.conftest import Sink, drain, sink  # noqa: F401  (fixture)
from tests.web.conftest import add_user, csrf_from, sign_in
from transcription import AttendeesError
from transcription.mailing import parse_attendees
from transcription.models import Meeting

HTML = {"Accept": "text/html"}


@pytest.fixture
def mailing_runtime(
    make_settings: Any,
    sqlite_url: str,
    worker: LocalClient,
    sink: Sink,  # noqa: F811
) -> Iterator[Runtime]:
    """Real models, and outgoing mail relayed to ``sink``."""
    rt = Runtime.from_settings(
        make_settings(
            database_url=sqlite_url,
            whisper_model="tiny.en",
            public_url="http://deskmate.test",
            smtp_relay=f"127.0.0.1:{sink.port}",
        )
    )
    rt.use_inference(worker)
    load_handlers()
    yield rt
    rt.db.dispose()


@pytest.fixture
def client(mailing_runtime: Runtime) -> Iterator[TestClient]:
    add_user(mailing_runtime, "hr@example.com", "admin")
    with TestClient(create_app(mailing_runtime)) as test_client:
        assert sign_in(test_client, "hr@example.com").status_code == 303
        yield test_client


def upload(client: TestClient, path: Path, attendees: str, accept: str) -> Any:
    token = csrf_from(client.get("/meetings/new", headers=HTML).text)
    return client.post(
        "/meetings",
        data={
            "csrf_token": token,
            "title": "Hiring sync",
            "date": "2026-11-23T10:00",
            "attendees": attendees,
        },
        files={"recording": (path.name, path.read_bytes(), "audio/wav")},
        headers={"Accept": accept},
        follow_redirects=False,
    )


def test_attendees_are_read_from_a_comma_separated_list() -> None:
    assert parse_attendees(" Lee <Lee@Partner.org>, omar@example.com;lee@partner.org ,") == (
        "lee@partner.org",
        "omar@example.com",
    )
    assert parse_attendees("  ") == ()
    with pytest.raises(AttendeesError, match="'omar at example' is not an email address"):
        parse_attendees("lee@partner.org, omar at example")


@pytest.mark.slow
def test_notes_of_an_upload_are_emailed_to_exactly_its_attendees_and_the_uploader(
    client: TestClient,
    mailing_runtime: Runtime,
    rendered: dict[str, Path],
    sink: Sink,  # noqa: F811
) -> None:
    # Given the hiring meeting uploaded with two attendees (one listed twice)
    response = upload(
        client,
        rendered["hiring"],
        "Omar <omar@example.com>, priya@partner.org, Omar@Example.com",
        "text/html",
    )
    assert response.status_code == 303
    # When its processing runs and the outbox relays the mail
    kinds = drain(mailing_runtime)
    assert kinds[0] == "transcription.process" and "mail.send" in kinds
    with mailing_runtime.db.session() as s:
        [meeting] = s.scalars(select(Meeting)).all()
        assert meeting.status == "done"
    # Then one notes email reached the relay, addressed to those people and the uploader only
    [(_sender, rcpt, message)] = sink.messages
    assert sorted(rcpt) == ["hr@example.com", "omar@example.com", "priya@partner.org"]
    assert message["Subject"] == "Notes: Hiring sync"
    body = message.get_body(("plain",)).get_content()
    assert "schedule the interviews" in body and "Priya" in body
    assert f"http://deskmate.test/meetings/{meeting.id}" in body
    assert "##" not in body and "**" not in body  # plain text, not Markdown source
    # And an HTML part that mail clients show: the items in a table, the link clickable
    html = message.get_body(("html",)).get_content()
    assert re.search(r"<td[^>]*>Priya</td>\s*<td[^>]*>schedule the interviews", html)
    assert f'<a href="http://deskmate.test/meetings/{meeting.id}">' in html
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["hiring-sync.md", "hiring-sync.docx"]


@pytest.mark.slow
def test_an_upload_without_attendees_emails_no_one(
    client: TestClient,
    mailing_runtime: Runtime,
    rendered: dict[str, Path],
    sink: Sink,  # noqa: F811
) -> None:
    assert upload(client, rendered["hiring"], "", "application/json").status_code == 201
    assert drain(mailing_runtime) == ["transcription.process"]
    assert sink.messages == []


def test_a_bad_attendee_address_is_refused_with_a_clear_error_and_nothing_kept(
    client: TestClient, mailing_runtime: Runtime, rendered: dict[str, Path]
) -> None:
    # When an address in the list is mistyped
    page = upload(client, rendered["hiring"], "omar@example.com, priya@", "text/html")
    # Then the form comes back with the error and what was typed, and nothing is queued
    assert page.status_code == 400
    assert "&#39;priya@&#39; is not an email address like name@example.com" in page.text
    assert 'value="omar@example.com, priya@"' in page.text
    api = upload(client, rendered["hiring"], "not-an-address", "application/json")
    assert (
        api.status_code == 400 and "'not-an-address' is not an email address" in api.json()["error"]
    )
    with mailing_runtime.db.session() as s:
        assert s.scalars(select(Meeting)).all() == []
    recordings = mailing_runtime.settings.data_dir / "recordings"
    assert not recordings.exists() or not any(recordings.iterdir())
