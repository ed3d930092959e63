"""Notes on held-out meetings: precision and recall the rules and the model were not tuned for.

    python3 bench/notes_heldout.py [--set heldout|...|fortyfourth|all] [--model fair|shipped|none]
                                   [--meetings a,b] [--quiet]

Runs ``transcription.notes`` (sentence split, action items, decisions, open questions; no
audio) on the ten meetings of one set and prints precision and recall per category, then each
miss and each false find, one line each; ``--set all`` prints a row per set. Decisions and
open questions come from the rules and the trained model behind them
(``transcription.notes.point_model``): by default (``fair``) one trained on the shipped
examples of every set but the one scored. The figures of
``bench/transcription_compare.py`` come from the scripted meetings the rules were developed
on; these do not.

Forty-two sets (``--set``, default ``heldout``; ``--quiet`` prints the figures only):

- ``heldout``: ``bench/notes_heldout_meetings.py``. Written before the rules were read, but
  the rules were then fixed against these very meetings, so its figure is no longer held out.
- ``fresh``: ``bench/notes_fresh_meetings.py``. Ten other kinds of meeting, written blind
  (without reading the rules, their tests or the first set) after the rules were last
  changed: this is the honest held-out figure, as long as no rule is fixed against it.
- ``blind``: ``bench/notes_blind_meetings.py``. Written blind in session 5 while the rules were
  being fixed against the fresh set; to be run once, at the end, for the honest figure.
- ``unseen``: ``bench/notes_unseen_meetings.py``. Written blind in session 6, after the rules
  of session 5 were last changed (the blind set had been seen by then).
- ``sealed``: ``bench/notes_sealed_meetings.py``. Written blind in session 6 while the rules
  were being fixed against the blind and unseen sets; run once, at the end, for the figure.
- ``plain``: ``bench/notes_plain_meetings.py``. Written blind at the end of session 6 from a
  brief with no example wordings (the sealed set's brief had some); run once after it.
- ``final``: ``bench/notes_final_meetings.py``. The same brief, written while the rules were
  fixed against the plain set; run once after that.
- ``closing``: ``bench/notes_closing_meetings.py``. The same brief again, written while the
  rules were fixed against the final set; run once after that.
- ``last``: ``bench/notes_last_meetings.py``. The same brief, written while the rules were
  fixed against the closing set; run once after that.
- ``tenth``: ``bench/notes_tenth_meetings.py``. The same brief, written while the rules were
  fixed against the last set; run once after that, the figure to quote for session 6.
- ``eleventh`` to ``twentysecond``: the same brief, written in session 7 two at a time and run
  once each with the model trained on the sets before them; the rules were then fixed against
  each pair before the next (``bench/notes.md`` tells the rounds).
- ``twentythird`` and ``twentyfourth``: the same brief, written in session 8 at the same time
  and run once each with session 8's rules and the shipped model (trained without them).
- ``twentyfifth`` and ``twentysixth``: the same, written after session 8's fixes and review and
  run once with its final code.
- ``twentyseventh`` and ``twentyeighth``: the same, written at the start of session 9 and run
  once with its code after the review of its first fixes.
- ``twentyninth`` and ``thirtieth``: the same, written at the start of session 10 and run once
  with session 9's final code.
- ``thirtyfirst`` and ``thirtysecond``: the same, written in session 10 after the rules were
  fixed against the twenty-ninth and thirtieth sets; run once with that code.
- ``thirtythird`` and ``thirtyfourth``: the same, written at the end of session 10 after the
  rules were fixed against the thirty-first and thirty-second; run once with that code.
- ``thirtyfifth`` and ``thirtysixth``: the same, written after session 10's review, for a
  figure of its final code; run once with it.
- ``thirtyseventh`` and ``thirtyeighth``: the same brief, written at the start of session 11
  (the second asked for terser talk, decisions and open points said without signal words);
  run once with session 10's final code.
- ``thirtyninth`` and ``fortieth``: the same brief, written after the rules were fixed against
  the thirty-seventh and thirty-eighth; run once with that code.
- ``fortyfirst`` and ``fortysecond``: the same brief, written at the end of session 11, after
  its review and last fixes, for a figure of its final code; run once with it.
- ``fortythird`` and ``fortyfourth``: the same brief (the second half terse), written in
  session 12 while the pointer rule (``referents.py``) was built, not read before their first
  run; run once with session 11's final code and once with session 12's.

Matching, one to one, first fit in the order found:

- an action item matches an expected one when the owner is equal (both may be None), the due
  date is equal (both may be None) and every key task word occurs in the task (lower case);
- a decision or an open question matches when every key word occurs in its sentence.

Precision is matched finds over all finds, recall matched expected over all expected.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.notes_heldout_meetings import Action, Meeting  # noqa: E402
from transcription.notes.actions import ActionItem, action_items  # noqa: E402
from transcription.notes.decisions import decisions  # noqa: E402
from transcription.notes.open_questions import open_questions  # noqa: E402
from transcription.notes.point_model import (  # noqa: E402
    NoModel,
    Scorer,
    read_examples,
    shipped,
    train,
)
from transcription.notes.sentences import sentences_of  # noqa: E402
from transcription.types import Segment, Transcript  # noqa: E402


@dataclass
class Tally:
    """Finds and expectations of one category, with what did not match."""

    found: int = 0
    expected: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    false_finds: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def add(self, other: Tally) -> None:
        """Count ``other``'s figures in too (not its lines)."""
        self.found += other.found
        self.expected += other.expected
        self.matched += other.matched


