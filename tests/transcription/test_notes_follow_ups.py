"""What the one asked says after the request: a sound or a yes before their promise, the date
they come back by, what becomes of the things asked about, a date they correct."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import items_of


def test_a_sound_and_a_yes_before_the_promise_still_answer_the_request() -> None:
    assert items_of(
        ("Gavin", "Dawn, you've got the relationship."),
        ("Gavin", "Will you ring them about the product data?"),
        ("Dawn", "Ugh."),
        ("Dawn", "Fine."),
        ("Dawn", "I'll ring them this afternoon."),
    ) == [("Dawn", "ring them about the product data", dt.date(2026, 11, 23))]
    # after "leave it with me", the promise of the work asked for in other words
    assert items_of(
        ("Gurpreet", "Can you get the contrast order sorted?"),
        ("Fernando", "Yeah, leave it with me."),
        ("Fernando", "I'll call the supplier about the contrast this afternoon."),
    ) == [("Fernando", "call the supplier about the contrast", dt.date(2026, 11, 23))]


def test_other_work_promised_after_the_yes_is_its_own_item() -> None:
    # the same verb alone does not make it the work asked for
    assert items_of(
        ("Dana", "Priya, can you send the minutes to the board?"),
        ("Priya", "Sure."),
        ("Priya", "I'll send the invoice to Kim tomorrow."),
    ) == [
        ("Priya", "send the minutes to the board", None),
        ("Priya", "send the invoice to Kim", dt.date(2026, 11, 24)),
    ]
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
        ("Lindiwe", "I'll call the regulator by the end of the month."),
    ) == [("Lindiwe", "call the regulator (the licence renewal)", dt.date(2026, 11, 30))]
    # other work said next, or more work, is its own
    assert items_of(
        ("Ann", "Leave the raffle with me."), ("Ann", "I'll book the hall for the quiz on Friday.")
    ) == [
        ("Ann", "handle the raffle", None),
        ("Ann", "book the hall for the quiz", dt.date(2026, 11, 27)),
    ]
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


def test_a_date_asked_for_or_corrected_after_the_promise_moves_it() -> None:
    assert items_of(
        ("Kalle", "Then I'll send the final recipes to Kadri by Wednesday so she can order."),
        ("Kadri", "Wednesday is tight for the dairy supplier."),
        ("Kadri", "Could you do tomorrow?"),
        ("Kalle", "Tomorrow."),
    ) == [("Kalle", "send the final recipes to Kadri", dt.date(2026, 11, 24))]
    assert items_of(
        ("Donghyun", "I'll send the final script to Eunji on Friday."),
        ("Donghyun", "No, wait, Eunji needs it earlier for the actors."),
        ("Donghyun", "Thursday."),
    ) == [("Donghyun", "send the final script to Eunji", dt.date(2026, 11, 26))]
    # the asker taking up the date the one asked offers
    assert items_of(
        ("Delphine", "Corinne, can you send the invitations by Friday?"),
        ("Corinne", "Yes, of course."),
        ("Corinne", "Oh, Friday, no, the card printer needs a week."),
        ("Corinne", "Can I say Wednesday next week?"),
        ("Delphine", "Next Wednesday, fine."),
    ) == [("Corinne", "send the invitations", dt.date(2026, 12, 2))]


def test_requests_said_in_other_shapes() -> None:
    assert items_of(
        ("Stelian", "And Marisol, the deck seven report for the health officer, by Friday please."),
        ("Stelian", "No, actually, he wants it before Civitavecchia, so Thursday."),
        ("Marisol", "Fine, the report by Thursday."),
    ) == [("Marisol", "the deck seven report for the health officer", dt.date(2026, 11, 26))]
    assert items_of(
        ("Dafydd", "Meirion, can your gang fix the fence on Saturday?"),
        ("Meirion", "Aye, we'll be out Saturday."),
    ) == [("Meirion", "fix the fence", dt.date(2026, 11, 28))]
    assert items_of(
        ("Dafydd", "Go ahead and buy the urn, Glenys."), ("Glenys", "Lovely, I'll order it today.")
    ) == [("Glenys", "buy the urn", dt.date(2026, 11, 23))]
    assert items_of(
        ("Mathilde", "Sylvie, you're okay to run the refresher?"),
        ("Sylvie", "Yes, happy to run it."),
        ("Rhonda", "Earl, take it to the shop today."),
    ) == [
        ("Sylvie", "run the refresher", None),
        ("Earl", "take it to the shop", dt.date(2026, 11, 23)),
    ]
    assert items_of(
        ("Manolis", "Stavros, find two more pickers by Saturday."),
        ("Stavros", "Fine, I'll find them, leave it with me."),
    ) == [("Stavros", "find two more pickers", dt.date(2026, 11, 28))]


def test_a_request_refused_or_done_already_is_no_item() -> None:
    assert (
        items_of(
            ("Bronwyn", "Kylie, could you put a callout on the volunteer Facebook group?"),
            ("Kylie", "Mm, I'd rather not, honestly, that group's dead and it never works."),
            ("Manolis", "Giorgos, you'll call the technician from Heraklion?"),
            ("Giorgos", "I called him already on Saturday."),
            ("Giorgos", "He said he's booked until December."),
        )
        == []
    )
    # "I can't do Friday, but ..." offers another time
    assert items_of(
        ("Dana", "Lee, can you send the deck by Friday?"),
        ("Lee", "I can't do Friday, but Monday works."),
    ) == [("Lee", "send the deck", dt.date(2026, 11, 27))]


def test_the_day_of_the_thing_said_just_before_and_the_thing_asked_for_kept() -> None:
    assert items_of(
        ("Rania", "That's on Wednesday."),
        ("Rania", "I'll go to the Jobcenter with them and translate."),
    ) == [("Rania", "go to the Jobcenter with them and translate", dt.date(2026, 11, 25))]
    # "them" is who the register is for: the request names the work
    assert items_of(
        ("Harjit", "Marcia, can you get them a new register by Wednesday?"),
        ("Marcia", "Sure, I'll send it up with the porters."),
        ("Marcia", "Actually, no, I'll walk it up myself, it's quicker."),
    ) == [("Marcia", "get them a new register", dt.date(2026, 11, 25))]


def test_the_work_asked_for_in_other_words_after_a_yes_and_taken_on_with_how() -> None:
    assert items_of(
        ("Murray", "Shayne, can you get that board fixed?"),
        ("Shayne", "Yeah, sure."),
        ("Shayne", "I'll grab some timber and fix it Wednesday."),
    ) == [("Shayne", "get that board fixed", dt.date(2026, 11, 25))]
    assert items_of(("Theresa", "Leave the van with me, I'll get some quotes.")) == [
        ("Theresa", "get some quotes (the van)", None)
    ]


def test_the_deadline_said_of_the_work_and_the_morning_after() -> None:
    assert items_of(
        ("Thiago", "We have to file an incident report with BACEN, and the deadline is Thursday."),
        ("Deirdre", "I'll phone them first thing in the morning."),
    ) == [
        (None, "file an incident report with BACEN", dt.date(2026, 11, 26)),
        ("Deirdre", "phone them", dt.date(2026, 11, 24)),
    ]
