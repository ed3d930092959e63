"""Work that changes hands: said no to and taken by someone else, claimed in no words of its
own, handed over by name; and the dates, decisions and open points said tersely around it."""

from __future__ import annotations

import datetime as dt

from tests.transcription.said import MONDAY, Sure, items_of, said
from transcription.notes.decisions import decisions
from transcription.notes.open_questions import open_questions
from transcription.notes.point_model import NoModel

TUESDAY = dt.date(2026, 11, 24)
WEDNESDAY = dt.date(2026, 11, 25)
FRIDAY = dt.date(2026, 11, 27)
SUNDAY = dt.date(2026, 11, 29)
END_OF_MONTH = dt.date(2026, 11, 30)
NEXT_SUNDAY = dt.date(2026, 12, 6)


def test_work_said_no_to_goes_to_whoever_takes_it_or_to_nobody() -> None:
    assert items_of(
        ("Ines", "Bruno, can you renew the SSL certificates?"),
        ("Bruno", "I'm snowed under this week, sorry."),
        ("Bruno", "Maybe Carla?"),
        ("Carla", "Okay, I'll renew them by Friday."),
    ) == [("Carla", "renew the SSL certificates", FRIDAY)]
    # nobody takes it: no item, and never the one who said no
    assert (
        items_of(
            ("Ines", "Bruno, can you renew the SSL certificates?"),
            ("Bruno", "I don't have the bandwidth."),
            ("Ines", "Fine, let's move on."),
        )
        == []
    )


def test_a_claim_in_no_words_of_its_own_takes_the_work_nobody_had() -> None:
    assert items_of(
        ("Ines", "Someone needs to update the holiday calendar."),
        ("Bruno", "Leave it with me."),
    ) == [("Bruno", "update the holiday calendar", None)]
    assert items_of(
        ("Ines", "Somebody ought to clean out the shared fridge."),
        ("Bruno", "That's me."),
        ("Bruno", "I'll clean it out tomorrow."),
    )[0][:2] == ("Bruno", "clean out the shared fridge")
    # a short question naming the thing, then the claim with its date
    claim = ("Bruno", "On it, seating chart by Wednesday.")
    assert items_of(("Ines", "Seating chart?"), claim) == [
        ("Bruno", "handle the seating chart", WEDNESDAY)
    ]
    # a date asked is no thing to take on
    assert items_of(("Ines", "By Thursday?"), ("Bruno", "Leave it with me.")) == []


def test_work_handed_over_by_name_is_theirs_with_the_date_they_give() -> None:
    assert items_of(
        ("Ines", "Someone ought to fix the broken link on the careers page."),
        ("Bruno", "Not me, I'm off tomorrow."),
        ("Ines", "Carla, you spotted it, it's all yours."),
        ("Carla", "Sigh."),
        ("Carla", "End of the month."),
    ) == [("Carla", "fix the broken link on the careers page", END_OF_MONTH)]


def test_someone_named_as_doing_the_work_owns_it() -> None:
    assert items_of(("Ines", "Carla's handling the venue contract, before Friday.")) == [
        ("Carla", "handle the venue contract", FRIDAY)
    ]
    # and their own yes with more words is the same work
    assert items_of(
        ("Ines", "Carla's doing the seating plan."),
        ("Carla", "Yes, I'll have the final seating plan done by Wednesday."),
    ) == [("Carla", "have the final seating plan done", WEDNESDAY)]
    # a word that opens a sentence is no name doing work
    assert items_of(("Ines", "Honesty is doing a lot of work in that plan.")) == []


def test_an_order_by_name_asked_as_a_question_is_still_asked() -> None:
    assert items_of(
        ("Ines", "Bruno, book the big meeting room for the client demo?"),
        ("Bruno", "Done by tomorrow."),
    ) == [("Bruno", "book the big meeting room for the client demo", TUESDAY)]


def test_a_date_corrected_after_a_dash_or_in_the_next_breath() -> None:
    assert items_of(("Ines", "I'll send the invoices Thursday - no, Tuesday.")) == [
        ("Ines", "send the invoices", TUESDAY)
    ]
    assert items_of(
        ("Ines", "I'll rewrite the onboarding guide."),
        ("Ines", "By Tuesday \u2014 no, give me till Friday, I'm at the conference."),
    ) == [("Ines", "rewrite the onboarding guide", FRIDAY)]


