"""Write ``points_en.json`` from the labelled meetings of ``bench/``.

    python -m transcription.notes.training.export [--leave-out SET,...]

Run from a checkout (``bench/`` does not ship). Each meeting of each set of
``bench/notes_heldout.py`` is split into sentences as the notes pipeline splits a transcript,
and a sentence is labelled a decision (an open question) when it holds every key word of one
of the meeting's labelled decisions (open questions), the way the bench matches them. The
file keeps each meeting's set, so a set can be left out of training to be scored fairly.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from transcription.notes.point_model import EXAMPLES

ROOT = Path(__file__).resolve().parents[3]


def exported(leave_out: set[str]) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from bench.notes_heldout import SETS, meeting_set, text_matches, transcript_of
    from transcription.notes.sentences import sentences_of

    meetings = []
    for name in SETS:
        if name in leave_out:
            continue
        for meeting in meeting_set(name)[1]:
            rows = [
                [
                    s.speaker,
                    s.text,
                    int(any(text_matches(s.text, words) for words in meeting.decisions)),
                    int(any(text_matches(s.text, words) for words in meeting.questions)),
                ]
                for s in sentences_of(transcript_of(meeting))
            ]
            meetings.append({"set": name, "meeting": meeting.name, "sentences": rows})
    return {
        "about": "speaker, sentence, states a decision (1/0), an open question left (1/0);"
        " written by transcription/notes/training/export.py from bench/notes_*_meetings.py",
        "meetings": meetings,
    }


def as_lines(data: dict[str, Any]) -> str:
    """The JSON of ``data`` with one sentence a line, so a change to a meeting is a small diff."""

    def meeting(m: dict[str, Any]) -> str:
        rows = ",\n".join(json.dumps(row, ensure_ascii=False) for row in m["sentences"])
        names = f'"set": {json.dumps(m["set"])}, "meeting": {json.dumps(m["meeting"])}'
        return f'{{{names}, "sentences": [\n{rows}]}}'

    meetings = ",\n".join(meeting(m) for m in data["meetings"])
    return f'{{"about": {json.dumps(data["about"])},\n"meetings": [\n{meetings}]}}\n'


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", default="", help="comma-separated sets not to export")
    parser.add_argument("--out", type=Path, default=EXAMPLES)
    args = parser.parse_args(argv)
    data = exported({s for s in args.leave_out.split(",") if s})
    args.out.write_text(as_lines(data))
    print(f"{len(data['meetings'])} meetings written to {args.out}")


if __name__ == "__main__":
    main()
