"""Decisions: what the meeting settled, and what only sounds like a decision (taken before or
elsewhere, put off, hoped for, or running the meeting)."""

from __future__ import annotations

import pytest

from tests.transcription.said import Sure, said
from transcription.notes.decisions import decisions
from transcription.notes.open_questions import open_questions
from transcription.notes.point_model import NoModel


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


def test_a_yes_that_points_back_is_noted_as_what_its_speaker_says_next() -> None:
    sentences = said(
        ("Dev", "We could move the club upstairs, it has more tables."),
        ("Margit", "Yes, let's do that."),
        ("Margit", "The club moves to the study room from next Monday."),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[2].text]


def test_a_yes_or_a_seal_is_noted_as_the_words_that_say_what() -> None:
    sentences = said(
        ("Dmitri", "I want to move the perfume behind the till."),
        ("Gary", "Do it."),
        ("Gary", "Perfume goes behind the till in all three stores."),
        ("Ingrid", "Then the dress rehearsal moves to the morning of the twelfth."),
        ("Ingrid", "Decided."),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[2].text, sentences[3].text]


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


def test_a_question_settled_by_a_yeah_okay_but_not_by_reported_speech() -> None:
    sentences = said(
        ("Ravi", "Do we cut a patch release straight away?"),
        ("Elif", "Straight away."),
        ("Ravi", "Yeah, okay, patch release as soon as the fix is merged."),
        ("Ana", "Are we replacing the scaffold netting?"),
        ("Ben", "Yeah, the scaffold company said they'd replace the netting."),
    )
    assert [d.text for d in decisions(sentences)] == [sentences[2].text]


def test_saying_yes_for_the_room_decides_and_leaving_a_point_open_does_not() -> None:
    sentences = said(
        ("Ricky", "Is Saturday overtime actually happening?"),
        ("Walt", "Let's say yes: Saturday overtime is on, day shift, voluntary."),
        ("Kiko", "And Levante days, a refund or a credit?"),
        (
            "Nacho",
            "Then we leave that one open for now, I don't want to decide it in five minutes.",
        ),
    )
    assert [d.text for d in decisions(sentences, model=NoModel())] == [sentences[1].text]


def test_a_request_by_name_is_an_action_item_not_a_decision() -> None:
    # Given a model sure of every sentence
    sentences = said(
        ("Pemba", "Bimal, order the dryer chain now, it takes time to come from Siliguri."),
        ("Pemba", "We close plucking for the season after this round."),
    )
    # Then only the choice is a decision; the order is someone's work
    assert [d.text for d in decisions(sentences, model=Sure())] == [sentences[1].text]


def test_a_decision_about_the_point_just_named_is_noted_with_it() -> None:
    sentences = said(
        ("Mathilde", "One last thing, the first aid refresher for the coaches."),
        ("Mathilde", "We'll do it in-house with Sylvie instead of paying the Red Cross again."),
    )
    assert [d.text for d in decisions(sentences, model=Sure())] == [
        f"{sentences[0].text} {sentences[1].text}"
    ]


def test_running_the_meeting_or_the_speakers_own_state_is_no_decision_even_to_the_model() -> None:
    sentences = said(
        ("Stelian", "We're alongside in Barcelona until six tonight, so let's keep it short."),
        ("Joost", "Let's vote."),
        ("Tammy", "I'm already at fifty-eight on a seventy-two seater."),
    )
    assert decisions(sentences, model=Sure()) == []
