"""Fixtures for calendars: a real Radicale CalDAV server, zones, fixture files."""

from __future__ import annotations

import uuid
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scheduling.calendar.radicale_server import make_collection, running_radicale

FIXTURES = Path(__file__).parent / "fixtures"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
FIXTURE_UID = "7d1f3c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b@deskmate.localhost"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text()


@pytest.fixture(scope="session")
def radicale_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Radicale server on a free 127.0.0.1 port, storing under a temp dir, any login."""
    with running_radicale(tmp_path_factory.mktemp("radicale")) as url:
        yield url


@pytest.fixture
def caldav_collection(radicale_url: str) -> str:
    """A fresh calendar collection for this test, returned as its URL."""
    return make_collection(radicale_url, "ann", f"test-{uuid.uuid4().hex[:12]}")
