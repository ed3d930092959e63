"""From an understood request to the invite a guest's mail server receives (real outbox, real
SMTP relay), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import vobject
from sqlalchemy import select

from services.scheduling import booking, calendars, itip
from services.scheduling.errors import SlotUnavailable
from services.scheduling.intent import ReplyIntent, Slot
from services.scheduling.models import DecisionRow, MeetingRow
from services.scheduling.on_reply import handle_reply
from services.scheduling.on_request import handle_request
from tests.scheduling.workflow.conftest import (
    ANN,
    LEE,
    calendar_part,
    drain,
    inbound,
    intent,
    job_context,
    next_weekday,
    outbox_count,
)

UTC = dt.UTC


def _busy(runtime, person: str, start: dt.datetime, minutes: int = 60) -> None:
    with runtime.db.session() as s:
        row = calendars.ensure_row(s, person, "Europe/Berlin")
    blocker = itip.Invite(
        f"busy-{start.timestamp()}@x",
        0,
        "Busy",
        person,
        (),
        start,
        start + dt.timedelta(minutes=minutes),
        "Europe/Berlin",
    )
    calendars.load(runtime, row).put_event(itip.stored(blocker, start), blocker.uid)


def _meeting(runtime, meeting_id: int) -> MeetingRow:
    with runtime.db.session() as s:
        row = s.get(MeetingRow, meeting_id)
        assert row is not None
        return row


def test_first_free_offered_time_is_booked_and_the_invite_reaches_the_guest(sched_runtime, sink):
    # Given Ann is busy Monday 16:00 and offers Monday 16:00 or else Tuesday 10:00
    monday, tuesday = next_weekday(0, 16), next_weekday(1, 10)
    _busy(sched_runtime, ANN, monday)
    # When the request is handled and the queued mail is sent
    result = handle_request(job_context(sched_runtime), inbound(1), intent(monday, tuesday))
    assert result["action"] == "book"
    assert drain(sched_runtime) == ["mail.send"]
    # Then Lee (and Ann in Cc) received one invite for Tuesday 10:00
    [(_, rcpt, message)] = sink.messages
    assert sorted(rcpt) == [ANN, LEE]
    assert message.get_content_type() == "multipart/mixed"
    method, text = calendar_part(message)
    assert method == "REQUEST"
    attachments = [p.get_filename() for p in message.iter_attachments()]
    assert any(name and name.endswith(".ics") for name in attachments)
    # And the invite reads the same in icalendar and vobject
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    parsed = vobject.readOne(text)
    assert str(event["UID"]) == parsed.vevent.uid.value == result["uid"]
    assert event.decoded("DTSTART") == parsed.vevent.dtstart.value == tuesday
    assert int(event["SEQUENCE"]) == 0
    assert str(event["LOCATION"]) == "https://meet.example.com/q4"
    # And Ann's calendar shows it busy, and the reasons are stored
    ann = booking.calendars_of(sched_runtime, [ANN])[0]
    assert Slot(
        tuesday.astimezone(UTC), tuesday.astimezone(UTC) + dt.timedelta(minutes=20)
    ) in ann.busy(tuesday, tuesday + dt.timedelta(hours=1))
    with sched_runtime.db.session() as s:
        reasons = s.scalars(select(DecisionRow.reasons)).one()
    assert any("busy" in r for r in reasons) and any("understood 'Monday" in r for r in reasons)


def test_a_retried_job_sends_the_invite_once(sched_runtime, sink):
    tuesday = next_weekday(1, 10)
    ctx, msg = job_context(sched_runtime), inbound(1)
    first = handle_request(ctx, msg, intent(tuesday))
    again = handle_request(job_context(sched_runtime, attempt=2), msg, intent(tuesday))
    assert first["uid"] == again["uid"]
    assert outbox_count(sched_runtime) == 1


def test_no_free_time_proposes_three_slots_and_the_guests_pick_is_booked(sched_runtime, sink):
    # Given the only offered time is on a Saturday
    saturday = next_weekday(5, 11)
    result = handle_request(job_context(sched_runtime), inbound(1), intent(saturday))
    # Then three slots are proposed on the thread to everyone
    assert result["action"] == "propose"
    meeting = _meeting(sched_runtime, result["meeting_id"])
    assert meeting.status == "proposed" and len(meeting.offered) == 3
    drain(sched_runtime)
    [(_, rcpt, proposal)] = sink.messages
    assert sorted(rcpt) == [ANN, LEE]
    assert proposal["In-Reply-To"] == "<thread-1@example.com>"
    assert "outside working hours" in proposal.get_body(("plain",)).get_content()
    # When Lee answers "the second one"
    reply = ReplyIntent("choose", chosen_index=1, confidence=0.95, evidence=("'the second one'",))
    booked = handle_reply(
        job_context(sched_runtime, 2), inbound(2, sender=LEE, trusted=False), meeting, reply
    )
    # Then the second slot is booked and the invite goes out
    assert booked["action"] == "book"
    drain(sched_runtime)
    _, text = calendar_part(sink.messages[-1][2])
    start = icalendar.Calendar.from_ical(text).walk("VEVENT")[0].decoded("DTSTART")
    assert start == dt.datetime.fromisoformat(meeting.offered[1][0])


def test_one_follow_up_when_a_proposal_gets_no_answer_and_none_after(sched_runtime, sink):
    result = handle_request(job_context(sched_runtime), inbound(1), intent())
    assert result["action"] == "propose"
    drain(sched_runtime)  # the proposal; the follow-up is not due for 48 hours
    assert len(sink.messages) == 1
    # When the follow-up time comes
    assert drain(sched_runtime, include_delayed=True) == ["scheduling.followup", "mail.send"]
    # Then one polite reminder went out, and nothing more even if the job ran again
    assert "won't send another reminder" in sink.messages[1][2].get_body(("plain",)).get_content()
    meeting = _meeting(sched_runtime, result["meeting_id"])
    assert meeting.followups_sent == 1
    from services.scheduling.jobs import followup
    from services.storage import as_utc

    ctx = job_context(sched_runtime)
    ctx.job = ctx.job.__class__(
        ctx.job.id,
        "scheduling.followup",
        {"meeting_id": meeting.id, "proposed_at": as_utc(meeting.proposed_at).isoformat()},
        1,
        5,
    )
    assert followup(ctx)["action"] == "none"
    assert len(sink.messages) == 2


def test_reschedule_keeps_the_uid_with_sequence_plus_one_and_cancel_frees_the_time(
    sched_runtime, sink
):
    tuesday, thursday = next_weekday(1, 10), next_weekday(3, 15)
    booked = handle_request(job_context(sched_runtime), inbound(1), intent(tuesday))
    # When Ann asks on the same thread to move it to Thursday 15:00
    moved = handle_request(
        job_context(sched_runtime, 2),
        inbound(2, text="move it to Thursday 3pm"),
        intent(thursday, kind="reschedule"),
    )
    assert moved["action"] == "reschedule" and moved["uid"] == booked["uid"]
    # And then cancels it
    cancelled = handle_request(
        job_context(sched_runtime, 3), inbound(3, text="please cancel"), intent(kind="cancel")
    )
    assert cancelled["action"] == "cancel"
    # And each job is retried (a crash after its work): nothing new is decided or sent
    handle_request(
        job_context(sched_runtime, 2, attempt=2),
        inbound(2, text="move it to Thursday 3pm"),
        intent(thursday, kind="reschedule"),
    )
    handle_request(
        job_context(sched_runtime, 3, attempt=2),
        inbound(3, text="please cancel"),
        intent(kind="cancel"),
    )
    drain(sched_runtime)
    events = []
    for _, _, message in sink.messages:
        method, text = calendar_part(message)
        event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
        events.append(
            (
                method,
                str(event["UID"]),
                int(event["SEQUENCE"]),
                event.decoded("DTSTART"),
                str(event.get("STATUS")),
            )
        )
    assert events == [
        ("REQUEST", booked["uid"], 0, tuesday, "CONFIRMED"),
        ("REQUEST", booked["uid"], 1, thursday, "CONFIRMED"),
        ("CANCEL", booked["uid"], 2, thursday, "CANCELLED"),
    ]
    ann = booking.calendars_of(sched_runtime, [ANN])[0]
    assert ann.busy(tuesday - dt.timedelta(days=1), thursday + dt.timedelta(days=1)) == []


def test_low_confidence_asks_the_organizer_to_confirm(sched_runtime, sink):
    result = handle_request(
        job_context(sched_runtime), inbound(1), intent(next_weekday(1, 10), confidence=0.3)
    )
    assert result["action"] == "confirm"
    assert _meeting(sched_runtime, result["meeting_id"]).pending_intent is not None
    drain(sched_runtime)
    [(_, rcpt, message)] = sink.messages
    assert rcpt == [ANN]
    body = message.get_body(("plain",)).get_content()
    assert 'I understood: book "Sync about the Q4 plan" with' in body and "Reply YES" in body


def test_problems_get_a_clarifying_question_and_nothing_is_booked(sched_runtime, sink):
    result = handle_request(
        job_context(sched_runtime), inbound(1), intent(problems=("Tuesday the 3rd is a Thursday",))
    )
    assert result["action"] == "clarify"
    drain(sched_runtime)
    assert "Tuesday the 3rd is a Thursday" in sink.messages[0][2].get_body(("plain",)).get_content()
    assert _meeting(sched_runtime, result["meeting_id"]).start is None


def test_untrusted_sender_never_makes_it_act(sched_runtime, sink):
    result = handle_request(
        job_context(sched_runtime),
        inbound(1, sender="eve@evil.test", trusted=False),
        intent(next_weekday(1, 10)),
    )
    assert result["action"] == "ignore"
    assert outbox_count(sched_runtime) == 0


def test_book_api_stores_the_meeting_and_queues_the_invite(sched_runtime, sink):
    # Given two offered slots for an interview
    slots = booking.offer_slots(sched_runtime, ANN, 45, now=dt.datetime.now(UTC))
    # When one is booked
    uid = booking.book(
        sched_runtime,
        organizer=ANN,
        attendees=["cand@mail.test"],
        slot=slots[0],
        title="Interview",
        description="Video: https://meet.example.com/i",
    )
    drain(sched_runtime)
    # Then the candidate has the invite and the slot can no longer be booked
    _, text = calendar_part(sink.messages[0][2])
    assert str(icalendar.Calendar.from_ical(text).walk("VEVENT")[0]["UID"]) == uid
    assert sink.messages[0][1] == ["cand@mail.test", ANN]
    with pytest.raises(SlotUnavailable, match="busy"):
        booking.book(
            sched_runtime,
            organizer=ANN,
            attendees=["other@mail.test"],
            slot=slots[0],
            title="Clash",
        )


def test_internal_attendee_on_caldav_is_checked_and_gets_the_event(
    sched_runtime, caldav_collection
):
    # Given Ann's calendar is a Radicale collection where she is busy Tuesday 10:00
    import caldav

    tuesday, wednesday = next_weekday(1, 10), next_weekday(2, 14)
    with sched_runtime.db.session() as s:
        row = calendars.ensure_row(s, ANN, "Europe/Berlin")
        row.backend, row.caldav_url = "caldav", caldav_collection
    _busy(sched_runtime, ANN, tuesday)
    # When Tuesday 10:00 or Wednesday 14:00 is asked for
    result = handle_request(job_context(sched_runtime), inbound(1), intent(tuesday, wednesday))
    # Then Wednesday is booked and the event is on the CalDAV server under the meeting's UID
    assert result["action"] == "book"
    server_cal = caldav.DAVClient(caldav_collection).calendar(url=caldav_collection)
    stored = server_cal.event_by_uid(result["uid"]).icalendar_component
    assert stored.decoded("DTSTART") == wednesday


def test_moving_a_meeting_deskmate_does_not_know_asks_before_booking_a_new_one(sched_runtime, sink):
    result = handle_request(
        job_context(sched_runtime),
        inbound(1, text="Can we move our sync to Thursday 3pm?"),
        intent(next_weekday(3, 15), kind="reschedule"),
    )
    assert result["action"] == "confirm"
    drain(sched_runtime)
    body = sink.messages[0][2].get_body(("plain",)).get_content()
    assert "I understood: book" in body and "Reply YES" in body
    with sched_runtime.db.session() as s:
        assert s.scalars(select(DecisionRow.reasons)).one()[-1].startswith("no booked meeting")


def test_no_follow_up_when_someone_answered_even_unclearly(sched_runtime, sink):
    result = handle_request(job_context(sched_runtime), inbound(1), intent())
    meeting = _meeting(sched_runtime, result["meeting_id"])
    handle_reply(
        job_context(sched_runtime, 2),
        inbound(2, sender=LEE, trusted=False, text="Hmm, let me check my week."),
        meeting,
        ReplyIntent("unclear", confidence=0.4),
    )
    drain(sched_runtime, include_delayed=True)
    bodies = [m.get_body(("plain",)).get_content() for _, _, m in sink.messages]
    assert len(bodies) == 2  # the proposal and the "which time?" answer, no reminder
    assert not any("won't send another reminder" in b for b in bodies)
