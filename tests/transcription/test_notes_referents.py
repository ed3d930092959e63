"""What "it" or "them" in a promise stands for: the thing named a sentence or two before,
said after the task; nothing when no thing was named, or when the task names its own."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import items_of
from transcription.notes.item import ActionItem
from transcription.notes.referents import referred_to

TUESDAY = dt.date(2026, 11, 24)
THURSDAY = dt.date(2026, 11, 26)


def test_a_thing_said_as_a_headline_is_what_the_promise_points_to() -> None:
    assert items_of(
        ("Noor", "Gas safety certificate. Still not here."),
        ("Pavel", "Chase it."),
        ("Mina", "I'll ring them this afternoon."),
    ) == [("Mina", "ring them (gas safety certificate)", dt.date(2026, 11, 23))]
    assert items_of(("Kai", "Menu cards, then."), ("Kai", "I'll print them tomorrow.")) == [
        ("Kai", "print them (menu cards)", TUESDAY)
    ]
    assert items_of(("Ola", "Boat licence renewal's due."), ("Ben", "I'll do it Thursday.")) == [
        ("Ben", "do it (boat licence renewal)", THURSDAY)
    ]


def test_a_thing_named_in_passing_just_before_is_what_the_promise_points_to() -> None:
    # in the same sentence, what is needed rather than who it comes from
    assert items_of(
        ("Ria", "We still need the noise report from the council, I'll chase that tomorrow."),
    ) == [("Ria", "chase that (the noise report)", TUESDAY)]
    # in a question, what it is about
    assert items_of(
        ("Sol", "Has anyone heard back from the insurers about the flood claim?"),
        ("Tev", "No."),
        ("Sol", "Okay, I'll chase them tomorrow."),
    ) == [("Sol", "chase them (the flood claim)", TUESDAY)]


def test_a_pointer_takes_only_a_thing_it_can_stand_for() -> None:
    # "it" is not many things; whoever is told is no thing; "them" is not "a leak"
    assert items_of(
        ("Ann", "I'll email the landlord today."),
        ("Bo", "I'll paint the benches this week."),
        ("Cy", "Then I'll sign it tonight."),
    )[-1] == ("Cy", "sign it", dt.date(2026, 11, 23))
    assert items_of(
        ("Ann", "We have a leak in the kitchen."), ("Ann", "I'll call them tomorrow.")
    ) == [("Ann", "call them", TUESDAY)]
    # nothing named at all, or too long ago
    assert items_of(("Ann", "Right, I'll do it tomorrow.")) == [("Ann", "do it", TUESDAY)]


def test_a_task_that_names_its_own_thing_is_left_as_said() -> None:
    item = ActionItem("Ann", "send the invoice to them", TUESDAY, "Ann", 0.0, "")
    assert referred_to(item, ["The printer is broken."]) == item
    # nor when the thing adds nothing: "review it (a review)"
    item = ActionItem("Ann", "review it", TUESDAY, "Ann", 0.0, "")
    assert referred_to(item, ["Can someone do a review?"]) == item


def test_the_same_work_said_again_in_fewer_words_is_one_item() -> None:
    # (two voices heard as one: the request and its answer have the same owner)
    assert items_of(
        ("David", "Priya, can you book the testing lab for next Monday?"),
        ("Priya", "Okay."),
        ("Omar", "The lab has the new rig now."),
        ("David", "Good. Anything else?"),
        ("Omar", "Not from me."),
        ("Priya", "Right, so I'll book the lab for Monday."),
        ("Priya", "And I'll book the hotel for Monday too."),
    ) == [
        ("Priya", "book the testing lab", dt.date(2026, 11, 30)),
        ("Priya", "book the hotel too", dt.date(2026, 11, 30)),
    ]
