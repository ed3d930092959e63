"""Speakers named from what they say: introductions and being addressed by name."""

from __future__ import annotations

from transcription.naming import resolve_names
from transcription.types import Segment


def test_speakers_are_named_by_introductions_and_by_being_addressed() -> None:
    segments = [
        Segment(0, 1, "Hi everyone, I'm Dana.", "Speaker 1"),
        Segment(1, 2, "Priya, can you send the deck?", "Speaker 1"),
        Segment(2, 3, "Sure.", "Speaker 2"),
        Segment(3, 4, "Thanks, Priya. This is Lee speaking.", "Speaker 3"),
        Segment(4, 5, "I'm originally from Chicago. I'm Sorry.", "Speaker 4"),
    ]
    assert resolve_names(segments) == {
        "Speaker 1": "Dana",
        "Speaker 2": "Priya",
        "Speaker 3": "Lee",
    }


def test_a_name_and_a_team_introduce_after_and_or_a_greeting_only() -> None:
    segments = [
        Segment(0, 1, "Morning both. Hannah here, chairing.", "Speaker 1"),
        Segment(1, 2, "And Zoe from IT. Shall we go through the list?", "Speaker 2"),
        Segment(2, 3, "Hello everyone, and Sam from the Leeds office.", "Speaker 3"),
        # none of these introduce anyone
        Segment(3, 4, "Apologies from Tom. Priya from finance will join us later.", "Speaker 4"),
        Segment(4, 5, "From now on it's Covid, capital C. So it's Baxter then.", "Speaker 4"),
        Segment(5, 6, "This is Baxter's quote. And Greetings from Berlin.", "Speaker 4"),
        Segment(6, 7, "Okay, so it's Lisbon for the offsite, we agreed.", "Speaker 4"),
        # "it's" after a greeting or an apology, the name standing alone
        Segment(7, 8, "Hi Tom, it's Dana.", "Speaker 5"),
        Segment(8, 9, "Sorry, it's Ravi, I was on mute.", "Speaker 6"),
        Segment(9, 10, "Good afternoon, this is Mei.", "Speaker 7"),
        Segment(10, 11, "I heard a beep. This is Diane in New Jersey.", "Speaker 8"),
    ]
    assert resolve_names(segments) == {
        "Speaker 1": "Hannah",
        "Speaker 2": "Zoe",
        "Speaker 3": "Sam",
        "Speaker 5": "Dana",
        "Speaker 6": "Ravi",
        "Speaker 7": "Mei",
        "Speaker 8": "Diane",
    }
