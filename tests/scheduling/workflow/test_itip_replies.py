"""Calendar answers through the real SMTP gateway: REPLYs from Gmail, Outlook and Apple update
statuses; a COUNTER is accepted when free and declined with alternatives when not."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import icalendar
import pytest

from services.scheduling import booking
from services.scheduling.intent import Slot
from services.scheduling.itip_parse import parse_itip
from services.scheduling.models import MeetingRow
from tests.scheduling.calendar.conftest import FIXTURE_UID, fixture_text
from tests.scheduling.workflow.conftest import (
    ANN,
    ASSISTANT,
    calendar_part,
    drain,
    next_weekday,
    smtp_send,
)

UTC = dt.UTC
GUESTS = ["lee.park@gmail.com", "pat.jones@contoso.com", "sam.lee@icloud.com"]


@pytest.fixture
def gateway(gateway_port):
    """Sends a calendar answer into the real gateway."""

    def send(sender: str, ics: str, method: str, subject: str) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = sender, f"{ANN}, {ASSISTANT}", subject
        msg["Message-ID"] = f"<{abs(hash((sender, ics)))}@client.test>"
        msg.set_content(f"{subject}\n")
        msg.add_alternative(
            ics.encode(),
            maintype="text",
            subtype="calendar",
            params={"method": method, "charset": "UTF-8"},
        )
        smtp_send(gateway_port, msg, [ASSISTANT])

    return send


def _booked(runtime, monday_16: dt.datetime) -> MeetingRow:
    uid = booking.book(
        runtime,
        organizer=ANN,
        attendees=GUESTS,
        slot=Slot(monday_16, monday_16 + dt.timedelta(minutes=20)),
        title="Sync",
    )
    with runtime.db.session() as s:
        meeting = s.query(MeetingRow).filter_by(uid=uid).one()
        meeting.uid = FIXTURE_UID  # the fixtures answer this UID
        return meeting


def _dated(text: str, monday_16: dt.datetime) -> str:
    """Move a fixture's fixed dates to the weeks the test runs in."""
    tuesday_10 = (monday_16 + dt.timedelta(days=1)).replace(hour=10)
    utc = monday_16.astimezone(UTC)
    return (
        text.replace("20261130T160000", f"{monday_16:%Y%m%dT%H%M%S}")
        .replace("20261130T162000", f"{monday_16 + dt.timedelta(minutes=20):%Y%m%dT%H%M%S}")
        .replace("20261130T150000Z", f"{utc:%Y%m%dT%H%M%SZ}")
        .replace("20261130T152000Z", f"{utc + dt.timedelta(minutes=20):%Y%m%dT%H%M%SZ}")
        .replace("20261201T100000", f"{tuesday_10:%Y%m%dT%H%M%S}")
        .replace("20261201T102000", f"{tuesday_10 + dt.timedelta(minutes=20):%Y%m%dT%H%M%S}")
    )


def test_replies_from_gmail_outlook_and_apple_update_each_attendees_status(sched_runtime, gateway):
    # Given a booked meeting with three guests
    monday = next_weekday(0, 16)
    meeting = _booked(sched_runtime, monday)
    drain(sched_runtime)
    # When each guest's calendar answers through the gateway
    for sender, fixture, subject in [
        ("lee.park@gmail.com", "google_reply_accepted.ics", "Accepted: Sync"),
        ("Pat.Jones@contoso.com", "outlook_reply_declined.ics", "Declined: Sync"),
        ("sam.lee@icloud.com", "apple_reply_tentative.ics", "Tentative: Sync"),
    ]:
        gateway(sender, _dated(fixture_text(fixture), monday), "REPLY", subject)
    kinds = drain(sched_runtime)
    # Then each answer is recorded on the meeting
    assert kinds.count("scheduling.inbound_email") == 3
    with sched_runtime.db.session() as s:
        status = s.get(MeetingRow, meeting.id).attendee_status
    assert status == {
        "lee.park@gmail.com": "ACCEPTED",
        "pat.jones@contoso.com": "DECLINED",
        "sam.lee@icloud.com": "TENTATIVE",
    }


def test_counter_for_a_free_time_moves_the_meeting(sched_runtime, gateway, sink):
    monday = next_weekday(0, 16)
    meeting = _booked(sched_runtime, monday)
    drain(sched_runtime)
    # When Outlook proposes Tuesday 10:00, which is free
    gateway(
        "pat.jones@contoso.com",
        _dated(fixture_text("outlook_counter_new_time.ics"), monday),
        "COUNTER",
        "New Time Proposed: Sync",
    )
    drain(sched_runtime)
    # Then everyone gets the update: same UID, SEQUENCE 1, the new time
    method, text = calendar_part(sink.messages[-1][2])
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert method == "REQUEST" and str(event["UID"]) == FIXTURE_UID
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == (monday + dt.timedelta(days=1)).replace(hour=10)
    with sched_runtime.db.session() as s:
        assert s.get(MeetingRow, meeting.id).sequence == 1


def test_counter_for_a_busy_time_is_declined_with_alternatives(sched_runtime, gateway, sink):
    # Given Ann is busy at the time Google's counter proposes (Monday 18:00 Berlin is after hours)
    monday = next_weekday(0, 16)
    meeting = _booked(sched_runtime, monday)
    drain(sched_runtime)
    counter = (
        _dated(fixture_text("google_counter_new_time.ics"), monday)
        .replace(
            "20261130T170000Z", f"{monday.astimezone(UTC) + dt.timedelta(hours=2):%Y%m%dT%H%M%SZ}"
        )
        .replace(
            "20261130T172000Z",
            f"{monday.astimezone(UTC) + dt.timedelta(hours=2, minutes=20):%Y%m%dT%H%M%SZ}",
        )
    )
    gateway("lee.park@gmail.com", counter, "COUNTER", "New time proposed: Sync")
    drain(sched_runtime)
    # Then Lee gets a DECLINECOUNTER with three free alternatives, and the meeting stays
    _, rcpt, message = sink.messages[-1]
    assert rcpt[0] == "lee.park@gmail.com"
    method, text = calendar_part(message)
    declined = parse_itip(text)
    assert method == "DECLINECOUNTER" and declined.uid == FIXTURE_UID
    assert "That time is not free" in declined.comment
    assert message.get_body(("plain",)).get_content().count("\n1. ") == 1
    with sched_runtime.db.session() as s:
        row = s.get(MeetingRow, meeting.id)
        assert row.sequence == 0 and len(row.offered) == 3


def test_an_answer_from_someone_not_invited_changes_nothing(sched_runtime, gateway, sink):
    monday = next_weekday(0, 16)
    meeting = _booked(sched_runtime, monday)
    drain(sched_runtime)
    sent = len(sink.messages)
    # When a stranger sends a COUNTER for the meeting's UID
    counter = _dated(fixture_text("outlook_counter_new_time.ics"), monday)
    gateway("mallory@elsewhere.test", counter, "COUNTER", "New Time Proposed: Sync")
    drain(sched_runtime)
    # Then the meeting stays and nobody is emailed
    with sched_runtime.db.session() as s:
        row = s.get(MeetingRow, meeting.id)
        assert row.sequence == 0 and row.attendee_status == {}
    assert len(sink.messages) == sent
