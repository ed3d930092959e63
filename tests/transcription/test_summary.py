"""The summary as a note-taker writes it: who met, key points in reported speech, outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from services.inference import InferenceClient, ModelInfo
from transcription.notes import Notes, build_notes, renamed, with_speakers
from transcription.notes.actions import ActionItem
from transcription.notes.overview import lead, outcome
from transcription.notes.points import Point
from transcription.notes.reported import reported
from transcription.notes.sentences import Sentence
from transcription.types import Segment, Transcript

MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


class SameEmbeddings(InferenceClient):
    """An ``embed`` model that finds every sentence alike (the picker's choice is not tested)."""

    def run(self, model: str, inputs: list[Any], **kwargs: Any) -> list[Any]:
        if model == "ner":
            return [[] for _ in inputs]  # no entities: every owner stays
        return [[1.0, 0.0] for _ in inputs]

    async def arun(self, model: str, inputs: list[Any], **kwargs: Any) -> list[Any]:
        return self.run(model, inputs)

    def models(self) -> list[ModelInfo]:
        return []


def one(speaker: str, text: str) -> Sentence:
    return Sentence(text, speaker, 0.0, 1.0)


def meeting(*lines: tuple[str, str]) -> Transcript:
    segments = tuple(
        Segment(i * 5.0, i * 5.0 + 4.0, text, speaker) for i, (speaker, text) in enumerate(lines)
    )
    return Transcript(
        "en", 60.0, segments, tuple(dict.fromkeys(s.speaker for s in segments)), "tiny.en"
    )


@pytest.mark.parametrize(
    ("speaker", "text", "note"),
    [
        ("Lee", "I will finish the login page next Wednesday.", "Lee will finish the login page"),
        ("Lee", "I'm working on the new login page.", "Lee is working on the new login page."),
        ("Lee", "I've sent my draft to the client.", "Lee has sent their draft to the client."),
        ("Lee", "I don't know yet.", "Lee doesn't know yet."),
        ("Lee", "So I think we should ship on Friday!", "Lee thinks they should ship on Friday."),
        ("Dana", "I'd like a bigger budget.", "Dana would like a bigger budget."),
        ("Dana", "Yesterday I just finished the invoices.", "Yesterday Dana just finished the"),
        ("Priya", "The new design is almost finished.", "Priya said the new design is almost"),
        ("Priya", "Berlin is ready for the launch.", "Priya said Berlin is ready for the launch."),
        ("Omar", "We have three candidates.", "Omar said they have three candidates."),
        ("David", "Priya, can you send the design on Friday?", "David asked Priya to send the"),
        ("Speaker 2", "I will write the release notes.", "Speaker 2 will write the release notes."),
        ("Zoe", "Yes, I'll chase them tomorrow morning.", "Zoe will chase them tomorrow morning."),
        ("Zoe", "No, we keep the old desks.", "Zoe said they keep the old desks."),
    ],
)
def test_a_sentence_becomes_reported_speech_with_the_speakers_name(
    speaker: str, text: str, note: str
) -> None:
    # Given a sentence said in the first person, or about something else
    # When it is reported
    result = reported(one(speaker, text))
    # Then it reads in the third person, named, and ends as a sentence
    assert result.startswith(note) and result.endswith(".") and '"' not in result


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("I'd finished it before.", 'Dana said, "I\'d finished it before."'),
        ("I try to help.", 'Dana said, "I try to help."'),
        ("Priya and I have reviewed it.", 'Dana said, "Priya and I have reviewed it."'),
        ("Let's go with blue.", 'Dana said, "Let\'s go with blue."'),
        ("And I'm Dana, the new lead.", 'Dana said, "And I\'m Dana, the new lead."'),
        ("Can you send me the file?", 'Dana asked, "Can you send me the file?"'),
        ("What about the marketing money?", 'Dana asked, "What about the marketing money?"'),
        ("Let me check the numbers tomorrow.", 'Dana said, "Let me check the numbers tomorrow."'),
        ("Send me the file.", 'Dana said, "Send me the file."'),
        ("Perfect, can you send the slides?", 'Dana asked, "Perfect, can you send the slides?"'),
    ],
)
def test_what_the_rules_cannot_rewrite_cleanly_is_quoted_with_the_name(
    text: str, note: str
) -> None:
    # Given a sentence whose verb, person or form the rules are unsure of
    # When it is reported
    # Then it is quoted as said, with who said it, not rewritten into broken grammar
    assert reported(one("Dana", text)) == note


