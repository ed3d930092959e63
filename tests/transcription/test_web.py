"""Meeting pages: login, upload with checks, progress, notes, renaming, search, exports."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from services.runtime import Runtime
from services.storage.models import JobRow
from services.web.app import create_app
from tests.transcription.conftest import FIXTURES, run_queued
from tests.web.conftest import add_user, csrf_from, sign_in
from transcription import store
from transcription.models import Meeting
from transcription.notes import Notes
from transcription.notes.actions import ActionItem
from transcription.notes.decisions import Point
from transcription.types import Segment, Transcript, Word
from transcription.web_input import meeting_date

HTML = {"Accept": "text/html"}


@pytest.fixture
def client(meeting_runtime: Runtime) -> Iterator[TestClient]:
    add_user(meeting_runtime, "hr@example.com", "admin")
    with TestClient(create_app(meeting_runtime)) as test_client:
        yield test_client


def signed_in(client: TestClient) -> str:
    assert sign_in(client, "hr@example.com").status_code == 303
    return csrf_from(client.get("/meetings/new", headers=HTML).text)


def finished_meeting(runtime: Runtime, duration: float = 120.0, title: str = "Pricing") -> int:
    """A processed meeting: "I will" by an unnamed speaker, so renaming gives it an owner."""
    words = tuple(
        Word(i * 0.5, i * 0.5 + 0.4, f" {w}", 1.0, "Speaker 2")
        for i, w in enumerate(["I", "will", "send", "the", "pricing", "sheet", "by", "Friday."])
    )
    transcript = Transcript(
        "en",
        duration,
        (
            Segment(0.0, 3.0, "We agreed to raise prices in spring.", "Speaker 1"),
            Segment(
                10.0,
                14.0,
                "I will send the pricing sheet by Friday.",
                "Speaker 2",
                tuple(Word(w.start + 10, w.end + 10, w.text, 1.0, w.speaker) for w in words),
            ),
        ),
        ("Speaker 1", "Speaker 2"),
        "whisper-tiny.en",
    )
    notes = Notes(
        title,
        "Speaker 1: We agreed to raise prices in spring.",
        (Point("We agreed to raise prices in spring.", "Speaker 1", 0.0),),
        (
            ActionItem(
                None,
                "send the pricing sheet",
                None,
                "Speaker 2",
                10.0,
                "I will send the pricing sheet by Friday.",
            ),
        ),
        (),
    )
    with runtime.db.session() as s:
        meeting = Meeting(title=title, filename="pricing.m4a", status="processing")
        s.add(meeting)
        s.flush()
        store.finish(s, meeting.id, transcript, notes, "whisper-tiny.en")
        return meeting.id


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


def rename(client: TestClient, token: str, meeting_id: int, name: str) -> None:
    response = client.post(
        f"/meetings/{meeting_id}/speakers",
        follow_redirects=False,
        data={"csrf_token": token, "name:Speaker 2": name},
    )
    assert response.status_code == 303


def found_by(client: TestClient, query: str) -> bool:
    page = client.get("/meetings", params={"q": query}, headers=HTML).text
    return 'id="no-results"' not in page


def test_search_finds_a_meeting_by_the_name_a_speaker_was_given(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given a processed meeting whose speakers have no names yet
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)
    assert not found_by(client, "Sharma")
    # When Speaker 2 is renamed on the page
    rename(client, token, meeting_id, "Priya  Sharma")
    # Then search finds the meeting by the new name, as the owner of the item too
    assert found_by(client, "Priya Sharma")
    with meeting_runtime.db.session() as s:
        assert "priya sharma" in store.get(s, meeting_id).search_text
    # And after another rename the old name no longer finds it
    rename(client, token, meeting_id, "Dana")
    assert found_by(client, "Dana") and not found_by(client, "Sharma")


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


def test_a_meeting_is_seen_only_by_its_owner_its_attendees_and_admins(
    client: TestClient, meeting_runtime: Runtime, tmp_path: Path
) -> None:
    # Given a meeting Dana uploaded with Lee as attendee, its recording kept, and three other
    # accounts
    meeting_id = finished_meeting(meeting_runtime, title="Salary review")
    recording = tmp_path / "salary.wav"
    recording.write_bytes((FIXTURES / "arctic_a0007.wav").read_bytes())
    with meeting_runtime.db.session() as s:
        row = s.get(Meeting, meeting_id)
        assert row is not None
        row.owner_email, row.attendees = "Dana@example.com", ["lee_b@example.com"]
        row.audio_path, row.filename = str(recording), "salary.wav"
    for email, role in (
        ("dana@example.com", "recruiter"),
        ("lee_b@example.com", "recruiter"),
        ("leexb@example.com", "recruiter"),  # "_" must not match as a LIKE wildcard
        ("rita@example.com", "recruiter"),
    ):
        add_user(meeting_runtime, email, role)
    pages = (
        f"/meetings/{meeting_id}",
        f"/meetings/{meeting_id}/status",
        f"/meetings/{meeting_id}/export.md",
        f"/meetings/{meeting_id}/recording",
    )

    def sees(email: str) -> bool:
        client.cookies.clear()
        assert sign_in(client, email).status_code == 303
        listed = "Salary review" in client.get("/meetings?q=salary", headers=HTML).text
        codes = {client.get(path, headers=HTML).status_code for path in pages}
        assert codes in ({200}, {404}), (email, codes)  # all or nothing
        assert listed == (codes == {200}), email
        return listed

    # Then the owner (whatever the case of the address), the attendee and an admin see it
    assert sees("dana@example.com") and sees("lee_b@example.com") and sees("hr@example.com")
    # And other accounts get the same 404 as for a meeting that does not exist, listed nowhere
    assert not sees("rita@example.com") and not sees("leexb@example.com")
    page = client.get(f"/meetings/{meeting_id}", headers=HTML)
    assert "not shared with you" in page.text
    # And none of the changes a page offers works for them, and none changes anything
    token = csrf_from(client.get("/meetings/new", headers=HTML).text)
    with meeting_runtime.db.session() as s:
        before = s.get(Meeting, meeting_id)
        assert before is not None
        stored = (before.transcript, before.notes, before.speaker_names)
    for path, fields in (
        ("/speakers", {"name:Speaker 1": "Rita"}),
        ("/items", {"task": "leak the salaries"}),
        ("/items/0", {"task": "nothing", "remove": "1"}),
        ("/segments/0/speaker", {"speaker": "Speaker 2"}),
    ):
        refused = client.post(
            f"/meetings/{meeting_id}{path}",
            data={"csrf_token": token, **fields},
            headers=HTML,
            follow_redirects=False,
        )
        assert refused.status_code == 404, path
    with meeting_runtime.db.session() as s:
        after = s.get(Meeting, meeting_id)
        assert after is not None and (after.transcript, after.notes, after.speaker_names) == stored


def test_search_lists_only_meetings_shared_with_the_account_on_both_databases(
    runtime: Runtime,
) -> None:
    # Given three meetings: Dana's own, one listing her as attendee, and someone else's
    with runtime.db.session() as s:
        for title, owner, attendees in (
            ("Own", "DANA@example.com", []),
            ("Invited", "omar@example.com", ["lee@example.com", "dana@example.com"]),
            ("Other", "omar@example.com", ["dana_x@example.com"]),
        ):
            s.add(Meeting(title=title, filename="a.wav", owner_email=owner, attendees=attendees))
    # Then Dana finds hers and the one she attended, not the third; an admin finds all
    with runtime.db.session() as s:
        assert [m.title for m in store.search(s, "", "dana@example.com", False)] == [
            "Invited",
            "Own",
        ]
        assert len(store.search(s, "", "rita@example.com", True)) == 3


def test_the_recording_is_served_for_the_player_with_seeking_to_those_who_may_see_it(
    client: TestClient, meeting_runtime: Runtime, tmp_path: Path
) -> None:
    # Given a processed meeting whose recording is kept
    meeting_id = finished_meeting(meeting_runtime)
    recording = tmp_path / "pricing.wav"
    recording.write_bytes((FIXTURES / "arctic_a0007.wav").read_bytes())
    with meeting_runtime.db.session() as s:
        row = s.get(Meeting, meeting_id)
        assert row is not None
        row.audio_path, row.filename = str(recording), "pricing.wav"
    signed_in(client)
    # Then the page has a player, and every moment in the notes and transcript is playable
    page = client.get(f"/meetings/{meeting_id}", headers=HTML).text
    assert (
        f'<audio id="player" controls preload="metadata" src="/meetings/{meeting_id}/recording"'
        in page
    )
    assert page.count("data-start=") >= 4  # decision, item, both transcript segments
    # And the recording comes whole, or a byte range of it (what seeking asks for)
    whole = client.get(f"/meetings/{meeting_id}/recording")
    assert whole.status_code == 200 and whole.content == recording.read_bytes()
    assert whole.headers["content-type"] == "audio/wav"
    part = client.get(f"/meetings/{meeting_id}/recording", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == recording.read_bytes()[100:200]
    # And without the file, the page has no player and the address says why it has nothing
    recording.unlink()
    assert 'id="player"' not in client.get(f"/meetings/{meeting_id}", headers=HTML).text
    gone = client.get(f"/meetings/{meeting_id}/recording", headers={"Accept": "application/json"})
    assert gone.status_code == 404 and "not kept" in gone.text


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


@pytest.mark.slow
def test_a_line_moved_to_its_real_speaker_takes_the_notes_with_it(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given a meeting where diarization gave Dana's promise to "Speaker 2"
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)
    client.post(
        f"/meetings/{meeting_id}/speakers",
        data={"csrf_token": token, "name:Speaker 1": "Dana"},
        headers=HTML,
    )
    # When the line is moved to Dana on the page
    moved = client.post(
        f"/meetings/{meeting_id}/segments/1/speaker",
        data={"csrf_token": token, "speaker": "Speaker 1"},
        headers=HTML,
        follow_redirects=False,
    )
    assert moved.status_code == 303 and moved.headers["location"].endswith("#seg-1")
    # Then the notes are taken again in the background, with Dana owning her promise
    assert run_queued(meeting_runtime, "transcription.renote") == [{"meeting_id": meeting_id}]
    page = client.get(f"/meetings/{meeting_id}", headers=HTML).text
    assert "Saved. The notes are being taken again" in page
    row = re.search(r'<tr class="action-item">(.*?)</tr>', page, re.S)
    assert row and "Dana" in row.group(1) and "send the pricing sheet" in row.group(1)
    assert re.search(r"<td>Fri \d\d \w{3} \d{4}</td>", row.group(1))  # "by Friday", resolved
    with meeting_runtime.db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        assert [seg["speaker"] for seg in meeting.transcript["segments"]] == ["Speaker 1"] * 2
        assert meeting.transcript["speakers"] == ["Speaker 1"]  # "Speaker 2" said nothing now
        assert "dana send the pricing sheet" in meeting.search_text
    # And a line can go to someone new; a speaker not in the meeting or a line not in it is refused
    again = client.post(
        f"/meetings/{meeting_id}/segments/0/speaker",
        data={"csrf_token": token, "speaker": ""},
        headers=HTML,
        follow_redirects=False,
    )
    assert again.status_code == 303
    with meeting_runtime.db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None and meeting.transcript["speakers"] == ["Speaker 2", "Speaker 1"]
    for index, speaker, code in ((0, "Nobody", 400), (99, "Speaker 1", 404)):
        refused = client.post(
            f"/meetings/{meeting_id}/segments/{index}/speaker",
            data={"csrf_token": token, "speaker": speaker},
            headers={"Accept": "application/json"},
        )
        assert refused.status_code == code, (index, speaker, refused.text)


def test_action_items_can_be_corrected_removed_and_added_and_stay_so(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given a meeting whose only item has no owner ("I will" by an unnamed speaker)
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)

    def post(path: str, **fields: str) -> str:
        response = client.post(
            f"/meetings/{meeting_id}{path}", data={"csrf_token": token, **fields}, headers=HTML
        )
        assert response.status_code == 200, response.text
        return response.text

    # When its owner and date are set by hand, and an item nobody said is added
    page = post("/items/0", owner="Lee", task="send the pricing sheet", due="2026-11-27")
    assert "Action item saved." in page
    post("/items", owner="", task="book the room for the launch", due="")
    # Then the page lists both
    rows = re.findall(r'<tr class="action-item">(.*?)</tr>', post("/items", task=" "), re.S)
    assert len(rows) == 2
    assert "Lee" in rows[0] and "Fri 27 Nov 2026" in rows[0]
    assert "unassigned" in rows[1] and "book the room" in rows[1] and "added" in rows[1]
    # And a bad field is refused saying which and why, changing nothing
    assert "task: say what is to be done" in post("/items", task=" ")
    assert "due: &#39;Friday&#39; is not a date like 2026-11-27." in post(
        "/items/0", owner="Lee", task="send it", due="Friday"
    )
    # And a rename keeps the corrections instead of reading the items again
    post("/speakers", **{"name:Speaker 2": "Priya"})
    with meeting_runtime.db.session() as s:
        shown = store.notes_of(s.get(Meeting, meeting_id), dt.UTC)  # type: ignore[arg-type]
    assert shown is not None
    assert [(i.owner, i.task) for i in shown.action_items] == [
        ("Lee", "send the pricing sheet"),
        (None, "book the room for the launch"),
    ]
    # And removing one leaves the other; the search finds the new owner
    post("/items/1", remove="1")
    assert [i.task for i in store_items(meeting_runtime, meeting_id)] == ["send the pricing sheet"]
    assert "Pricing" in client.get("/meetings?q=lee", headers=HTML).text
    missing = client.post(
        f"/meetings/{meeting_id}/items/5",
        data={"csrf_token": token, "task": "x y"},
        headers={"Accept": "application/json"},
    )
    assert missing.status_code == 404


def store_items(runtime: Runtime, meeting_id: int) -> list[ActionItem]:
    with runtime.db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        return list(Notes.from_dict(meeting.notes).action_items)


def test_notes_taken_again_after_a_moved_line_keep_items_set_by_hand(
    meeting_runtime: Runtime,
) -> None:
    # Given a meeting whose item was given an owner by hand
    meeting_id = finished_meeting(meeting_runtime)
    with meeting_runtime.db.session() as s:
        store.edit_items(s, meeting_id, lambda items: [replace(items[0], owner="Lee")], dt.UTC)
    # When its notes are taken again from the transcript (which reads no owner)
    with meeting_runtime.db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        fresh = Notes.from_dict(meeting.notes).with_items([])
        fresh = replace(fresh, items_edited=False)
        assert store.save_notes(s, meeting_id, fresh, meeting.transcript, dt.UTC)
    # Then the correction stands
    assert [i.owner for i in store_items(meeting_runtime, meeting_id)] == ["Lee"]


def test_a_recording_named_like_a_web_page_is_downloaded_never_shown(
    client: TestClient, meeting_runtime: Runtime, tmp_path: Path
) -> None:
    # Given a recording whose name says HTML (it passed the audio check: it is a WAV)
    meeting_id = finished_meeting(meeting_runtime)
    evil = tmp_path / "evil.html"
    evil.write_bytes((FIXTURES / "arctic_a0007.wav").read_bytes())
    with meeting_runtime.db.session() as s:
        row = s.get(Meeting, meeting_id)
        assert row is not None
        row.audio_path, row.filename = str(evil), "evil.html"
    signed_in(client)
    # Then it is served as a download of bytes, in a sandbox, never as a page of this site
    response = client.get(f"/meetings/{meeting_id}/recording")
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["content-security-policy"].startswith("sandbox")


def test_an_item_changed_under_the_form_is_not_overwritten(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given a form opened on item 0 ("send the pricing sheet"), and the notes then taken again
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)
    with meeting_runtime.db.session() as s:
        store.edit_items(
            s,
            meeting_id,
            lambda items: [ActionItem(None, "call the bank", None, "", 0.0, ""), *items],
            dt.UTC,
        )
    # When the form is saved with what it showed
    page = client.post(
        f"/meetings/{meeting_id}/items/0",
        data={"csrf_token": token, "was": "send the pricing sheet", "task": "x y", "remove": "1"},
        headers=HTML,
    ).text
    # Then nothing is removed, and the page says why
    assert "The action items changed while you were editing" in page
    assert [i.task for i in store_items(meeting_runtime, meeting_id)] == [
        "call the bank",
        "send the pricing sheet",
    ]


def test_owners_follow_renames_after_a_hand_edit_and_after_notes_are_taken_again(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given Speaker 2 renamed Dana, whose item is then edited by hand
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)

    def post(path: str, **fields: str) -> None:
        client.post(f"/meetings/{meeting_id}{path}", data={"csrf_token": token, **fields})

    def shown() -> Any:
        with meeting_runtime.db.session() as s:
            return store.notes_of(s.get(Meeting, meeting_id), dt.UTC)  # type: ignore[arg-type]

    post("/speakers", **{"name:Speaker 2": "Dana"})
    post("/items/0", owner="Dana", task="send the pricing sheet", due="2026-11-27")
    # When Dana is renamed again
    post("/speakers", **{"name:Speaker 2": "Dana Kim"})
    # Then her item follows the new name
    assert [i.owner for i in shown().action_items] == ["Dana Kim"]
    # And notes taken again (a moved line) and another rename keep following
    post("/segments/0/speaker", speaker="Speaker 2")
    run_queued(meeting_runtime, "transcription.renote")
    post("/speakers", **{"name:Speaker 2": "Dora"})
    notes = shown()
    assert [i.owner for i in notes.action_items] == ["Dora"]
    assert "Dana" not in notes.summary and "Dora" in notes.summary


def test_item_fields_are_checked_and_their_errors_name_the_field(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)

    def post(**fields: str) -> str:
        data = {"csrf_token": token, "task": "send the pricing sheet", **fields}
        return client.post(f"/meetings/{meeting_id}/items/0", data=data, headers=HTML).text

    assert "Action item saved." in post(due=" 2026-11-27 ")  # spaces around a date are fine
    assert "owner: at most 80 characters, not 81." in post(owner="x" * 81)
    assert "task: at most 300 characters, not 301." in post(task="x" * 301)
    assert [i.due for i in store_items(meeting_runtime, meeting_id)] == [dt.date(2026, 11, 27)]


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


@pytest.mark.slow
def test_a_misheard_line_is_corrected_and_the_notes_read_the_correction(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given a line Whisper misheard: the item reads "send the pricing sheet"
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)
    # When its words are corrected on the page (same speaker)
    saved = client.post(
        f"/meetings/{meeting_id}/segments/1/speaker",
        data={
            "csrf_token": token,
            "speaker": "Speaker 2",
            "text": "I will send the  price list by Friday. ",
        },
        headers=HTML,
        follow_redirects=False,
    )
    assert saved.status_code == 303
    run_queued(meeting_runtime, "transcription.renote")
    # Then the transcript says it, its words are timed within the line, and the notes and
    # search follow
    with meeting_runtime.db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        line = meeting.transcript["segments"][1]
        assert line["text"] == "I will send the price list by Friday."
        assert [w["text"].strip() for w in line["words"]][4:6] == ["price", "list"]
        assert all(10.0 <= w["start"] < w["end"] <= 14.0 for w in line["words"])
        assert [a["task"] for a in meeting.notes["action_items"]] == ["send the price list"]
        assert "price list" in meeting.search_text and "pricing sheet" not in meeting.search_text
    # And a line too long to be one is refused, saying so
    too_long = client.post(
        f"/meetings/{meeting_id}/segments/1/speaker",
        data={"csrf_token": token, "speaker": "Speaker 2", "text": "word " * 1001},
        headers={"Accept": "application/json"},
    )
    assert too_long.status_code == 400 and "text: at most 5000 characters" in too_long.text
