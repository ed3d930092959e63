"""What the meeting pages' tests share (their ``client`` fixture is in conftest.py): signing in
as the admin, and a processed meeting."""

from __future__ import annotations

from fastapi.testclient import TestClient

from services.runtime import Runtime
from tests.web.conftest import csrf_from, sign_in
from transcription import store
from transcription.models import Meeting
from transcription.notes import Notes
from transcription.notes.actions import ActionItem
from transcription.notes.points import Point
from transcription.types import Segment, Transcript, Word

HTML = {"Accept": "text/html"}


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
