"""Decisions and open questions: what was settled, and what was asked and left unanswered."""

from __future__ import annotations

import pytest

from tests.transcription.said import MONDAY, Sure, said
from transcription.notes.actions import action_items
from transcription.notes.decisions import decisions, open_questions
from transcription.notes.point_model import NoModel


def test_decisions_and_open_questions() -> None:
    sentences = said(
        ("Dana", "We agreed to launch in March."),
        ("Lee", "Let's go with the blue design."),
        ("Priya", "The weather was nice."),
        ("Lee", "What about the hiring budget for next year?"),
        ("Dana", "I don't know yet."),
        ("Priya", "Who owns the vendor contract?"),
        ("Lee", "It's still unclear."),
        ("Dana", "Hello?"),
    )
    assert [d.text for d in decisions(sentences)] == [
        "We agreed to launch in March.",
        "Let's go with the blue design.",
    ]
    assert [q.text for q in open_questions(sentences)] == [
        "What about the hiring budget for next year?",
        "Who owns the vendor contract?",
    ]


def test_who_is_nobody_and_a_question_met_with_a_request_stays_open() -> None:
    # Given "who will ...?" answered only by a request to someone else
    sentences = said(
        ("David", "Who is going to book the venue for the launch party?"),
        ("Marcus", "David, could you review the marketing budget first?"),
    )
    # Then "Who" owns nothing (the request to David is the one item), and the question is open
    assert [(i.owner, i.task) for i in action_items(sentences, MONDAY)] == [
        ("David", "review the marketing budget first")
    ]
    assert [q.text for q in open_questions(sentences)] == [sentences[0].text]


@pytest.mark.parametrize(
    "reply",
    [
        "Not yet.",
        "Honestly, I don't know.",
        "Let's park that until we see the numbers.",
        "That depends, and I don't know yet if HR will approve it.",
        "The provider said three weeks, but nobody knows for sure.",
    ],
)
def test_a_question_answered_without_an_answer_stays_open(reply: str) -> None:
    sentences = said(("Sam", "Did legal sign off on the pricing page?"), ("Tom", reply))
    assert [q.text for q in open_questions(sentences)] == [sentences[0].text]


def test_nobody_knowing_a_thing_is_no_open_point() -> None:
    sentences = said(("Nadia", "We should write down the handover steps, nobody knows them."))
    assert open_questions(sentences) == []


def test_who_is_settled_by_asking_someone_to_do_that_work() -> None:
    # Given "who ...?" answered by asking Zoe to do the same thing
    sentences = said(
        ("Zoe", "Who's doing the email to existing customers?"),
        ("Olivia", "Zoe, can you own the customer email?"),
    )
    # Then the question is answered, and Zoe owns the work
    assert open_questions(sentences) == []
    assert [(i.owner, i.task) for i in action_items(sentences, MONDAY)] == [
        ("Zoe", "own the customer email")
    ]


def test_questions_asked_in_a_row_are_one_open_point() -> None:
    sentences = said(
        ("Quinn", "What about the internet at the new place?"),
        ("Quinn", "Is the fibre line installed?"),
        ("Pete", "Not yet."),
    )
    [point] = open_questions(sentences)
    assert point.text == ("What about the internet at the new place? Is the fibre line installed?")
    assert (point.speaker, point.start) == ("Quinn", 0.0)


def test_lets_with_a_choice_is_a_decision_but_running_the_meeting_is_not() -> None:
    sentences = said(
        ("Ola", "Okay, let's get started."),
        ("Ola", "Let's go through the numbers first."),
        ("Ola", "Fine, let's cut the second newsletter instead."),
        ("Ola", "Let's move on."),
        ("Ola", "Let's outsource."),
        ("Ola", "Should we outsource, let's see?"),
    )
    assert [d.text for d in decisions(sentences)] == [
        "Fine, let's cut the second newsletter instead.",
        "Let's outsource.",
    ]


def test_a_proposal_is_a_decision_once_someone_else_agrees() -> None:
    sentences = said(
        ("Ken", "New hires get a buddy for their first month."),
        ("Ken", "Can we agree on that?"),
        ("Pia", "Yes, definitely."),
        ("Ken", "Invoices go out on the first of the month."),
        ("Ken", "Agreed?"),
        ("Pia", "Not really, finance wants the fifth."),
        ("Ken", "The office closes at six."),
        ("Ken", "Agreed?"),
        ("Ken", "Yes."),
    )
    assert [d.text for d in decisions(sentences)] == [
        "New hires get a buddy for their first month."
    ]


