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
# "by the end of the month" is an interval ending at the next month's midnight; "by end of day
# Thursday" ends at Thursday's first second, as "by Thursday" does
_END_OF = re.compile(r"\b(?:end of(?! (?:the )?day)|ende|fin|final)", re.IGNORECASE)
DUCKLING = ("en", "de", "fr", "es")  # languages whose date words are read
MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # lower case, "Xdays" for every X
# What Duckling reads as a time but people say without meaning a date
NOT_DATES = frozenset(
    (
        "now",
        "right now",
        "at the moment",
        "currently",
        "at the end of the day",
        "the end of the day",
        "boss",  # Boss's Day, to Duckling: "I'll call your boss on Wednesday"
    )
)
# Nouns Duckling reads as a time ("send the minutes", "the second draft"), even joined to the
# date after them ("the minutes by Thursday"): blanked out before it reads the text
TIME_NOUNS = re.compile(
    r"\b(?:the|a|those|these|our|my|your)\s+(?:minutes|second|hour)\b"
    # "Friday first thing": Duckling reads "Friday first" as the 1st of January
    r"|\bfirst thing\b"
    # "try for a lunch next week": a meal to arrange, not the time of day
    r"|\b(?:a|the|our|your|team|client)\s+(?:lunch|dinner|breakfast)\b"
    # "book the first collection": an ordinal before a noun, not the 1st of a month
    r"|\bthe\s+(?:first|second|third|fourth|fifth)\s+(?=[a-z])"
    r"(?!of\b|week|weekend|days?\b|month|quarter|year|thing|time)"
    # "the November report" names the report; "those nine" are things, not nine o'clock
    rf"|\bthe\s+(?:{MONTH_NAMES}|spring|summer|autumn|winter)\s+(?=[a-z])(?!of\b)"
    # "a count of two by Wednesday": a number of things, not two o'clock
    r"|\bof\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s*(?:o'clock|am|pm|a\.m|p\.m))"
    r"|\b(?:those|these|all|the other)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\b(?!\s*(?:o'clock|am|pm|a\.m|p\.m))"
    # "the Thursday group", "the Christmas shutdown roster": a day naming a thing
    rf"|\bthe\s+(?:{WEEKDAYS}|christmas|black friday|cyber monday|boxing day|new year)\s+"
    r"(?=[a-z])(?!(?:night|morning|afternoon|evening|eve|day|break|holidays?|week|slot|"
    r"session|meeting|call|match|game|deadline|before|after|and|or|at|by|to|is|was|will|"
    r"then|if)\b)"
    # "offer her the Sunday": a day given as a choice, not when the work is due
    r"|\b(?:offer|give|take|pick|choose|book|prefer)(?:s|ed)?\s+(?:(?:her|him|them|us|me|you)\s+)?"
    rf"the\s+{WEEKDAYS}(?=\s*(?:[.!?,;]|$))"
    # "map two", "option three", "stand 14": a name with a number, not a time
    r"|\b(?:(?:from|in|on|at|for|to)\s+)?(?:map|room|floor|level|stand|block|gate|phase|line|"
    r"bus|route|site|building|platform|step|section|chapter|page|version|option|plan|grid|"
    r"berth|crane|lane|bay|unit|ward|table|aisle|zone|door|dock|bed|row|slide|item|number|"
    r"tank|van|truck|lift|court|pitch|pump|oven|press)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b",
    re.IGNORECASE,
)
# Words that make a date a deadline ("by Wednesday"); a bare date in the same sentence often
# only names the work ("the Sunday cover by Wednesday") or something else said on the way
DEADLINE_WORDS = "by|before|until|till|no later than"
DEADLINE = re.compile(rf"^(?:{DEADLINE_WORDS})\b", re.IGNORECASE)


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
        if not value.get("to") and re.match(r"(?i)(?:after|from|since)\b", phrase):
            return None  # "after this week", "from Monday": when it starts, no deadline
        end = value.get("to") or value.get("from")
        if not end:
            return None
        day = dt.datetime.fromisoformat(end["value"]).date()
        # "by the end of the month" ends at the next month's midnight: the due day is the last;
        # so does a span of hours or days ("tonight", "Monday to Wednesday"), but not "by
        # Wednesday", a span from now to the second Wednesday begins
        spans_days = value.get("from") and end.get("grain") in ("hour", "day")
        bounded = _END_OF.search(phrase) or spans_days
        if bounded and end["value"][11:19] == "00:00:00":
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
    rf"\b(?i:{DEADLINE_WORDS})\s+(?:(?i:the)\s+)?(?i:end)\s+(?i:of)\s+"
    r"(?:(?i:the)\s+)?(?P<next>(?i:next)\s+)?(?P<period>(?i:day|week|month|year))\b"
    # "by end of day Thursday": the end of that day, which Duckling reads
    r"(?!\s+(?:(?i:on)\s+)?(?i:today|tomorrow|mon|tue|wed|thu|fri|sat|sun|the \d|\d))"
    r"|\bEO(?P<short>[DWM])\b"  # capitals only: "the eod report" is no deadline
    # "Sure, end of week.", "End of the month.": a period's end given as the answer
    r"|(?:^|(?<=,\s))(?i:end)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<next2>(?i:next)\s+)?"
    r"(?P<period2>(?i:week|month))\b(?=\s*(?:[.!,;]|$|(?i:at the latest)))"
)


