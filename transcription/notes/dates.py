"""Due dates said in a meeting, resolved against the meeting's date with Duckling (pure).

Duckling reads English, German, French and Spanish (and more); the meeting's language picks
which.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from dataclasses import dataclass
from typing import Any

_LOCK = threading.Lock()  # the Haskell runtime is shared; keep calls one at a time
# "by the end of the month" is an interval ending at the next month's midnight
_END_OF = re.compile(r"\b(?:end of|ende|fin|final)", re.IGNORECASE)
DUCKLING = ("en", "de", "fr", "es")  # languages whose date words are read
# What Duckling reads as a time but people say without meaning a date
NOT_DATES = frozenset(
    (
        "now",
        "right now",
        "at the moment",
        "currently",
        "at the end of the day",
        "the end of the day",
    )
)


@dataclass(frozen=True)
class DueDate:
    """A date and the words that said it (removed from the task text)."""

    date: dt.date
    phrase: str


@functools.cache
def _duckling() -> tuple[Any, Any]:
    import duckling

    return duckling, duckling.load_time_zones("/usr/share/zoneinfo")


def _parse(text: str, reference: dt.datetime, language: str) -> list[dict[str, Any]]:
    duckling, zones = _duckling()
    with _LOCK:
        ref = duckling.parse_ref_time(
            zones, str(reference.tzinfo or "UTC"), int(reference.timestamp())
        )
        lang = duckling.parse_lang(language.upper() if language in DUCKLING else "EN")
        context = duckling.Context(ref, duckling.default_locale_lang(lang))
        found: list[dict[str, Any]] = duckling.parse(
            text, context, duckling.parse_dimensions(["time"]), False
        )
    return found


def _date(value: dict[str, Any], phrase: str) -> dt.date | None:
    if value.get("type") == "interval":
        end = value.get("to") or value.get("from")
        if not end:
            return None
        day = dt.datetime.fromisoformat(end["value"]).date()
        # "by the end of the month" ends at the next month's midnight: the due day is the last
        if _END_OF.search(phrase) and end["value"][11:19] == "00:00:00":
            day -= dt.timedelta(days=1)
        return day
    if value.get("grain") in ("year",) or "value" not in value:
        return None
    day = dt.datetime.fromisoformat(value["value"]).date()
    # Duckling gives "this week" or "next month" as its first day; work due then is due by
    # its last, as "by the end of the week" is (Sunday, the last day of the month)
    if value.get("grain") == "week":
        return day + dt.timedelta(days=6 - day.weekday())
    if value.get("grain") == "month":
        return _last_of_month(day)
    return day


def _last_of_month(day: dt.date) -> dt.date:
    year, month = divmod(day.year * 12 + day.month, 12)  # the next month, 0-based
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)  # the day before its 1st


# "before the end of the month", "by end of week", "EOD": Duckling reads the first as the 21st
# and misses the second, so the end of a day, week, month or year is read here (English).
# Only as a deadline ("by the end of ..."): "at the end of the day" is a figure of speech.
END_OF_PERIOD = re.compile(
    r"\b(?i:by|before|until|till|no later than)\s+(?:(?i:the)\s+)?(?i:end)\s+(?i:of)\s+"
    r"(?:(?i:the)\s+)?(?P<next>(?i:next)\s+)?(?P<period>(?i:day|week|month|year))\b"
    r"|\bEO(?P<short>[DWM])\b"  # capitals only: "the eod report" is no deadline
)


def _end_of(text: str, meeting: dt.date) -> DueDate | None:
    """The last day of the period ``text`` says the work is due at the end of."""
    found = END_OF_PERIOD.search(text)
    if not found:
        return None
    short = {"D": "day", "W": "week", "M": "month"}
    period = (found.group("period") or short[found.group("short").upper()]).lower()
    later = 1 if found.group("next") else 0
    if period == "day":
        day = meeting + dt.timedelta(days=later)
    elif period == "week":  # Sunday, as Duckling ends "by the end of the week"
        day = meeting + dt.timedelta(days=6 - meeting.weekday() + 7 * later)
    elif period == "month":
        year, month = divmod(meeting.year * 12 + meeting.month - 1 + later, 12)
        day = _last_of_month(dt.date(year, month + 1, 1))
    else:
        day = dt.date(meeting.year + later, 12, 31)
    return DueDate(day, found.group(0))


def due_date(text: str, meeting: dt.datetime, language: str = "en") -> DueDate | None:
    """The first date on or after the meeting that ``text`` names, else None (never guessed)."""
    if language == "en" and (end := _end_of(text, meeting.date())):
        return end
    for found in _parse(text, meeting, language):
        # the span, not Duckling's "body", which mangles letters outside ASCII
        phrase = text[found["start"] : found["end"]]
        if phrase.lower().strip() in NOT_DATES:
            continue
        day = _date(found.get("value", {}), phrase)
        if day is not None and day >= meeting.date():
            return DueDate(day, phrase)
    return None