def test_a_decision_taken_at_an_earlier_meeting_is_not_taken_now() -> None:
    sentences = said(
        ("Ron", "We decided last year to keep the old logo."),
        ("Ron", "We decided to keep the old logo."),
    )
    assert [d.text for d in decisions(sentences)] == ["We decided to keep the old logo."]


def test_a_question_said_as_a_statement_is_open() -> None:
    sentences = said(
        ("Jan", "Can you send the agenda?"),
        ("Liv", "Sure."),
        ("Jan", "What we still don't know is whether the venue takes cards."),
        ("Jan", "Another open point, who signs the lease."),
        ("Jan", "What I do know is that the venue is booked."),
    )
    assert [q.text for q in open_questions(sentences)] == [sentences[2].text, sentences[3].text]


@pytest.mark.parametrize(
    "reply",
    [
        "I think so, but I'll confirm with the vendor.",
        "Let me double-check that.",
        "I'd need to ask the landlord.",
        "We haven't decided on a budget yet.",
        "I really don't know.",
    ],
)
def test_a_guess_or_a_question_passed_on_leaves_it_open(reply: str) -> None:
    sentences = said(("Sam", "Does the new contract cover weekend support?"), ("Tom", reply))
    assert [q.text for q in open_questions(sentences)] == [sentences[0].text]


@pytest.mark.parametrize("reply", ["I think so, yes.", "We haven't had any complaints."])
def test_a_real_answer_closes_the_question(reply: str) -> None:
    # the rules' reading (the trained model may still find a sidestep open)
    sentences = said(("Sam", "Does the new contract cover weekend support?"), ("Tom", reply))
    assert open_questions(sentences, model=NoModel()) == []


def test_who_answered_with_not_me_stays_open_but_a_name_closes_it() -> None:
    asked = "And who is booking the flights for the conference?"
    assert len(open_questions(said(("Ada", asked), ("Bo", "Not me.")))) == 1
    assert open_questions(said(("Ada", asked), ("Bo", "Carla is, she has the card."))) == []


@pytest.mark.parametrize(
    "stated",
    [
        "So that's settled: the new price applies from January.",
        "Okay, the kernel upgrade is approved for Saturday night.",
        "Then the badge printer purchase is rejected for now.",
        "So from tomorrow every visitor signs in at the front desk.",
        "Going forward, each release gets a security review.",
        "Starting next Monday we're on the new rota.",
        "Right, the Friday slot it is.",
        "So we stay with the current courier.",
        "Okay, we defer the database move until January.",
        "We're serving the lamb instead.",
        "We're not opening on Sundays, full stop.",
        "Agreed, we'll start the pilot now and not wait for the budget.",
        "Okay, decided, the Polish strings go to Marek this time.",
        "Okay, new rule, we stop accepting cheques.",
        "Three. We go for three years.",
        "Right, first thing, that whole shipment goes on hold.",
        "Right, so we bring in a late fee.",
        "Then we freeze hiring until March.",
        "We'll rotate the on-call every month from now on.",
        "So we decide: the tanker goes on berth four.",
        "We approve the loan, subject to a site visit.",
        "We go with the backup site and we stop negotiating.",
        "Also, from now the standup is at ten, not nine.",
        "Okay, we open on the fifth with whatever is safe.",
        "Hire the two good ones, I approve the budget for that.",
        "Fair enough, then we include the spare battery in the order.",
        "Then we buy new tents for the rest.",
        "We take the 8th for the bottling.",
        "Then the committee approves the van loan on a five-year term.",
        "We'll table the roof repair until we have the survey.",
        "So what we do is, the association sends a letter to the landlord today.",
    ],
)
def test_a_decision_said_without_the_word_decided_is_found(stated: str) -> None:
    sentences = said(("Ana", "Any thoughts before we wrap this up?"), ("Ben", stated))
    assert [d.text for d in decisions(sentences)] == [stated]


