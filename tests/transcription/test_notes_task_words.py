"""The words of an action item's task: the ones that name the work, kept over those that only
point back to it ("send it", "do that"), whichever of the request and the answer said them."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import MONDAY, said
from transcription.notes.actions import action_items
from transcription.notes.sentences import sentences_of
from transcription.types import Segment, Transcript


def test_a_promise_that_points_back_completes_the_request() -> None:
    # Given a request, and its owner promising "it" with a date
    items = action_items(
        said(
            ("Victor", "Sofia, please write the customer-facing post-mortem."),
            ("Sofia", "Sure, I'll have it done by next Tuesday."),
        ),
        MONDAY,
    )
    # Then the request gets the date instead of a second item "have it done"
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Sofia", "write the customer-facing post-mortem", dt.date(2026, 12, 1))
    ]


def test_a_promise_naming_what_the_request_pointed_to_gives_the_task() -> None:
    items = action_items(
        said(
            ("Jess", "Can you fit it before the first tour tomorrow?"),
            ("Owen", "Yep, I'll come in early tomorrow and fit the new hinge."),
            ("Malcolm", "Can you get a quote for the fencing?"),
            ("Derek", "I'll get two quotes for the fencing by Friday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Owen", "come in early and fit the new hinge", dt.date(2026, 11, 24)),
        # "quotes" is the same work as "a quote": Derek takes it, in his words, with his date
        ("Derek", "get two quotes for the fencing", dt.date(2026, 11, 27)),
    ]


def test_an_answer_that_only_points_back_keeps_the_request_words() -> None:
    items = action_items(
        said(
            ("Rhea", "Otto, can you ring round those thirty members by Friday?"),
            ("Otto", "I'll split them with Reuben if that's okay."),
            ("Rhea", "Then I'll close the meeting."),
            ("Rhea", "Pete, send the printer a count of two by next Wednesday."),
            ("Lily", "I'll put the leeks on the spring sowing list."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Otto", "ring round those thirty members", dt.date(2026, 11, 27)),
        ("Pete", "send the printer a count of two", dt.date(2026, 12, 2)),
        ("Lily", "put the leeks on the spring sowing list", None),
    ]


def test_the_one_asked_names_the_work_in_their_own_words_when_about_the_same_thing() -> None:
    items = action_items(
        said(
            ("Bev", "Tomasz, can you sort the lock gates for the inspection?"),
            ("Tomasz", "Yeah, I'll grease the lock gates on Wednesday."),
            ("Rosie", "Marta, call the florist today and get the final order."),
            ("Marta", "Fine, I'll call her at lunch."),  # "her" points back: the order stays
            ("Dev", "Nia, can you get the tuner in before Friday?"),
            ("Nia", "Sure, I'll have a word."),  # a verb that says little: the request stays
            ("Ola", "Sam, can you write up the fire drill notes?"),
            ("Sam", "Yes, I'll email the caretaker tomorrow."),  # other work: the request stays
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Tomasz", "grease the lock gates", dt.date(2026, 11, 25)),
        ("Marta", "call the florist and get the final order", dt.date(2026, 11, 23)),
        ("Nia", "get the tuner", dt.date(2026, 11, 27)),
        ("Sam", "write up the fire drill notes", dt.date(2026, 11, 24)),
    ]


def test_a_promise_that_points_back_takes_the_thing_named_with_its_verb_just_before() -> None:
    items = action_items(
        said(
            ("Jess", "Should I do something about the complaint? It was a bit rude."),
            ("Morag", "Aye, reply to the complaint, politely."),
            ("Jess", "I'll reply to it today."),
            ("Omar", "The heater in room two is broken again."),
            ("Kim", "I'll sort it tomorrow."),  # a verb that names nothing to look for
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Jess", "reply to the complaint", dt.date(2026, 11, 23)),
        ("Kim", "sort it (the heater)", dt.date(2026, 11, 24)),
    ]


def test_a_title_before_a_name_ends_no_sentence() -> None:
    segments = (Segment(0.0, 4.0, "Tasha, call Mrs. Henderson and ask. I will, today.", "Rick"),)
    sentences = sentences_of(Transcript("en", 4.0, segments))
    assert [s.text for s in sentences] == [
        "Tasha, call Mrs. Henderson and ask.",
        "I will, today.",
    ]
    items = action_items(sentences, MONDAY)
    assert [(i.owner, i.task) for i in items] == [("Tasha", "call Mrs. Henderson and ask")]
    # "St." is a street as often as a saint: it ends the sentence
    street = (Segment(0.0, 4.0, "I'll drop the keys on Mill St. The code changed Friday.", "Jo"),)
    assert len(sentences_of(Transcript("en", 4.0, street))) == 2


def test_a_request_that_names_its_work_keeps_its_words() -> None:
    items = action_items(
        said(
            ("Ann", "Bob, can you order the replacement filters?"),
            ("Bob", "Sure, I'll measure the filters on Thursday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Bob", "order the replacement filters")]


def test_work_spelled_out_leaves_its_old_date_and_joins_the_same_unowned_work() -> None:
    items = action_items(
        said(
            ("Ann", "We need to sign the supplier NDA by Friday, which is annoying."),
            ("Bob", "I'll sign it today."),
            ("Ann", "We need to reply to the complaint from the Hendersons."),
            ("Cat", "I'll reply to it tomorrow."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Bob", "sign the supplier NDA", dt.date(2026, 11, 23)),
        ("Cat", "reply to the complaint from the Hendersons", dt.date(2026, 11, 24)),
    ]


def test_a_greeting_is_nobody_asked_and_a_verb_said_in_another_form_is_spelled_out() -> None:
    items = action_items(
        said(
            ("Euan", "Morning, you and here."),  # "Morning, Euan here." as tiny.en heard it
            ("Euan", "Who's sending the notice to the harbour master?"),
            ("Nadia", "I'll send it tomorrow morning."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Nadia", "send the notice to the harbour master", dt.date(2026, 11, 24))
    ]
