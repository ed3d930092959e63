"""A candidate applies to the sample job in the browser; the recruiter finds them shortlisted."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import ASSISTANT, RECRUITER, Deskmate, screenshot, sign_in

pytestmark = [pytest.mark.slow, pytest.mark.browser]
JOB = "support-rep-remote"
CANDIDATE = "ana.e2e@example.org"
# screening/samples/support-rep-remote.yaml asks these, in this order
ANSWERS = [
    ("eligible to work in the US", "Yes, I am a US citizen"),
    ("Which hours suit you", "weekends mostly"),
    ("How many years of customer support", "roughly six years at a call centre"),
    ("Do you speak Spanish", "sí, native speaker"),
    ("When could you start", "1 March 2027"),
    ("why would you like this job", "I enjoy solving billing problems for people."),
]


def screener_says(page: Page) -> str:
    return page.locator("#log li.screener .text").last.inner_text()


def send(page: Page, text: str) -> None:
    before = page.locator("#log li.screener").count()
    page.get_by_label("Your answer or question").fill(text)
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#log li.screener")).to_have_count(before + 1, timeout=30_000)


def test_candidate_applies_in_the_browser_and_the_recruiter_sees_them_shortlisted(
    deskmate: Deskmate, accounts: dict[str, str], browser: Browser
) -> None:
    # Given the sample job that deskmate up loaded, opened from its public link
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    page.goto(f"{deskmate.web_url}/apply/{JOB}")
    expect(page.get_by_role("heading", name="Customer Support Representative")).to_be_visible()
    # When the candidate starts and answers every question in their own words
    page.get_by_label("Your name").fill("Ana Lima")
    page.get_by_label("Your email").fill(CANDIDATE)
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#log li.screener").first).to_contain_text("automated screener")
    for asked, answer in ANSWERS:
        assert asked.lower() in screener_says(page).lower(), screener_says(page)
        send(page, answer)
    # Then they qualify and are offered three interview times; the second one books it
    offer = screener_says(page)
    assert offer.startswith("Got it: I enjoy solving billing problems for people. That"), offer
    assert "you qualify for an interview" in offer and "3." in offer, offer
    screenshot(page, "candidate-slots")
    send(page, "the second one")
    expect(page.locator("#finished")).to_be_visible(timeout=30_000)
    assert "Booked:" in page.locator("#log").inner_text()
    screenshot(page, "candidate-done")
    # And the invite reaches the candidate through the relay
    invite = deskmate.sink.wait_for(
        lambda m: (
            CANDIDATE in (m["To"] or "") + (m["Cc"] or "")
            and any(p.get_content_type() == "text/calendar" for p in m.walk())
        ),
        60,
    )
    assert ASSISTANT in str(invite["From"])
    # And the recruiter's API shortlist has them, qualified, with the values read from their words
    shortlist = httpx.get(
        f"{deskmate.web_url}/api/jobs/{JOB}/shortlist",
        headers={"Authorization": f"Bearer {accounts[RECRUITER]}"},
    )
    assert shortlist.status_code == 200, shortlist.text
    [entry] = [e for e in shortlist.json() if e["candidate"]["email"] == CANDIDATE]
    assert entry["status"] == "qualified" and entry["knockout"] is None
    assert entry["answers"] == {
        "eligible": "yes",
        "hours": "weekends",
        "years": 6,
        "spanish": "yes",
        "start": "2027-03-01",
        "why": "I enjoy solving billing problems for people.",
    }
    assert entry["score"] == 5 + 20 + 15  # weekends, 6 years capped at 20, Spanish
    # And the recruiter's shortlist page shows them, signed in through the browser
    hr = sign_in(browser, deskmate, RECRUITER)
    hr.goto(f"{deskmate.web_url}/screening/jobs/{JOB}")
    row = hr.locator("#shortlist tbody tr", has_text=CANDIDATE)
    expect(row.locator(".status")).to_have_text("qualified")
    expect(row).to_contain_text("Ana Lima")
    screenshot(hr, "recruiter-shortlist")
    page.context.close()
    hr.context.close()
