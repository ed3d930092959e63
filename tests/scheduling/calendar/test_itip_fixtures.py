"""Replies and counter-proposals as Gmail, Outlook and Apple Calendar send them."""

from __future__ import annotations

import datetime as dt

import pytest

from services.scheduling.itip_parse import parse_itip
from tests.scheduling.calendar.conftest import FIXTURE_UID, fixture_text

UTC = dt.UTC


@pytest.mark.parametrize(
    ("fixture", "attendee", "partstat"),
    [
        ("google_reply_accepted.ics", "lee.park@gmail.com", "ACCEPTED"),
        ("outlook_reply_declined.ics", "pat.jones@contoso.com", "DECLINED"),
        ("apple_reply_tentative.ics", "sam.lee@icloud.com", "TENTATIVE"),
    ],
)
def test_reply_from_each_client_gives_attendee_and_answer(fixture, attendee, partstat):
    msg = parse_itip(fixture_text(fixture))
    assert msg.method == "REPLY"
    assert msg.uid == FIXTURE_UID and msg.sequence == 0
    assert msg.partstats == ((attendee, partstat),)
    assert msg.start is not None and msg.start.astimezone(UTC) == dt.datetime(
        2026, 11, 30, 15, tzinfo=UTC
    )


def test_outlook_reply_keeps_the_comment_written_by_the_guest():
    assert (
        parse_itip(fixture_text("outlook_reply_declined.ics")).comment
        == "Sorry, I'm travelling that day."
    )


@pytest.mark.parametrize(
    ("fixture", "start_utc"),
    [
        ("outlook_counter_new_time.ics", dt.datetime(2026, 12, 1, 9, tzinfo=UTC)),  # Windows zone
        ("google_counter_new_time.ics", dt.datetime(2026, 11, 30, 17, tzinfo=UTC)),
    ],
)
def test_counter_gives_the_proposed_time(fixture, start_utc):
    msg = parse_itip(fixture_text(fixture))
    assert msg.method == "COUNTER"
    assert msg.start is not None and msg.end is not None
    assert msg.start.astimezone(UTC) == start_utc
    assert msg.end - msg.start == dt.timedelta(minutes=20)