def _end_of(text: str, meeting: dt.date) -> DueDate | None:
    """The last day of the period ``text`` says the work is due at the end of."""
    found = END_OF_PERIOD.search(text)
    if not found:
        return None
    short = {"D": "day", "W": "week", "M": "month"}
    period = found.group("period") or found.group("period2")
    period = (period or short[found.group("short").upper()]).lower()
    later = 1 if found.group("next") or found.group("next2") else 0
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


# "right after this", "after the call": the day of the meeting (not "after this week")
AFTER_THIS = re.compile(
    r"\b(?:(?i:right|straight|just)\s+)?(?i:after)\s+(?:(?i:this)(?=\s*(?:[.,;!?]|$|and\b|about\b|"
    r"to\b|with\b|for\b))|"
    r"(?i:the|this)\s+(?i:call|meeting)\b)"
)
# "before I go home", "by lunch": today, when the sentence names no other date ("before I leave
# on Friday", "by tomorrow lunchtime")
BEFORE_LEAVING = re.compile(
    r"\b(?i:before (?:I|we) (?:go home|leave|head (?:off|home)|knock off|clock off))\b"
    # "done by lunch", "at lunchtime": today's, which Duckling does not read
    r"|\b(?i:(?:by|at|before|over) (?:lunch|lunchtime))\b"
)
# "turn it off for December", "whether the offer runs into December": the time the work is
# about, not when it is due
COVERS = re.compile(r"\b(?:for|into|through|throughout|during|over|all of)\s*$", re.IGNORECASE)
# "the accounts ready for March": work due then after all
READY_FOR = re.compile(
    r"\b(?:ready|done|finished|sorted|complete|completed|prepared|in time)\s+for\s*$", re.I
)
# "move those patients to Thursday", "push it back to next week": where the work goes, not when
# it is due
MOVED_TO = re.compile(
    r"\b(?:move|moving|push|pushing|postpone|reschedule|rebook|shift|bump|put (?:it|them) off)"
    r"\b[^.?!]*\b(?:to|till|until)\s*$",
    re.IGNORECASE,
)
MONTHS = re.compile(rf"^(?:{MONTH_NAMES}|the (?:winter|summer|spring|autumn))\W*$", re.IGNORECASE)
# "Wednesday, but Thursday at the latest": the date a promise cannot go past
AT_THE_LATEST = re.compile(r"\b(?:at the (?:very )?latest)\b", re.IGNORECASE)
# "by tomorrow lunchtime": the time of day Duckling leaves out of the date's words
TIME_OF_DAY = re.compile(
    r"^,?\s+(?:lunchtime|lunch|noon|midday|first thing|close of play|cob)\b", re.IGNORECASE
)
# ... and the one said before it: "by close of play tomorrow", "first thing Monday"
TIME_OF_DAY_BEFORE = re.compile(
    r"\b(?:first thing|close of play|cob|end of (?:the )?day|lunchtime)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "early next week" is due by its Tuesday, "mid next week" by its Wednesday (a week on its own
# is due by its Sunday)
PART_OF_WEEK = re.compile(
    r"\b(?:the\s+)?(?P<part>early|earlier|beginning of|start of|mid|middle of)[\s-]*$",
    re.IGNORECASE,
)
WEEK_PART_DAYS = {"early": 1, "earlier": 1, "beginning of": 1, "start of": 1}  # else 2
# "Friday week": the Friday after next, in British English
DAY_WEEK = re.compile(r"^\s+week\b", re.IGNORECASE)
WEEKDAY = re.compile(
    rf"^(?:on\s+|by\s+)?{WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night|lunchtime))?$", re.I
)
# "I'll phone them first thing in the morning": the next morning ("this morning" says today)
IN_THE_MORNING = re.compile(r"^(?:first thing\s+)?in the morning$", re.IGNORECASE)
# "shut on Tuesdays" says every Tuesday, not a date
EVERY_WEEKDAY = re.compile(rf"\b{WEEKDAYS}s\b", re.IGNORECASE)


# "by Wednesday night", "by Friday morning": Duckling reads "by" with a part of a day as from
# now to this morning or tonight, so it reads the day and its part alone
BY_PART_OF_DAY = re.compile(
    rf"\b(?:{DEADLINE_WORDS})\s+(?=(?:(?:this|next)\s+)?(?:{WEEKDAYS}|tomorrow|today)\s+"
    r"(?:morning|afternoon|evening|night|lunchtime)\b)",
    re.IGNORECASE,
)


# "by next week": Duckling reads it as up to the week's start; the work is due in that week, by
# its last day as a week said alone is
BY_PERIOD = re.compile(r"\bby\s+(?=(?:next|this)\s+(?:week|month)\b(?!\s*end))", re.IGNORECASE)


def _for_duckling(text: str) -> str:
    """``text`` with what Duckling misreads blanked out, the same length (English)."""
    read = TIME_NOUNS.sub(lambda m: " " * len(m.group(0)), text)
    read = BY_PERIOD.sub(lambda m: " " * len(m.group(0)), read)
    return BY_PART_OF_DAY.sub(lambda m: " " * len(m.group(0)), read)


def due_date(text: str, meeting: dt.datetime, language: str = "en") -> DueDate | None:
    """The date on or after the meeting that ``text`` names, else None (never guessed): one
    said "at the latest", else the first said as a deadline ("by Friday"), else the first
    said at all; a month the work is for ("for December") is none."""
    if language == "en" and (end := _end_of(text, meeting.date())):
        return end
    if language == "en" and (after := AFTER_THIS.search(text)):
        return DueDate(meeting.date(), after.group(0))
    dates: list[tuple[bool, DueDate]] = []
    read = _for_duckling(text) if language == "en" else text
    for found in _parse(read, meeting, language):
        # the span, not Duckling's "body", which mangles letters outside ASCII; with the
        # "by" blanked out before it
        by = [b.start() for b in BY_PART_OF_DAY.finditer(text) if b.end() == found["start"]]
        start = by[0] if language == "en" and by else found["start"]
        phrase = text[start : found["end"]].rstrip(" ,;")
        if phrase.lower().strip() in NOT_DATES or EVERY_WEEKDAY.search(phrase):
            continue
        before, rest = text[:start], text[start + len(phrase) :]
        covers = COVERS.search(before) and not READY_FOR.search(before)
        if language == "en" and ((MONTHS.match(phrase) and covers) or MOVED_TO.search(before)):
            continue
        day = _date(found.get("value", {}), phrase)
        if language == "en" and day is not None:
            day, phrase = _english_shades(found.get("value", {}), day, phrase, before, rest)
            if day == meeting.date() and WEEKDAY.match(phrase.strip()):
                day += dt.timedelta(days=7)  # "by Monday" said on a Monday: the next one
            if day == meeting.date() and IN_THE_MORNING.match(phrase.strip()):
                day += dt.timedelta(days=1)  # "first thing in the morning": tomorrow's
            if time_of_day := TIME_OF_DAY.match(rest):
                phrase += time_of_day.group(0)
        if day is not None and day >= meeting.date():
            at_latest = language == "en" and AT_THE_LATEST.match(rest.lstrip(" ,")) is not None
            # "before Black Friday, so by Thursday": the date the sentence comes to
            concluded = language == "en" and re.search(r",\s+so\s*$", before) is not None
            joined = _joined(text, dates[-1][1], start) if language == "en" and dates else None
            if joined and day > dates[-1][1].date:
                # "tomorrow and Wednesday": done by the last of the days
                dates[-1] = (dates[-1][0], DueDate(day, joined + phrase))
                continue
            dates.append((not (at_latest or concluded), DueDate(day, phrase)))
    latest = next((d for hoped, d in dates if not hoped), None)
    if latest is not None:  # the latest date a promise can go to
        return latest
    said = [d for _, d in dates]
    if not said and language == "en" and (leaving := BEFORE_LEAVING.search(text)):
        return DueDate(meeting.date(), leaving.group(0))
    return next((d for d in said if DEADLINE.match(d.phrase)), said[0] if said else None)


def _joined(text: str, first: DueDate, start: int) -> str | None:
    """The words from date ``first`` up to ``start`` when they only join it to the next date
    ("tomorrow and ", "Tuesday or "), else None."""
    at = text.find(first.phrase)
    if at < 0:
        return None
    between = text[at + len(first.phrase) : start]
    joins = re.fullmatch(r"\s+(?:and|or)\s+", between)
    # not "Tuesday and Thursday's workshops": the days of something else
    owned = text[start:].split(" ", 1)[0].lower().rstrip(",.").endswith("'s")
    return first.phrase + between if joins and not owned else None


def _english_shades(
    value: dict[str, Any], day: dt.date, phrase: str, before: str, rest: str
) -> tuple[dt.date, str]:
    """What English says around a date that Duckling leaves out: part of a week ("early next
    week"), "Friday week", a time of day before it ("first thing Monday")."""
    if value.get("grain") == "week" and (part := PART_OF_WEEK.search(before)):
        start = dt.datetime.fromisoformat(value["value"]).date()
        offset = WEEK_PART_DAYS.get(part.group("part").lower(), 2)
        return start + dt.timedelta(days=offset), part.group(0) + phrase
    if WEEKDAY.match(phrase.strip()) and (week := DAY_WEEK.match(rest)):
        return day + dt.timedelta(days=7), phrase + week.group(0)
    if time_of_day := TIME_OF_DAY_BEFORE.search(before):
        return day, time_of_day.group(0) + phrase
    return day, phrase
