"""dateparser as the second opinion when Duckling finds no time at all."""

from __future__ import annotations

import datetime as dt
import re
import warnings

from services.scheduling.intent import TimeCandidate
from services.scheduling.understand.durations import find_durations

_CLOCK = re.compile(
    r"\d{1,2}\s*[:.h]\s*\d{2}|\d\s*(?:am|pm|uhr|h)\b|\b(?:noon|midi|mediodía)\b", re.I
)


def dateparser_search(text: str, *, now: dt.datetime, lang: str) -> list[TimeCandidate]:
    """Times dateparser finds in ``text`` (``now`` aware, in the writer's zone)."""
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        hits = search_dates(text, languages=[lang], settings=settings) or []
    found = []
    for words, when in hits:
        if not any(ch.isdigit() for ch in words) and len(words) < 4 or find_durations(words):
            continue
        grain = "minute" if _CLOCK.search(words) else "day"
        if grain == "day":
            when = when.replace(hour=0, minute=0, second=0, microsecond=0)
        found.append(TimeCandidate(when.replace(tzinfo=now.tzinfo), None, words, grain))
    return found
