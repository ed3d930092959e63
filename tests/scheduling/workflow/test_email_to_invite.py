"""Real emails through the real gateway, read by the real understanding (MiniLM embeddings
through the inference client): request -> invite, proposal -> pick, low confidence -> YES."""

from __future__ import annotations

import datetime as dt
import email.utils
from email.message import EmailMessage

import icalendar
import pytest
from sqlalchemy import select

from services.scheduling.models import CorrectionRow, MeetingRow
from tests.scheduling.workflow.conftest import (
    ANN,
    ASSISTANT,
    LEE,
    calendar_part,
    drain,
    next_weekday,
    smtp_send,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def mailer(gateway_port):
    """Sends an email into the real gateway; returns its Message-ID."""

    def send(sender: str, to: list[str], subject: str, text: str, reply_to_id: str = "") -> str:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Cc"], msg["Subject"] = (
            sender,
            ", ".join(to),
            ASSISTANT,
            subject,
        )
        msg["Date"] = email.utils.format_datetime(dt.datetime.now(dt.UTC))
        msg["Message-ID"] = email.utils.make_msgid(domain=sender.rpartition("@")[2])
        if reply_to_id:
            msg["In-Reply-To"] = msg["References"] = reply_to_id
        msg.set_content(text)
        smtp_send(gateway_port, msg, [*to, ASSISTANT])
        return msg["Message-ID"]

    return send


def _ask(when: dt.datetime) -> str:
    return (
        f"Hi Lee,\n\nare you free on {when:%A %d %B} at {when:%H:%M} for twenty minutes? "
        "Amy will set it up.\n\nThanks,\nAnn\n+49 30 1234 5678\n"
    )


def test_request_email_becomes_an_invite_the_guest_receives(sched_runtime, mailer, sink):
    tuesday = next_weekday(1, 16)
    mailer(ANN, [LEE], "Quick sync", _ask(tuesday))
    drain(sched_runtime)
    [(_, rcpt, message)] = sink.messages
    assert sorted(rcpt) == [ANN, LEE]
    method, text = calendar_part(message)
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert method == "REQUEST"
    assert event.decoded("DTSTART") == tuesday
    assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(minutes=20)


def test_guest_picks_the_second_proposed_slot_by_replying(sched_runtime, mailer, sink):
    # Given Ann asks for a Saturday, so deskmate proposes three slots
    first = mailer(ANN, [LEE], "Quick sync", _ask(next_weekday(5, 11)))
    drain(sched_runtime)
    proposal = sink.messages[-1][2]
    assert "These times are free" in proposal.get_body(("plain",)).get_content()
    with sched_runtime.db.session() as s:
        offered = s.scalars(select(MeetingRow.offered)).one()
    # When Lee answers on the thread, quoting the proposal
    mailer(
        LEE,
        [ANN],
        "Re: Quick sync",
        "The second one works for me.\n\nLee",
        reply_to_id=f"{first} {proposal['Message-ID']}",
    )
    drain(sched_runtime)
    # Then the second slot is booked and the invite sent
    method, text = calendar_part(sink.messages[-1][2])
    start = icalendar.Calendar.from_ical(text).walk("VEVENT")[0].decoded("DTSTART")
    assert method == "REQUEST" and start == dt.datetime.fromisoformat(offered[1][0])


def test_low_confidence_is_confirmed_by_yes_and_kept_as_a_training_example(
    sched_runtime, mailer, sink
):
    # Given a threshold no reading reaches, deskmate asks first
    sched_runtime.settings = sched_runtime.settings.model_copy(
        update={"schedule_confidence_threshold": 1.0}
    )
    tuesday = next_weekday(1, 15)
    first = mailer(ANN, [LEE], "Quick sync", _ask(tuesday))
    drain(sched_runtime)
    question = sink.messages[-1][2]
    assert "Reply YES" in question.get_body(("plain",)).get_content()
    # When Ann answers YES
    mailer(
        ANN,
        [ASSISTANT],
        "Re: Quick sync",
        "Yes, thanks!",
        reply_to_id=f"{first} {question['Message-ID']}",
    )
    drain(sched_runtime)
    # Then it is booked and the confirmation stored as a labelled example
    method, text = calendar_part(sink.messages[-1][2])
    assert method == "REQUEST"
    assert icalendar.Calendar.from_ical(text).walk("VEVENT")[0].decoded("DTSTART") == tuesday
    with sched_runtime.db.session() as s:
        correction = s.scalars(select(CorrectionRow)).one()
    assert correction.confirmed and correction.reply_text.startswith("Yes")
    assert correction.understood["intent"] == "schedule"
