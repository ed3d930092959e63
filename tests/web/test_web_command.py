"""``deskmate web`` serves the app on the configured port and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_deskmate_web_serves_health_and_the_home_page_then_stops_on_sigterm(tmp_path: Path) -> None:
    # Given a fresh data dir (no database yet, no session key)
    port = _free_port()
    env = dict(os.environ, DESKMATE_DATA_DIR=str(tmp_path / "var"), PYTHONUNBUFFERED="1")
    env.pop("DESKMATE_DATABASE_URL", None)
    # When `deskmate web --port P` starts
    server = subprocess.Popen(
        [sys.executable, "-m", "services", "web", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.communicate()[0].decode()
                assert time.monotonic() < deadline, "deskmate web did not start"
                time.sleep(0.2)
        # Then it answers on that port, having migrated the database and made a private key
        assert health.json() == {"status": "ok", "database": "ok"}
        home = httpx.get(f"http://127.0.0.1:{port}/", headers={"Accept": "text/html"})
        assert "Try it first" in home.text
        assert (tmp_path / "var" / "deskmate.sqlite3").exists()
        assert ((tmp_path / "var" / "secret_key").stat().st_mode & 0o777) == 0o600
        # And SIGTERM stops it cleanly
        server.send_signal(signal.SIGTERM)
        out = server.communicate(timeout=30)[0].decode()
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    # (uvicorn re-raises the signal after a clean shutdown, so "killed by SIGTERM" is normal)
    assert server.returncode in (0, -signal.SIGTERM), out
    assert "Application shutdown complete" in out
    assert "Traceback" not in out
