"""Notes from a transcript: summary, decisions, action items, open questions.

:func:`build_notes` is the only entry point; everything but the summary's embeddings is a
pure function of the transcript and the meeting's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from services.inference import InferenceClient
from transcription.notes.actions import action_items
from transcription.notes.decisions import decisions
from transcription.notes.item import ActionItem
from transcription.notes.llm import rewrite_summary
from transcription.notes.open_questions import open_questions
from transcription.notes.overview import outcome
from transcription.notes.owners import kept, not_people
from transcription.notes.points import Point
from transcription.notes.sentences import sentences_of
from transcription.notes.summary import summarize
from transcription.types import Transcript


@dataclass(frozen=True)
class Notes:
    """What a good note-taker writes after a meeting."""

    title: str
    summary: str
    decisions: tuple[Point, ...]
    action_items: tuple[ActionItem, ...]
    questions: tuple[Point, ...]
    items_edited: bool = False  # someone corrected the items on the page: they are kept

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the CLI contract's keys, plus moments and questions)."""
        edited = {"items_edited": True} if self.items_edited else {}
        return edited | {
            "title": self.title,
            "summary": self.summary,
            "decisions": [d.text for d in self.decisions],
            "decision_moments": [
                {"text": d.text, "speaker": d.speaker, "start": round(d.start, 2)}
                for d in self.decisions
            ],
            "action_items": [
                {
                    "owner": a.owner,
                    "task": a.task,
                    "due": a.due.isoformat() if a.due else None,
                    "speaker": a.speaker,
                    "start": round(a.start, 2),
                    "quote": a.quote,
                }
                for a in self.action_items
            ],
            "open_questions": [
                {"text": q.text, "speaker": q.speaker, "start": round(q.start, 2)}
                for q in self.questions
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Notes:
        moments = data.get("decision_moments") or [
            {"text": t, "speaker": "", "start": 0.0} for t in data.get("decisions", [])
        ]
        return cls(
            data.get("title", ""),
            data.get("summary", ""),
            tuple(Point(d["text"], d["speaker"], d["start"]) for d in moments),
            tuple(
                ActionItem(
                    a["owner"],
                    a["task"],
                    dt.date.fromisoformat(a["due"]) if a.get("due") else None,
                    a.get("speaker", ""),
                    a.get("start", 0.0),
                    a.get("quote", ""),
                )
                for a in data.get("action_items", [])
            ),
            tuple(
                Point(q["text"], q["speaker"], q["start"]) for q in data.get("open_questions", [])
            ),
            bool(data.get("items_edited", False)),
        )

    def with_items(self, items: Sequence[ActionItem]) -> Notes:
        """These notes with ``items`` set by hand: kept from now on (a rename or a moved line
        no longer re-reads them), and the summary's closing count follows when it is the one
        written from the old items."""
        summary = _reclosed(self, self.decisions, items)
        return replace(self, summary=summary, action_items=tuple(items), items_edited=True)


def renamed(text: str, names: dict[str, str]) -> str:
    """``text`` with each speaker label replaced by its name, whole labels only, in one pass.

    "Speaker 1" leaves "Speaker 10" alone, and a name that is another label is not renamed
    again.
    """
    labels = sorted((label for label in names if label), key=len, reverse=True)
    if not labels:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, labels)) + r")(?!\w)")
    return pattern.sub(lambda m: names[m.group()], text)


def renamed_owners(items: Sequence[ActionItem], names: dict[str, str]) -> list[ActionItem]:
    """``items`` with each owner that ``names`` maps replaced by its new name."""
    return [replace(i, owner=names.get(i.owner, i.owner)) if i.owner else i for i in items]


def _reclosed(
    notes: Notes,
    found: Sequence[Point],
    items: Sequence[ActionItem],
    rename: Callable[[str], str] = lambda text: text,
) -> str:
    """The summary with ``rename`` applied and, when its closing sentence is still the one
    written from the notes' decisions and items (no LLM rewrote it), that sentence written
    again from ``found`` and ``items``."""
    before = outcome(notes.decisions, notes.action_items)
    if notes.summary.endswith(before):
        return rename(notes.summary[: -len(before)]) + outcome(found, items)
    return rename(notes.summary)


def with_speakers(
    notes: Notes, transcript: Transcript, meeting: dt.datetime, names: dict[str, str]
) -> Notes:
    """``notes`` after speakers were renamed: items re-read ("I will" now has an owner).

    The summary's speaker labels become the names; its closing sentence, when it is still the
    one written from the old items (no LLM rewrote it), is written again from the new ones.
    """
    sentences, language = sentences_of(transcript), transcript.language
    found = decisions(sentences, language)
    # an owner the talk names ("Priya, can you ...") is the renamed speaker too
    if notes.items_edited:  # corrected by hand: kept, only the owners' names follow
        items = renamed_owners(notes.action_items, names)
    else:
        read = renamed_owners(action_items(sentences, meeting, language), names)
        known = [*notes.action_items, *renamed_owners(notes.action_items, names)]
        items = kept(read, transcript.speakers, known)
    summary = _reclosed(notes, found, items, lambda text: renamed(text, names))
    return Notes(
        notes.title,
        summary,
        tuple(found),
        tuple(items),
        tuple(open_questions(sentences, language)),
        notes.items_edited,
    )


def build_notes(
    transcript: Transcript,
    client: InferenceClient,
    meeting: dt.datetime,
    title: str = "",
    llm_url: str = "",
) -> Notes:
    """Notes of ``transcript``; due dates resolve against ``meeting`` (timezone-aware)."""
    sentences, language = sentences_of(transcript), transcript.language
    found = decisions(sentences, language)
    items = action_items(sentences, meeting, language)
    things = not_people(client, items, transcript.speakers)
    items = [item for item in items if item.owner not in things]
    english = transcript.language == "en"
    summary = summarize(client, sentences, transcript.duration, found, items, english)
    summary = rewrite_summary(llm_url, summary, [d.text for d in found])
    return Notes(
        title or default_title(meeting),
        summary,
        tuple(found),
        tuple(items),
        tuple(open_questions(sentences, language)),
    )


def default_title(meeting: dt.datetime) -> str:
    return f"Meeting on {meeting:%A %d %B %Y}"
