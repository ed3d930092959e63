"""Due dates of action items: resolved from the meeting's date, read as deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.transcription.said import MONDAY, said
from transcription.notes.actions import action_items
from transcription.notes.dates import DueDate, due_date


def test_end_of_month_is_the_last_day_of_the_month() -> None:
    [item] = action_items(said(("Dana", "I'll close the books by the end of the month.")), MONDAY)
    assert item.due == dt.date(2026, 11, 30) and item.task == "close the books"


@pytest.mark.parametrize(
    ("said_as", "due"),
    [
        ("I'll review the budget before the end of the month.", dt.date(2026, 11, 30)),
        ("I'll review the budget until the end of the month.", dt.date(2026, 11, 30)),
        ("I'll review the budget by end of week.", dt.date(2026, 11, 29)),
        ("I'll review the budget by EOD.", dt.date(2026, 11, 23)),
        ("I'll review the budget by the end of next month.", dt.date(2026, 12, 31)),
        ("I'll review the budget by the end of the year.", dt.date(2026, 12, 31)),
    ],
)
def test_the_end_of_a_period_is_its_last_day(said_as: str, due: dt.date) -> None:
    [item] = action_items(said(("Dana", said_as)), MONDAY)
    assert (item.task, item.due) == ("review the budget", due)


def test_at_the_end_of_the_day_is_a_figure_of_speech_not_a_deadline() -> None:
    [item] = action_items(
        said(("Lee", "At the end of the day, I will send the contract to legal next Friday.")),
        MONDAY,
    )
    assert (item.task, item.due) == ("send the contract to legal", dt.date(2026, 12, 4))


@pytest.mark.parametrize(
    ("said_as", "due"),
    [
        ("I'll call the references this week.", dt.date(2026, 11, 29)),
        ("I'll call the references next week.", dt.date(2026, 12, 6)),
        ("I'll call the references next month.", dt.date(2026, 12, 31)),
    ],
)
def test_work_due_in_a_week_or_month_is_due_by_its_last_day(said_as: str, due: dt.date) -> None:
    [item] = action_items(said(("Hugo", said_as)), MONDAY)
    assert (item.task, item.due) == ("call the references", due)


@pytest.mark.parametrize(
    ("said_as", "task", "due"),
    [
        (
            "I'll file the expenses by end of day Friday.",
            "file the expenses",
            dt.date(2026, 11, 27),
        ),
        ("I'll file the expenses by end of day.", "file the expenses", dt.date(2026, 11, 23)),
        ("I'll file the expenses tonight.", "file the expenses", dt.date(2026, 11, 23)),
        ("I'll file the expenses tomorrow evening.", "file the expenses", dt.date(2026, 11, 24)),
        ("I'll file the expenses by Thursday.", "file the expenses", dt.date(2026, 11, 26)),
    ],
)
def test_the_end_of_a_named_day_and_an_evening_are_that_day(
    said_as: str, task: str, due: dt.date
) -> None:
    [item] = action_items(said(("Kim", said_as)), MONDAY)
    assert (item.task, item.due) == (task, due)


@pytest.mark.parametrize(
    ("said_as", "due"),
    [
        # MONDAY is Monday 23 November; next week runs from the 30th to 6 December
        ("I'll book the van early next week.", dt.date(2026, 12, 1)),
        ("I'll book the van at the start of next week.", dt.date(2026, 12, 1)),
        ("I'll book the van mid next week.", dt.date(2026, 12, 2)),
        ("I'll book the van by the middle of next week.", dt.date(2026, 12, 2)),
        ("I'll book the van by Friday week.", dt.date(2026, 12, 4)),
        ("I'll book the van first thing Wednesday.", dt.date(2026, 11, 25)),
        ("I'll book the van by close of play tomorrow.", dt.date(2026, 11, 24)),
        # said on a Monday, "by Monday" is the next one
        ("I'll book the van by Monday.", dt.date(2026, 11, 30)),
    ],
)
def test_part_of_a_week_a_day_week_and_a_time_of_day_before_a_date(
    said_as: str, due: dt.date
) -> None:
    # Given a date said with words Duckling leaves out of it
    [item] = action_items(said(("Rhys", said_as)), MONDAY)
    # Then they shape the date and none of them is left in the task
    assert (item.task, item.due) == ("book the van", due)


def test_the_minutes_are_a_thing_to_send_not_a_time() -> None:
    [item] = action_items(said(("Joe", "I'll circulate the minutes by Thursday.")), MONDAY)
    assert (item.task, item.due) == ("circulate the minutes", dt.date(2026, 11, 26))
    # a real time still counts: "in twenty minutes" is today
    [soon] = action_items(said(("Joe", "I'll circulate the notes in twenty minutes.")), MONDAY)
    assert soon.due == dt.date(2026, 11, 23)


def test_a_date_said_as_a_deadline_wins_over_a_date_that_names_the_work() -> None:
    # Given a bare date that names the work, or comes first, and a deadline with "by"
    items = action_items(
        said(
            ("Ana", "I'll plan the Saturday shift by Tuesday."),
            ("Ben", "I'll ask around next week and I'll confirm the venue before Friday."),
        ),
        MONDAY,
    )
    assert [i.due for i in items] == [dt.date(2026, 11, 24), dt.date(2026, 11, 27)]
    # Then with no deadline word, a day that names the work is no date: "the Saturday shift"
    [item] = action_items(said(("Ana", "I'll plan the Saturday shift on Tuesday.")), MONDAY)
    assert item.due == dt.date(2026, 11, 24)
    [item] = action_items(said(("Dale", "I'll put the Christmas roster up Friday.")), MONDAY)
    assert item.due == dt.date(2026, 11, 27)
    [item] = action_items(
        said(("Ana", "I'll sort the risk assessment by the Monday before.")), MONDAY
    )
    assert item.due == dt.date(2026, 11, 30)


def test_a_deadline_said_just_after_a_promise_or_a_yes_dates_it() -> None:
    items = action_items(
        said(
            ("Eva", "I'll migrate the wiki. It should be finished by Thursday."),
            ("Eva", "Max, can you renew the domain?"),
            ("Max", "Yes, will do."),
            ("Max", "Before Friday at the latest."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.due) for i in items] == [
        ("Eva", dt.date(2026, 11, 26)),
        ("Max", dt.date(2026, 11, 27)),
    ]


def test_a_date_said_after_a_promise_about_something_else_is_not_its_due_date() -> None:
    items = action_items(
        said(
            ("Eva", "I'll migrate the wiki."),
            ("Eva", "The board meets on Thursday."),
            ("Tim", "Mine is due by Friday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.due) for i in items] == [("Eva", None)]


def test_after_this_is_the_meeting_day_and_every_tuesday_is_no_date() -> None:
    items = action_items(
        said(
            ("Aisha", "I'll redo the seating chart after this."),
            ("Dmitri", "I'll call the contractor right after the call."),
            ("Bridget", "I'll book the community centre, the library's shut on Tuesdays."),
        ),
        MONDAY,
    )
    assert [i.due for i in items] == [dt.date(2026, 11, 23), dt.date(2026, 11, 23), None]
    assert [i.task for i in items][:2] == ["redo the seating chart", "call the contractor"]


def test_an_ordinal_before_a_noun_is_no_date_and_a_date_asked_dates_nothing_before() -> None:
    items = action_items(
        said(
            ("Chen", "I'll book the first collection for Friday."),
            ("Siobhan", "I'll ask their manager."),
            ("Siobhan", "Kwame, the complaint, any chance by Friday?"),
        ),
        MONDAY,
    )
    assert [(i.task, i.due) for i in items] == [
        ("book the first collection", dt.date(2026, 11, 27)),
        ("ask their manager", None),
    ]


def test_the_date_the_one_doing_it_gives_wins_and_words_that_are_no_dates() -> None:
    items = action_items(
        said(
            ("Ingrid", "Aisha, please get the parts to the players this week."),
            ("Aisha", "I'll have them in their pigeonholes by Wednesday."),
            ("Mette", "Tomasz, can you prepare the November availability report?"),
            ("Tomasz", "Yes, by the fifth, no problem."),
            ("Helen", "Jiho, can you find reviewers for those nine by Wednesday?"),
            ("Noor", "I'll call your boss about the price on Wednesday."),
            ("Emeka", "I'll draft the term sheet in the next couple of days."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.due) for i in items] == [
        ("Aisha", dt.date(2026, 11, 25)),
        ("Tomasz", dt.date(2026, 12, 5)),
        ("Jiho", dt.date(2026, 11, 25)),
        ("Noor", dt.date(2026, 11, 25)),
        ("Emeka", dt.date(2026, 11, 25)),
    ]
    assert items[3].task == "call your boss about the price"
    assert items[4].task == "draft the term sheet"


def test_a_counter_date_from_the_one_asked_moves_the_deadline() -> None:
    # Given a date asked for, and the one asked naming another ("Tuesday's tight ...")
    items = action_items(
        said(
            ("Lena", "Omar, can you service the forklift by Tuesday?"),
            ("Omar", "Tuesday's tight. Thursday at the earliest."),
            ("Lena", "Thursday then."),
            ("Lena", "Priya, please restock the first aid boxes by Friday."),
            ("Priya", "Will do, by Wednesday even."),
        ),
        MONDAY,
    )
    # Then the date they gave is the due date, and "Tuesday's tight" moved nothing
    assert [(i.owner, i.due) for i in items] == [
        ("Omar", dt.date(2026, 11, 26)),
        ("Priya", dt.date(2026, 11, 25)),
    ]


def test_a_date_said_at_the_latest_wins_over_the_one_hoped_for() -> None:
    items = action_items(
        said(("Sven", "I'll aim for Tuesday with the floor plan, but Friday at the latest.")),
        MONDAY,
    )
    assert [(i.owner, i.due) for i in items] == [("Sven", dt.date(2026, 11, 27))]


def test_a_month_the_work_is_for_is_not_its_deadline() -> None:
    items = action_items(
        said(
            ("Ines", "Marco, pause the newsletter for January."),
            ("Marco", "Sure, I'll sort it by Thursday."),
            ("Ines", "Yara, can you check whether the discount runs into February?"),
            ("Yara", "Yes."),
            ("Ines", "Dev, book the hall for December 12."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.due) for i in items] == [
        ("Marco", dt.date(2026, 11, 26)),
        ("Yara", None),
        ("Dev", dt.date(2026, 12, 12)),
    ]


def test_a_numbered_place_is_no_time() -> None:
    # "bay seven by tomorrow" is tomorrow, not seven o'clock today
    items = action_items(
        said(("Femi", "I'll clear the pallets out of bay seven by tomorrow lunchtime.")), MONDAY
    )
    assert [(i.due, i.task) for i in items] == [
        (dt.date(2026, 11, 24), "clear the pallets out of bay seven")
    ]


def test_before_going_home_is_today_and_a_word_before_a_comma_is_no_owner() -> None:
    items = action_items(
        said(
            ("Marcus", "I'll log the faulty headset before I go home."),
            ("Dee", "Right, get going."),
            ("Dee", "But should we ask the landlord about the heating again?"),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Marcus", "log the faulty headset", dt.date(2026, 11, 23))
    ]


def test_a_reply_that_only_mentions_a_day_neither_takes_nor_moves_the_work() -> None:
    items = action_items(
        said(
            ("Lena", "Can someone cover the front desk this afternoon?"),
            ("Omar", "Tomorrow I'm away, sorry."),
            ("Lena", "Can you check the fire doors on Thursday?"),
            ("Omar", "Monday is a bank holiday anyway."),
            ("Lena", "Priya, can you send the report by Friday?"),
            ("Lena", "Monday is the board meeting."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        (None, "check the fire doors", dt.date(2026, 11, 26)),
        ("Priya", "send the report", dt.date(2026, 11, 27)),
    ]


def test_a_date_named_with_leaving_or_ready_for_a_month_is_the_deadline() -> None:
    items = action_items(
        said(
            ("Sven", "I'll hand over the keys before I leave on Friday."),
            ("Ines", "I'll get the accounts ready for March."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.due) for i in items] == [
        ("Sven", dt.date(2026, 11, 27)),
        ("Ines", dt.date(2027, 3, 31)),
    ]


def test_work_the_speaker_owes_with_a_date_is_theirs_and_their_own_matters_are_not() -> None:
    items = action_items(
        said(
            ("Ana", "I need to call the bank tomorrow."),
            ("Ana", "I've got to finish the slides tonight."),
            ("Ana", "I should be able to get the figures to you by Wednesday."),
            # their own matters, and owing with no date
            ("Ana", "I need to leave early today."),
            ("Ana", "I need to go to the dentist tomorrow."),
            ("Ana", "I have to say, the figures by Friday look good."),
            ("Ana", "I need to update the wiki at some point."),
            ("Ana", "I need to look at the money before I answer that one."),
            ("Ana", "I need to take tomorrow off."),
            ("Ana", "I have to pick the kids up from school today."),
            ("Ana", "I need to grab a coffee before this call."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Ana", "call the bank", dt.date(2026, 11, 24)),
        ("Ana", "finish the slides", dt.date(2026, 11, 23)),
        ("Ana", "get the figures to you", dt.date(2026, 11, 25)),
    ]


def test_the_date_a_speaker_corrects_to_is_kept() -> None:
    items = action_items(
        said(
            ("Nell", "I'll paint the fence on Friday."),
            ("Nell", "Actually no, Friday's the match."),
            ("Nell", "Monday, I'll do it Monday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Nell", "paint the fence", dt.date(2026, 11, 30))
    ]


def test_past_work_a_condition_and_when_work_starts_are_no_deadlines() -> None:
    items = action_items(
        said(
            # past work with a date in the sentence is no promise
            ("Nell", "I rang them Thursday and they said it'd come this week."),
            # the condition is no part of the task
            ("Nell", "I'll sweep the yard Saturday, if the weather's fine."),
            # "after this week" says when it starts, not when it is due
            ("Nell", "I'll redo the rota after this week."),
            ("Nell", "I'll check the tracking after this and let you know."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Nell", "sweep the yard", dt.date(2026, 11, 28)),
        ("Nell", "redo the rota after this week", None),  # kept as said
        ("Nell", "check the tracking and let you know", dt.date(2026, 11, 23)),
    ]


def test_a_later_step_keeps_the_first_date_and_a_comma_ends_a_day_week() -> None:
    items = action_items(
        said(
            ("Ana", "I'll send the invoice today."),
            ("Ana", "I'll chase it next Friday."),  # a later step, not a new date
            ("Ana", "I'll send the draft by Friday, week after at the latest."),
        ),
        MONDAY,
    )
    assert [(i.task, i.due) for i in items][0] == ("send the invoice", dt.date(2026, 11, 23))
    assert items[-1].due == dt.date(2026, 11, 27)


def test_a_condition_said_first_others_being_busy_and_first_thing_after_a_day() -> None:
    items = action_items(
        said(
            # the condition's date is not the work's
            ("Aoife", "If the fix is in by Friday, I'll rerun the statements on Monday."),
            ("Ingrid", "Erik, please book the crane inspection."),
            ("Erik", "I'll book the crane inspection, but not for the first week."),
            ("Erik", "They're busy before Christmas."),  # when others are free
            ("Gareth", "Priya, could you do the permits part by Thursday?"),
            ("Priya", "Thursday's tight, can I give you it Friday morning?"),
            ("Gareth", "Friday first thing, then."),  # not the 1st of January
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Aoife", "rerun the statements", dt.date(2026, 11, 30)),
        ("Erik", "book the crane inspection", None),
        ("Priya", "do the permits part", dt.date(2026, 11, 27)),
    ]


def test_let_me_and_i_can_inside_a_clause_promise_nothing() -> None:
    items = action_items(
        said(
            ("Shane", "The dog wouldn't let me out of the van for twenty minutes today."),
            ("Bec", "Fine, but write it up properly so I can answer her tomorrow."),
            ("Greg", "I believe so, but let me double check and get back to you."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Greg", "double check and get back to you")]


@pytest.mark.parametrize(
    ("said_as", "due"),
    [
        ("I'll do the stock count by Wednesday night.", dt.date(2026, 11, 25)),
        ("I'll do the stock count by Friday morning.", dt.date(2026, 11, 27)),
        ("I'll do the stock count before Thursday afternoon.", dt.date(2026, 11, 26)),
        ("I'll do the stock count by tomorrow evening.", dt.date(2026, 11, 24)),
    ],
)
def test_a_deadline_at_a_part_of_a_day_is_that_day(said_as: str, due: dt.date) -> None:
    [item] = action_items(said(("Callum", said_as)), MONDAY)
    assert (item.task, item.due) == ("do the stock count", due)


@pytest.mark.parametrize(
    ("said_as", "due"),
    [
        ("I'll do the stock count by this Friday evening.", dt.date(2026, 11, 27)),
        ("I'll do the stock count by next Wednesday night.", dt.date(2026, 12, 2)),
        ("I'll do the stock count by Monday morning.", dt.date(2026, 11, 30)),  # said on a Monday
    ],
)
def test_more_deadlines_at_a_part_of_a_day(said_as: str, due: dt.date) -> None:
    [item] = action_items(said(("Callum", said_as)), MONDAY)
    assert (item.task, item.due) == ("do the stock count", due)


def test_the_day_after_the_is_a_date_unless_offered_as_a_choice() -> None:
    assert due_date("It's due the Friday.", MONDAY) == DueDate(dt.date(2026, 11, 27), "Friday")
    said_as = "No later than the Wednesday."
    assert due_date(said_as, MONDAY) == DueDate(dt.date(2026, 11, 25), "Wednesday")
    assert due_date("Ring her back and offer her the Sunday.", MONDAY) is None


@pytest.mark.parametrize(
    ("said_as", "task", "due"),
    [
        # corrected in the same sentence: the second date, the work without the first
        (
            "I'll place the cocoa butter order by Wednesday, no, let's say Thursday, their "
            "cut-off moved.",
            "place the cocoa butter order",
            dt.date(2026, 11, 26),
        ),
        # the date the sentence comes to
        (
            "I'm going to set up the referral tracking before Black Friday, so by Thursday.",
            "set up the referral tracking before Black Friday",
            dt.date(2026, 11, 26),
        ),
        # a day naming the work, the date after it
        (
            "I'll write up the Black Friday plan and share it in Slack tonight.",
            "write up the Black Friday plan and share it in Slack",
            dt.date(2026, 11, 23),
        ),
        # a week is due by its last day
        (
            "I'll get the posters printed by next week.",
            "get the posters printed",
            dt.date(2026, 12, 6),
        ),
        (
            "Let me email her after this about a date.",
            "email her about a date",
            dt.date(2026, 11, 23),
        ),
    ],
)
def test_dates_corrected_concluded_or_named_in_passing(
    said_as: str, task: str, due: dt.date
) -> None:
    [item] = action_items(said(("Lieve", said_as)), MONDAY)
    assert (item.task, item.due) == (task, due)


def test_by_then_is_the_date_said_just_before() -> None:
    [item] = action_items(
        said(
            ("Shireen", "Also, the insurance renewal is due on the 15th."),
            ("Shireen", "I'm going to get three quotes before then."),
        ),
        MONDAY,
    )
    assert (item.task, item.due) == ("get three quotes", dt.date(2026, 12, 15))
