"""A newcomer's first minute and an IT person's checks, on a real ``deskmate up``."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time

import httpx
import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.conftest import (
    ASSISTANT,
    DOMAIN,
    REPO,
    Deskmate,
    command_line,
    descendants,
    screenshot,
)

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def test_home_page_shows_the_three_things_to_try_with_the_live_settings(
    deskmate: Deskmate, browser: Browser
) -> None:
    # Given deskmate up with its own SMTP port and assistant address
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    # When a newcomer opens the home page
    page.goto(deskmate.web_url + "/")
    # Then it links the sample job, prints the swaks command for this port, links the upload
    expect(page.get_by_role("heading", name="Try it first")).to_be_visible()
    expect(page.get_by_role("link", name="Apply to “Support rep (remote)”")).to_have_attribute(
        "href", "/apply/support-rep-remote"
    )
    swaks = page.locator("#swaks-cmd")
    expect(swaks).to_contain_text(f"swaks --server 127.0.0.1:{deskmate.smtp_port} --to {ASSISTANT}")
    expect(swaks).to_contain_text(f"--from you@{DOMAIN}")
    expect(page.get_by_role("link", name="Upload a recording")).to_have_attribute(
        "href", "/meetings/new"
    )
    expect(page.locator("body")).to_contain_text(f"deskmate users add hr@{DOMAIN} --role admin")
    expect(page.locator("body")).not_to_contain_text("could not be loaded")
    screenshot(page, "home")
    # And each link leads somewhere real (the upload page asks a stranger to sign in)
    assert httpx.get(deskmate.web_url + "/apply/support-rep-remote").status_code == 200
    upload = httpx.get(deskmate.web_url + "/meetings/new", headers={"accept": "text/html"})
    assert upload.status_code in (302, 303, 307) and "/login" in upload.headers["location"]
    page.context.close()


def test_help_lists_the_operations_and_product_commands() -> None:
    # When an IT person asks for help
    done = subprocess.run(
        [sys.executable, "-m", "services", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    # Then every operations command and each product's command is listed
    assert done.returncode == 0, done.stderr
    listed = set(re.findall(r"^  ([a-z][a-z-]*)\s", done.stdout, re.M))
    for command in (
        "up",
        "worker",
        "models",
        "db",
        "users",
        "jobs",
        "web",
        "schedule",
        "transcribe",
        "notes",
        "screening",
    ):
        assert command in listed, f"{command} missing from deskmate --help:\n{done.stdout}"


def test_models_lists_every_model_with_checked_weights(deskmate: Deskmate) -> None:
    # When an IT person lists the models
    done = deskmate.cli("models")
    # Then the embedder, the NER model and both Whisper sizes are there, weights hash-checked
    assert done.returncode == 0, done.stdout + done.stderr
    header, *rows = done.stdout.strip().splitlines()
    assert header.split()[:3] == ["MODEL", "PACKAGE", "SHA-256"], done.stdout
    checks = {row.split()[0]: row.split()[2] for row in rows}
    for model in ("embed", "ner", "whisper-tiny.en", "whisper-base"):
        assert checks.get(model) == "ok", done.stdout
    assert set(checks.values()) <= {"ok", "unchecked"}, done.stdout


def test_up_with_a_bad_port_exits_non_zero_naming_the_setting(deskmate: Deskmate) -> None:
    # Given a typo in the web port
    env = dict(deskmate.env, DESKMATE_WEB_PORT="eighty")
    # When deskmate up starts
    done = subprocess.run(
        [sys.executable, "-m", "services", "up"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    # Then it stops at once, saying which setting is wrong
    assert done.returncode != 0
    assert "DESKMATE_WEB_PORT" in done.stdout + done.stderr, done.stdout + done.stderr


def test_a_crashed_web_process_is_restarted_by_up(deskmate: Deskmate) -> None:
    # Given the web app running under deskmate up
    [web] = [pid for pid in descendants(deskmate.proc.pid) if command_line(pid)[-1:] == ["web"]]
    # When it dies hard
    os.kill(web, signal.SIGKILL)
    # Then the supervisor starts a new one and the site answers again
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(deskmate.web_url + "/healthz", timeout=2).status_code == 200:
                break
        time.sleep(0.5)
    assert httpx.get(deskmate.web_url + "/healthz", timeout=5).status_code == 200
    restarted = [p for p in descendants(deskmate.proc.pid) if command_line(p)[-1:] == ["web"]]
    assert restarted and web not in restarted
