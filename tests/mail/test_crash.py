"""Durability: the gateway killed with SIGKILL right after a 250 loses nothing, handles once."""

from __future__ import annotations

import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from mail_gateway.models import InboundMail
from services.runtime import Runtime
from tests.mail.conftest import ASSISTANT, free_port, queued_jobs, run_jobs

ROOT = Path(__file__).resolve().parents[2]


def start_gateway(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    """``python -m services gateway``, as the supervisor of ``deskmate up`` runs it."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "services", "gateway"], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("gateway did not start")


def message(n: int) -> bytes:
    return (
        f"From: Lena <lena@example.com>\r\nTo: {ASSISTANT}\r\nSubject: Meeting {n}\r\n"
        f"Message-ID: <crash-{n}@example.com>\r\n\r\nCan we meet at {n}:00?\r\n"
    ).encode()


def send(port: int, n: int) -> tuple[int, bytes]:
    client = smtplib.SMTP("127.0.0.1", port)
    try:
        client.ehlo()
        client.mail("lena@example.com")
        client.rcpt(ASSISTANT)
        return client.data(message(n))
    finally:
        client.close()  # no QUIT: the process may be killed before it


@pytest.mark.slow
def test_kill_9_right_after_250_loses_nothing_and_handles_each_message_once(
    mail_settings, sqlite_url: str
) -> None:
    port = free_port()
    settings = mail_settings(database_url=sqlite_url, smtp_port=port)
    env = {
        **os.environ,
        "DESKMATE_DATA_DIR": str(settings.data_dir),
        "DESKMATE_DATABASE_URL": sqlite_url,
        "DESKMATE_SMTP_PORT": str(port),
        "DESKMATE_ASSISTANT_ADDRESSES": ASSISTANT,
        "DESKMATE_ALLOWED_SENDER_DOMAINS": "example.com",
    }
    log = settings.data_dir.parent / "gateway.log"
    # Given a gateway process that took five messages
    gateway = start_gateway(env, port, log)
    for n in range(5):
        code, _ = send(port, n)
        assert code == 250
    # When it is killed with SIGKILL the instant the fifth 250 arrived
    os.kill(gateway.pid, signal.SIGKILL)
    gateway.wait(timeout=10)
    # and after a restart the client retries the fifth (it never saw QUIT) and sends more
    gateway = start_gateway(env, port, log)
    try:
        codes = [send(port, n) for n in range(4, 8)]
    finally:
        gateway.terminate()
        gateway.wait(timeout=20)
    assert [c for c, _ in codes] == [250] * 4
    assert b"Already received" in codes[0][1]
    # Then every message is stored once, and handling twice does nothing twice
    runtime = Runtime.from_settings(settings)
    run_jobs(runtime, "mail.handle_inbound")
    run_jobs(runtime, "mail.handle_inbound")
    with runtime.db.session() as s:
        rows = s.scalars(select(InboundMail).order_by(InboundMail.id)).all()
        assert [r.message_id for r in rows] == [f"crash-{n}@example.com" for n in range(8)]
        assert {r.state for r in rows} == {"handled"}
        assert all(Path(r.raw_path).read_bytes() == message(n) for n, r in enumerate(rows))
    scheduled = queued_jobs(runtime, "scheduling.inbound_email")
    assert sorted(p["inbound_id"] for p in scheduled) == [r.id for r in rows]
    inbound_files = list((settings.data_dir / "mail" / "inbound").iterdir())
    assert len(inbound_files) == 8
    runtime.db.dispose()
