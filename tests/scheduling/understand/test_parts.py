"""Durations, people, places and the checks that make deskmate ask instead of guess."""

from __future__ import annotations

import datetime as dt

import pytest

from mail_gateway.message import InboundMessage
from services.scheduling.intent import TimeCandidate
from services.scheduling.understand import checks
from services.scheduling.understand.attendees import people
from services.scheduling.understand.durations import find_durations
from services.scheduling.understand.languages import detect
from services.scheduling.understand.location import find_location


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("a 90-minute review", 90),
        ("we need two hours", 120),
        ("a quick 20 on the contract", 20),
        ("une réunion d'une heure", 60),
        ("30 Minuten reichen", 30),
        ("half an hour", 30),
        ("an hour and a half", 90),
        ("o oră și jumătate", 90),
        ("cam 45 de minute", 45),
        ("Serán 45 minutos.", 45),
        ("eine halbe Stunde", 30),
    ],
)
def test_duration_is_read_from_the_words(text: str, minutes: int) -> None:
    assert find_durations(text)[0].minutes == minutes


@pytest.mark.parametrize("text", ["Tuesday at 14h30", "in 2 hours", "Room 4B at 10"])
def test_times_of_day_and_relative_times_are_not_durations(text: str) -> None:
    assert find_durations(text) == []


def _message(text: str, **kw: object) -> InboundMessage:
    fields: dict[str, object] = dict(
        id=1,
        message_id="m1",
        in_reply_to="",
        references=(),
        thread_id="m1",
        sender="Tom@Example.com".lower(),
        sender_name="Tom",
        to=("amy@deskmate.localhost",),
        cc=("priya@example.com",),
        subject="Sync",
        date=None,
        text=text,
        full_text=text,
    )
    fields.update(kw)
    return InboundMessage(**fields)  # type: ignore[arg-type]


def test_attendees_are_headers_minus_the_assistant_plus_body_addresses_lower_cased() -> None:
    message = _message("Please loop in Pat@Example.org and also amy@deskmate.localhost.")
    who = people(message, ("amy@deskmate.localhost",))
    assert who.organizer == "tom@example.com"
    assert who.attendees == ("tom@example.com", "priya@example.com", "pat@example.org")


def test_a_contact_address_in_an_auto_reply_is_not_a_guest() -> None:
    who = people(
        _message("For urgent matters please contact support@example.com."),
        ("amy@deskmate.localhost",),
    )
    assert "support@example.com" not in who.attendees


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Zoom: https://example.zoom.us/j/98765432100 see you",
            "https://example.zoom.us/j/98765432100",
        ),
        ("use https://meet.google.com/abc-defg-hij.", "https://meet.google.com/abc-defg-hij"),
        (
            "Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0",
        ),
        ("Let's meet in room 4B if it's free", "room 4B"),
        ("pour l'atelier, salle 2.14.", "salle 2.14"),
    ],
)
def test_location_is_a_video_link_or_a_room(text: str, location: str) -> None:
    assert find_location(text)[0] == location


def test_impossible_date_is_reported() -> None:
    assert checks.impossible_dates("Let's meet on February 30 at 3pm", 2026)
    assert checks.impossible_dates("el 31 de abril", 2026)
    assert not checks.impossible_dates("on March 31", 2026)


def test_weekday_that_does_not_match_the_date_is_reported(monday_morning) -> None:
    # Given the coming 5th (March 2026) is a Thursday
    problems = checks.weekday_conflicts("How about Tuesday the 5th at 10am?", monday_morning)
    assert problems and "Thursday" in problems[0]
    assert not checks.weekday_conflicts("How about Thursday the 5th at 10am?", monday_morning)


def test_times_already_passed_are_reported(monday_morning) -> None:
    past = TimeCandidate(monday_morning - dt.timedelta(hours=2), None, "7am today", "hour")
    future = TimeCandidate(monday_morning + dt.timedelta(hours=2), None, "11am", "hour")
    assert len(checks.past_times([past, future], monday_morning)) == 1
    assert checks.past_dates("Monday February 23 at 10", monday_morning)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Can we meet on Tuesday at 10?", "en"),
        ("¿Podemos vernos el martes a las 10?", "es"),
        ("Pouvons-nous nous voir mardi à 10h ?", "fr"),
        ("Können wir uns am Dienstag um 10 Uhr treffen?", "de"),
        ("Putem face sedinta marti la ora 10?", "ro"),
    ],
)
def test_language_is_detected(text: str, lang: str) -> None:
    assert detect(text) == lang