def test_a_period_given_alone_or_loosely_dates_the_work() -> None:
    assert items_of(
        ("Ines", "Bruno, can you collect the expense receipts?"), ("Bruno", "Yep, end of week.")
    ) == [("Bruno", "collect the expense receipts", SUNDAY)]
    assert items_of(
        ("Ines", "I'll draft the volunteer handbook."), ("Ines", "Next week at some point.")
    ) == [("Ines", "draft the volunteer handbook", NEXT_SUNDAY)]


def test_two_days_named_for_one_piece_of_work_give_the_last() -> None:
    assert items_of(("Ines", "I'll interview the two candidates tomorrow and Wednesday.")) == [
        ("Ines", "interview the two candidates", WEDNESDAY)
    ]


def test_a_day_put_first_by_the_asker_and_taken_up_moves_the_date() -> None:
    assert items_of(
        ("Bruno", "I'll file the VAT return Friday."),
        ("Ines", "Wednesday, Bruno, the accountant is away Thursday."),
        ("Bruno", "Wednesday."),
    ) == [("Bruno", "file the VAT return", WEDNESDAY)]


def test_what_the_work_is_for_is_neither_task_nor_date() -> None:
    assert items_of(
        ("Ines", "I'll move the backups tonight so we're safe from Wednesday onwards.")
    ) == [("Ines", "move the backups", MONDAY.date())]


def test_terse_choices_and_things_left_as_they_are_are_decisions() -> None:
    meeting = said(
        ("Ines", "Cover photo: the harbour or the lighthouse?"),
        ("Bruno", "Lighthouse, the harbour one is blurry."),
        ("Ines", "Lighthouse, then."),
        ("Ines", "And delivery fees stay as they are."),
        ("Carla", "The budget stays at forty, we're not revisiting that."),
    )
    found = [d.text for d in decisions(meeting, model=NoModel())]
    assert found == [
        "Lighthouse, then.",
        "And delivery fees stay as they are.",
        "The budget stays at forty, we're not revisiting that.",
    ]
    # "then" after no question about it, or after a promise, decides nothing
    others = said(("Ines", "Fingers crossed, then."), ("Bruno", "I'll order the toner, then."))
    assert decisions(others, model=NoModel()) == []


def test_a_decision_said_again_a_few_lines_on_is_noted_once() -> None:
    meeting = said(
        ("Ines", "Okay, we move the newsletter to January."),
        ("Bruno", "Good."),
        ("Carla", "Fine by me."),
        ("Ines", "Right."),
        ("Ines", "The newsletter moves to January with the new template."),
    )
    assert [d.text for d in decisions(meeting, model=Sure())] == [
        "Okay, we move the newsletter to January."
    ]


def test_what_has_not_been_decided_is_open_not_decided() -> None:
    meeting = said(
        ("Ines", "What we haven't agreed yet is whether the interns get laptops."),
        ("Bruno", "Hm."),
    )
    assert [q.text for q in open_questions(meeting, model=NoModel())] == [
        "What we haven't agreed yet is whether the interns get laptops."
    ]
    assert decisions(meeting, model=Sure()) == []
    not_yet = said(("Ines", "The board still hasn't decided on the bonus."))
    assert decisions(not_yet, model=Sure()) == []


def test_answers_that_leave_it_open() -> None:
    for answer in (
        "That's still up in the air.",
        "Could go either way.",
        "Nobody in finance can tell us.",
    ):
        meeting = said(("Ines", "When does the new office open?"), ("Bruno", answer))
        assert [q.text for q in open_questions(meeting, model=NoModel())] == [
            "When does the new office open?"
        ], answer


def test_a_thing_still_open_and_the_agenda_are_no_points() -> None:
    meeting = said(
        ("Ines", "Let's go over the outage from last night."),
        ("Bruno", "The incident is still open with the vendor."),
        ("Carla", "The checkout bug is still open too."),
    )
    assert open_questions(meeting, model=NoModel()) == []
    assert decisions(meeting[:1], model=Sure()) == []
    # put to a later day, a review is a plan the model may take
    later = said(("Ines", "Let's review the pricing again next month."))
    assert [d.text for d in decisions(later, model=Sure())] == [
        "Let's review the pricing again next month."
    ]


