"""A real browser (Debian's Chromium via Playwright): upload a recording, watch it become notes.

The app runs under uvicorn with the shell's Content-Security-Policy, and an embedded job
runner processes the upload with the real models, so the page's own JavaScript drives the
upload progress, the processing percentage and the switch to the notes.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, Route, expect

from services.jobs import load_handlers
from services.jobs.embedded import EmbeddedRunner
from services.runtime import Runtime
from tests.browser import chromium
from tests.web.conftest import (  # noqa: F401  (fixtures used by name)
    PASSWORD,
    LiveServer,
    add_user,
    live_server,
    quick_password_hashing,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "transcription"
PERCENT = re.compile(r"(\d+)%")

# Reports every text the page shows in its status lines to the test, across navigations
# (an init script runs in the page's isolated setup, not as a page script under the CSP).
WATCH_STATUS = """
document.addEventListener("DOMContentLoaded", () => {
  for (const id of ["upload-status", "processing-note"]) {
    const el = document.getElementById(id);
    if (!el) continue;
    window.reportStatus(id + ": " + el.textContent);
    new MutationObserver(() => window.reportStatus(id + ": " + el.textContent))
      .observe(el, { childList: true, characterData: true, subtree: true });
  }
});
"""


# (Playwright's page.close(run_before_unload=True) shows no dialog in this Chromium; a
# navigation does)
LEAVE = "() => { window.location.assign('/meetings'); }"


@pytest.fixture
def runtime(meeting_runtime: Runtime) -> Iterator[Runtime]:
    """The live server's runtime (real models), with a job runner processing uploads."""
    load_handlers()
    runner = EmbeddedRunner(meeting_runtime, threads=1)
    runner.start()
    yield meeting_runtime
    runner.stop(timeout=60)


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def sign_in_at(page: Page, url: str) -> None:
    page.goto(url)
    page.get_by_label("Email").fill("hr@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(url)


def test_an_uploaded_recording_shows_progress_then_its_notes(
    live_server: LiveServer,  # noqa: F811  (the fixture imported above)
    browser: Browser,
    rendered: dict[str, Path],
) -> None:
    # Given a signed-in employee on the upload page, and a browser that reports page errors
    add_user(live_server.runtime, "hr@example.com")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # (in Berlin: the date typed is Berlin time, an hour ahead of the server's UTC)
    page = browser.new_page(viewport={"width": 1280, "height": 900}, timezone_id="Europe/Berlin")
    errors: list[str] = []
    statuses: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.expose_function("reportStatus", lambda text: statuses.append(text))
    page.add_init_script(WATCH_STATUS)
    sign_in_at(page, live_server.url + "/meetings/new")
    # When they choose the rendered hiring meeting (espeak-ng) and upload it
    page.get_by_label("Recording").set_input_files(str(rendered["hiring"]))
    page.get_by_label("Title (optional)").fill("Hiring sync")
    page.get_by_label("When it took place").fill("2026-11-23T10:00")  # a Monday
    page.screenshot(path=str(ARTIFACTS / "upload-form.png"), full_page=True)
    page.get_by_role("button", name="Upload and transcribe").click()
    # Then the page reports the upload's progress and moves to the meeting's page
    expect(page).to_have_url(re.compile(r"/meetings/\d+$"), timeout=30_000)
    expect(page.locator("#processing-progress")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "processing.png"), full_page=True)
    # And the processing percentage climbs until the page shows the notes by itself
    expect(page.locator("#action-items")).to_be_visible(timeout=180_000)
    uploads = [s for s in statuses if s.startswith("upload-status: Uploading: ")]
    assert uploads and uploads[-1] == "upload-status: Uploading: 100%", statuses
    assert "upload-status: Uploaded. Transcribing..." in statuses
    percents = [
        int(m.group(1))
        for s in statuses
        if s.startswith("processing-note: ") and (m := PERCENT.search(s))
    ]
    assert percents == sorted(percents) and any(0 < p < 100 for p in percents), statuses
    assert percents[-1] == 100, statuses
    # And the notes page has the transcript's words and the action items with their owner
    expect(page.locator("#processing")).to_have_count(0)
    expect(page.get_by_role("heading", name="Hiring sync")).to_be_visible()
    expect(page.get_by_text("Monday 23 November 2026, 09:00 UTC")).to_be_visible()
    transcript = page.locator("#transcript").inner_text().lower()
    # (tiny.en hears the rendered "three" as "free" about as often as not: not asserted)
    assert "candidates for the sales manager job" in transcript and "interviews" in transcript
    rows = page.locator("#action-items tr.action-item")
    expect(rows.filter(has_text="schedule the interviews")).to_contain_text("Priya")
    expect(rows.filter(has_text="prepare the question")).to_contain_text("Thu 26 Nov 2026")
    # And clicking the moment an item was said plays the recording from there
    link = rows.filter(has_text="prepare the question").locator("a[data-start]")
    start = float(link.get_attribute("data-start") or "nan")
    page.wait_for_function("document.getElementById('player').readyState >= 1")
    link.click()
    page.wait_for_function("document.getElementById('player').currentTime > 0")
    position = page.evaluate("document.getElementById('player').currentTime")
    assert start - 0.6 <= position <= start + 2.0, (start, position)
    page.screenshot(path=str(ARTIFACTS / "notes.png"), full_page=True)
    # And a line under the wrong speaker can be given to the right one
    first = page.locator("#seg-0")
    first.locator("summary").click()
    first.get_by_label("said by").select_option(label="Priya")
    first.get_by_role("button", name="Save").click()
    expect(page.locator("#seg-0 summary")).to_have_text("Priya:")
    expect(page.get_by_text("The notes are being taken again")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "moved.png"), full_page=True)
    # And an action item can be corrected by hand
    row = page.locator("#action-items tr.action-item").first
    row.get_by_text("Edit").click()
    row.get_by_label("Owner").fill("Priya Shah")
    row.get_by_label("Due").fill("2026-12-04")
    row.get_by_role("button", name="Save").click()
    saved = page.locator("#action-items tr.action-item").first
    expect(saved).to_contain_text("Priya Shah")
    expect(saved).to_contain_text("Fri 04 Dec 2026")
    page.screenshot(path=str(ARTIFACTS / "item-edited.png"), full_page=True)
    assert errors == []


