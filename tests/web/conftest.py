"""Fixtures for the web shell: an app on both databases, signed-in clients, a live server."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from services.runtime import Runtime
from services.storage.models import User
from services.web import accounts
from services.web.app import create_app

HTML = {"Accept": "text/html"}
# For tests of HTTP behaviour where the database makes no difference.
sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
PASSWORD = "correct horse battery"
_CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    """The CSRF token of the first form in ``html``."""
    match = _CSRF_FIELD.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def add_user(runtime: Runtime, email: str, role: str = "admin", password: str = PASSWORD) -> User:
    with runtime.db.session() as db:
        return accounts.create_user(db, email, role, password)


def add_token(runtime: Runtime, email: str) -> str:
    with runtime.db.session() as db:
        user = accounts.find_user(db, email)
        assert user is not None
        return accounts.create_token(db, user)


def sign_in(
    client: httpx.Client | TestClient, email: str, password: str = PASSWORD
) -> httpx.Response:
    """Submit the login form like a browser would (GET the form, POST it with its token)."""
    page = client.get("/login", headers=HTML)
    return client.post(
        "/login",
        data={"email": email, "password": password, "csrf_token": csrf_from(page.text)},
        headers=HTML,
        follow_redirects=False,
    )


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with test-sized cost (the production parameters take ~0.5 s a hash on a
    loaded 2-core box); the algorithm and every code path stay the same."""
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8 * 1024))


@pytest.fixture
def app(runtime: Runtime) -> FastAPI:
    return create_app(runtime)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@dataclass(frozen=True)
class LiveServer:
    url: str
    runtime: Runtime


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture
def live_server(runtime: Runtime) -> Iterator[LiveServer]:
    """The real app under uvicorn on a free 127.0.0.1 port, in a background thread."""
    sock = _free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(runtime), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", runtime)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
