"""Meeting pages: login, upload with its checks, progress, the notes page, search, exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from services.runtime import Runtime
from services.storage.models import JobRow
from tests.transcription.conftest import FIXTURES, run_queued
from tests.transcription.meeting_pages import HTML, finished_meeting, signed_in
from transcription import store
from transcription.models import Meeting
from transcription.notes import Notes
from transcription.types import Transcript
from transcription.web_input import meeting_date


def test_meeting_pages_need_a_signed_in_employee(client: TestClient) -> None:
    for path in ("/meetings", "/meetings/new", "/meetings/1", "/meetings/1/status"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code in (303, 401), path
    assert client.post("/meetings", files={"recording": ("a.wav", b"x")}).status_code in (401, 403)


def test_uploading_a_pdf_renamed_mp3_says_it_is_not_audio(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    token = signed_in(client)
    response = client.post(
        "/meetings",
        data={"csrf_token": token},
        files={"recording": ("notes.mp3", b"%PDF-1.4\n%%EOF\n", "audio/mpeg")},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400
    assert "not an audio or video file" in response.json()["error"]
    with meeting_runtime.db.session() as s:
        assert s.scalars(select(Meeting)).all() == []


def test_an_upload_is_queued_and_its_status_polled(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    token = signed_in(client)
    audio = (FIXTURES / "arctic_a0007.wav").read_bytes()
    response = client.post(
        "/meetings",
        data={"csrf_token": token, "title": "Quick test"},
        files={"recording": ("clip.wav", audio, "audio/wav")},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 201
    created = response.json()
    status = client.get(created["status_url"]).json()
    assert status == {
        "id": created["id"],
        "status": "queued",
        "percent": 0,
        "note": "",
        "error": "",
        "url": f"/meetings/{created['id']}",
    }
    with meeting_runtime.db.session() as s:
        meeting = s.get(Meeting, created["id"])
        assert meeting is not None and meeting.owner_email == "hr@example.com"
        assert Path(meeting.audio_path).read_bytes() == audio
        jobs = s.scalars(select(JobRow).where(JobRow.kind == "transcription.process")).all()
        assert [j.payload for j in jobs] == [{"meeting_id": created["id"]}]
    page = client.get(created["url"], headers=HTML).text
    assert 'id="processing"' in page and "/meetings/static/upload.js" in page


def test_notes_page_rename_moves_ownership_and_search_finds_it(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)
    page = client.get(f"/meetings/{meeting_id}", headers=HTML).text
    assert "We agreed to raise prices in spring." in page and "unassigned" in page
    assert 'href="#seg-1"' in page and 'id="seg-1"' in page
    # When Speaker 2 is renamed on the page
    response = client.post(
        f"/meetings/{meeting_id}/speakers",
        follow_redirects=False,
        data={"csrf_token": token, "name:Speaker 2": "Priya", "name:Speaker 1": "Speaker 1"},
    )
    assert response.status_code == 303
    # Then the transcript and the action item's owner follow the new name
    data = json.loads(client.get(f"/meetings/{meeting_id}/export.json").content)
    assert {s["speaker"] for s in data["transcript"]["segments"]} == {"Speaker 1", "Priya"}
    assert data["action_items"][0]["owner"] == "Priya"
    # And search finds the meeting by a word of its transcript, not by a missing one
    assert f"/meetings/{meeting_id}" in client.get("/meetings?q=pricing sheet", headers=HTML).text
    assert 'id="no-results"' in client.get("/meetings?q=volcano", headers=HTML).text
    for fmt in ("txt", "srt", "vtt", "md", "docx"):
        assert client.get(f"/meetings/{meeting_id}/export.{fmt}").status_code == 200
    assert client.get(f"/meetings/{meeting_id}/export.pdf").status_code == 404


def upload(
    client: TestClient, token: str, date: str, accept: str = "application/json"
) -> tuple[int, str]:
    """POST a real recording with ``date``; the answer's status and body."""
    audio = (FIXTURES / "arctic_a0007.wav").read_bytes()
    response = client.post(
        "/meetings",
        data={"csrf_token": token, "title": "Budget", "date": date},
        files={"recording": ("clip.wav", audio, "audio/wav")},
        headers={"Accept": accept},
        follow_redirects=False,
    )
    return response.status_code, response.text


