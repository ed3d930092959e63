"""Open questions: what was asked and left unanswered, and what only sounds like a question."""

from __future__ import annotations

import pytest

from tests.transcription.said import MONDAY, Sure, said
from transcription.notes.actions import action_items
from transcription.notes.decisions import decisions
from transcription.notes.open_questions import open_questions
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


def test_we_do_not_know_said_as_no_leaves_the_question_open_a_count_does_not() -> None:
    sentences = said(
        ("Rahul", "Do we know when the solar kits come out of customs?"),
        ("Camila", "No. The broker doesn't answer my emails."),
        ("Joost", "How many gensets are working now?"),
        ("Oksana", "Eight. Maybe nine."),
        ("Camila", "Okay, I share my screen... you can see the tracker?"),
    )
    assert [q.text for q in open_questions(sentences)] == [sentences[0].text]


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


def test_nobody_knowing_or_nobody_having_said_leaves_a_question_open() -> None:
    sentences = said(
        (
            "Gurpreet",
            "Seriously though, nobody knows yet if the e-referral mandate even covers us.",
        ),
        ("Kavitha", "Also, the SFA audit, do we know the date yet?"),
        ("Xinyi", "No, they haven't given us one."),
        ("Dawa", "And the organic audit, is it this December or January? Does anyone know?"),
        ("Pemba", "Nobody has told us."),
        ("Srinivas", "The sponsor wanted to raise our recruitment target to thirty."),
        ("Srinivas", "Is that confirmed?"),
        ("Kavya", "I haven't got any confirmation, honestly."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [
        sentences[0].text,
        sentences[1].text,
        sentences[3].text,
        f"{sentences[5].text} {sentences[6].text}",
    ]


def test_a_short_either_or_or_a_topic_named_first_is_asked_with_its_subject() -> None:
    sentences = said(
        ("Farhan", "And the chiller maintenance contract expires end of the month."),
        ("Farhan", "Renew or tender?"),
        ("Xinyi", "I don't know."),
        ("Dunja", "The tourist tax."),
        ("Dunja", "The ministry wants it per boat now, not per person."),
        ("Dunja", "Does that apply to us from next season or the one after?"),
        ("Ante", "Nobody knows, the ministry hasn't published the rules yet."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [
        f"{sentences[0].text} {sentences[1].text}",
        f"{sentences[3].text} {sentences[4].text} {sentences[5].text}",
    ]


def test_parking_a_named_point_leaves_it_open_but_a_short_who_question_is_not_listed() -> None:
    sentences = said(
        ("Xinyi", "The current guys were slow in October."),
        ("Xinyi", "Let's park the chiller for now."),
        ("Rob", "Let's park that for now."),
        ("Roger", "Let's do a quiz night in February again, then."),
        ("Roger", "Who's running it?"),
        ("Jo", "Not me, I've got the junior presentation evening."),
        ("Phil", "Oh, go on. I'll sort the hall and a quizmaster by the end of the month."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [sentences[1].text]


def test_not_told_or_no_data_leaves_it_open_and_a_point_named_first_goes_with_it() -> None:
    sentences = said(
        ("Lieve", "What about the Delhaize order? Are they taking the tins or the one-kilo?"),
        ("Wouter", "They still haven't told us, so we wait."),
        ("Brandi", "Is that influencer worth five grand, though?"),
        ("Trent", "We just don't have the data to say."),
        ("Noa", "Also, insurance."),
        ("Noa", "Does our policy cover riders on electric bikes, or only normal bikes?"),
        ("Fenna", "Nobody knows."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [
        sentences[0].text,
        sentences[2].text,
        f"{sentences[4].text} {sentences[5].text}",
    ]


def test_a_gap_said_in_the_reply_is_the_questions_and_deciding_later_leaves_it_open() -> None:
    sentences = said(
        ("Lachlan", "Do we buy a second thermal camera?"),
        ("Bronwyn", "Depends on whether Wagin signs, and they haven't yet."),
        ("Bronwyn", "Honestly, I can't say yet."),
        ("Minseo", "Hyunwoo, no. Actually, why not. We decide the roar later."),
    )
    assert [q.text for q in open_questions(sentences, model=NoModel())] == [
        sentences[0].text,
        sentences[3].text,
    ]
    assert decisions(sentences, model=NoModel()) == []
