"""Who may see a meeting (its page, search, exports, recording), and how the recording is served."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from services.runtime import Runtime
from tests.transcription.conftest import FIXTURES
from tests.transcription.meeting_pages import HTML, finished_meeting, signed_in
from tests.web.conftest import add_user, csrf_from, sign_in
from transcription import store
from transcription.models import Meeting


def recorded(runtime: Runtime, meeting_id: int, path: Path) -> Path:
    """``path``, holding real speech (the ARCTIC clip), kept as the meeting's recording under
    its own file name."""
    path.write_bytes((FIXTURES / "arctic_a0007.wav").read_bytes())
    with runtime.db.session() as s:
        row = s.get(Meeting, meeting_id)
        assert row is not None
        row.audio_path, row.filename = str(path), path.name
    return path


def test_a_meeting_is_seen_only_by_its_owner_its_attendees_and_admins(
    client: TestClient, meeting_runtime: Runtime, tmp_path: Path
) -> None:
    # Given a meeting Dana uploaded with Lee as attendee, its recording kept, and three other
    # accounts
    meeting_id = finished_meeting(meeting_runtime, title="Salary review")
    recorded(meeting_runtime, meeting_id, tmp_path / "salary.wav")
    with meeting_runtime.db.session() as s:
        row = s.get(Meeting, meeting_id)
        assert row is not None
        row.owner_email, row.attendees = "Dana@example.com", ["lee_b@example.com"]
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
    recording = recorded(meeting_runtime, meeting_id, tmp_path / "pricing.wav")
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


def test_a_recording_named_like_a_web_page_is_downloaded_never_shown(
    client: TestClient, meeting_runtime: Runtime, tmp_path: Path
) -> None:
    # Given a recording whose name says HTML (it passed the audio check: it is a WAV)
    meeting_id = finished_meeting(meeting_runtime)
    recorded(meeting_runtime, meeting_id, tmp_path / "evil.html")
    signed_in(client)
    # Then it is served as a download of bytes, in a sandbox, never as a page of this site
    response = client.get(f"/meetings/{meeting_id}/recording")
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["content-security-policy"].startswith("sandbox")
