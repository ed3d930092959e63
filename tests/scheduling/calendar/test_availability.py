"""Which offered time is free: working hours in each person's zone, DST, buffers, notice."""

from __future__ import annotations

import datetime as dt

from services.scheduling.availability import WorkProfile, check, first_free
from services.scheduling.intent import Slot, TimeCandidate
from tests.scheduling.calendar.conftest import BERLIN, NEW_YORK

UTC = dt.UTC
ANN = WorkProfile("ann@example.com", "Europe/Berlin")
BOB = WorkProfile("bob@example.com", "America/New_York")
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday


def at(year: int, month: int, day: int, hour: int, minute: int = 0, tz=BERLIN) -> TimeCandidate:
    start = dt.datetime(year, month, day, hour, minute, tzinfo=tz)
    return TimeCandidate(start, None, f"{start:%a %H:%M}")


def test_first_offered_time_free_for_everyone_is_chosen():
    # Given Ann is busy Monday 16:00 Berlin and free Tuesday 10:00
    busy = {
        ANN.person: [
            Slot(
                dt.datetime(2026, 11, 23, 15, tzinfo=UTC), dt.datetime(2026, 11, 23, 16, tzinfo=UTC)
            )
        ]
    }
    offered = [at(2026, 11, 23, 16), at(2026, 11, 24, 10), at(2026, 11, 25, 10)]
    # When the offered times are checked in order
    slot, verdicts = first_free(offered, 20, [ANN], busy, NOW)
    # Then Monday is rejected as busy and Tuesday 10:00 is chosen
    assert slot == Slot(offered[1].start, offered[1].start + dt.timedelta(minutes=20))
    assert "busy" in verdicts[0].reasons[0]
    assert len(verdicts) == 2


def test_time_outside_one_attendees_working_hours_is_refused_in_their_zone():
    # Given 10:00 Berlin is 04:00 in New York
    verdict = check(
        Slot(at(2026, 11, 24, 10).start, at(2026, 11, 24, 10, 30).start), [ANN, BOB], {}, NOW
    )
    # Then the slot is refused, naming Bob and his local time
    assert not verdict.free
    assert verdict.reasons == (
        "bob@example.com (Tue 24 Nov 04:00 America/New_York): outside working hours",
    )


def test_overlap_of_berlin_and_new_york_hours_is_accepted():
    verdict = check(
        Slot(at(2026, 11, 24, 16).start, at(2026, 11, 24, 16, 30).start), [ANN, BOB], {}, NOW
    )
    assert verdict.free and verdict.reasons == ()


def test_buffer_around_busy_time_blocks_back_to_back_meeting():
    # Given Ann wants 15 minutes between meetings and is busy 10:00-11:00 Berlin
    ann = WorkProfile("ann@example.com", "Europe/Berlin", buffer_minutes=15)
    busy = {ann.person: [Slot(at(2026, 11, 24, 10).start, at(2026, 11, 24, 11).start)]}
    # When a meeting starts right at 11:00, and another at 11:15
    tight = check(
        Slot(at(2026, 11, 24, 11).start, at(2026, 11, 24, 11, 30).start), [ann], busy, NOW
    )
    fine = check(
        Slot(at(2026, 11, 24, 11, 15).start, at(2026, 11, 24, 11, 45).start), [ann], busy, NOW
    )
    # Then the first falls in the buffer and the second is free
    assert not tight.free and "buffer" in tight.reasons[0]
    assert fine.free


def test_minimum_notice_and_past_times_are_refused():
    ann = WorkProfile("ann@example.com", "Europe/Berlin", min_notice_minutes=240)
    soon = check(Slot(NOW + dt.timedelta(hours=1), NOW + dt.timedelta(hours=2)), [ann], {}, NOW)
    past = check(Slot(NOW - dt.timedelta(hours=1), NOW), [ann], {}, NOW)
    assert "240 minutes' notice" in soon.reasons[0]
    assert "in the past" in past.reasons[0]


def test_working_hours_follow_daylight_saving_change():
    # Given Bob works 9-17 New York time; the US leaves DST on Sunday 1 Nov 2026
    before = dt.datetime(2026, 10, 30, 13, 0, tzinfo=UTC)  # Fri 09:00 EDT
    after = dt.datetime(2026, 11, 2, 13, 0, tzinfo=UTC)  # Mon 08:00 EST
    now = dt.datetime(2026, 10, 1, tzinfo=UTC)
    # Then the same UTC hour is inside hours before the change and outside after it
    assert check(Slot(before, before + dt.timedelta(minutes=30)), [BOB], {}, now).free
    assert not check(Slot(after, after + dt.timedelta(minutes=30)), [BOB], {}, now).free


def test_range_offered_finds_first_free_start_inside_it():
    # Given "from 2 to 4 on Tuesday" for 30 minutes, with Ann busy 14:00-15:00
    start = dt.datetime(2026, 11, 24, 14, tzinfo=BERLIN)
    offered = [TimeCandidate(start, start + dt.timedelta(hours=2), "from 2 to 4 on Tuesday")]
    busy = {ANN.person: [Slot(start, start + dt.timedelta(hours=1))]}
    # When it is checked
    slot, _ = first_free(offered, 30, [ANN], busy, NOW)
    # Then the first free half hour in the range is taken
    assert slot == Slot(start + dt.timedelta(hours=1), start + dt.timedelta(minutes=90))


def test_nothing_free_returns_every_reason():
    offered = [at(2026, 11, 28, 10), at(2026, 11, 24, 22, tz=NEW_YORK)]  # Saturday; late evening
    slot, verdicts = first_free(offered, 30, [ANN, BOB], {}, NOW)
    assert slot is None
    assert [v.free for v in verdicts] == [False, False]
    assert all("outside working hours" in r for v in verdicts for r in v.reasons)


def test_a_bare_day_offered_books_the_free_time_nearest_mid_morning():
    # Given "Tuesday works" (only a day) and Ann busy 09:00-11:00 Berlin that day
    tuesday = dt.datetime(2026, 11, 24, tzinfo=BERLIN)
    day = TimeCandidate(tuesday, None, "Tuesday works", grain="day")
    busy = {ANN.person: [Slot(tuesday.replace(hour=9), tuesday.replace(hour=11))]}
    # When it is checked for 30 minutes
    slot, _ = first_free([day], 30, [ANN], busy, NOW)
    # Then 11:00, the free start closest to 10:00, is chosen
    assert slot == Slot(tuesday.replace(hour=11), tuesday.replace(hour=11, minute=30))