def tallies() -> dict[str, Tally]:
    """An empty tally for each category."""
    return {"action items": Tally(), "decisions": Tally(), "open questions": Tally()}


def row(name: str, figures: dict[str, Tally]) -> str:
    """``name`` and the precision / recall of each category, on one line."""
    cells = (f"{t.precision:5.2f} / {t.recall:4.2f}" for t in figures.values())
    return f"{name:13} " + " ".join(cells)


def transcript_of(meeting: Meeting) -> Transcript:
    """One segment a line, five seconds each, split into sentences as the pipeline does."""
    segments = tuple(
        Segment(5.0 * i, 5.0 * i + 4.0, text, speaker)
        for i, (speaker, text) in enumerate(meeting.lines)
    )
    speakers = tuple(dict.fromkeys(speaker for speaker, _ in meeting.lines))
    return Transcript("en", 5.0 * len(segments), segments, speakers)


def item_matches(item: ActionItem, expected: Action) -> bool:
    task = item.task.lower()
    return (
        item.owner == expected.owner
        and item.due == expected.due
        and all(word in task for word in expected.words)
    )


def text_matches(text: str, words: tuple[str, ...]) -> bool:
    return all(word in text.lower() for word in words)


def count(
    tally: Tally,
    name: str,
    found: Sequence[Any],
    expected: Sequence[Any],
    matches: Callable[[Any, Any], bool],
    show: Callable[[object], str],
) -> None:
    """Match ``found`` to ``expected`` one to one and add the result to ``tally``."""
    left = list(expected)
    tally.found += len(found)
    tally.expected += len(expected)
    for thing in found:
        hit = next((e for e in left if matches(thing, e)), None)
        if hit is None:
            tally.false_finds.append(f"{name}: {show(thing)}")
        else:
            left.remove(hit)
            tally.matched += 1
    tally.misses.extend(f"{name}: {show(e)}" for e in left)


def show(thing: object) -> str:
    if isinstance(thing, ActionItem):
        return f"{thing.owner} | {thing.task} | {thing.due}  <- {thing.quote!r}"
    if isinstance(thing, Action):
        return f"{thing.owner} | {' + '.join(thing.words)} | {thing.due}"
    if isinstance(thing, tuple):
        return " + ".join(thing)
    return repr(getattr(thing, "text", thing))


