"""Reasons to ask instead of guess: past times, impossible dates, weekday/date conflicts."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from services.scheduling.intent import TimeCandidate

_MONTHS = {
    **{m.lower(): i for i, m in enumerate(calendar.month_name) if m},
    **{m.lower(): i for i, m in enumerate(calendar.month_abbr) if m},
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "ianuarie": 1,
    "februarie": 2,
    "martie": 3,
    "aprilie": 4,
    "iunie": 6,
    "iulie": 7,
    "septembrie": 9,
    "octombrie": 10,
    "noiembrie": 11,
    "decembrie": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "luni": 0,
    "marți": 1,
    "marti": 1,
    "miercuri": 2,
    "joi": 3,
    "vineri": 4,
}
MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    r"\b(?:(?P<m1>" + MONTH_WORDS + r")\.?\s+(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+|of\s+)?(?P<m2>" + MONTH_WORDS + r"))\b",
    re.IGNORECASE,
)
_WEEKDAY_ORDINAL = re.compile(
    r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r"),?\s+(?:the\s+|le\s+|el\s+|den\s+|pe\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.|er)?\b(?!\s*(?::|h\d|uhr|am|pm|a\.m|p\.m))",
    re.IGNORECASE,
)


def impossible_dates(text: str, year: int) -> list[str]:
    """ "February 30", "31 de abril": day numbers the month does not have."""
    problems = []
    for m in _DAY_MONTH.finditer(text):
        month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        if day > calendar.monthrange(year, month)[1] or day == 0:
            problems.append(f"impossible date: {m.group(0)!r} (that month has no day {day})")
    return problems


def weekday_conflicts(text: str, now: dt.datetime) -> list[str]:
    """ "Tuesday the 5th" when the coming 5th is a Thursday."""
    problems = []
    for m in _WEEKDAY_ORDINAL.finditer(text):
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        date = _next_day_of_month(now.date(), day)
        said = _WEEKDAYS[m.group("wd").lower()]
        if date is not None and date.weekday() != said:
            problems.append(
                f"weekday/date conflict: {m.group(0)!r} but the {day}th "
                f"({date.isoformat()}) is a {calendar.day_name[date.weekday()]}"
            )
    return problems


def _next_day_of_month(today: dt.date, day: int) -> dt.date | None:
    year, month = today.year, today.month
    for _ in range(3):
        if day <= calendar.monthrange(year, month)[1]:
            date = dt.date(year, month, day)
            if date >= today:
                return date
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def past_times(candidates: list[TimeCandidate], now: dt.datetime) -> list[str]:
    """Offered times that have already passed when the email was written."""
    return [
        f"past time: {c.text!r} ({c.start.isoformat()}) is before the email was sent"
        for c in candidates
        if (c.end or c.start) < now
        and c.grain in {"hour", "minute"}
        or c.grain == "day"
        and c.start.date() < now.date()
    ]


def past_dates(text: str, now: dt.datetime) -> list[str]:
    """A day and month without a year that fell in the last two months ("March 2" on March 5)."""
    problems = []
    for m in _DAY_MONTH.finditer(text):
        month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        if day > calendar.monthrange(now.year, month)[1] or day == 0:
            continue
        date = dt.date(now.year, month, day)
        if dt.timedelta(0) < now.date() - date <= dt.timedelta(days=60):
            problems.append(f"past time: {m.group(0)!r} ({date.isoformat()}) has already passed")
    return problems
