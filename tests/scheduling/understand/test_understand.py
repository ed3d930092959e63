"""One email to a MeetingIntent: evidence, problems and confidence."""

from __future__ import annotations

import pytest

from services.scheduling.understand.eml import read_eml
from services.scheduling.understand.parse import understand

from .conftest import CORPUS

pytestmark = pytest.mark.slow
ASSISTANT = ("amy@deskmate.localhost",)


def read(name: str, embedder, tz: str):
    message = read_eml((CORPUS / name).read_bytes())
    return understand(
        message,
        assistant_addresses=ASSISTANT,
        default_tz="UTC",
        default_minutes=30,
        sender_tz=tz,
        embed=embedder,
    )


def test_a_clear_request_is_understood_with_high_confidence_and_evidence(embedder) -> None:
    intent = read("en_alternatives_signature.eml", embedder, "America/New_York")
    assert intent.intent == "schedule"
    assert [c.start.isoformat() for c in intent.candidates] == [
        "2026-03-03T14:00:00-05:00",
        "2026-03-05T10:00:00-05:00",
    ]
    assert intent.duration_minutes == 45
    assert intent.title == "Roadmap review"
    assert intent.organizer == "tom.becker@example.com"
    assert intent.confidence >= 0.6
    assert any("45-minute" in e for e in intent.evidence)
    assert intent.problems == ()


def test_an_impossible_date_is_a_problem_with_low_confidence(embedder) -> None:
    intent = read("en_february_30.eml", embedder, "UTC")
    assert any("impossible date" in p for p in intent.problems)
    assert intent.confidence < 0.6


def test_a_weekday_that_contradicts_the_date_is_a_problem(embedder) -> None:
    intent = read("en_weekday_conflict.eml", embedder, "America/New_York")
    assert any("conflict" in p for p in intent.problems)


def test_no_time_at_all_is_a_problem(embedder) -> None:
    intent = read("en_no_time_next_week.eml", embedder, "UTC")
    assert intent.intent == "schedule"
    assert "no time given" in intent.problems


def test_a_newsletter_asks_for_nothing(embedder) -> None:
    assert read("en_newsletter_webinar.eml", embedder, "UTC").intent == "none"


def test_video_link_and_room_become_the_location(embedder) -> None:
    assert (
        read("en_eastern_time_zoom.eml", embedder, "Europe/London").location
        == "https://example.zoom.us/j/98765432100"
    )
    assert read("en_dash_range_room.eml", embedder, "America/Chicago").location == "Room 4B"