# the sets in the order they were written; set X is bench/notes_X_meetings.py
SETS = {
    name: f"bench.notes_{name}_meetings"
    for name in (
        *("heldout", "fresh", "blind", "unseen", "sealed", "plain", "final", "closing", "last"),
        *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
        *("seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond"),
        *("twentythird", "twentyfourth", "twentyfifth", "twentysixth"),
        *("twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst"),
        *("thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth"),
        *("thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst"),
        *("fortysecond", "fortythird", "fortyfourth"),
    )
}


def meeting_set(name: str) -> tuple[dt.datetime, Sequence[Meeting]]:
    """The meeting date and the meetings of the set called ``name``."""
    module = importlib.import_module(SETS[name])
    return module.MEETING_DATE, module.MEETINGS


def models(name: str, which: str) -> tuple[Scorer, Scorer]:
    """The decision and the open-question model to score set ``name`` with: ``fair``, trained
    on the shipped examples of every other set; ``shipped``, on all of them (the set itself
    too, if it ships); ``none``, the rules alone."""
    if which == "none":
        return NoModel(), NoModel()
    if which == "shipped":
        return shipped("decisions"), shipped("questions")
    others = [e for e in read_examples() if e.source != name]
    return train(others, "decisions"), train(others, "questions")


def run(
    meetings: Sequence[Meeting],
    meeting_date: dt.datetime,
    scorers: tuple[Scorer, Scorer] = (NoModel(), NoModel()),
) -> dict[str, Tally]:
    figures = tallies()
    for meeting in meetings:
        sentences = sentences_of(transcript_of(meeting))
        count(
            figures["action items"],
            meeting.name,
            action_items(sentences, meeting_date),
            meeting.actions,
            item_matches,
            show,
        )
        count(
            figures["decisions"],
            meeting.name,
            decisions(sentences, model=scorers[0]),
            meeting.decisions,
            lambda point, words: text_matches(point.text, words),
            show,
        )
        count(
            figures["open questions"],
            meeting.name,
            open_questions(sentences, model=scorers[1]),
            meeting.questions,
            lambda point, words: text_matches(point.text, words),
            show,
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=["all", *sorted(SETS)],
        default="heldout",
        help="heldout: the first set (the rules were fixed on it); fresh: written blind after;"
        " blind ... twelfth: written blind later, each run once for an honest figure;"
        " all: a row per set (figures only)",
    )
    parser.add_argument(
        "--model",
        choices=("fair", "shipped", "none"),
        default="fair",
        help="the trained decision and question model behind the rules: fair (default),"
        " trained on every set but the one scored; shipped, on all; none, the rules alone",
    )
    parser.add_argument("--meetings", default="", help="comma-separated names (default: all)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    args = parser.parse_args()
    if args.set == "all":
        table(args.model)
        return
    names = {n for n in args.meetings.split(",") if n}
    meeting_date, meetings = meeting_set(args.set)
    chosen = [m for m in meetings if not names or m.name in names]
    figures = run(chosen, meeting_date, models(args.set, args.model))
    print(f"held-out meetings: {len(chosen)}, dated {meeting_date:%A %Y-%m-%d}, model {args.model}")
    print(f"{'category':16} {'found':>6} {'expected':>9} {'matched':>8} {'precision':>10} recall")
    for category, t in figures.items():
        print(
            f"{category:16} {t.found:6} {t.expected:9} {t.matched:8}"
            f" {t.precision:10.2f} {t.recall:6.2f}"
        )
    if args.quiet:
        return
    for category, t in figures.items():
        print(f"\n{category}")
        for line in t.misses:
            print(f"  miss   {line}")
        for line in t.false_finds:
            print(f"  false  {line}")


def table(which: str) -> None:
    """Precision / recall of every set, then all sets pooled."""
    print(f"model {which}; precision / recall")
    print(f"{'set':13} {'action items':>13} {'decisions':>11} {'questions':>11}")
    pooled = tallies()
    for name in SETS:
        meeting_date, meetings = meeting_set(name)
        figures = run(meetings, meeting_date, models(name, which))
        for key, tally in figures.items():
            pooled[key].add(tally)
        print(row(name, figures))
    print(row("pooled", pooled))


if __name__ == "__main__":
    main()
