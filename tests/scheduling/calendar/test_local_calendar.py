"""Calendars in deskmate's database (SQLite and PostgreSQL): events, busy times, settings."""

from __future__ import annotations

import datetime as dt

import pytest

from services.scheduling import booking, calendars, itip
from services.scheduling.calendars.local import LocalCalendar
from services.scheduling.errors import CalendarError
from services.scheduling.intent import Slot
from services.scheduling.models import CalendarRow
from tests.scheduling.calendar.conftest import BERLIN
from tests.scheduling.calendar.test_itip import INVITE, STAMP

UTC = dt.UTC


def _ann_calendar(runtime) -> calendars.Calendar:
    with runtime.db.session() as s:
        row = calendars.ensure_row(s, "Ann@Example.com", "Europe/Berlin")
    return calendars.load(runtime, row)


def test_new_person_gets_a_local_calendar_with_default_hours(runtime):
    cal = _ann_calendar(runtime)
    assert isinstance(cal, LocalCalendar)
    assert cal.profile.person == "ann@example.com"
    assert cal.profile.working_hours[0] == (dt.time(9), dt.time(17))
    assert 5 not in cal.profile.working_hours  # Saturday off


def test_event_put_is_busy_replaced_by_uid_and_deleted(runtime):
    cal = _ann_calendar(runtime)
    day = (dt.datetime(2026, 11, 30, tzinfo=UTC), dt.datetime(2026, 12, 1, tzinfo=UTC))
    # When an event is put, then put again one hour later under the same UID
    cal.put_event(itip.stored(INVITE, STAMP), INVITE.uid)
    moved = INVITE.rescheduled(
        INVITE.start + dt.timedelta(hours=1), INVITE.end + dt.timedelta(hours=1)
    )
    cal.put_event(itip.request(moved, STAMP), INVITE.uid)
    # Then only the new time is busy
    assert cal.busy(*day) == [Slot(moved.start.astimezone(UTC), moved.end.astimezone(UTC))]
    # And a range that does not overlap sees nothing
    assert cal.busy(day[1], day[1] + dt.timedelta(days=1)) == []
    # When it is deleted (twice), nothing is busy
    cal.delete_event(INVITE.uid)
    cal.delete_event(INVITE.uid)
    assert cal.busy(*day) == []


def test_cancelled_event_frees_the_time(runtime):
    cal = _ann_calendar(runtime)
    cal.put_event(itip.stored(INVITE, STAMP), INVITE.uid)
    cal.put_event(itip.cancel(INVITE, STAMP), INVITE.uid)
    assert cal.busy(INVITE.start, INVITE.end) == []


def test_offer_slots_avoids_busy_times_on_the_organizers_calendar(runtime):
    # Given Ann is busy all of Monday 30 Nov
    cal = _ann_calendar(runtime)
    monday = dt.datetime(2026, 11, 30, tzinfo=BERLIN)
    allday = itip.Invite(
        **{**INVITE.__dict__, "start": monday, "end": monday + dt.timedelta(days=1)}
    )
    cal.put_event(itip.stored(allday, STAMP), allday.uid)
    # When three 45-minute slots are offered from Sunday evening
    found = booking.offer_slots(
        runtime, "ann@example.com", 45, now=dt.datetime(2026, 11, 29, 18, tzinfo=UTC)
    )
    # Then they start Tuesday, one a day, at civil hours in Berlin
    local = [s.start.astimezone(BERLIN) for s in found]
    assert [d.strftime("%a %H:%M") for d in local] == ["Tue 10:00", "Wed 10:00", "Thu 10:00"]
    assert all(s.end - s.start == dt.timedelta(minutes=45) for s in found)


def test_caldav_backend_is_loaded_from_the_row(runtime, caldav_collection):
    with runtime.db.session() as s:
        row = calendars.ensure_row(s, "bob@example.com", "America/New_York")
        row.backend, row.caldav_url = "caldav", caldav_collection
    with runtime.db.session() as s:
        row = s.get(CalendarRow, row.id)
    cal = calendars.load(runtime, row)
    cal.put_event(itip.stored(INVITE, STAMP), INVITE.uid)
    assert cal.busy(INVITE.start, INVITE.end)[0].start == INVITE.start.astimezone(UTC)


def test_bad_calendar_settings_name_the_problem(runtime):
    with runtime.db.session() as s:
        row = calendars.ensure_row(s, "eve@example.com", "UTC")
        row.working_hours = {"0": ["17:00", "09:00"]}
    with pytest.raises(CalendarError, match="day '0'"):
        calendars.load(runtime, row)
    row.working_hours, row.backend = {"0": ["09:00", "17:00"]}, "exchange"
    with pytest.raises(CalendarError, match="unknown backend 'exchange'"):
        calendars.load(runtime, row)


def test_an_organizer_outside_the_allowed_domains_still_gets_slots(runtime):
    # Given a recruiter whose address is not in DESKMATE_ALLOWED_SENDER_DOMAINS
    found = booking.offer_slots(
        runtime, "Recruiter@Agency.test", 30, now=dt.datetime(2026, 11, 23, 6, tzinfo=UTC)
    )
    # Then their (new, local) calendar gives three slots in the default zone
    assert len(found) == 3
    with runtime.db.session() as s:
        assert (
            s.query(CalendarRow).filter_by(owner="recruiter@agency.test").one().backend == "local"
        )