@pytest.mark.parametrize(
    "said_as",
    [
        "The budget was approved last month.",
        "From tomorrow I'm on holiday, so ping Ben.",
        "That's what it is.",
        "So we keep running into the same bug.",
        "Let's not decide that today.",
        "Right, let's go.",
        "Let's meet again on Thursday.",
        "People are on hold for ages in the morning.",
        "Is the kernel upgrade approved?",
        "Then we hire a van, but let's hope not.",
        "Right, let's crack on.",
        "Let's divide it up.",
        "We've got a lot to get through, so let's keep it tight.",
        "The council is closing the car park from December.",
        "Go ahead.",
        "From Wednesday we have rain until Saturday, so we have today and tomorrow.",
        "Let's sort that out after the release.",
        "Let's call this to order.",
    ],
)
def test_running_the_meeting_reporting_or_asking_is_no_decision(said_as: str) -> None:
    assert decisions(said(("Ana", said_as))) == []


def test_a_question_to_the_room_settled_by_its_answer_is_a_decision() -> None:
    # Given "do we ...?" answered by a conclusion about the same thing, and one by a view
    sentences = said(
        ("Tom", "Do we change the delivery fee too? It has been five euros forever."),
        ("Lea", "No, we leave the delivery fee alone this year."),
        ("Ana", "What about the loyalty cards, do we keep them?"),
        ("Ben", "I'd keep the loyalty cards."),
        ("Ana", "Can we open the terrace in March?"),
        ("Ben", "Okay, so the weather decides."),
    )
    # Then the conclusion is a decision; one person's view and an answer about something
    # else are not
    assert [d.text for d in decisions(sentences)] == [sentences[1].text]


def test_a_proposal_put_as_everyone_happy_and_answered_yes_is_a_decision() -> None:
    sentences = said(
        ("Ana", "I think we take option two to the board."),
        ("Ana", "Everyone happy?"),
        ("Ben", "Yes."),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[0].text]


@pytest.mark.parametrize(
    "reply",
    [
        ("Hm.", "Good question.", "Possibly."),
        ("Above my pay grade.", "Ask Gloria."),
        ("Not our call.", "Park it."),
        ("Finance would know.", "I'm not sure."),
        ("Honestly, no.", "Could be either."),
        ("Let's talk about that when the budget is settled.",),
        ("Let's, um, figure that out on Slack.",),
        ("Don't look at me.",),
        ("Nobody's decided that.",),
    ],
)
def test_a_reply_that_passes_or_puts_off_the_question_leaves_it_open(
    reply: tuple[str, ...],
) -> None:
    sentences = said(
        ("Sam", "Are we doing the winter menu this year?"), *(("Tom", r) for r in reply)
    )
    assert [q.text for q in open_questions(sentences)] == [sentences[0].text]


def test_asking_to_be_heard_or_to_speak_is_no_open_question() -> None:
    sentences = said(
        ("Sam", "Hi, hi, can everyone hear me?"),
        ("Tom", "Can I raise the parking issue?"),
        ("Sam", "Go ahead."),
    )
    assert open_questions(sentences) == []


def test_a_yes_that_points_back_is_noted_as_what_its_speaker_says_next() -> None:
    sentences = said(
        ("Dev", "We could move the club upstairs, it has more tables."),
        ("Margit", "Yes, let's do that."),
        ("Margit", "The club moves to the study room from next Monday."),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[2].text]


def test_a_question_settled_by_a_yeah_okay_but_not_by_reported_speech() -> None:
    sentences = said(
        ("Ravi", "Do we cut a patch release straight away?"),
        ("Elif", "Straight away."),
        ("Ravi", "Yeah, okay, patch release as soon as the fix is merged."),
        ("Ana", "Are we replacing the scaffold netting?"),
        ("Ben", "Yeah, the scaffold company said they'd replace the netting."),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[2].text]


@pytest.mark.parametrize(
    "stated",
    [
        "There's also the question of whether we bring in the night team.",
        "What I don't get is whether the target still stands.",
        "We don't know if the funder pays for the postdoc.",
    ],
)
def test_a_gap_said_as_a_statement_is_an_open_point_once(stated: str) -> None:
    sentences = said(
        ("Sam", stated), ("Sam", "I honestly don't know if they've got capacity either.")
    )
    assert [q.text for q in open_questions(sentences)] == [stated]


