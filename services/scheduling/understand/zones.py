"""Explicit time zones written next to a time: "11am ET", "16:00 Berlin time", "3pm PST"."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass

from services.scheduling.understand.errors import BadInput

# Generic names follow their region's daylight saving; the US standard/daylight names too,
# because people write "EST" all year for New York time.
_REGION = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "CET": "Europe/Berlin",
    "MEZ": "Europe/Berlin",
    "EET": "Europe/Bucharest",
    "GMT": "UTC",
    "UTC": "UTC",
    "Z": "UTC",
    "SGT": "Asia/Singapore",
    "JST": "Asia/Tokyo",
    "HKT": "Asia/Hong_Kong",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
}
# Names that state a fixed offset and are not daylight-shifted by their region.
_FIXED = {"BST": 60, "CEST": 120, "MESZ": 120, "EEST": 180, "IST": 330, "WET": 0, "WEST": 60}

_CITIES = {
    "berlin": "Europe/Berlin",
    "paris": "Europe/Paris",
    "madrid": "Europe/Madrid",
    "london": "Europe/London",
    "bucharest": "Europe/Bucharest",
    "bucuresti": "Europe/Bucharest",
    "bucurești": "Europe/Bucharest",
    "romania": "Europe/Bucharest",
    "româniei": "Europe/Bucharest",
    "romaniei": "Europe/Bucharest",
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "chicago": "America/Chicago",
    "denver": "America/Denver",
    "san francisco": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "singapore": "Asia/Singapore",
    "tokyo": "Asia/Tokyo",
    "sydney": "Australia/Sydney",
    "mexico": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "lisbon": "Europe/Lisbon",
    "dublin": "Europe/Dublin",
    "zurich": "Europe/Zurich",
    "vienna": "Europe/Vienna",
    "wien": "Europe/Vienna",
    "bangalore": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "dubai": "Asia/Dubai",
    "toronto": "America/Toronto",
    "españa": "Europe/Madrid",
    "espana": "Europe/Madrid",
    "peninsular": "Europe/Madrid",
    "deutscher": "Europe/Berlin",
    "deutsche": "Europe/Berlin",
}
_CITY_NAMES = "|".join(sorted((re.escape(c) for c in _CITIES), key=len, reverse=True))
_ABBREVIATIONS = "|".join(sorted([*_REGION, *_FIXED], key=len, reverse=True))

ZONE_PATTERN = re.compile(
    r"\(?\b(?P<abbr>" + _ABBREVIATIONS + r")\b\)?"
    r"|\b(?:(?P<city1>" + _CITY_NAMES + r")\s+(?:time|zeit)\b)"
    r"|\b(?:(?:hora|heure|horario|ora)\s+(?:de\s+|d'|din\s+|a\s+)?(?P<city2>"
    + _CITY_NAMES
    + r"))\b"
    r"|\b(?:(?P<city3>" + _CITY_NAMES + r")er\s+zeit)\b",
)
# Zone abbreviations must be written in capitals (or be lower-case gmt/pst etc. right after a time).
_LOWER_OK = {"gmt", "utc", "pst", "cet", "est", "cst", "ist"}


@dataclass(frozen=True)
class ZoneMention:
    """A time zone written in the text, at ``start``..``end``."""

    start: int
    end: int
    label: str  # as written
    zone: dt.tzinfo


def zone_of(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone ``name``; raises :class:`BadInput` naming the bad value."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        raise BadInput(f"unknown time zone {name!r}; use an IANA name like Europe/Berlin") from e


def _zone_for(label: str) -> dt.tzinfo:
    key = label.upper()
    if key in _FIXED:
        return dt.timezone(dt.timedelta(minutes=_FIXED[key]), key)
    return zoneinfo.ZoneInfo(_REGION[key])


def find_zones(text: str) -> list[ZoneMention]:
    """Every explicit zone mention, in order."""
    found: list[ZoneMention] = []
    for m in re.finditer(ZONE_PATTERN.pattern, text, flags=re.IGNORECASE):
        abbr = m.group("abbr")
        if abbr is not None:
            if abbr != abbr.upper() and abbr.lower() not in _LOWER_OK:
                continue
            if abbr.upper() == "Z" or (
                abbr.upper() in {"ET", "CT", "MT", "PT"} and abbr != abbr.upper()
            ):
                continue
            found.append(ZoneMention(m.start(), m.end(), abbr, _zone_for(abbr)))
            continue
        city = (m.group("city1") or m.group("city2") or m.group("city3") or "").lower()
        found.append(ZoneMention(m.start(), m.end(), m.group(0), zoneinfo.ZoneInfo(_CITIES[city])))
    return found


def mask(text: str, mentions: list[ZoneMention]) -> str:
    """``text`` with each mention blanked out (same length, so offsets stay valid)."""
    chars = list(text)
    for z in mentions:
        chars[z.start : z.end] = " " * (z.end - z.start)
    return "".join(chars)
