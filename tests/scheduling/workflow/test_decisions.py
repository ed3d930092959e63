"""The pure decisions: when to act, ask, book, propose, and how replies and iTIP are read."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from services.scheduling import workflow
from services.scheduling.availability import WorkProfile
from services.scheduling.intent import MeetingIntent, ReplyIntent, Slot, TimeCandidate
from services.scheduling.itip_parse import ItipMessage

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
UTC = dt.UTC
NOW = dt.datetime(2026, 11, 20, 9, tzinfo=UTC)  # Friday
ANN = WorkProfile("ann@example.com", "Europe/Berlin")


def berlin(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, tzinfo=BERLIN)


def intent(
    *starts: dt.datetime,
    confidence: float = 0.9,
    kind: str = "schedule",
    problems: tuple[str, ...] = (),
) -> MeetingIntent:
    return MeetingIntent(
        kind,
        "Sync",
        "ann@example.com",
        ("lee@other.org",),
        20,  # type: ignore[arg-type]
        tuple(TimeCandidate(s, None, f"{s:%A %H:%M}") for s in starts),
        "Europe/Berlin",
        "",
        confidence,
        problems,
        ("understood 'Monday at 4' as 2026-11-23T16:00+01:00",),
    )


def test_untrusted_sender_never_makes_it_act():
    decision = workflow.triage(intent(berlin(23, 16)), trusted=False, threshold=0.6)
    assert decision is not None and decision.action == "ignore"
    assert "not in an allowed domain" in decision.reasons[-1]


def test_low_confidence_asks_to_confirm_with_the_evidence_kept():
    decision = workflow.triage(intent(berlin(23, 16), confidence=0.4), trusted=True, threshold=0.6)
    assert decision is not None and decision.action == "confirm"
    assert decision.reasons[0].startswith("understood 'Monday at 4'")
    assert "0.40 is below the threshold 0.60" in decision.reasons[-1]


def test_problems_lead_to_a_clarifying_question_not_a_guess():
    decision = workflow.triage(
        intent(berlin(23, 16), problems=("Tuesday the 3rd is a Thursday",)),
        trusted=True,
        threshold=0.6,
    )
    assert decision is not None and decision.action == "clarify"
    assert decision.message == "Tuesday the 3rd is a Thursday"


def test_confident_trusted_request_goes_ahead():
    assert workflow.triage(intent(berlin(23, 16)), trusted=True, threshold=0.6) is None


def test_first_free_offered_time_is_booked_with_reasons_for_each_check():
    busy = {ANN.person: [Slot(berlin(23, 16), berlin(23, 17))]}
    decision = workflow.choose(intent(berlin(23, 16), berlin(24, 9)), [ANN], busy, NOW)
    assert decision.action == "book"
    assert decision.slot == Slot(berlin(24, 9), berlin(24, 9) + dt.timedelta(minutes=20))
    assert any("busy" in r for r in decision.reasons)
    assert decision.reasons[-1].startswith("booking the first free offered time")


def test_nothing_free_proposes_three_slots():
    decision = workflow.choose(intent(berlin(21, 10)), [ANN], {}, NOW)  # a Saturday
    assert decision.action == "propose" and len(decision.slots) == 3
    assert "none of the offered times is free" in decision.reasons[-1]


def test_no_time_offered_proposes_three_slots():
    decision = workflow.choose(intent(), [ANN], {}, NOW)
    assert decision.action == "propose" and len(decision.slots) == 3
    assert "no time was offered" in decision.reasons[-1]


OFFERED = [
    Slot(berlin(23, 10), berlin(23, 10) + dt.timedelta(minutes=20)),
    Slot(berlin(24, 10), berlin(24, 10) + dt.timedelta(minutes=20)),
]


def test_reply_choosing_the_second_slot_books_it():
    reply = ReplyIntent("choose", chosen_index=1, confidence=0.9, evidence=("'the second one'",))
    decision = workflow.on_reply(reply, OFFERED, 20, [ANN], {}, NOW)
    assert decision.action == "book" and decision.slot == OFFERED[1]


def test_reply_choosing_a_slot_taken_meanwhile_proposes_again():
    reply = ReplyIntent("choose", chosen_index=0, confidence=0.9)
    busy = {ANN.person: [OFFERED[0]]}
    decision = workflow.on_reply(reply, OFFERED, 20, [ANN], busy, NOW)
    assert decision.action == "propose" and OFFERED[0] not in decision.slots


def test_reply_proposing_another_time_books_it_when_free():
    friday = TimeCandidate(berlin(27, 11), None, "how about Friday at 11?")
    decision = workflow.on_reply(
        ReplyIntent("propose", proposed=(friday,)), OFFERED, 20, [ANN], {}, NOW
    )
    assert decision.action == "book" and decision.slot is not None
    assert decision.slot.start == berlin(27, 11)


def test_unclear_reply_asks_which_one():
    decision = workflow.on_reply(ReplyIntent("unclear"), OFFERED, 20, [ANN], {}, NOW)
    assert decision.action == "note" and "which time" in decision.message


def test_out_of_range_choice_is_questioned():
    decision = workflow.on_reply(ReplyIntent("choose", chosen_index=5), OFFERED, 20, [ANN], {}, NOW)
    assert decision.action == "note" and "I offered 2 times" in decision.message


def _itip(method: str, sequence: int = 0) -> ItipMessage:
    return ItipMessage(
        method,
        "u@x",
        sequence,
        (("lee@other.org", "ACCEPTED"),),
        berlin(24, 9),
        berlin(24, 9) + dt.timedelta(minutes=20),
        "",
    )


def test_itip_reply_updates_status_and_stale_ones_are_ignored():
    assert (
        workflow.on_itip(_itip("REPLY"), sequence=0, organizer_free=None).action == "update_status"
    )
    stale = workflow.on_itip(_itip("REPLY", 0), sequence=2, organizer_free=None)
    assert stale.action == "ignore" and "older version" in stale.reasons[0]


def test_counter_is_accepted_when_free_and_declined_with_alternatives_otherwise():
    accepted = workflow.on_itip(_itip("COUNTER"), sequence=0, organizer_free=True)
    assert accepted.action == "reschedule" and accepted.slot is not None
    declined = workflow.on_itip(
        _itip("COUNTER"), sequence=0, organizer_free=False, alternatives=OFFERED
    )
    assert declined.action == "decline_counter" and declined.slots == tuple(OFFERED)


def test_intent_survives_a_json_round_trip():
    original = intent(berlin(23, 16), berlin(24, 9))
    assert workflow.intent_from_json(workflow.intent_to_json(original)) == original
