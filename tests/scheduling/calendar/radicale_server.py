"""A real Radicale CalDAV server in a subprocess, for the tests and the bench."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_radicale(storage: Path, users: dict[str, str] | None = None) -> Iterator[str]:
    """Radicale on a free 127.0.0.1 port storing under ``storage``; yields its URL.

    Without ``users`` any login is accepted; with them, an htpasswd file (plain passwords)
    is the only way in.
    """
    storage.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = storage / "radicale.log"
    auth = ["--auth-type", "none"]
    if users:
        htpasswd = storage / "htpasswd"
        htpasswd.write_text("".join(f"{u}:{p}\n" for u, p in users.items()))
        auth = [
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(htpasswd),
            "--auth-htpasswd-encryption",
            "plain",
        ]
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "radicale",
                "--server-hosts",
                f"127.0.0.1:{port}",
                "--storage-filesystem-folder",
                str(storage / "collections"),
                *auth,
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
                        raise RuntimeError(log_path.read_text()) from None
                    time.sleep(0.1)
            yield url
        finally:
            proc.terminate()
            proc.wait(10)


def make_collection(url: str, user: str, name: str, password: str = "x") -> str:
    """Create calendar ``name`` for ``user``; returns the collection URL."""
    import caldav

    with caldav.DAVClient(url, username=user, password=password) as client:
        return str(client.principal().make_calendar(name=name, cal_id=name).url)
