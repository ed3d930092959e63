"""What the notes must not read into ordinary talk: a filler is no change of mind, a
bystander's "I can't" refuses nothing, a clause is no topic, a date about something else moves
no promise, consent is no yes to work."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import MONDAY, Sure, items_of, said
from transcription.notes.decisions import decisions
from transcription.notes.open_questions import open_questions
from transcription.notes.point_model import NoModel


def test_actually_or_sorry_before_more_work_is_no_change_of_mind() -> None:
    assert items_of(
        ("Ann", "I'll book the room for the offsite."),
        ("Ann", "Actually, I'll also call the caterers tomorrow."),
    ) == [("Ann", "book the room for the offsite", None), ("Ann", "call the caterers", TUESDAY)]
    assert items_of(
        ("Ann", "I'll chase the invoice today."), ("Ann", "Sorry, I'll need to leave at eleven.")
    )[0] == ("Ann", "chase the invoice", MONDAY.date())


def test_only_the_one_asked_refuses_and_only_when_they_offer_nothing() -> None:
    assert items_of(
        ("Dana", "Lee, can you send the deck by Friday?"),
        ("Tom", "I can't see the shared drive either."),
        ("Lee", "Sure."),
    ) == [("Lee", "send the deck", dt.date(2026, 11, 27))]
    assert items_of(
        ("Dana", "Lee, can you chase the printers?"),
        ("Lee", "I can't today, I'll do it tomorrow."),
    ) == [("Lee", "chase the printers", TUESDAY)]


def test_a_clause_or_a_statement_before_a_promise_is_no_topic() -> None:
    # (the thing is said after the task, for the reader: "it" is not replaced)
    assert items_of(("Ann", "The new rota looks good."), ("Ann", "I'll publish it tomorrow.")) == [
        ("Ann", "publish it (the new rota)", TUESDAY)
    ]
    assert items_of(("Ann", "My laptop's dying so I'll send the slides tonight.")) == [
        ("Ann", "send the slides", MONDAY.date())
    ]
    assert items_of(
        ("Ann", "We have a problem with the vendor."), ("Ann", "I'll call them tomorrow.")
    ) == [("Ann", "call them (the vendor)", TUESDAY)]
    assert items_of(("Ann", "Friday is a bank holiday."), ("Ann", "I'll send it on Thursday.")) == [
        ("Ann", "send it", dt.date(2026, 11, 26))
    ]


def test_remarks_to_someone_by_name_and_taking_things_are_no_orders() -> None:
    assert items_of(("Dana", "Ben, the rota, by the way, is out of date again.")) == []
    assert items_of(("Dana", "Jo, the parcel arrived by courier this morning.")) == []
    assert items_of(("Chair", "Okay, Priya, take it away.")) == []
    assert items_of(("Chair", "Take a seat, Tom.")) == []
    assert items_of(("Ann", "I need to take a day off next week.")) == []
    assert items_of(("Dana", "Tom, you're fine to leave early today.")) == []


def test_a_date_for_something_else_moves_no_promise() -> None:
    assert items_of(
        ("Kalle", "I'll send the final recipes to Kadri by Wednesday."),
        ("Kadri", "Great, and when shall we do the tasting?"),
        ("Kalle", "Let's say Friday."),
    ) == [("Kalle", "send the final recipes to Kadri", WEDNESDAY)]
    assert items_of(
        ("Kalle", "I'll send the final recipes to Kadri by Wednesday."),
        ("Kadri", "Great."),
        ("Kadri", "And the tasting, can we do that Tuesday?"),
        ("Kalle", "Tuesday, yes."),
    ) == [("Kalle", "send the final recipes to Kadri", WEDNESDAY)]


def test_consent_is_no_yes_to_work() -> None:
    assert items_of(("Dana", "Can you move the standup to ten?"), ("Ben", "Fine by me.")) == [
        (None, "move the standup to ten", None)
    ]


def test_answers_gaps_later_in_a_turn_and_labels_that_are_no_topics() -> None:
    sentences = said(
        ("Ann", "Is the new rota working for everyone?"),
        ("Ben", "I haven't heard any complaints."),
        ("Chair", "Any other business?"),
        ("Ann", "Yes, one thing."),
        ("Ann", "The shop window."),
        ("Ann", "We still don't know whether the landlord or we pay for the glass."),
        ("Ann", "Makes sense."),
        ("Ann", "The landlord wants the deposit doubled."),
        ("Ann", "Is that even legal?"),
        ("Ben", "I don't know."),
        ("Ann", "No one knows how the new booking system works, so I'll run a session."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [
        sentences[5].text,
        f"{sentences[7].text} {sentences[8].text}",
    ]


def test_a_new_rule_from_a_date_or_a_door_left_open_is_still_decided() -> None:
    sentences = said(
        ("Ann", "From Monday, there's a new rule: every delivery gets signed for."),
        ("Ann", "Do we keep the side door open during service?"),
        ("Ben", "Okay, we leave the side door open, the fire officer insists."),
    )
    assert [d.text for d in decisions(sentences, model=NoModel())] == [
        sentences[0].text,
        sentences[2].text,
    ]
    # and the model may still add one said in the first person or to someone by name
    for said_as in (
        "I've decided we'll close the office on Christmas Eve.",
        "Okay Tom, you win, we'll use your design.",
    ):
        assert [d.text for d in decisions(said(("Ann", said_as)), model=Sure())] == [said_as]


TUESDAY = dt.date(2026, 11, 24)
WEDNESDAY = dt.date(2026, 11, 25)
