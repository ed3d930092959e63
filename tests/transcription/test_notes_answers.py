"""Action items said across turns: a request and the yes, promise or claim that answers it
are one item; other work said in the answer is its own."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import MONDAY, said
from transcription.notes.actions import action_items


def test_an_accepted_open_request_goes_to_whoever_accepted_it() -> None:
    items = action_items(
        said(
            ("Dana", "Could someone update the client deck?"),
            ("Omar", "Sure, I can do it tomorrow."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Omar", "update the client deck")]


def test_a_promise_answering_a_request_is_the_same_item() -> None:
    # Given a request by name, and its owner promising the same work with the date
    items = action_items(
        said(
            ("David", "Priya, can you send the report?"),
            ("Priya", "Sure, I will send it on Friday."),
            ("Priya", "I will prepare the slides on Thursday."),
        ),
        MONDAY,
    )
    # Then the promise completes the request (its date) instead of adding "send it"
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Priya", "send the report", dt.date(2026, 11, 27)),
        ("Priya", "prepare the slides", dt.date(2026, 11, 26)),
    ]


def test_a_promise_of_other_work_with_the_same_verb_is_its_own_item() -> None:
    items = action_items(
        said(
            ("David", "Priya, can you send the report by Friday?"),
            ("Priya", "Sure."),
            ("Speaker 3", "I will also send the invoice to the client by Monday."),
            ("Dana", "Can you update the roadmap slides?"),
            ("Lee", "I will update the budget sheet tomorrow."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [
        ("Priya", "send the report"),
        ("Speaker 3", "send the invoice to the client"),
        (None, "update the roadmap slides"),
        ("Lee", "update the budget sheet"),
    ]


def test_a_request_accepted_with_a_date_is_due_then() -> None:
    items = action_items(
        said(
            ("Ben", "Could you put the hosting terms in writing for our legal team?"),
            ("Jorge", "Yes, by Thursday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Jorge", "put the hosting terms in writing for our legal team", dt.date(2026, 11, 26))
    ]


def test_work_handed_to_someone_by_name_is_theirs() -> None:
    # Given work nobody owns, handed to Owen as "that", and his yes
    items = action_items(
        said(
            ("Kim", "Someone needs to own the flaky tests."),
            ("Kim", "Owen, can you own that?"),
            ("Owen", "Sure, I'll take that."),
        ),
        MONDAY,
    )
    # Then it is one item, Owen's, and "take that" is no task of its own
    assert [(i.owner, i.task) for i in items] == [("Owen", "own the flaky tests")]


def test_leave_it_with_me_accepts_an_open_request() -> None:
    items = action_items(
        said(("Sam", "Can someone look at the staging disk?"), ("Maya", "Leave it with me.")),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Maya", "look at the staging disk")]


def test_work_that_only_points_back_with_no_owner_is_no_new_item() -> None:
    items = action_items(
        said(
            ("Raj", "The release checklist is out of date."),
            ("Sue", "Someone should really update that."),
            ("Sue", "Someone should really update the release checklist by Friday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [(None, "update the release checklist")]


def test_a_promise_that_points_back_to_the_speakers_own_work_dates_it() -> None:
    items = action_items(
        said(
            ("Ali", "I'll fix the login page."),
            ("Ali", "I can have it done by Wednesday."),
            ("Bea", "I'll write the release notes."),
            ("Bea", "I'll send the invoice on Friday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Ali", "fix the login page", dt.date(2026, 11, 25)),
        ("Bea", "write the release notes", None),
        ("Bea", "send the invoice", dt.date(2026, 11, 27)),
    ]


def test_the_yes_of_the_person_asked_is_the_same_item_in_whatever_words() -> None:
    # Given requests by name answered with a yes that words the work otherwise
    items = action_items(
        said(
            ("Rosa", "Mei, can you write the donor letter?"),
            ("Mei", "Yep, I can have a draft by Thursday."),
            ("Maya", "Lin, can you find out?"),
            ("Lin", "Sure, I'll ask Priya on the legal team tomorrow."),
            ("Ines", "Kenji, can you scout the hall as well?"),
            ("Kenji", "Yep, Wednesday works."),
        ),
        MONDAY,
    )
    # Then each is one item, owned by the one asked, due when they said, named by the words
    # that say more of the work
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Mei", "write the donor letter", dt.date(2026, 11, 26)),
        ("Lin", "ask Priya on the legal team", dt.date(2026, 11, 24)),
        ("Kenji", "scout the hall as well", dt.date(2026, 11, 25)),
    ]


def test_a_yes_that_takes_on_more_work_is_an_item_of_its_own() -> None:
    items = action_items(
        said(
            ("Rosa", "Mei, can you write the donor letter?"),
            ("Mei", "Sure, and I'll also book the hall for the gala."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [
        ("Mei", "write the donor letter"),
        ("Mei", "book the hall for the gala"),
    ]


def test_the_next_words_of_the_person_asked_and_a_claim_of_unowned_work_are_one_item() -> None:
    items = action_items(
        said(
            ("Giulia", "Kofi, can you get the van booked into the garage tomorrow?"),
            ("Giulia", "We need it back before the rush."),
            ("Kofi", "I'll call them first thing."),
            ("Sana", "Someone should tell the agency too, politely."),
            ("Yuki", "That's me, I'll email their account manager tomorrow."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Kofi", "get the van booked into the garage", dt.date(2026, 11, 24)),
        ("Yuki", "email their account manager", dt.date(2026, 11, 24)),
    ]


def test_a_call_for_someone_that_nobody_takes_is_no_item_one_taken_is_theirs() -> None:
    items = action_items(
        said(
            ("Ana", "And can someone please clean the 3D printer bed?"),
            ("Ben", "The laser cutter is booked all week."),
            ("Fatou", "Last thing, can someone send me the new planogram? I never got it."),
            ("Dmitri", "I've got it, I'll forward it to you after the call."),
            ("Dale", "Right, listen up, I'll keep it short."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Dmitri", "send me the new planogram", dt.date(2026, 11, 23))
    ]


def test_a_request_answered_with_the_date_is_taken_by_who_answered() -> None:
    items = action_items(
        said(
            ("Rhea", "Can you send the seating plan to the caterers by Thursday?"),
            ("Tom", "Thursday should be fine, yeah."),
            ("Rhea", "Gus, could you walk the route with the new driver?"),
            ("Gus", "Tomorrow morning, yep."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Tom", "send the seating plan to the caterers", dt.date(2026, 11, 26)),
        ("Gus", "walk the route with the new driver", dt.date(2026, 11, 24)),
    ]


def test_an_order_by_name_with_a_verb_of_work() -> None:
    items = action_items(
        said(
            ("Rosie", "Aidan, swap the fire blankets in the kitchen by Wednesday, please."),
            ("Aidan", "Will do."),
            ("Rosie", "Nell, recheck the freezer temperatures by Thursday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Aidan", "swap the fire blankets in the kitchen", dt.date(2026, 11, 25)),
        ("Nell", "recheck the freezer temperatures", dt.date(2026, 11, 26)),
    ]


def test_a_meal_to_arrange_is_work_not_a_time() -> None:
    items = action_items(said(("Marcus", "I'll try for a lunch with their CFO next week.")), MONDAY)
    assert [(i.task, i.due) for i in items] == [
        ("try for a lunch with their CFO", dt.date(2026, 12, 6))
    ]


def test_a_name_before_news_or_a_nudge_is_no_order_and_other_work_stays_apart() -> None:
    items = action_items(
        said(
            ("Lee", "Anna, test results came back fine this morning."),
            ("Lee", "Tom, move on to the next slide please."),
            ("Ada", "Can you update this slide?"),
            ("Bo", "I'll update this spreadsheet instead."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [
        (None, "update this slide"),
        ("Bo", "update this spreadsheet instead"),
    ]


def test_who_will_do_it_is_asked_of_the_room_and_owned_by_whoever_takes_it() -> None:
    items = action_items(
        said(
            ("Ana", "Who can take the vendor call on Tuesday?"),
            ("Tom", "I'll take it."),
            ("Ana", "Who's going to reply to the complaint?"),
            ("Rui", "I took the first call, so I'll reply to the complaint tomorrow."),
            ("Ana", "And who wants to do the minutes?"),  # nobody
            ("Rui", "The minutes went well last time."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Tom", "take the vendor call", dt.date(2026, 11, 24)),
        ("Rui", "reply to the complaint", dt.date(2026, 11, 24)),
    ]


def test_actions_minuted_by_name_or_on_oneself_and_work_handed_over() -> None:
    items = action_items(
        said(
            ("Ana", "Action for Tom: update the risk register by Thursday."),
            ("Ana", "Action: Priya to book the venue by Friday."),
            ("Ana", "My action is to talk to finance about the budget."),
            ("Ana", "Rui, can you send the deck round, okay?"),
            ("Rui", "Yep."),
            # reviewing last week's actions, a rota, praise: no work
            ("Ana", "Action for Tom from last week: done."),
            ("Ana", "Tom, you're on the loader today."),
            ("Ana", "Tom, you're doing a great job on the release."),
            ("Ana", "Let's ask Tom, he knows the supplier."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Tom", "update the risk register", dt.date(2026, 11, 26)),
        ("Priya", "book the venue", dt.date(2026, 11, 27)),
        ("Ana", "talk to finance about the budget", None),
        ("Rui", "send the deck round", None),
    ]


def test_work_the_one_asked_has_already_done_is_no_item() -> None:
    items = action_items(
        said(
            ("Ana", "Tom, can you chase the supplier?"),
            ("Tom", "Already done, they're shipping tomorrow."),
            ("Ana", "Could someone book the room for Friday?"),
            ("Rui", "I've already booked it."),
            ("Ana", "I'll leave that with you, Tom."),
        ),
        MONDAY,
    )
    assert items == []


def test_would_you_mind_asks_and_an_order_to_open_something_is_work() -> None:
    items = action_items(
        said(
            ("Ana", "Pete, would you mind calling the landlord again?"),
            ("Pete", "Sure."),
            ("Ana", "Rui, open a case with the supplier and copy me in."),
            ("Rui", "Done by lunch."),
            # an open question is no order
            ("Ana", "Rui, open question: do we still need the van?"),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Pete", "calling the landlord again", None),
        ("Rui", "open a case with the supplier and copy me in", dt.date(2026, 11, 23)),
    ]


def test_work_said_unowned_then_taken_on_is_one_item_and_partial_or_other_done_work_stays() -> None:
    items = action_items(
        said(
            ("Ana", "We need to update the wiki."),
            ("Tom", "I'll update the wiki."),
            ("Ana", "I'll send the minutes tomorrow."),
            ("Ben", "Yes, I've already sent mine."),  # other work done, not Ana's
            ("Ana", "Ben, can you book the room and send the invites?"),
            ("Ben", "I've already booked the room."),  # half of it
            ("Ana", "Who can make the Friday meeting?"),  # who is free, not who works
            ("Rui", "I can."),
            ("Ana", "Who can take the vendor call?"),
            ("Rui", "I can't, I'm off."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [
        ("Tom", "update the wiki"),
        ("Ana", "send the minutes"),
        ("Ben", "book the room and send the invites"),
    ]


def test_a_date_the_one_asked_corrects_while_answering_is_the_due_date() -> None:
    items = action_items(
        said(
            ("Fiona", "Calum, can you draft the outage notice by Wednesday?"),
            ("Calum", "Yep, Wednesday's fine."),
            ("Calum", "Actually no, I'm on leave Wednesday."),
            ("Calum", "Tomorrow, then."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Calum", "draft the outage notice", dt.date(2026, 11, 24))
    ]
    # someone else speaking in between ends the answer: a later date is about other things
    items = action_items(
        said(
            ("Fiona", "Calum, can you draft the outage notice by Wednesday?"),
            ("Calum", "Yep, Wednesday's fine."),
            ("Dougie", "The freight lot will moan."),
            ("Calum", "Tomorrow, then, the freight call."),
        ),
        MONDAY,
    )
    assert [i.due for i in items] == [dt.date(2026, 11, 25)]


def test_a_day_offered_as_a_choice_is_no_due_date() -> None:
    items = action_items(
        said(("Jade", "Marco, ring the Newfoundland lady back and offer her the Sunday.")), MONDAY
    )
    assert [(i.owner, i.due) for i in items] == [("Marco", None)]


def test_other_work_said_by_the_one_asked_is_an_item_of_its_own() -> None:
    items = action_items(
        said(
            ("Ann", "Tomasz, can you sort the stop planks?"),
            ("Tomasz", "Sure."),
            ("Tomasz", "Also the sump pump is broken again."),
            ("Tomasz", "I'll fix it on Friday."),
            ("Ann", "Bob, can you check the fire doors on level two?"),
            ("Bob", "Yes, and I'll check the fire alarm panel too."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Tomasz", "sort the stop planks", None),
        ("Tomasz", "fix it (the sump pump)", dt.date(2026, 11, 27)),
        ("Bob", "check the fire doors on level two", None),
        ("Bob", "check the fire alarm panel too", None),
    ]


def test_a_chair_moving_on_does_not_date_their_own_promise() -> None:
    items = action_items(
        said(
            ("Priya", "I'll update the risk tracker."),
            ("Priya", "Moving on."),
            ("Priya", "Next item is the budget."),
            ("Priya", "Finance want the forecast by Friday."),
        ),
        MONDAY,
    )
    assert [(i.task, i.due) for i in items] == [("update the risk tracker", None)]


def test_what_others_will_do_said_after_the_work_leaves_the_work_an_item() -> None:
    items = action_items(
        said(("Ann", "We need to renew the domain, and they'll charge us double if it lapses.")),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [(None, "renew the domain")]


def test_a_date_given_before_the_promise_or_corrected_after_it_is_the_due_date() -> None:
    items = action_items(
        said(
            ("Morag", "Can you, then? By Thursday, ideally."),
            ("Euan", "Thursday's fine."),
            ("Euan", "I'll redo the crew roster and send it round."),
            ("Pieter", "Annelie, can you write up the tasting notes?"),
            ("Annelie", "Ja, I'll have them to you by next Wednesday."),
            ("Annelie", "Actually, make it next Friday, the lab is late."),
            ("Chiara", "I'll update the price list by Friday."),
            ("Chiara", "Hm, Thursday, I'm off on Friday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Euan", "redo the crew roster and send it round", dt.date(2026, 11, 26)),
        ("Annelie", "write up the tasting notes", dt.date(2026, 12, 4)),
        ("Chiara", "update the price list", dt.date(2026, 11, 26)),
    ]


def test_the_one_asked_saying_it_will_be_done_after_a_word_with_the_asker_is_one_item() -> None:
    items = action_items(
        said(
            ("Giulia", "Emma, can you redo the German menu?"),
            ("Giulia", "You're the one who speaks it."),
            ("Emma", "Fair enough."),
            ("Emma", "I'll have a draft by next Wednesday."),
            ("Ola", "Mei, raise a ticket with the payroll people today."),
            ("Mei", "Will do."),
            ("Kev", "Do the wards know?"),
            ("Grace", "They will once I send the memo."),
            ("Grace", "I'll send it out this afternoon."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Emma", "redo the German menu", dt.date(2026, 12, 2)),
        ("Mei", "raise a ticket with the payroll people", dt.date(2026, 11, 23)),
        ("Grace", "send the memo", dt.date(2026, 11, 23)),
    ]


def test_a_date_the_one_asked_offers_then_corrects_is_the_due_date() -> None:
    items = action_items(
        said(
            ("Ingrid", "Erik, could you rework the Tromso rotations?"),
            ("Erik", "I'll rework them."),
            ("Erik", "Thursday, is that okay?"),
            ("Erik", "No, Friday, I'm on the safety course Thursday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Erik", "rework the Tromso rotations", dt.date(2026, 11, 27))
    ]
