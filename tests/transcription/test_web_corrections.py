"""Corrections on a meeting's page: speakers' names, who said a line and what, action items."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.runtime import Runtime
from tests.transcription.conftest import run_queued
from tests.transcription.meeting_pages import HTML, finished_meeting, signed_in
from transcription import store
from transcription.models import Meeting
from transcription.notes import Notes
from transcription.notes.actions import ActionItem


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


def test_a_burst_of_corrections_takes_the_notes_once_from_the_last_one(
    client: TestClient, meeting_runtime: Runtime
) -> None:
    # Given a meeting whose first speaker is named Dana
    meeting_id = finished_meeting(meeting_runtime)
    token = signed_in(client)

    def post(path: str, **fields: str) -> None:
        response = client.post(
            f"/meetings/{meeting_id}{path}",
            data={"csrf_token": token, **fields},
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text

    post("/speakers", **{"name:Speaker 1": "Dana"})
    # When a line is moved to Dana and then, before the notes are retaken, its words fixed
    post("/segments/1/speaker", speaker="Speaker 1")
    post("/segments/1/speaker", speaker="Speaker 1", text="I will book the venue by Friday.")
    # Then the first job sees the transcript changed again and leaves the work to the second
    assert run_queued(meeting_runtime, "transcription.renote") == [
        {"meeting_id": meeting_id, "superseded": True},
        {"meeting_id": meeting_id},
    ]
    # And the notes are those of the last correction
    with meeting_runtime.db.session() as s:
        notes = store.notes_of(store.get(s, meeting_id), dt.UTC)
    assert notes is not None
    assert [(i.owner, i.task, i.due) for i in notes.action_items] == [
        ("Dana", "book the venue", dt.date(2026, 11, 27))
    ]


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
