"""Interview booking through the scheduling product: real calendars, real invites queued."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mail_gateway.models import OutboundMail
from screening import service
from screening.jobstore import save_job
from screening.models import CandidateSession
from services.scheduling.models import MeetingRow

GOOD = ["yes", "weekends", "4 years", "no", "next Monday", "I like helping people."]
RECRUITER = "recruiter@deskmate.localhost"


@pytest.fixture
def loaded(runtime, sample_text):
    with runtime.db.session() as s:
        save_job(s, sample_text, source="sample", actor="test")
    return runtime


def test_qualified_candidate_books_one_of_three_calendar_slots_and_both_get_invites(loaded) -> None:
    # Given a candidate who answered every question well
    sid = service.start(loaded, "support-rep-remote", "Ana Lima", "ana@example.com").session_id
    replies = [service.message(loaded, sid, m).reply for m in GOOD]
    # Then three free slots on the recruiter's calendar are offered
    with loaded.db.session() as s:
        offered = s.get(CandidateSession, sid).state["slots"]
    assert len(offered) == 3 and "\n3. " in replies[-1]
    starts = [dt.datetime.fromisoformat(o["start"]) for o in offered]
    assert all(start > dt.datetime.now(dt.UTC) for start in starts)
    # When the candidate picks the second one
    done = service.message(loaded, sid, "the second one")
    # Then the meeting is booked at that time, with candidate and recruiter, and invites queued
    assert done.done and done.reply.startswith("Booked: " + offered[1]["label"])
    with loaded.db.session() as s:
        row = s.get(CandidateSession, sid)
        meeting = s.scalars(
            select(MeetingRow).where(MeetingRow.uid == row.state["booked_uid"])
        ).one()
        mails = list(s.scalars(select(OutboundMail)))
    assert meeting.start.replace(tzinfo=dt.UTC) == starts[1].astimezone(dt.UTC).replace(
        tzinfo=dt.UTC
    )
    assert set(meeting.attendees) == {RECRUITER, "ana@example.com"}
    assert meeting.title == "Interview: Customer Support Representative with Ana Lima"
    recipients = {r.lower() for m in mails for r in m.recipients}
    assert {"ana@example.com", RECRUITER} <= recipients, recipients


def test_a_second_candidate_is_not_offered_the_booked_time(loaded) -> None:
    first = service.start(loaded, "support-rep-remote", "A", "a@example.com").session_id
    for m in [*GOOD, "1"]:
        service.message(loaded, first, m)
    second = service.start(loaded, "support-rep-remote", "B", "b@example.com").session_id
    for m in GOOD:
        service.message(loaded, second, m)
    with loaded.db.session() as s:
        booked = s.get(CandidateSession, first).state["booked_slot"]["start"]
        offered = [o["start"] for o in s.get(CandidateSession, second).state["slots"]]
    assert booked not in offered
