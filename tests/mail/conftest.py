"""Mail fixtures: settings for the assistant, the fixture corpus, and a migrated runtime."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from services.runtime import Runtime

FIXTURES = Path(__file__).parent / "fixtures"
ASSISTANT = "amy@deskmate.localhost"


def fixture_bytes(name: str) -> bytes:
    """A message from the corpus, as it would arrive on the wire (CRLF line ends)."""
    return (FIXTURES / name).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


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


def run_jobs(runtime: Runtime, kind: str) -> list[dict | None]:
    """Run every due job of ``kind`` once through the real job executor (other kinds wait)."""
    from sqlalchemy import select

    from services.jobs import load_handlers
    from services.jobs.executor import Executor
    from services.storage.models import JobRow

    load_handlers()
    executor = Executor(runtime)
    with runtime.db.session() as s:
        ids = s.scalars(
            select(JobRow.id)
            .where(JobRow.kind == kind, JobRow.state == "queued")
            .order_by(JobRow.id)
        ).all()
    results = []
    for job_id in ids:
        job = executor.claim(job_id, "mail-tests")
        if job is not None:
            executor.run(job, "mail-tests")
            with runtime.db.session() as s:
                results.append(s.get(JobRow, job_id).result)
    return results


def queued_jobs(runtime: Runtime, kind: str) -> list[dict]:
    """Payloads of the jobs of ``kind`` recorded so far."""
    from sqlalchemy import select

    from services.storage.models import JobRow

    with runtime.db.session() as s:
        return [
            dict(p)
            for p in s.scalars(
                select(JobRow.payload).where(JobRow.kind == kind).order_by(JobRow.id)
            )
        ]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def gateway(mail_settings, sqlite_url: str):
    """Start the real SMTP gateway on a free port; call with setting overrides."""
    from mail_gateway.server import controller

    started = []

    def start(**overrides: object):
        settings = mail_settings(database_url=sqlite_url, smtp_port=free_port(), **overrides)
        runtime = Runtime.from_settings(settings)
        server = controller(runtime)
        server.start()
        started.append((server, runtime))
        return server, runtime

    yield start
    for server, runtime in started:
        server.stop()
        runtime.db.dispose()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A throwaway certificate and key for 127.0.0.1 / localhost (PEM files)."""
    import subprocess

    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key