def test_the_lead_names_who_met_and_what_for_only_when_said() -> None:
    # Given meetings that say what they are, and one that does not
    planning = [one("David", "Let's start the weekly planning meeting."), one("Speaker 2", "Hi.")]
    review = [one("Omar", "This is the review meeting for the budget.")]
    chat = [one("Dana", "The weather is nice."), one("Lee", "It is.")]
    # Then the lead says it as said, and invents nothing otherwise
    assert lead(planning) == "David and Speaker 2 met for the weekly planning meeting."
    assert lead(review) == "Omar spoke at the review meeting."
    assert lead(chat) == "Dana and Lee met."


def test_the_closing_sentence_says_what_was_decided_and_who_has_the_items() -> None:
    # Given decisions and action items, one of them without an owner
    decided = [
        Point("We decided to launch in March.", "Dana", 0.0),
        Point("Let's go with the blue design.", "Lee", 1.0),
    ]
    items = [
        ActionItem(owner, "do it", None, "Dana", 0.0, "") for owner in ("Priya", None, "Priya")
    ]
    # Then one sentence states the decisions and counts the items per owner
    assert outcome(decided, items) == (
        "They decided to launch in March and to go with the blue design, and noted three"
        " action items: two for Priya and one unassigned."
    )
    # And a decision it cannot restate is counted, never paraphrased into something else
    assert outcome([Point("Final decision: blue.", "Dana", 0.0)], items[:1]) == (
        "They made one decision and noted one action item for Priya."
    )
    assert outcome([], []) == "No decisions or action items came up."


def test_a_small_meetings_summary_reads_as_notes() -> None:
    # Given a short meeting with a purpose, a decision, and commitments
    transcript = meeting(
        ("Dana", "Hi everyone, this is the budget review."),
        ("Dana", "The new office in Berlin is ten percent over plan."),
        ("Lee", "I will send the revised budget to finance by Friday."),
        ("Dana", "We decided to delay the second floor until spring."),
        ("Priya", "They will send the lease on Monday."),
    )
    # When notes are taken
    notes = build_notes(transcript, SameEmbeddings(), MONDAY)
    # Then the summary is the lead, the key points in reported speech, and the outcome
    assert notes.summary == (
        "Dana, Lee and Priya met for the budget review."
        " Dana said the new office in Berlin is ten percent over plan."
        " Lee will send the revised budget to finance by Friday."
        " Priya said they will send the lease on Monday."
        " They decided to delay the second floor until spring and noted two action items:"
        " one for Lee and one unassigned."
    )


def test_renaming_a_speaker_renames_whole_labels_and_rewrites_the_outcome() -> None:
    # Given notes of a meeting whose speakers are still "Speaker 1" and "Speaker 10"
    transcript = meeting(
        ("Speaker 1", "I will send the revised budget to finance by Friday."),
        ("Speaker 10", "The new office in Berlin is ten percent over plan."),
    )
    notes = build_notes(transcript, SameEmbeddings(), MONDAY)
    assert notes.summary == (
        "Speaker 1 and Speaker 10 met. Speaker 1 will send the revised budget to finance by"
        " Friday. Speaker 10 said the new office in Berlin is ten percent over plan."
        " They noted one action item for Speaker 1."
    )
    # When Speaker 1 is renamed Lee on the page
    names = {"Speaker 1": "Lee"}
    renamed_notes = with_speakers(notes, transcript.renamed(names), MONDAY, names)
    # Then Lee replaces Speaker 1 only, and the item now Lee's is counted as Lee's
    assert renamed_notes.summary == (
        "Lee and Speaker 10 met. Lee will send the revised budget to finance by"
        " Friday. Speaker 10 said the new office in Berlin is ten percent over plan."
        " They noted one action item for Lee."
    )
    assert [i.owner for i in renamed_notes.action_items] == ["Lee"]


