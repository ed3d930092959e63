"""The trained decision and open-question model behind the English rules."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.transcription.said import Sure, said
from transcription.notes.decisions import decisions
from transcription.notes.open_questions import open_questions
from transcription.notes.point_model import (
    EXAMPLES,
    NoModel,
    read_examples,
    shipped,
    train,
)
from transcription.notes.training.export import as_lines, exported


def texts(points: Sequence[object]) -> list[str]:
    return [p.text for p in points]  # type: ignore[attr-defined]


def test_a_decision_said_as_plain_fact_is_found_by_the_model_where_the_rules_miss_it() -> None:
    sentences = said(
        ("Mia", "The quotes are in for the roof."),
        ("Olu", "Northside is cheapest but they can't start until March."),
        ("Mia", "We stay with Northside and wait for March."),
        ("Olu", "Makes sense."),
    )
    assert decisions(sentences, model=NoModel()) == []
    assert texts(decisions(sentences)) == ["We stay with Northside and wait for March."]
    # the facts around it are no decision, and no question was left open
    assert open_questions(sentences) == []


def test_a_question_met_with_an_aside_stays_open_by_the_model() -> None:
    sentences = said(
        ("Ana", "Who is paying for the new signage, us or the landlord?"),
        ("Luis", "That was in the lease somewhere."),
        ("Ana", "Let's park it."),
    )
    assert open_questions(sentences, model=NoModel()) == []
    assert texts(open_questions(sentences)) == [
        "Who is paying for the new signage, us or the landlord?"
    ]


def test_an_answered_question_and_small_talk_are_not_taken_for_points() -> None:
    sentences = said(
        ("Kim", "Morning everyone, can you all hear me?"),
        ("Joe", "Yes, loud and clear."),
        ("Kim", "How many tables do we need for the quiz night?"),
        ("Joe", "Twelve, we sold forty-eight tickets."),
    )
    assert open_questions(sentences) == []
    assert decisions(sentences) == []


def test_opening_the_meeting_is_no_decision_nor_a_question() -> None:
    sentences = said(
        ("Kim", "Right, let's make a start."),
        ("Kim", "Shall we make a start then?"),
        ("Kim", "Any other business?"),
    )
    for model in (None, Sure()):
        assert decisions(sentences, model=model) == []
        assert open_questions(sentences, model=model) == []


def test_introducing_oneself_is_no_decision() -> None:
    # Given a round of introductions the model is sure of
    sentences = said(
        ("Hannah", "Morning both, I'm Hannah and this is the office move check-in."),
        ("Marco", "Hi, Marco here, from facilities."),
        ("Zoe", "And Zoe from IT."),
        ("Hannah", "Okay, so it's Baxter then for the removals."),
    )
    # Then only the choice made is a decision
    assert texts(decisions(sentences, model=Sure())) == [
        "Okay, so it's Baxter then for the removals."
    ]
    # and a decision the rules read in an introduction stays one
    stated = said(("Dana", "I'm Dana, and we agreed to move the launch to March."))
    assert texts(decisions(stated, model=NoModel())) == [stated[0].text]
    opened = said(("Dana", "Let's open up the API to partners next quarter."))
    assert texts(decisions(opened, model=NoModel())) == [opened[0].text]


def test_a_promise_a_suggestion_and_opening_the_shop_are_no_points() -> None:
    # Given sentences the model is sure of
    sentences = said(
        ("Kat", "Right, let's open up."),
        ("Kat", "And I'll submit the whole thing next Tuesday, a day early."),
        ("Joe", "Maybe we could ask the council for a second skip?"),
        ("Kat", "Good idea."),
        ("Kat", "Could we maybe keep a second supplier on the books?"),
        ("Joe", "Sensible."),
        ("Joe", "The delivery slot moves to Tuesday mornings."),
    )
    # Then a promise is an action item, not a decision; a suggestion is no open question,
    # but a question put with a "maybe" still asks
    assert texts(decisions(sentences, model=Sure())) == [
        "The delivery slot moves to Tuesday mornings."
    ]
    assert open_questions(sentences, model=Sure()) == []
    put_off = said(("Joe", "Perhaps we should switch suppliers?"), ("Kat", "Not sure yet."))
    assert open_questions(put_off, model=NoModel()) == []
    asked = said(("Joe", "Should we maybe delay the launch?"), ("Kat", "Hm, not sure."))
    assert texts(open_questions(asked, model=NoModel())) == ["Should we maybe delay the launch?"]


def test_let_us_do_that_then_is_said_by_what_follows_it() -> None:
    sentences = said(
        ("Joe", "We could run the quiz on the first Friday instead."),
        ("Kat", "Let's do that then."),
        ("Kat", "Quiz night moves to the first Friday of the month."),
    )
    assert texts(decisions(sentences, model=NoModel())) == [
        "Quiz night moves to the first Friday of the month."
    ]


def test_what_the_model_may_add_is_gated() -> None:
    sentences = said(
        ("Ben", "Fine by me."),  # too short to state anything
        ("Ben", "Hopefully the van gets fixed this week."),  # a hope
        ("Ben", "Are the new tills coming before Christmas?"),
        ("Rosa", "The delivery slot moves to Tuesday mornings."),
    )
    # a question is no decision, and a statement no question
    assert texts(decisions(sentences, model=Sure())) == [
        "The delivery slot moves to Tuesday mornings."
    ]
    assert texts(open_questions(sentences, model=Sure())) == [
        "Are the new tills coming before Christmas?"
    ]


def test_a_proposal_next_to_a_decision_the_rules_found_is_not_noted_twice() -> None:
    sentences = said(
        ("Dmitri", "I want to move the perfume behind the till."),
        ("Gary", "Do it."),
        ("Gary", "Perfume goes behind the till in all three stores."),
        ("Ingrid", "The window display stays as it is."),
    )
    # the rules note Gary's restatement; the model may add what is not next to it
    assert texts(decisions(sentences, model=Sure())) == [
        "Perfume goes behind the till in all three stores.",
        "The window display stays as it is.",
    ]


def test_other_languages_are_left_to_their_rules() -> None:
    sentences = said(
        ("Jonas", "Die Lieferung kommt jetzt immer dienstags."),
        ("Petra", "Wer bezahlt eigentlich die neuen Schilder?"),
        ("Jonas", "Das steht irgendwo im Mietvertrag."),
    )
    assert decisions(sentences, "de", model=Sure()) == decisions(sentences, "de", NoModel())
    rules_only = open_questions(sentences, "de", NoModel())
    assert open_questions(sentences, "de", model=Sure()) == rules_only


def test_the_shipped_examples_load_with_their_sets_and_both_labels() -> None:
    examples = read_examples()
    sets = {e.source for e in examples}
    assert len(examples) >= 120 and {"heldout", "tenth", "twelfth"} <= sets
    for e in examples:
        assert len(e.sentences) == len(e.decisions) == len(e.questions)
    assert sum(sum(e.decisions) for e in examples) > 200
    assert sum(sum(e.questions) for e in examples) > 150


def test_a_model_needs_examples_of_both_kinds() -> None:
    plain = [e for e in read_examples() if not any(e.decisions)]
    with pytest.raises(ValueError, match="both kinds"):
        train(plain, "decisions")


def test_a_model_trained_without_a_set_still_finds_most_of_its_decisions() -> None:
    examples = read_examples()
    model = train([e for e in examples if e.source != "tenth"], "decisions")
    held = [e for e in examples if e.source == "tenth"]
    scores = [s for e in held for s in model.scores(e.sentences)]
    labels = [label for e in held for label in e.decisions]
    found = [score > 0.7 for score in scores]
    hits = sum(f and lab for f, lab in zip(found, labels, strict=True))
    assert hits / sum(labels) > 0.5  # most decisions of unseen meetings
    assert hits / sum(found) > 0.5  # and most finds are decisions


def test_the_shipped_model_is_trained_once() -> None:
    assert shipped("questions") is shipped("questions")


def test_the_shipped_examples_are_the_bench_meetings_as_labelled_now() -> None:
    # a meeting set changed without running the export would train on stale labels
    assert as_lines(exported(set())) == EXAMPLES.read_text()


def test_an_outright_answer_closes_a_question_the_model_is_sure_of() -> None:
    for reply in ("Eleven.", "I think so, yes.", "No, the old one."):
        sentences = said(("Sam", "Does the new contract cover weekend support?"), ("Tom", reply))
        assert open_questions(sentences, model=Sure()) == []
    # but a no to "do we know ...?" says nobody knows
    sentences = said(("Zoe", "Do we know what they're unhappy about?"), ("Marcus", "Honestly, no."))
    assert texts(open_questions(sentences, model=Sure())) == [sentences[0].text]


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Who's restocking the first aid boxes?", "Marek, the caretaker."),
        ("Who takes the minutes next time?", "That's me."),
        ("Who chases the printers, us or the agency?", "Us."),
        ("Do we ship the samples by courier or take them up ourselves?", "Courier, it's cheaper."),
        ("Are we hiring a van or using the pickup?", "Both."),
    ],
)
def test_a_question_answered_with_a_name_or_one_side_of_it_is_closed(
    asked: str, reply: str
) -> None:
    sentences = said(("Ines", asked), ("Pavel", reply), ("Ines", "Okay, next thing."))
    assert open_questions(sentences, model=Sure()) == []


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Who's sending the samples?", "Good point."),  # a nod, not a name
        ("Who's sending the samples?", "I did, last year."),  # who did it, not who will
        ("Who's sending the samples?", "Maybe Pavel."),
        ("Do we send the samples by courier or by post?", "I'd go with the courier."),  # a view
        ("Do we send the samples by courier or by post?", "Maybe the courier."),
    ],
)
def test_a_reply_that_names_nobody_or_gives_one_view_leaves_it_open(asked: str, reply: str) -> None:
    sentences = said(("Ines", asked), ("Pavel", reply), ("Ines", "Okay, next thing."))
    assert texts(open_questions(sentences, model=Sure())) == [asked]


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Is the budget approved or not?", "Budget? Ask Finance."),  # a word echoed, no pick
        ("Are we doing the party in-house or at the hotel?", "Hotel hasn't replied."),
        ("Who's chairing the AGM?", "Unclear."),
        ("Who's chairing the AGM?", "Honestly, nobody."),
    ],
)
def test_an_echo_or_a_word_that_names_nobody_leaves_the_question_open(
    asked: str, reply: str
) -> None:
    sentences = said(("Ines", asked), ("Pavel", reply), ("Ines", "Okay, next thing."))
    assert texts(open_questions(sentences, model=Sure())) == [asked]


def test_a_who_question_taken_on_by_the_one_answering_is_closed() -> None:
    sentences = said(("Ines", "Who's chairing the AGM?"), ("Pavel", "I'll do it."))
    assert open_questions(sentences, model=Sure()) == []