def test_the_upload_button_is_locked_while_uploading_and_freed_after_an_error(
    live_server: LiveServer,  # noqa: F811  (the fixture imported above)
    browser: Browser,
    tmp_path: Path,
) -> None:
    # Given a signed-in employee who chose a PDF renamed .mp3, and uploads it with the
    # server's answer held back, so the upload is still going on
    add_user(live_server.runtime, "hr@example.com")
    page = browser.new_page()
    dialogs: list[str] = []

    def stay(dialog: Dialog) -> None:
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", stay)
    sign_in_at(page, live_server.url + "/meetings/new")
    fake = tmp_path / "minutes.mp3"
    fake.write_bytes(b"%PDF-1.4\n" + b"0" * 300_000 + b"\n%%EOF\n")
    page.get_by_label("Recording").set_input_files(str(fake))
    held: list[Route] = []
    page.route("**/meetings", lambda route: held.append(route))
    button = page.get_by_role("button", name="Upload and transcribe")
    button.click()
    # Then the button is disabled and pressing Enter in a field sends nothing more
    expect(button).to_be_disabled()
    page.get_by_label("Title (optional)").press("Enter")
    # And leaving the page asks first (the dialog is dismissed: the page stays)
    with page.expect_event("dialog"):
        page.evaluate(LEAVE)
    assert dialogs == ["beforeunload"] and page.url.endswith("/meetings/new")
    assert len(held) == 1
    # When the server answers that it is not audio
    held[0].continue_()
    # Then the error shows, the button works again and the bar is back at the start
    expect(page.locator("#upload-status")).to_contain_text("not an audio or video file")
    expect(button).to_be_enabled()
    assert page.locator("#upload-progress").evaluate("bar => bar.value") == 0
    # And the page can now be left without a question
    page.unroute("**/meetings")
    page.evaluate(LEAVE)
    expect(page).to_have_url(re.compile(r"/meetings$"))
    assert dialogs == ["beforeunload"]


def test_a_meeting_recorded_in_the_browser_is_uploaded_and_transcribed(
    live_server: LiveServer,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
) -> None:
    # Given a browser whose microphone hears the CMU ARCTIC sentence (Chromium's fake
    # capture device, fed a file), with a second of silence before and after
    spoken = tmp_path / "spoken.wav"
    arctic = Path(__file__).parent / "fixtures" / "arctic_a0007.wav"
    subprocess.run(
        ["sox", str(arctic), "-r", "48000", "-c", "1", str(spoken), "pad", "1", "1"], check=True
    )
    microphone = (
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={spoken}",
    )
    add_user(live_server.runtime, "hr@example.com")
    with chromium(*microphone) as browser:
        page = browser.new_page()
        sign_in_at(page, live_server.url + "/meetings/new")
        # When they record with the page's recorder for about as long as the sentence
        page.get_by_role("button", name="Start recording").click()
        expect(page.locator("#record-status")).to_contain_text("Recording 0:0")
        page.wait_for_timeout(6_500)
        page.get_by_role("button", name="Stop").click()
        # Then the recording becomes the form's file
        expect(page.locator("#record-status")).to_contain_text("Upload it below")
        name, size = page.evaluate(
            "(() => { const f = document.getElementById('recording').files[0];"
            " return [f.name, f.size]; })()"
        )
        assert re.fullmatch(r"recording-\d{8}-\d{4}\.(webm|ogg|m4a)", name) and size > 5_000
        # And uploading it gives notes whose transcript has what the microphone heard
        page.get_by_label("Title (optional)").fill("Recorded here")
        page.get_by_role("button", name="Upload and transcribe").click()
        expect(page.locator("#transcript")).to_be_visible(timeout=120_000)
        heard = page.locator("#transcript").inner_text().lower()
        assert "superlative degree" in heard, heard
