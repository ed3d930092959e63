"""The thing a promise is about, named before the promise: in front of it ("The pendant I'll
fix myself Saturday") or in the sentence before it ("And the press release. I'll write it")."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import items_of
from transcription.notes.topics import about, named_in, topic_of


def test_a_thing_named_in_front_of_a_promise_is_what_it_is_about() -> None:
    said_first = "The pendant I'll fix myself Saturday when nobody's on the crane."
    assert items_of(("Stan", said_first)) == [
        ("Stan", "fix the pendant when nobody's on the crane", dt.date(2026, 11, 28))
    ]
    # with its own object, the thing stays beside the task
    assert items_of(
        ("Nacho", "The beach permit, I'll go to the town hall myself on Thursday.")
    ) == [("Nacho", "go to the town hall (the beach permit)", dt.date(2026, 11, 26))]


def test_a_thing_named_just_before_is_what_the_promise_points_to() -> None:
    assert items_of(
        ("Rupert", "And the press release."), ("Rupert", "I'll write it myself tomorrow.")
    ) == [("Rupert", "write the press release", dt.date(2026, 11, 24))]
    assert items_of(
        ("Felicity", "The one thing still missing is the condition reports."),
        ("Felicity", "I'll have those done by Wednesday."),
    ) == [("Felicity", "have the condition reports done", dt.date(2026, 11, 25))]
    assert items_of(
        ("Takeshi", "Actually, no, Naoko has the list."),
        ("Takeshi", "Naoko will send it to the associations by Friday."),
    ) == [("Naoko", "send the list to the associations", dt.date(2026, 11, 27))]


def test_a_long_thing_named_before_stays_beside_the_task() -> None:
    assert items_of(
        ("Zainab", "I've drafted a schedule with repeats over Christmas week."),
        ("Zainab", "I'll send it round tonight."),
    ) == [
        (
            "Zainab",
            "send it round (a schedule with repeats over Christmas week)",
            dt.date(2026, 11, 23),
        )
    ]


def test_what_someone_else_named_or_a_time_said_first_is_no_topic() -> None:
    # another speaker's words are theirs: the thing is said after the task, not put in it;
    # "this afternoon" says when, not what
    assert items_of(("Dana", "And the press release."), ("Lee", "I'll write it tomorrow.")) == [
        ("Lee", "write it (the press release)", dt.date(2026, 11, 24))
    ]
    assert items_of(("Dana", "This afternoon I'll call the bank.")) == [
        ("Dana", "call the bank", dt.date(2026, 11, 23))
    ]


def test_topics_are_read_only_from_words_that_name_a_thing() -> None:
    assert topic_of("And the ICASA licence renewal, ") == "the ICASA licence renewal"
    assert topic_of("The log sheets are already printed, ") is None  # a clause, not a thing
    assert topic_of("The supplier said ") is None
    assert topic_of("That ") is None
    assert named_in("I've drafted a schedule.") == "a schedule"
    assert named_in("We talked about it.") is None
    assert about("send that to Priya", "the deck") == "send the deck to Priya"
    assert about("do it by myself", "the deck") == "do the deck by myself"
