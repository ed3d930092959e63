"""Invites (RFC 5546): REQUEST, reschedule, CANCEL, DECLINECOUNTER; read by two parsers."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import vobject

from services.scheduling import itip
from services.scheduling.errors import InviteError
from services.scheduling.itip_parse import event_span, parse_itip
from tests.scheduling.calendar.conftest import BERLIN

STAMP = dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.UTC)
INVITE = itip.Invite(
    uid="c0ffee00-1111-2222-3333-444455556666@deskmate.localhost",
    sequence=0,
    title="Quarterly review",
    organizer="ann@example.com",
    attendees=("lee.park@gmail.com", "pat.jones@contoso.com"),
    start=dt.datetime(2026, 11, 30, 16, 0, tzinfo=BERLIN),
    end=dt.datetime(2026, 11, 30, 16, 20, tzinfo=BERLIN),
    timezone="Europe/Berlin",
    sent_by="amy@deskmate.localhost",
    description="Join: https://meet.example.com/q4",
    location="https://meet.example.com/q4",
    names=(("lee.park@gmail.com", "Lee Park"),),
)


def _event(text: str) -> icalendar.Event:
    return icalendar.Calendar.from_ical(text).walk("VEVENT")[0]


def test_request_carries_every_property_clients_need():
    # When a REQUEST is built
    text = itip.request(INVITE, STAMP)
    cal = icalendar.Calendar.from_ical(text)
    event = _event(text)
    # Then method, UID, SEQUENCE, DTSTAMP, times in the event's zone and a VTIMEZONE are there
    assert cal["METHOD"] == "REQUEST"
    assert str(event["UID"]) == INVITE.uid and int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTAMP") == STAMP
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.decoded("DTSTART") == INVITE.start
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    # And the organizer is the person who asked, sent by the assistant
    assert str(event["ORGANIZER"]) == "mailto:ann@example.com"
    assert event["ORGANIZER"].params["SENT-BY"] == "mailto:amy@deskmate.localhost"
    # And every guest must answer, with their name where known
    guests = {str(a): a.params for a in event["ATTENDEE"] if a.params["ROLE"] != "CHAIR"}
    assert set(guests) == {"mailto:lee.park@gmail.com", "mailto:pat.jones@contoso.com"}
    assert all(p["PARTSTAT"] == "NEEDS-ACTION" and p["RSVP"] == "TRUE" for p in guests.values())
    assert guests["mailto:lee.park@gmail.com"]["CN"] == "Lee Park"
    assert str(event["LOCATION"]) == "https://meet.example.com/q4"
    assert "meet.example.com/q4" in str(event["DESCRIPTION"])


def test_request_parses_with_vobject_too():
    parsed = vobject.readOne(itip.request(INVITE, STAMP))
    assert parsed.method.value == "REQUEST"
    assert parsed.vevent.uid.value == INVITE.uid
    assert parsed.vevent.dtstart.value == INVITE.start
    assert parsed.vevent.organizer.params["SENT-BY"] == ["mailto:amy@deskmate.localhost"]
    assert len(parsed.vevent.attendee_list) == 3


def test_reschedule_keeps_uid_and_increments_sequence():
    # Given a booked invite moved one day later
    moved = INVITE.rescheduled(
        INVITE.start + dt.timedelta(days=1), INVITE.end + dt.timedelta(days=1)
    )
    event = _event(itip.request(moved, STAMP))
    # Then the UID is the same, SEQUENCE is 1 and the time is new
    assert str(event["UID"]) == INVITE.uid
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == INVITE.start + dt.timedelta(days=1)


def test_cancel_has_method_cancel_and_status_cancelled():
    text = itip.cancel(INVITE.rescheduled(INVITE.start, INVITE.end), STAMP)
    parsed = vobject.readOne(text)
    assert parsed.method.value == "CANCEL"
    assert parsed.vevent.status.value == "CANCELLED"
    assert parsed.vevent.sequence.value == "1"
    assert event_span(text).cancelled


def test_decline_counter_names_the_attendee_and_says_why():
    text = itip.decline_counter(INVITE, "pat.jones@contoso.com", STAMP, "Ann is busy then")
    msg = parse_itip(text)
    assert msg.method == "DECLINECOUNTER"
    assert msg.uid == INVITE.uid
    assert msg.partstats == (("pat.jones@contoso.com", "NEEDS-ACTION"),)
    assert msg.comment == "Ann is busy then"
    assert vobject.readOne(text).vevent.comment.value == "Ann is busy then"


def test_utc_meeting_needs_no_vtimezone():
    utc = itip.Invite(**{**INVITE.__dict__, "timezone": "UTC"})
    text = itip.request(utc, STAMP)
    assert icalendar.Calendar.from_ical(text).walk("VTIMEZONE") == []
    assert "DTSTART:20261130T150000Z" in text


def test_bad_invites_are_refused_with_the_reason():
    with pytest.raises(InviteError, match="unknown time zone"):
        itip.request(itip.Invite(**{**INVITE.__dict__, "timezone": "Mars/Olympus"}), STAMP)
    with pytest.raises(InviteError, match="start < end"):
        itip.request(itip.Invite(**{**INVITE.__dict__, "end": INVITE.start}), STAMP)
    with pytest.raises(InviteError, match="not a valid iCalendar"):
        parse_itip("hello")
