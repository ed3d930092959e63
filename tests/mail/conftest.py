"""Mail fixtures: settings for the assistant, the fixture corpus, and a migrated runtime."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from services.runtime import Runtime

FIXTURES = Path(__file__).parent / "fixtures"
ASSISTANT = "amy@deskmate.localhost"


def fixture_bytes(name: str) -> bytes:
    """A message from the corpus, as it would arrive on the wire."""
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def mail_settings(make_settings):
    """Settings for the mail tests: one assistant address, example.com people are trusted."""

    def build(**overrides: object):
        overrides.setdefault("assistant_addresses", (ASSISTANT,))
        overrides.setdefault("allowed_sender_domains", ("example.com",))
        return make_settings(**overrides)

    return build


@pytest.fixture
def mail_runtime(mail_settings, sqlite_url: str) -> Iterator[Runtime]:
    """A runtime on a migrated SQLite database (PostgreSQL where a test asks for db_url)."""
    rt = Runtime.from_settings(mail_settings(database_url=sqlite_url))
    yield rt
    rt.db.dispose()


@pytest.fixture
def any_db_runtime(mail_settings, db_url: str) -> Iterator[Runtime]:
    """A runtime on each supported database (SQLite and PostgreSQL)."""
    rt = Runtime.from_settings(mail_settings(database_url=db_url))
    yield rt
    rt.db.dispose()
