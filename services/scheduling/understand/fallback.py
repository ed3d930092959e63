"""dateparser as the second opinion when Duckling finds no time at all."""

from __future__ import annotations

import datetime as dt
import warnings

from services.scheduling.intent import TimeCandidate


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
        if not any(ch.isdigit() for ch in words) and len(words) < 4:
            continue
        grain = "minute" if (when.hour, when.minute) != (0, 0) else "day"
        found.append(TimeCandidate(when.replace(tzinfo=now.tzinfo), None, words, grain))
    return found
