"""A real browser (Debian's Chromium via Playwright) on the live server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from sqlalchemy import update

from services import jobs
from services.storage.models import JobRow
from tests.browser import chromium
from tests.web.conftest import PASSWORD, LiveServer, add_user

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """One database is enough to drive the pages."""
    return sqlite_url


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def test_home_page_loads_and_an_hr_user_signs_in_on_a_phone(
    live_server: LiveServer, browser: Browser
) -> None:
    # Given an HR account, a job with hostile text, and a phone-sized browser
    add_user(live_server.runtime, "hr@example.com")
    with live_server.runtime.db.session() as db:
        jobs.enqueue(db, "mail.send", {"subject": "<script>window.pwned=1</script>"})
    page = browser.new_page(viewport={"width": 390, "height": 844})
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    # When they open the home page
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Try it first")).to_be_visible()
    expect(page.locator("#swaks-cmd")).to_contain_text("swaks --server 127.0.0.1:")
    expect(page.get_by_role("button", name="Copy this command").first).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-home-phone.png"), full_page=True)
    # And sign in from the jobs link
    page.goto(live_server.url + "/jobs")
    expect(page).to_have_url(live_server.url + "/login?next=%2Fjobs")
    page.get_by_label("Email").fill("hr@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    # Then the jobs page shows the job as text, with no script run and no CSP violation
    expect(page).to_have_url(live_server.url + "/jobs")
    expect(page.get_by_role("status")).to_contain_text("Signed in as hr@example.com.")
    # And the list follows the job as it finishes, without a reload
    expect(page.locator(".job-row .badge")).to_have_text("queued")
    with live_server.runtime.db.session() as db:
        db.execute(update(JobRow).values(state="succeeded", progress=1.0, attempts=1))
    expect(page.locator(".job-row .badge")).to_have_text("succeeded", timeout=10_000)
    page.get_by_role("link", name="1", exact=True).click()
    expect(page.locator("pre.json")).to_contain_text("<script>window.pwned=1</script>")
    assert page.evaluate("window.pwned") is None
    page.screenshot(path=str(ARTIFACTS / "web-job-detail.png"), full_page=True)
    assert errors == []
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/jobs")
    page.screenshot(path=str(ARTIFACTS / "web-jobs-desktop.png"), full_page=True)
    # And signing out returns to the home page
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("status")).to_contain_text("You are signed out.")