def test_renamed_replaces_whole_labels_in_one_pass() -> None:
    # Given a text with labels that are prefixes of others, and a swap of two labels
    text = "Speaker 1: yes. Speaker 10 and Speaker 2 agreed; Speaker 1's plan."
    names = {"Speaker 1": "Speaker 2", "Speaker 2": "Lee"}
    # Then each whole label is renamed once
    assert renamed(text, names) == "Speaker 2: yes. Speaker 10 and Lee agreed; Speaker 2's plan."


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("So far so good.", "Dana said so far so good."),
        ("Well done everyone, great work.", "Dana said well done everyone, great work."),
        ("Well, the design is finished.", "Dana said the design is finished."),
        ("And I will send it.", "Dana will send it."),
    ],
)
def test_a_filler_is_dropped_only_where_it_is_one(text: str, note: str) -> None:
    # "So" and "well" that carry the sentence's meaning stay; "Well," and "And I" lose them
    assert reported(one("Dana", text)) == note


def test_questions_decide_nothing_and_going_ahead_reads_right() -> None:
    from transcription.notes.decisions import decisions
    from transcription.notes.overview import decision_clause

    assert decision_clause("We're going ahead with the plan.") == "to go ahead with the plan"
    assert decision_clause("Have we decided to launch?") is None
    asked = [one("Dana", "Have we decided to launch?"), one("Lee", "We decided to launch.")]
    assert [d.text for d in decisions(asked)] == ["We decided to launch."]


def test_a_meeting_in_another_language_keeps_its_key_points_as_said() -> None:
    # Given a German meeting (the reported-speech rules are English)
    segments = (
        Segment(0.0, 3.0, "Wir haben beschlossen, im März zu starten.", "Anna"),
        Segment(3.0, 6.0, "Ich schicke das Angebot am Freitag an den Kunden.", "Ben"),
    )
    transcript = Transcript("de", 6.0, segments, ("Anna", "Ben"))
    # When its notes are built
    notes = build_notes(transcript, SameEmbeddings(), MONDAY)
    # Then the summary quotes what was said with who said it, with no English rewriting
    assert notes.summary == (
        "Anna: Wir haben beschlossen, im März zu starten. "
        "Ben: Ich schicke das Angebot am Freitag an den Kunden."
    )


def test_renaming_a_named_speaker_moves_the_items_the_talk_gave_them() -> None:
    # Given a meeting where Priya is asked by name and promises something herself
    transcript = meeting(
        ("David", "Priya, can you send the final design to the client by Friday?"),
        ("Priya", "Sure."),
        ("Priya", "I will prepare the questions on Thursday."),
    )
    notes = build_notes(transcript, SameEmbeddings(), MONDAY)
    assert [i.owner for i in notes.action_items] == ["Priya", "Priya"]
    # When Priya is renamed "Priya Shah" on the page
    names = {"Priya": "Priya Shah"}
    renamed_notes = with_speakers(notes, transcript.renamed(names), MONDAY, names)
    # Then both items are hers under the new name, the request too, and counted once
    assert [i.owner for i in renamed_notes.action_items] == ["Priya Shah", "Priya Shah"]
    assert renamed_notes.summary.endswith("They noted two action items for Priya Shah.")


def test_items_set_by_hand_are_kept_and_counted_in_the_closing_sentence() -> None:
    # Given notes whose item is a speaker's not yet named
    transcript = meeting(
        ("Speaker 1", "I will send the revised budget to finance by Friday."),
        ("Speaker 10", "The new office in Berlin is ten percent over plan."),
    )
    notes = build_notes(transcript, SameEmbeddings(), MONDAY)
    assert notes.summary.endswith("They noted one action item for Speaker 1.")
    # When the item is given to Lee by hand and another is added
    [item] = notes.action_items
    edited = notes.with_items(
        [replace(item, owner="Lee"), ActionItem(None, "book the room", None, "", 0.0, "")]
    )
    # Then the closing sentence counts them, and a rename no longer reads items from the talk
    assert edited.summary.endswith("They noted two action items: one for Lee and one unassigned.")
    names = {"Speaker 1": "Dana"}
    again = with_speakers(edited, transcript.renamed(names), MONDAY, names)
    assert [(i.owner, i.task) for i in again.action_items] == [
        ("Lee", "send the revised budget to finance"),
        (None, "book the room"),
    ]
    assert again.items_edited and Notes.from_dict(again.to_dict()) == again
