"""Score the understanding against a folder of .eml files with their expected readings.

``expected.json`` maps each file name to ``{"tz", "intent", "first_start", "duration_minutes",
"attendees", "problem"?}``. Used by the tests (goals) and ``bench/scheduling_accuracy.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from services.scheduling.intent import MeetingIntent
from services.scheduling.understand.embedder import Embedder
from services.scheduling.understand.eml import read_eml
from services.scheduling.understand.parse import understand

ASSISTANT = ("amy@deskmate.localhost",)
_TIMED_INTENTS = {"schedule", "reschedule"}


@dataclass
class Score:
    """Hits and totals per measure, the misses by file, and parse latencies in seconds."""

    hits: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("intent", "start", "duration", "attendees"), 0)
    )
    totals: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("intent", "start", "duration", "attendees"), 0)
    )
    misses: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)

    def rate(self, measure: str) -> float:
        return self.hits[measure] / self.totals[measure] if self.totals[measure] else 1.0

    def count(self, measure: str, ok: bool, name: str, detail: str) -> None:
        self.totals[measure] += 1
        self.hits[measure] += ok
        if not ok:
            self.misses.append(f"{name}: {measure} {detail}")


def _first_start_ok(result: MeetingIntent, expected: dict) -> tuple[bool, str]:
    if expected.get("problem"):
        ok = any(expected["problem"] in p for p in result.problems)
        return ok, f"expected a {expected['problem']!r} problem, got {list(result.problems)}"
    timed = [c for c in result.candidates if c.grain in {"hour", "minute"}]
    want = expected["first_start"]
    if want is None:
        return not timed, f"expected no time, got {[c.start.isoformat() for c in timed]}"
    got = timed[0].start if timed else None
    return got == dt.datetime.fromisoformat(
        want
    ), f"expected {want}, got {got.isoformat() if got else None}"


def evaluate(folder: Path, embed: Embedder, *, default_minutes: int = 30) -> Score:
    """Parse every file in ``folder`` and score it against ``expected.json``."""
    expected_all = json.loads((folder / "expected.json").read_text())
    score = Score()
    for name, expected in sorted(expected_all.items()):
        message = read_eml((folder / name).read_bytes())
        started = time.perf_counter()
        result = understand(
            message,
            assistant_addresses=ASSISTANT,
            default_tz="UTC",
            default_minutes=default_minutes,
            sender_tz=expected["tz"],
            embed=embed,
        )
        score.latencies.append(time.perf_counter() - started)
        score.count(
            "intent",
            result.intent == expected["intent"],
            name,
            f"expected {expected['intent']}, got {result.intent}",
        )
        if expected["intent"] in _TIMED_INTENTS:
            ok, detail = _first_start_ok(result, expected)
            score.count("start", ok, name, detail)
            score.count(
                "duration",
                result.duration_minutes == expected["duration_minutes"],
                name,
                f"expected {expected['duration_minutes']}, got {result.duration_minutes}",
            )
        if expected["intent"] != "none":
            score.count(
                "attendees",
                set(result.attendees) == set(expected["attendees"]),
                name,
                f"expected {sorted(expected['attendees'])}, got {sorted(result.attendees)}",
            )
    return score
