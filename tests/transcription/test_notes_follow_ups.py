"""What the one asked says after the request: a sound or a yes before their promise, the date
they come back by, what becomes of the things asked about, a date they correct."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import MONDAY, said
from transcription.notes.actions import action_items


def items_of(*lines: tuple[str, str]) -> list[tuple[str | None, str, dt.date | None]]:
    return [(i.owner, i.task, i.due) for i in action_items(said(*lines), MONDAY)]


def test_a_sound_and_a_yes_before_the_promise_still_answer_the_request() -> None:
    assert items_of(
        ("Gavin", "Dawn, you've got the relationship."),
        ("Gavin", "Will you ring them about the product data?"),
        ("Dawn", "Ugh."),
        ("Dawn", "Fine."),
        ("Dawn", "I'll ring them this afternoon."),
    ) == [("Dawn", "ring them about the product data", dt.date(2026, 11, 23))]
    # the same verb after "leave it with me" is the work asked for, said more closely
    assert items_of(
        ("Gurpreet", "Can you call around the other sites for contrast?"),
        ("Fernando", "Yeah, leave it with me."),
        ("Fernando", "I'll call Sunnybrook and Mount Sinai this afternoon."),
    ) == [("Fernando", "call around the other sites for contrast", dt.date(2026, 11, 23))]


def test_other_work_promised_after_the_yes_is_its_own_item() -> None:
    assert items_of(
        ("Omar", "Priya, can you schedule the interviews for next Tuesday?"),
        ("Priya", "Yes, of course."),
        ("Priya", "I will prepare the questions on Thursday."),
    ) == [
        ("Priya", "schedule the interviews", dt.date(2026, 12, 1)),
        ("Priya", "prepare the questions", dt.date(2026, 11, 26)),
    ]


def test_coming_back_by_a_day_dates_the_work_just_promised() -> None:
    assert items_of(
        ("Gurpreet", "Let me check with finance whether we can use the locum budget."),
        ("Gurpreet", "I'll come back to you Friday."),
    ) == [
        (
            "Gurpreet",
            "check with finance whether we can use the locum budget",
            dt.date(2026, 11, 27),
        )
    ]


def test_what_becomes_of_the_things_asked_about_dates_the_request() -> None:
    # "to Thursday" is where the patients go, not when the work is due
    assert items_of(
        ("Gurpreet", "Shelby, can you move those patients onto CT two or to Thursday?"),
        ("Shelby", "On it."),
        ("Shelby", "They'll all be rebooked by end of day tomorrow."),
    ) == [("Shelby", "move those patients onto CT two or to Thursday", dt.date(2026, 11, 24))]
    # and said alone, it is nobody's work
    assert items_of(("Dana", "They'll be collected on Friday.")) == []


def test_an_order_with_a_tag_question_and_a_pointer_said_as_em() -> None:
    assert items_of(
        ("Xinyi", "Kavitha, send me the trap counts every week from now on, okay?"),
        ("Kavitha", "Can."),
    ) == [("Kavitha", "send me the trap counts every week from now on", None)]
    assert items_of(
        ("Walt", "Tyrone, can you call the mill and get a firm delivery date?"),
        ("Tyrone", "Sure thing, I'll call 'em right after this."),
    ) == [("Tyrone", "call the mill and get a firm delivery date", dt.date(2026, 11, 23))]


def test_a_date_said_again_in_other_words_corrects_it() -> None:
    assert items_of(
        ("Marlene", "I'll put the camp dates on the website tomorrow."),
        ("Marlene", "Well, once we've fixed them."),
        ("Marlene", "Let's say Wednesday."),
    ) == [("Marlene", "put the camp dates on the website", dt.date(2026, 11, 25))]
    assert items_of(
        ("Bimal", "I'll courier the samples Thursday."),
        ("Bimal", "No wait, the courier doesn't go on Thursday, so Wednesday."),
    ) == [("Bimal", "courier the samples", dt.date(2026, 11, 25))]


def test_work_taken_on_is_done_the_way_its_owner_says_next() -> None:
    assert items_of(
        ("Lindiwe", "And the licence renewal, leave it with me."),
        ("Lindiwe", "I'll send the forms by the end of the month."),
    ) == [("Lindiwe", "send the forms (the licence renewal)", dt.date(2026, 11, 30))]
    # taken on alone, it is still the owner's work
    assert items_of(("Saoirse", "Leave the cloakroom with me.")) == [
        ("Saoirse", "handle the cloakroom", None)
    ]


def test_a_promise_made_again_otherwise_replaces_the_first() -> None:
    assert items_of(
        ("Bernie", "I'll ask the trustees for a second van."),
        (
            "Bernie",
            "Actually, no, I'll put it in the budget paper, that's better, and that's due Friday.",
        ),
    ) == [("Bernie", "put a second van in the budget paper", dt.date(2026, 11, 27))]
    # a second promise without the change of mind is more work
    assert items_of(
        ("Dana", "I'll send the deck today."), ("Dana", "I'll also call the client tomorrow.")
    ) == [
        ("Dana", "send the deck", dt.date(2026, 11, 23)),
        ("Dana", "call the client", dt.date(2026, 11, 24)),
    ]
