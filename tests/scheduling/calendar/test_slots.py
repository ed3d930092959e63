"""Suggesting three good times: spread over working days, civil hours in every zone."""

from __future__ import annotations

import datetime as dt

import pytest

from services.scheduling.availability import WorkProfile, check
from services.scheduling.intent import Slot
from services.scheduling.slots import suggest
from tests.scheduling.calendar.conftest import BERLIN, NEW_YORK

UTC = dt.UTC
ANN = WorkProfile("ann@example.com", "Europe/Berlin")
BOB = WorkProfile("bob@example.com", "America/New_York")


def test_three_slots_on_three_different_working_days_at_civil_hours():
    # Given it is Friday afternoon in Berlin
    now = dt.datetime(2026, 11, 20, 15, tzinfo=UTC)
    # When three 30-minute slots are suggested for Ann
    found = suggest([ANN], {}, 30, now)
    # Then today's last civil slot comes first, then Mon and Tue at 10:00 (weekend skipped)
    assert [s.start.astimezone(BERLIN).strftime("%a %H:%M") for s in found] == [
        "Fri 16:00",
        "Mon 10:00",
        "Tue 10:00",
    ]
    assert len({s.start.date() for s in found}) == 3
    assert all(s.end - s.start == dt.timedelta(minutes=30) for s in found)


def test_slots_for_berlin_and_new_york_fall_in_both_working_days():
    now = dt.datetime(2026, 11, 23, 6, tzinfo=UTC)  # Monday morning
    found = suggest([ANN, BOB], {}, 45, now)
    assert len(found) == 3
    for slot in found:
        assert check(slot, [ANN, BOB], {}, now).free
        ny = slot.start.astimezone(NEW_YORK)
        berlin = slot.end.astimezone(BERLIN)
        assert ny.hour >= 9 and berlin.hour < 17 or (berlin.hour == 17 and berlin.minute == 0)


def test_busy_days_are_skipped_and_slots_avoid_busy_times():
    # Given Ann is busy all of Monday and Tuesday morning
    now = dt.datetime(2026, 11, 22, 12, tzinfo=UTC)  # Sunday
    monday = dt.datetime(2026, 11, 23, 0, tzinfo=BERLIN)
    busy = {
        ANN.person: [
            Slot(monday, monday + dt.timedelta(days=1)),
            Slot(monday + dt.timedelta(days=1, hours=9), monday + dt.timedelta(days=1, hours=12)),
        ]
    }
    # When slots are suggested
    found = suggest([ANN], busy, 60, now)
    # Then none is on Monday, Tuesday's is in the afternoon, and all are free
    local = [s.start.astimezone(BERLIN) for s in found]
    assert local[0].strftime("%a") == "Tue" and local[0].hour >= 12
    assert all(check(s, [ANN], busy, now).free for s in found)


def test_slots_across_daylight_saving_change_keep_local_hours():
    # Given the week Europe leaves DST (Sun 25 Oct 2026)
    now = dt.datetime(2026, 10, 23, 16, tzinfo=UTC)  # Friday 18:00 Berlin
    found = suggest([ANN], {}, 30, now)
    # Then Monday's slot is at 10:00 Berlin (09:00 UTC) like the Friday before would be at 08:00 UTC
    assert found[0].start.astimezone(BERLIN).hour == 10
    assert found[0].start.utcoffset() == dt.timedelta(hours=1)


def test_nobody_to_suggest_for_is_a_clear_error():
    with pytest.raises(ValueError, match="at least one internal attendee"):
        suggest([], {}, 30, dt.datetime(2026, 11, 23, tzinfo=UTC))
