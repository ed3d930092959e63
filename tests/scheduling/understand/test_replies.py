"""Answers to a proposal, and to "I understood: ... Reply YES or correct me"."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from services.scheduling.intent import MeetingIntent, Slot
from services.scheduling.understand.confirm import (
    apply_correction,
    correction_example,
    parse_confirmation,
)
from services.scheduling.understand.replies import interpret_reply

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
TZ = "Europe/Berlin"


def slot(day: int, hour: int, minute: int = 0) -> Slot:
    start = dt.datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)
    return Slot(start, start + dt.timedelta(minutes=30))


# Tuesday 10:00, Wednesday 14:00, Thursday 16:30
OFFERED = [slot(3, 10), slot(4, 14), slot(5, 16, 30)]


@pytest.mark.parametrize(
    ("reply", "index"),
    [
        ("The second one, please.", 1),
        ("the first one works", 0),
        ("Option 3", 2),
        ("Tuesday works", 0),
        ("2pm is fine", 1),
        ("Let's do Thursday at 4:30pm", 2),
        ("La segunda, gracias", 1),
        ("Le deuxième créneau me va", 1),
        ("Die zweite Option passt", 1),
        ("A doua variantă e bună", 1),
        ("the last one", 2),
    ],
)
def test_a_reply_that_picks_an_offered_slot(monday_morning, reply: str, index: int) -> None:
    answer = interpret_reply(reply, OFFERED, now=monday_morning, tz=TZ)
    assert (answer.kind, answer.chosen_index) == ("choose", index)


def test_none_of_these_with_another_day_is_a_proposal(monday_morning) -> None:
    answer = interpret_reply(
        "None of these, how about Friday at 11?", OFFERED, now=monday_morning, tz=TZ
    )
    assert answer.kind == "propose"
    assert answer.proposed[0].start == dt.datetime(2026, 3, 6, 11, tzinfo=BERLIN)


def test_none_of_these_without_a_time_declines(monday_morning) -> None:
    assert (
        interpret_reply("none of these work for me", OFFERED, now=monday_morning, tz=TZ).kind
        == "decline"
    )


@pytest.mark.parametrize("reply", ["yes", "YES", "Yes, sounds good!", "oui", "ja", "da"])
def test_yes_accepts_a_single_offer(monday_morning, reply: str) -> None:
    answer = interpret_reply(reply, OFFERED[:1], now=monday_morning, tz=TZ)
    assert (answer.kind, answer.chosen_index) == ("accept", 0)


def test_move_request_is_a_reschedule_with_the_new_day(monday_morning) -> None:
    answer = interpret_reply("Can we move it to Friday?", OFFERED[:1], now=monday_morning, tz=TZ)
    assert answer.kind == "reschedule"
    assert answer.proposed[0].start.date() == dt.date(2026, 3, 6)


@pytest.mark.parametrize("reply", ["Please cancel.", "Anulează, te rog", "Bitte absagen"])
def test_cancel_in_several_languages(monday_morning, reply: str) -> None:
    assert interpret_reply(reply, OFFERED, now=monday_morning, tz=TZ).kind == "cancel"


def test_decline_and_unclear(monday_morning) -> None:
    assert (
        interpret_reply("Sorry, I can't make it.", OFFERED, now=monday_morning, tz=TZ).kind
        == "decline"
    )
    assert (
        interpret_reply("Who else is coming?", OFFERED, now=monday_morning, tz=TZ).kind == "unclear"
    )


def test_yes_confirms_what_was_understood(monday_morning) -> None:
    assert parse_confirmation("YES", now=monday_morning, tz=TZ).confirmed


def test_a_correction_gives_the_corrected_fields_and_a_training_example(monday_morning) -> None:
    # Given deskmate understood a 30-minute meeting on Tuesday
    understood = MeetingIntent(
        intent="schedule",
        title="Sync",
        organizer="tom@example.com",
        attendees=("tom@example.com",),
        duration_minutes=30,
        candidates=(),
        timezone=TZ,
        location="",
        confidence=0.4,
    )
    # When the organizer corrects it
    answer = parse_confirmation("no, it's 45 minutes on Wednesday at 10", now=monday_morning, tz=TZ)
    fixed = apply_correction(understood, answer)
    # Then the duration and the time are replaced and the email becomes a training example
    assert not answer.confirmed
    assert fixed.duration_minutes == 45
    assert fixed.candidates[0].start == dt.datetime(2026, 3, 4, 10, tzinfo=BERLIN)
    assert fixed.confidence == 1.0
    example = correction_example("Sync", "can we talk wednesday?", fixed)
    assert example.tsv_line() == "schedule\tSync\\ncan we talk wednesday?"


def test_a_correction_that_says_cancel_changes_the_intent(monday_morning) -> None:
    answer = parse_confirmation("No - I wanted to cancel it", now=monday_morning, tz=TZ)
    assert answer.intent == "cancel"
