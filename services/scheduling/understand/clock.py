"""How a Duckling match becomes a :class:`TimeCandidate`, with the clock fixes email needs.

Duckling reads "Monday at 4" as 04:00, "de 11 a 12:30" as midnight to 00:30, "a las 12:00"
as midnight, and gives interval ends one grain late in English; these rules read the clock
the way a colleague would.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from services.scheduling.intent import TimeCandidate
from services.scheduling.understand.durations import find_durations

_GRAIN = {
    "second": dt.timedelta(seconds=1),
    "minute": dt.timedelta(minutes=1),
    "hour": dt.timedelta(hours=1),
    "day": dt.timedelta(days=1),
}
_MERIDIEM = re.compile(
    r"\d(?:a|p)\b|\d\s*(?:a|p)\.?\s?m\b\.?|\d\s*(?:a|p)\.|\b(?:am|pm|a\.m|p\.m|morning|evening|tonight|tonite|night|afternoon|"
    r"noon|midnight|matin|soir|mañana temprano|madrugada|tarde|noche|morgens|abends|nachmittags|"
    r"früh|dimineața|dimineata|seara|după-amiază|dupa-amiaza)\b",
    re.IGNORECASE,
)
_TWENTY_FOUR = re.compile(r"\b(?:0\d|1[3-9]|2[0-3])(?::|h|\.)?\d{0,2}\b|\b\d{1,2}h\d{2}\b")


_CLOCK_RANGE = re.compile(
    r"\b(?:de|from|von|between|entre|între|intre|din|de la)\s+"
    r"(?P<h1>\d{1,2})(?:[:.h](?P<m1>\d{2}))?\s*(?:h|uhr)?\s*"
    r"(?:a|to|-|–|bis|și|si|and|y|et|à|până la|pana la|la)\s+"
    r"(?P<h2>\d{1,2})(?:[:.h](?P<m2>\d{2}))?\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:in|dans|en|peste|în|binnen|next)\s+(?:\d+|an?|one|two|three|few|couple|une?|dos|zwei|o)\b"
    r"|\bhence\b|\bfrom now\b",
    re.I,
)
_HOUR_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "une": "1",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "una": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "eins": "1",
    "zwei": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "sechs": "6",
}


def written_clock(candidate: TimeCandidate, body: str) -> TimeCandidate:
    """ "a las 12:00" read as midnight: a written 24-hour clock time wins over Duckling's."""
    clocks = re.findall(r"\b(\d{1,2})[:h.](\d{2})\b", body)
    if len(clocks) != 1 or _MERIDIEM.search(body) or candidate.end is not None:
        return candidate
    hour, minute = int(clocks[0][0]), int(clocks[0][1])
    start = candidate.start
    if 12 <= hour <= 23 and minute < 60 and start.hour != hour and start.hour % 12 == hour % 12:
        return TimeCandidate(
            start.replace(hour=hour, minute=minute), None, candidate.text, candidate.grain
        )
    return candidate


def is_only_duration(body: str) -> bool:
    """ "d'une heure", "30 minutes": a length Duckling also read as a time."""
    found = find_durations(body)
    return bool(found) and len(found[0].text) >= 0.8 * len(body.strip(" '’d"))


def own_range(candidate: TimeCandidate, body: str) -> TimeCandidate:
    """ "de 11 a 12:30", "între 11 și 13": clock ranges Duckling misreads outside English."""
    m = _CLOCK_RANGE.search(body)
    if m is None or candidate.grain not in {"hour", "minute"} or _MERIDIEM.search(body):
        return candidate
    h1, m1, h2, m2 = (int(m.group(k) or 0) for k in ("h1", "m1", "h2", "m2"))
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        return candidate
    if 1 <= h1 <= 6 or (h2 <= 7 and h2 < h1):
        h1, h2 = (h1 + 12 if h1 < 12 else h1), (h2 + 12 if h2 < 12 else h2)
    elif h2 < h1:
        h2 += 12
    start = candidate.start.replace(hour=h1, minute=m1)
    end = start.replace(hour=h2, minute=m2)
    return TimeCandidate(start, end if end > start else None, candidate.text, "minute")


def _parse_iso(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def candidate(value: dict[str, Any], body: str, *, now: dt.datetime) -> TimeCandidate | None:
    if value.get("type") == "interval":
        lo, hi = value.get("from"), value.get("to")
        if lo is None:
            return None
        start, grain = _parse_iso(lo["value"]), lo["grain"]
        end = _interval_end(start, hi, body) if hi else None
    else:
        start, grain = _parse_iso(value["value"]), value["grain"]
        end = None
    if grain in {"week", "month", "quarter", "year"}:
        return None
    if grain in {"hour", "minute"} and _reads_as_night(start, body):
        start += dt.timedelta(hours=12)
        end = end + dt.timedelta(hours=12) if end and end.hour < 12 else end
    durations = find_durations(body)
    if durations and grain in {"hour", "minute"}:
        end = start + dt.timedelta(minutes=durations[0].minutes)
    return TimeCandidate(start=start, end=end, text=body.strip(), grain=grain)


def _interval_end(start: dt.datetime, hi: dict[str, Any], body: str) -> dt.datetime:
    """Duckling's interval end is exclusive by one grain in English, inclusive elsewhere."""
    to = _parse_iso(hi["value"])
    inclusive = to - _GRAIN.get(hi["grain"], dt.timedelta(0))
    written = {int(n) % 12 for n in re.findall(r"\d{1,2}", body)}
    if inclusive > start and (inclusive.hour % 12 in written or to.hour % 12 not in written):
        return inclusive
    return to


def _reads_as_night(start: dt.datetime, body: str) -> bool:
    """In a work email "Monday at 4" means 16:00: a bare hour from 1 to 6 is afternoon."""
    if not 1 <= start.hour <= 6 or _MERIDIEM.search(body) or _TWENTY_FOUR.search(body):
        return False
    if _RELATIVE.search(body):
        return False
    written = re.findall(r"(?<![\d:])\d{1,2}(?![\d])|\b[a-zA-Zéè]+\b", body.lower())
    return any(_HOUR_WORDS.get(w, w) == str(start.hour) for w in written)
