"""One real ``deskmate up`` process tree for the whole end-to-end session.

It runs as ``python -m services up`` (what ``deskmate up`` runs) in a temp data dir, with
free ports for the web app, the SMTP gateway and the inference worker, and its outgoing
mail relayed to a real aiosmtpd sink these tests read. Teardown is Ctrl-C (SIGINT): the
tree must exit 0 and leave no process behind.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import html
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import Browser, Page, expect

from tests.browser import chromium

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
ASSISTANT = "amy@deskmate.localhost"
DOMAIN = "deskmate.localhost"
ZONE = "Europe/Berlin"
START_SECONDS = 180.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Sink:
    """An aiosmtpd handler standing in for the company relay: keeps every message it gets."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self._changed = threading.Condition()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        parsed = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self._changed:
            self.messages.append((list(envelope.rcpt_tos), parsed))
            self._changed.notify_all()
        return "250 OK"

    def wait_for(self, matches: Callable[[EmailMessage], bool], timeout: float) -> EmailMessage:
        """The first message that ``matches``, waiting up to ``timeout`` seconds for it."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for _, message in self.messages:
                    if matches(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    subjects = [m["Subject"] for _, m in self.messages]
                    raise AssertionError(f"no matching email within {timeout:.0f}s; got {subjects}")
                self._changed.wait(left)


@dataclass
class Deskmate:
    """The running tree and how to reach it."""

    proc: subprocess.Popen[bytes]
    env: dict[str, str]
    data_dir: Path
    web_url: str
    smtp_port: int
    sink: Sink
    log_path: Path
    tokens: dict[str, str] = field(default_factory=dict)

    def cli(
        self, *args: str, stdin: str = "", timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """``deskmate ARGS`` against this deployment's settings."""
        return subprocess.run(
            [sys.executable, "-m", "services", *args],
            cwd=REPO,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def add_user(self, address: str, role: str, password: str) -> str:
        """Create an account the documented way and return its API token."""
        done = self.cli(
            "users",
            "add",
            address,
            "--role",
            role,
            "--token",
            "--password-stdin",
            stdin=password + "\n",
        )
        assert done.returncode == 0, done.stdout + done.stderr
        token = done.stdout.strip().splitlines()[-1]
        assert token.startswith("dm_"), done.stdout
        self.tokens[address] = token
        return token

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (from /proc; children run in their own groups)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = [pid]
    while frontier:
        current = frontier.pop()
        for child, parent in parents.items():
            if parent == current and child not in found:
                found.add(child)
                frontier.append(child)
    return found


def command_line(pid: int) -> list[str]:
    """A process's argv ([] once it is gone)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="package")
def sink() -> Iterator[Sink]:
    handler = Sink(free_port())
    controller = Controller(handler, hostname="127.0.0.1", port=handler.port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture(scope="package")
def deskmate(sink: Sink, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deskmate]:
    """``deskmate up`` once for the session; SIGINT at the end must leave nothing running."""
    data_dir = tmp_path_factory.mktemp("deskmate-e2e") / "var"
    web_port, smtp_port, worker_port = free_port(), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKMATE_")}
    env.update(
        DESKMATE_DATA_DIR=str(data_dir),
        DESKMATE_WEB_PORT=str(web_port),
        DESKMATE_SMTP_PORT=str(smtp_port),
        DESKMATE_WORKER_PORT=str(worker_port),
        DESKMATE_SMTP_RELAY=f"127.0.0.1:{sink.port}",
        DESKMATE_ASSISTANT_ADDRESSES=ASSISTANT,
        DESKMATE_ALLOWED_SENDER_DOMAINS=f"{DOMAIN},example.com",
        DESKMATE_DEFAULT_TIMEZONE=ZONE,
        HF_HUB_OFFLINE="1",
        PYTHONUNBUFFERED="1",
    )
    data_dir.mkdir(parents=True)
    log_path = data_dir.parent / "deskmate-up.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "services", "up"],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    tree = Deskmate(proc, env, data_dir, f"http://127.0.0.1:{web_port}", smtp_port, sink, log_path)
    try:
        _wait_healthy(tree)
        yield tree
    finally:
        _stop(tree)


def _wait_healthy(tree: Deskmate) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if tree.proc.poll() is not None:
            raise AssertionError(f"deskmate up exited {tree.proc.returncode}:\n{tree.log()}")
        try:
            if httpx.get(tree.web_url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"/healthz not up after {START_SECONDS:.0f}s:\n{tree.log()}")


def _kill(pids: Iterable[int]) -> None:
    """SIGKILL what a failed shutdown left, so one bad run does not leak into the next."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _stop(tree: Deskmate) -> None:
    children = descendants(tree.proc.pid)
    tree.proc.send_signal(signal.SIGINT)
    try:
        code = tree.proc.wait(timeout=60)
    except subprocess.TimeoutExpired as e:
        tree.proc.kill()
        _kill(children)
        raise AssertionError(f"deskmate up ignored Ctrl-C for 60 s:\n{tree.log()[-4000:]}") from e
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = sorted(pid for pid in children if _alive(pid))
    _kill(left)
    assert code == 0, f"deskmate up exited {code} on Ctrl-C:\n{tree.log()[-4000:]}"
    assert not left, f"processes left after Ctrl-C: {left}"
    assert children, "deskmate up started no child processes"


PASSWORD = "correct horse battery"
ADMIN = f"hr@{DOMAIN}"
RECRUITER = f"recruiter@{DOMAIN}"  # the sample job's recruiter


@pytest.fixture(scope="package")
def accounts(deskmate: Deskmate) -> dict[str, str]:
    """An admin and the sample job's recruiter, made with ``deskmate users add --token``."""
    return {
        ADMIN: deskmate.add_user(ADMIN, "admin", PASSWORD),
        RECRUITER: deskmate.add_user(RECRUITER, "recruiter", PASSWORD),
    }


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def sign_in(browser: Browser, deskmate: Deskmate, address: str) -> Page:
    """A fresh browser context signed in through the login form."""
    # in the deployment's default zone, as its users are: typed times mean Berlin time
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id=ZONE)
    page = context.new_page()
    page.goto(deskmate.web_url + "/login")
    page.get_by_label("Email").fill(address)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("status")).to_contain_text(f"Signed in as {address}.")
    return page


def home_command(page_html: str, block_id: str) -> str:
    """The shell command the home page prints in ``<pre id=block_id>``."""
    match = re.search(
        rf'<pre id="{block_id}" class="command"><code>(.*?)</code></pre>', page_html, re.S
    )
    assert match, f"no {block_id} command on the home page"
    return html.unescape(match.group(1))


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"e2e-{name}.png"), full_page=True)