@pytest.mark.parametrize(
    "reply",
    [
        ("There might be.", "Leave that with me."),
        ("I'd like to, but let's look at the numbers before we commit.",),
        ("That's the question, isn't it.",),
        ("We'll find out, I guess.",),
        ("I'd rather not decide that today.",),
        ("Let's think about that one.",),
        ("I know someone at a supplier.", "Actually no, they've gone quiet.", "Not sure."),
        ("So that stays open.",),
        ("Next month, whenever that is.",),
        ("That depends on the reference call.",),
        ("That's exactly what I don't know.",),
        ("The ministry said sometime next week.", "No date."),
        ("I need to see it next to the fabric first.",),
        ("Neither do I.", "I'll ask the accountant this week."),
        ("That's a protocol change, months of work.", "I would not decide it here."),
        ("I don't have that number.",),
        ("It could slip.", "Honestly I can't say right now."),
        ("Depends on the council.", "Some do, some don't."),
    ],
)
def test_more_replies_that_leave_the_question_open(reply: tuple[str, ...]) -> None:
    sentences = said(("Sam", "Do we need to tell the tenants first?"), *(("Tom", r) for r in reply))
    assert [q.text for q in open_questions(sentences)] == [sentences[0].text]


def test_a_yes_or_a_seal_is_noted_as_the_words_that_say_what() -> None:
    sentences = said(
        ("Dmitri", "I want to move the perfume behind the till."),
        ("Gary", "Do it."),
        ("Gary", "Perfume goes behind the till in all three stores."),
        ("Ingrid", "Then the dress rehearsal moves to the morning of the twelfth."),
        ("Ingrid", "Decided."),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[2].text, sentences[3].text]


def test_we_do_not_know_said_as_no_leaves_the_question_open_a_count_does_not() -> None:
    sentences = said(
        ("Rahul", "Do we know when the solar kits come out of customs?"),
        ("Camila", "No. The broker doesn't answer my emails."),
        ("Joost", "How many gensets are working now?"),
        ("Oksana", "Eight. Maybe nine."),
        ("Camila", "Okay, I share my screen... you can see the tracker?"),
    )
    assert [q.text for q in open_questions(sentences)] == [sentences[0].text]


def test_agreeing_with_someone_else_is_no_seal_and_not_knowing_how_is_no_gap() -> None:
    sentences = said(
        ("Ana", "Let's take back Saturday nights from January."),
        ("Tom", "Fine by me."),
        ("Tom", "Agreed."),
        ("Eva", "Honestly I don't know how she managed it."),
        ("Eva", "Everyone see my screen?"),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[0].text]
    assert open_questions(sentences) == []


def test_a_decision_taken_before_put_off_or_on_a_condition_is_not_this_meetings() -> None:
    sentences = said(
        ("Ada", "We've decided to run the pilot in January then."),
        ("Mo", "Good."),
        ("Mo", "We agreed with the landlord last month, no deliveries before eight."),
        ("Mo", "Head office decided that in the spring."),
        ("Ada", "We settled that at the partners' meeting, the fee stays."),
        ("Ada", "Let's all have a think."),
        ("Mo", "Let's decide that at the next meeting."),
        ("Ada", "If the van fails its test we'll hire one."),
        ("Mo", "Let's make this quick, I have a site visit."),
    )
    # the pilot is when it runs, not when it was decided
    assert [d.text for d in decisions(sentences, model=Sure())] == [sentences[0].text]


