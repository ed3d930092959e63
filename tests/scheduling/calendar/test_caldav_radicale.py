"""CalDAV against a real Radicale server: invites accepted, busy times read, events removed."""

from __future__ import annotations

import datetime as dt

import caldav
import pytest

from services.scheduling import itip
from services.scheduling.availability import WorkProfile
from services.scheduling.calendars.caldav import CalDAVCalendar
from services.scheduling.errors import CalendarError
from services.scheduling.intent import Slot
from tests.scheduling.calendar.conftest import BERLIN
from tests.scheduling.calendar.radicale_server import make_collection, running_radicale
from tests.scheduling.calendar.test_itip import INVITE, STAMP

UTC = dt.UTC
ANN = WorkProfile("ann@example.com", "Europe/Berlin")
DAY = (dt.datetime(2026, 11, 30, tzinfo=UTC), dt.datetime(2026, 12, 1, tzinfo=UTC))


def test_radicale_accepts_request_and_reports_it_busy(caldav_collection):
    # Given Ann's calendar on Radicale
    cal = CalDAVCalendar(ANN, caldav_collection, "ann", "x")
    # When the REQUEST deskmate mails is PUT as is
    cal.put_event(itip.request(INVITE, STAMP), INVITE.uid)
    # Then Radicale stored it under its UID and free/busy shows the slot
    stored = (
        caldav.DAVClient(caldav_collection, username="ann", password="x")
        .calendar(url=caldav_collection)
        .event_by_uid(INVITE.uid)
    )
    assert INVITE.uid in stored.data
    assert cal.busy(*DAY) == [Slot(INVITE.start.astimezone(UTC), INVITE.end.astimezone(UTC))]


def test_rescheduled_invite_replaces_the_event_on_the_server(caldav_collection):
    cal = CalDAVCalendar(ANN, caldav_collection)
    cal.put_event(itip.stored(INVITE, STAMP), INVITE.uid)
    moved = INVITE.rescheduled(
        INVITE.start + dt.timedelta(hours=1), INVITE.end + dt.timedelta(hours=1)
    )
    cal.put_event(itip.request(moved, STAMP), moved.uid)
    assert cal.busy(*DAY) == [Slot(moved.start.astimezone(UTC), moved.end.astimezone(UTC))]


def test_cancel_is_accepted_frees_the_time_and_delete_removes(caldav_collection):
    cal = CalDAVCalendar(ANN, caldav_collection)
    cal.put_event(itip.cancel(INVITE, STAMP), INVITE.uid)
    # a cancelled event keeps nobody busy
    assert cal.busy(*DAY) == []
    cal.delete_event(INVITE.uid)
    cal.delete_event(INVITE.uid)  # already gone: no error
    assert cal.busy(*DAY) == []


def test_busy_falls_back_to_event_listing(caldav_collection):
    cal = CalDAVCalendar(ANN, caldav_collection)
    cal.put_event(itip.stored(INVITE, STAMP), INVITE.uid)
    assert cal._busy_from_events(*DAY) == cal.busy(*DAY)


def test_unreachable_server_is_a_calendar_error():
    cal = CalDAVCalendar(ANN, "http://127.0.0.1:9/nobody/")
    with pytest.raises(CalendarError, match="127.0.0.1:9"):
        cal.busy(dt.datetime(2026, 11, 30, tzinfo=BERLIN), dt.datetime(2026, 12, 1, tzinfo=BERLIN))


def test_url_that_is_not_http_is_refused():
    with pytest.raises(CalendarError, match="not http"):
        CalDAVCalendar(ANN, "ftp://example.com/cal")


def test_htpasswd_protected_server_needs_the_right_password(tmp_path):
    # Given a Radicale that only lets ann in with her password
    with running_radicale(tmp_path / "dav", users={"ann": "s3cret"}) as url:
        collection = make_collection(url, "ann", "work", password="s3cret")
        # When deskmate uses the stored credentials, it can write and read busy times
        cal = CalDAVCalendar(ANN, collection, "ann", "s3cret")
        cal.put_event(itip.stored(INVITE, STAMP), INVITE.uid)
        assert len(cal.busy(*DAY)) == 1
        # And with a wrong password it gets a calendar error that names the server
        wrong = CalDAVCalendar(ANN, collection, "ann", "guess")
        with pytest.raises(CalendarError, match=collection.rstrip("/")):
            wrong.put_event(itip.stored(INVITE, STAMP), INVITE.uid)