def test_no_is_followed_by_whoever_takes_it_even_the_one_who_said_it() -> None:
    # the asker does it after all
    assert items_of(
        ("Ines", "Bruno, can you order the new badges by Friday?"),
        ("Bruno", "I'm flat out this week."),
        ("Ines", "Fine, I'll do it myself."),
    ) == [("Ines", "order the new badges", FRIDAY)]
    # the one who said no gives in, with their own date
    assert items_of(
        ("Ines", "Bruno, can you order the new badges by Friday?"),
        ("Bruno", "I'm snowed under."),
        ("Bruno", "Oh, fine, I'll do it, but Monday."),
    ) == [("Bruno", "order the new badges", dt.date(2026, 11, 30))]
    # busy now, offering a later day, is no no
    assert items_of(
        ("Ines", "Bruno, can you look at the leaking tap?"),
        ("Bruno", "I don't have time today, tomorrow morning?"),
        ("Ines", "Tomorrow's fine."),
    ) == [("Bruno", "look at the leaking tap", TUESDAY)]


def test_claims_and_handovers_read_no_more_than_was_said() -> None:
    # "That's me" answering another question claims nothing
    assert (
        items_of(
            ("Ines", "Someone should book the minibus for March."),
            ("Carla", "Whose is the red bike in the corridor?"),
            ("Bruno", "That's me."),
        )
        == []
    )
    # "that's yours" about a thing, or with more said after it, hands nothing over
    assert (
        items_of(
            ("Ines", "Someone should tidy the stock room."),
            ("Bruno", "Carla, the green scarf on the chair, that's yours."),
        )
        == []
    )
    # "Last slice?" "I'll take it." takes no work on
    assert items_of(("Ines", "Last slice?"), ("Bruno", "I'll take it.")) == []
    # someone's own plans are no work of the meeting
    assert items_of(("Ines", "Tomas is doing the best he can with the old scanner.")) == []
    assert items_of(("Ines", "Maria's doing the school run today, so she'll join late.")) == []
    # a name and a noun with a question mark asks how it stands
    assert items_of(("Ines", "Bruno, update on the venue contract?")) == []
    assert items_of(
        ("Ines", "Bruno, send me the revised floor plan by Friday, would you?"),
        ("Bruno", "Will do."),
    ) == [("Bruno", "send me the revised floor plan", FRIDAY)]


def test_dates_read_no_more_than_was_said() -> None:
    # two dates a comma apart are two things
    late = items_of(("Ines", "I'll email the printers today, Thursday is too late."))
    assert [(owner, due) for owner, _, due in late] == [("Ines", MONDAY.date())]
    # a date answering someone else's question about another thing dates nothing
    assert items_of(
        ("Ines", "I'll draft the press release."),
        ("Bruno", "When's the launch?"),
        ("Ines", "Next week, probably."),
    ) == [("Ines", "draft the press release", None)]
    # the date in what the work is for is when it is needed
    assert items_of(("Ines", "I'll fix the config so we can deploy on Thursday.")) == [
        ("Ines", "fix the config", dt.date(2026, 11, 26))
    ]


def test_decisions_and_questions_read_no_more_than_was_said() -> None:
    meeting = said(
        ("Ines", "Do we have time for the demo?"),
        ("Bruno", "Not really."),
        ("Ines", "Another time, then."),
        ("Carla", "The crash rate stays unchanged after the patch, sadly."),
        ("Bruno", "From now on, let's review the rota monthly."),
    )
    assert [d.text for d in decisions(meeting, model=NoModel())] == [
        "From now on, let's review the rota monthly."
    ]
    merger = said(("Ines", "Okay, let's go through with the merger."))
    assert [d.text for d in decisions(merger, model=Sure())] == [merger[0].text]
    # an issue still open is a question still open
    pricing = said(("Ines", "The pricing issue is still open."))
    assert [q.text for q in open_questions(pricing, model=NoModel())] == [
        "The pricing issue is still open."
    ]
    # "nobody could tell us at first, but ..." answers
    pump = said(
        ("Ines", "Why did the pump fail?"),
        ("Bruno", "No one could tell us at first, but it was the seal."),
    )
    assert open_questions(pump, model=NoModel()) == []