def test_a_date_that_is_not_iso_8601_is_refused_saying_the_expected_form(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    token = signed_in(client)
    # When a script uploads with date=tomorrow
    status, body = upload(client, token, "tomorrow")
    # Then it is told what was wrong and what form a date takes, and nothing is queued
    assert status == 400
    error = json.loads(body)["error"]
    assert error.startswith("date: 'tomorrow' is not") and "2026-11-23T10:00" in error
    # And the web form shows the same error and keeps what was typed
    status, page = upload(client, token, "tomorrow", accept="text/html")
    assert status == 400
    assert 'id="upload-error"' in page and "is not a date" in page
    assert 'value="Budget"' in page and 'value="tomorrow"' in page
    with meeting_runtime.db.session() as s:
        assert s.scalars(select(Meeting)).all() == []


def test_a_date_keeps_its_utc_offset_and_a_date_without_one_is_in_the_servers_zone(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given an upload whose date says +01:00, on a server in UTC
    token = signed_in(client)
    status, body = upload(client, token, "2026-11-23T10:00+01:00")
    assert status == 201
    # Then the meeting took place at 09:00 UTC, not 10:00 UTC
    with meeting_runtime.db.session() as s:
        stored = store.get(s, json.loads(body)["id"]).meeting_date
        assert stored.replace(tzinfo=None) == dt.datetime(2026, 11, 23, 9, 0)  # naive UTC
    # And a date without an offset is read in the server's zone
    berlin = ZoneInfo("Europe/Berlin")
    assert meeting_date("2026-11-23T10:00", berlin) == dt.datetime(2026, 11, 23, 10, tzinfo=berlin)
    assert meeting_date("2026-11-23T10:00Z", berlin) == dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)
    assert meeting_date("  ", berlin) is None


def test_an_upload_without_a_recording_gets_the_documented_400(client: TestClient) -> None:
    token = signed_in(client)
    # When the file is missing, or sent as text (curl's -F recording=call.m4a, without @)
    for data in ({"title": "Budget"}, {"recording": "call.m4a"}):
        response = client.post(
            "/meetings",
            data={"csrf_token": token, **data},
            headers={"Accept": "application/json"},
        )
        # Then the answer is the documented 400 {"error"} saying what to send
        assert response.status_code == 400, data
        assert response.json()["error"].startswith("recording: no file was sent."), data
    # And the web form shows the same
    page = client.post("/meetings", data={"csrf_token": token, "title": "Budget"}, headers=HTML)
    assert page.status_code == 400 and "recording: no file was sent." in page.text
    assert 'value="Budget"' in page.text


def test_the_list_shows_a_short_meeting_in_seconds_and_a_long_one_in_minutes(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    finished_meeting(meeting_runtime, duration=47.2)
    finished_meeting(meeting_runtime, duration=1500.0)
    signed_in(client)
    page = client.get("/meetings", headers=HTML).text
    assert "<td>47 s</td>" in page and "<td>25 min</td>" in page
    assert "0 min" not in page


def test_a_recording_with_no_speech_says_so_instead_of_empty_notes(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given a processed recording in which nobody spoke (half a second of silence)
    with meeting_runtime.db.session() as s:
        meeting = Meeting(title="Silent", filename="silent.wav", status="processing")
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
        silent = Transcript("en", 0.5, (), (), "whisper-tiny.en")
        store.finish(s, meeting_id, silent, Notes("Silent", "", (), (), ()), "whisper-tiny.en")
    signed_in(client)
    page = client.get(f"/meetings/{meeting_id}", headers=HTML).text
    # Then the page says no speech was found, with its length in seconds, not "0 min 0 s"
    assert "No speech was found in this recording" in page
    assert "· 0 s ·" in page and "0 min" not in page


def test_exports_are_named_after_the_meeting_title_like_the_email_attachments(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    titled = finished_meeting(meeting_runtime, title="Budget review")
    untitled = finished_meeting(meeting_runtime, title="")
    named = finished_meeting(meeting_runtime, title="Réunion über 会议")
    signed_in(client)

    def disposition(meeting_id: int, fmt: str) -> str:
        response = client.get(f"/meetings/{meeting_id}/export.{fmt}")
        assert response.status_code == 200
        return response.headers["content-disposition"]

    assert disposition(titled, "md") == 'attachment; filename="budget-review.md"'
    assert disposition(titled, "docx") == 'attachment; filename="budget-review.docx"'
    assert disposition(untitled, "srt") == f'attachment; filename="meeting-{untitled}.srt"'
    # A title beyond ASCII keeps its letters for browsers that read filename*
    assert disposition(named, "md") == (
        f'attachment; filename="meeting-{named}.md"; '
        "filename*=UTF-8''r%C3%A9union-%C3%BCber-%E4%BC%9A%E8%AE%AE.md"
    )


def test_open_questions_show_none_on_the_page_when_nobody_left_one(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    meeting_id = finished_meeting(meeting_runtime)
    signed_in(client)
    page = client.get(f"/meetings/{meeting_id}", headers=HTML).text
    assert '<section id="questions"><h2>Open questions</h2>' in page
    assert "No question was left open." in page


@pytest.mark.slow
def test_uploaded_recording_is_processed_into_a_notes_page(
    client: TestClient, meeting_runtime: Runtime, rendered: dict[str, Path]
) -> None:
    token = signed_in(client)
    response = client.post(
        "/meetings",
        data={"csrf_token": token, "date": "2026-11-23T10:00"},
        files={"recording": ("planning.wav", rendered["planning"].read_bytes(), "audio/wav")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    run_queued(meeting_runtime, "transcription.process")
    meeting_url = response.headers["location"]
    assert client.get(meeting_url + "/status").json()["percent"] == 100
    page = client.get(meeting_url, headers=HTML).text
    assert "send the final design to the client" in page and "Fri 27 Nov 2026" in page
    assert "<strong>Priya:</strong>" in page


def test_an_untitled_meeting_is_named_by_its_date_while_it_is_processed(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given an upload with no title, still being transcribed
    with meeting_runtime.db.session() as s:
        meeting = Meeting(
            filename="call-0931.m4a",
            status="processing",
            meeting_date=dt.datetime(2026, 11, 23, 9, 31),
        )
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    signed_in(client)
    # Then the list and its page already call it what its notes will: by the meeting's day
    listed = client.get("/meetings", headers=HTML).text
    assert "Meeting on Monday 23 November 2026" in listed and "call-0931.m4a</a>" not in listed
    page = client.get(f"/meetings/{meeting_id}", headers=HTML).text
    assert "<h1>Meeting on Monday 23 November 2026</h1>" in page


def test_a_date_outside_any_meetings_years_is_refused_not_a_crash(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    token = signed_in(client)
    for date in ("0001-01-01T00:30+01:00", "9999-12-31T23:30-05:00"):
        response = client.post(
            "/meetings",
            data={"csrf_token": token, "date": date},
            files={"recording": ("a.wav", (FIXTURES / "arctic_a0007.wav").read_bytes())},
            headers={"Accept": "application/json"},
        )
        assert response.status_code == 400, date
        assert "is not a meeting date (years 1970 to 2100)" in response.json()["error"]
