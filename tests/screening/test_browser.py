"""A real browser (Debian's Chromium via Playwright): a candidate chats, a recruiter reviews."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from screening.web import seed
from services.runtime import Runtime
from services.web.app import create_app
from tests.browser import chromium
from tests.screening.server import serving
from tests.screening.webapp import PASSWORD, add_recruiter

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screening"


@pytest.fixture
def site(make_settings, sqlite_url, inference) -> Iterator[tuple[str, Runtime]]:
    runtime = Runtime.from_settings(make_settings(database_url=sqlite_url))
    runtime.use_inference(inference)
    seed(runtime)
    with serving(create_app(runtime)) as url:
        yield url, runtime
    runtime.db.dispose()


@pytest.fixture
def browser():
    with chromium() as launched:
        yield launched


def send(page, text: str, expect: str) -> None:
    """Type like a keyboard user (Enter sends) and wait for the screener's answer."""
    before = page.locator("#log li").count()
    page.fill("#text", text)
    page.press("#text", "Enter")
    # the first answer from the job's material loads the embedding model: on a busy 2-core
    # machine that alone can pass Playwright's default 30 s
    page.locator("#log li").nth(before + 1).wait_for(timeout=90_000)
    assert expect in page.locator("#log li").last.inner_text()


def test_candidate_chats_on_a_phone_and_recruiter_reviews_the_shortlist(site, browser) -> None:
    url, runtime = site
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = phone.new_page()
    page.goto(f"{url}/apply/support-rep-remote")
    page.get_by_label("Your name").fill("Bea <b>Browser</b>")
    page.get_by_label("Your email").fill("bea@example.com")
    page.get_by_role("button", name="Start").click()
    page.wait_for_selector("#log li")
    assert "automated screener" in page.locator("#log li").first.inner_text()
    send(page, "Yes! Is there parking?", "doesn't say")
    send(page, "weekends mostly", "Got it: weekends.")
    send(page, "what does it pay?", "The pay is $21 per hour")
    send(page, "roughly six years at a call centre", "Got it: 6.")
    send(page, "sí, native speaker", "Got it: yes.")
    send(page, "next Monday", "Next:")
    page.screenshot(path=str(ARTIFACTS / "candidate-chat.png"), full_page=True)
    send(page, "I enjoy <i>helping</i> people 🙂", "Which of these interview times")
    page.fill("#text", "the second one")
    page.press("#text", "Enter")
    page.wait_for_selector("#finished")
    assert "Booked:" in page.locator("#log").inner_text()  # on the recruiter's real calendar
    page.get_by_label("Sex").select_option("female")
    page.get_by_role("button", name="Submit").click()
    page.wait_for_selector("text=Thank you for your self-identification")
    page.screenshot(path=str(ARTIFACTS / "candidate-booked.png"), full_page=True)
    phone.close()

    add_recruiter(runtime)
    desk = browser.new_context()
    hr = desk.new_page()
    hr.goto(f"{url}/screening/jobs/support-rep-remote")
    hr.get_by_label("Email").fill("rita@example.com")
    hr.get_by_label("Password").fill(PASSWORD)
    hr.get_by_role("button", name="Sign in").click()
    hr.wait_for_selector("#shortlist")
    row = hr.locator("#shortlist tbody tr").first
    assert "qualified" in row.inner_text() and "40" in row.inner_text()
    assert "Is there parking?" in hr.locator("#unanswered").inner_text()
    hr.screenshot(path=str(ARTIFACTS / "recruiter-shortlist.png"), full_page=True)
    row.get_by_role("link").click()
    hr.wait_for_selector("#answers")
    assert "Bea <b>Browser</b>" in hr.locator("h1").inner_text()
    assert "“roughly six years at a call centre”" in hr.locator("#answers").inner_text()
    hr.get_by_role("button", name="Advance").click()
    hr.wait_for_selector("#decision:has-text('advanced')")
    hr.screenshot(path=str(ARTIFACTS / "recruiter-candidate.png"), full_page=True)
    desk.close()