def test_a_date_taken_back_for_a_reason_and_so_another() -> None:
    assert items_of(
        ("Ines", "I'll phone the landlord tomorrow, oh no, I'm in court tomorrow, so Thursday.")
    ) == [("Ines", "phone the landlord", dt.date(2026, 11, 26))]


def test_things_to_have_ready_are_work_and_yeah_is_nobody() -> None:
    assert items_of(
        ("Ines", "Bruno, could you have the seating cards ready for the dinner?"),
        ("Bruno", "Yeah, you'll have them by tomorrow."),
    ) == [("Bruno", "have the seating cards ready for the dinner", TUESDAY)]


def test_a_thing_named_without_an_article_before_the_promise() -> None:
    assert items_of(("Ines", "Monthly invoices for the clinic, I'll send them Friday.")) == [
        ("Ines", "send them (monthly invoices for the clinic)", FRIDAY)
    ]
    # a word of assent or a call to listen is no thing
    assert items_of(("Ines", "Right, listen up, I'll keep it short.")) == []
    assert items_of(("Ines", "Haan, I'll order it today.")) == [("Ines", "order it", MONDAY.date())]


def test_a_promise_pointing_back_takes_the_work_nobody_had_after_a_word_or_two() -> None:
    assert items_of(
        ("Ines", "Could someone fix the broken blind in room four?"),
        ("Ines", "It's been stuck for a week."),
        ("Bruno", "Classic. I'll do it after lunch."),
    ) == [("Bruno", "fix the broken blind in room four", MONDAY.date())]
    # someone else's words in between are about something else
    other = items_of(
        ("Ines", "Could someone fix the broken blind in room four?"),
        ("Carla", "And the printer's jammed again."),
        ("Carla", "Paper everywhere."),
        ("Bruno", "I'll do it after lunch."),
    )
    assert all("blind" not in task for _, task, _ in other)


def test_a_verb_and_not_alone_is_no_work() -> None:
    # "Sure, I can do that" misheard by the recogniser
    assert items_of(
        ("Ines", "Bruno, pull the sales numbers?"), ("Bruno", "Sure, I can do not.")
    ) == [("Bruno", "pull the sales numbers", None)]


def test_sealing_words_with_the_next_agenda_item_are_no_decision_of_their_own() -> None:
    sentences = said(
        ("Maria", "Second, we agreed to use the new logo on the website."),
        ("David", "Great, that's decided, and now, action items."),
    )
    assert [d.text for d in decisions(sentences, model=NoModel())] == [
        "Second, we agreed to use the new logo on the website."
    ]


def test_a_name_said_on_its_own_next_to_an_order_is_whom_it_is_for() -> None:
    # (one sentence a line, as the transcript is cut at each full stop)
    assert items_of(("Vik", "Nell."), ("Vik", "Tell the drivers."), ("Nell", "Will do.")) == [
        ("Nell", "tell the drivers", None)
    ]
    assert items_of(("Vik", "Refill the grit bins."), ("Vik", "Nell."), ("Nell", "Tomorrow.")) == [
        ("Nell", "refill the grit bins", TUESDAY)
    ]
    assert items_of(
        ("Vik", "Order four pallets."), ("Vik", "Nell, by Friday."), ("Nell", "Fine.")
    ) == [("Nell", "order four pallets", FRIDAY)]
    # a name alone that greets or thanks, or one next to what is no order, joins nothing
    assert items_of(("Vik", "Nell."), ("Vik", "Thanks for the cover last week.")) == []
    assert items_of(("Vik", "The van's back."), ("Vik", "Nell, by Friday."), ("Nell", "Ok.")) == []
    # nor the name of someone who is not in the meeting
    assert items_of(("Vik", "Refill the grit bins."), ("Vik", "Brenda."), ("Nell", "Fine.")) == []
