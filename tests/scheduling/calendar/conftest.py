"""Fixtures for calendars: a real Radicale CalDAV server, zones, fixture files."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
FIXTURE_UID = "7d1f3c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b@deskmate.localhost"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def radicale_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Radicale server on a free 127.0.0.1 port, storing under a temp dir, any login."""
    storage = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    log = (storage / "radicale.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(storage / "collections"),
            "--auth-type",
            "none",
            "--logging-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError((storage / "radicale.log").read_text()) from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


@pytest.fixture
def caldav_collection(radicale_url: str, request: pytest.FixtureRequest) -> str:
    """A fresh calendar collection for this test, returned as its URL."""
    import caldav

    user = "ann"
    name = request.node.name.replace("[", "-").replace("]", "").lower()[:60]
    with caldav.DAVClient(radicale_url, username=user, password="x") as client:
        cal = client.principal().make_calendar(name=name, cal_id=name)
        return str(cal.url)