def test_a_short_question_that_points_back_is_noted_with_what_it_asks_about() -> None:
    sentences = said(
        ("Kerry", "The council say the library might close for repairs next year."),
        ("Amir", "Might?"),
        ("Amir", "Do we know when?"),
        ("Kerry", "No idea."),
        ("Amir", "Right."),
        ("Amir", "What happens to the Saturday reading club while the library is shut?"),
        ("Kerry", "Nobody knows."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [
        "The council say the library might close for repairs next year. Might? Do we know when?",
        # a question that says what it asks stands alone
        "What happens to the Saturday reading club while the library is shut?",
    ]


def test_a_decision_with_a_condition_met_or_a_habit_chosen_is_still_a_decision() -> None:
    sentences = said(
        ("Ada", "If nobody objects, we'll go with the blue design."),
        ("Mo", "Fine."),
        ("Ada", "Next, the stand-up."),
        ("Mo", "So we keep meeting on Tuesdays from now on."),
        ("Ada", "Good."),
        ("Mo", "And the release."),
        ("Ada", "We decided to roll back to the build from last week."),
    )
    assert [d.text for d in decisions(sentences, model=NoModel())] == [
        sentences[0].text,
        sentences[3].text,
        sentences[6].text,
    ]


def test_starting_something_new_is_business_not_running_the_meeting() -> None:
    agreed = said(
        ("Ada", "Let's start the new rota in May."),
        ("Ada", "Agreed?"),
        ("Mo", "Agreed."),
    )
    assert [d.text for d in decisions(agreed, model=NoModel())] == [agreed[0].text]
    asked = said(("Ada", "Should we start charging members for parking?"))
    assert [q.text for q in open_questions(asked, model=NoModel())] == [asked[0].text]


def test_a_question_after_small_talk_is_noted_without_it() -> None:
    sentences = said(
        ("Bo", "I had a lovely weekend in Devon, the weather was great."),
        ("Ada", "Are there any updates on the roof repairs?"),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [sentences[1].text]


def test_a_question_that_goes_on_is_one_point_for_the_model_too() -> None:
    sentences = said(
        ("Ada", "What about the caretaker contract for the new hall?"),
        ("Ada", "Has anyone heard back from the council about it?"),
        ("Bo", "I chased them on Friday."),
    )
    assert [q.text for q in open_questions(sentences, model=Sure())] == [
        f"{sentences[0].text} {sentences[1].text}"
    ]


@pytest.mark.parametrize(
    "asked",
    [
        "So the backlog is, um, twelve days of work?",
        "The supplier quoted us, what, forty pounds a crate?",
        "What if we opened on Sundays instead?",
        "And what if I took the early shift for a month?",
        "Show of hands for moving it to the Friday?",
        "Minutes from last month, any corrections?",
    ],
)
def test_a_figure_checked_an_idea_floated_or_a_vote_called_is_no_open_question(
    asked: str,
) -> None:
    sentences = said(("Noor", asked), ("Femi", "Hmm."), ("Noor", "Right, moving on."))
    assert open_questions(sentences) == []
    assert open_questions(sentences, model=Sure()) == []


def test_a_topic_raised_is_open_only_when_nobody_can_speak_to_it() -> None:
    raised = said(
        ("Noor", "What about the loading bay?"),
        ("Femi", "The new shutters went in on Thursday."),
        ("Noor", "Good, then the stock room."),
    )
    assert open_questions(raised) == []
    assert open_questions(raised, model=Sure()) == []
    unknown = said(
        ("Noor", "What about the loading bay?"),
        ("Femi", "The landlord owns it."),
        ("Femi", "Nobody knows who pays for the shutters."),
    )
    assert [q.text for q in open_questions(unknown)] == ["What about the loading bay?"]
    # and a topic with its question asked on is kept as the question
    asked_on = said(
        ("Noor", "What about the loading bay? Are we fixing the shutters this year?"),
        ("Femi", "No idea, that's the landlord's call."),
    )
    assert [q.text for q in open_questions(asked_on)] == [
        "What about the loading bay? Are we fixing the shutters this year?"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "We agreed in the budget review that the van gets replaced in March.",
        "We decided that at the parents' committee, the fair is on the 12th.",
        "We agreed the new logo at the brand meeting, that's done.",
        "We agreed with the facilities manager in October to repaint by Easter.",
        "Head office has confirmed the new opening hours from January.",
        "Something from upstairs: the firm's decided everyone moves to laptops.",
        "Let's leave the loyalty card open for now.",
        "Let's leave the rota for the next meeting.",
        "Right, morning everyone, let's make a start.",
        "Thanks all, let's open up.",
        "Okay, let's do this quickly before the doors open.",
        "We'll keep this short, the lorry's due at ten.",
        "Let's go room by room.",
    ],
)
def test_what_was_decided_elsewhere_put_off_or_running_the_meeting_is_no_decision(
    line: str,
) -> None:
    sentences = said(("Rosa", line), ("Tom", "Fine."))
    assert decisions(sentences, model=NoModel()) == []


def test_a_decision_to_do_something_in_a_month_is_still_a_decision() -> None:
    sentences = said(("Ben", "We've decided to launch the loyalty card in February then."))
    assert [d.text for d in decisions(sentences, model=NoModel())] == [sentences[0].text]


@pytest.mark.parametrize(
    "line",
    [
        "Okay, it's decided, the price rise happens in April.",
        "Decided: Sam presents the new pricing at the board meeting.",
        "So we've agreed the office closes on the 23rd and reopens in January.",
        "Let's leave the side gate open during the fair.",
        "Let's leave the prices where they are for now.",
        "Okay, for the open day, let's open up the doors at nine instead of ten.",
    ],
)
def test_a_decision_naming_a_month_a_meeting_or_leaving_something_as_it_is_stays(
    line: str,
) -> None:
    sentences = said(("Rosa", line), ("Tom", "Fine."))
    assert [d.text for d in decisions(sentences, model=NoModel())] == [line]


@pytest.mark.parametrize(
    "lines",
    [
        (("Noor", "What if we can't get the crane through the gate?"), ("Femi", "I don't know.")),
        (
            ("Noor", "Sorry, um, one more, is the car park open on Saturday?"),
            ("Femi", "Let's come back to that."),
        ),
        (("Noor", "Fine."), ("Noor", "What about the scaffolding permit?")),  # nobody answered
        (
            ("Noor", "What about the scaffolding permit?"),
            ("Femi", "We're waiting to hear from the council on that one."),
        ),
    ],
)
def test_a_risk_a_question_after_a_filler_or_a_topic_nobody_speaks_to_stays_open(
    lines: tuple[tuple[str, str], ...],
) -> None:
    sentences = said(*lines)
    asked = next(s.text for s in sentences if s.text.endswith("?"))
    assert [q.text for q in open_questions(sentences, model=Sure())] == [asked]


def test_a_question_settled_in_the_next_sentences_is_not_open() -> None:
    taken = said(
        ("Nadia", "Who's doing the new starters' induction?"),
        ("Grace", "Nadia, could you take it?"),
        ("Nadia", "I'd love to, but I'm on nights. Sorry."),
        ("Lucie", "I'll take them."),
    )
    assert open_questions(taken, model=NoModel()) == []
    decided = said(
        ("Ruan", "Should we try night picking for the merlot?"),
        ("Pieter", "Maybe."),
        ("Pieter", "Let's pick one row at night next harvest and compare."),
    )
    assert open_questions(decided, model=NoModel()) == []
    # finding someone later, or deciding around what nobody knows, leaves it open
    later = said(
        ("Wen", "Who's on call on Sunday?"),
        ("Claire", "No idea, the rota doesn't say."),
        ("Claire", "I'll sort the Sunday cover by Wednesday."),
    )
    assert [q.text for q in open_questions(later, model=NoModel())] == [later[0].text]
    around = said(
        ("Raj", "If the third advertiser drops out, do we still pay for the insert run?"),
        ("Karen", "Nobody knows, honestly."),
        ("Karen", "Let's just say the insert count is two for the third advertiser."),
    )
    assert [q.text for q in open_questions(around, model=NoModel())] == [around[0].text]


def test_reported_from_another_meeting_or_opening_in_another_language_is_no_decision() -> None:
    for line in (
        "And from the partners' meeting last week: Saturday openings stop from January.",
        "Kia ora koutou, let's make a start.",
    ):
        assert decisions(said(("Priya", line), ("Liam", "Okay.")), model=NoModel()) == []


def test_a_decision_that_points_back_at_the_end_of_a_turn_is_what_was_said_before() -> None:
    sentences = said(
        ("Priya", "And we'll do a fire drill on Thursday after close, all of us."),
        ("Priya", "Let's lock that in."),
        ("Liam", "Can't wait."),
    )
    assert [d.text for d in decisions(sentences, model=NoModel())] == [sentences[0].text]


def test_a_topic_named_before_its_question_is_noted_with_it_and_a_date_checked_is_none() -> None:
    sentences = said(
        ("Callum", "The set is built."),
        ("Callum", "Whether the new trailer fits, I genuinely don't know."),
        ("Niamh", "The van insurance renewal."),
        ("Niamh", "Is it us or the agency who pays for it this year?"),
        ("Fiona", "Good question."),
        ("Erik", "I'll rework the rota. Thursday, is that okay?"),
        ("Ingrid", "Fine."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [
        "Whether the new trailer fits, I genuinely don't know.",
        "The van insurance renewal. Is it us or the agency who pays for it this year?",
    ]
