"""Time expressions to aware datetimes: Duckling first, our own rules and guards around it.

``resolve`` returns the times in the order written. Around Duckling we add: explicit zones
("11am ET", "16:00 Berlin time"), work-hours reading of bare hours ("Monday at 4" is 16:00),
ranges Duckling misreads ("9-10:30"), Romanian without diacritics, and guards against its
far-future misreadings ("Tuesday at half past ten, 30 minutes" read as the year 2030).
dateparser is the fallback when Duckling finds nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from services.scheduling.intent import TimeCandidate
from services.scheduling.understand import duckling_engine, languages, zones
from services.scheduling.understand.checks import MONTH_WORDS
from services.scheduling.understand.durations import find_durations
from services.scheduling.understand.fallback import dateparser_search
from services.scheduling.understand.errors import BadInput

_GRAIN = {
    "second": dt.timedelta(seconds=1), "minute": dt.timedelta(minutes=1),
    "hour": dt.timedelta(hours=1), "day": dt.timedelta(days=1),
}
_MERIDIEM = re.compile(
    r"\d(?:a|p)\b|\d\s*(?:a|p)\.?\s?m\b\.?|\d\s*(?:a|p)\.|\b(?:am|pm|a\.m|p\.m|morning|evening|tonight|tonite|night|afternoon|"
    r"noon|midnight|matin|soir|mañana temprano|madrugada|tarde|noche|morgens|abends|nachmittags|"
    r"früh|dimineața|dimineata|seara|după-amiază|dupa-amiaza)\b",
    re.IGNORECASE,
)
_TWENTY_FOUR = re.compile(r"\b(?:0\d|1[3-9]|2[0-3])(?::|h|\.)?\d{0,2}\b|\b\d{1,2}h\d{2}\b")
_YEAR_WORDS = re.compile(r"\b(?:19|20)\d{2}\b|\byears?\b|\baños?\b|\bans?\b|\bjahre?n?\b|\bani\b", re.I)
_BARE_RANGE = re.compile(r"(?<![\d/:.])(\d{1,2})\s*[-–]\s*(\d{1,2}:\d{2})")
_RO_BARE_HOUR = re.compile(r"\b(ora|orele)\s+(\d{1,2})\b(?![:.]\d)", re.IGNORECASE)
# Phone numbers and long digit runs (invoice numbers, street numbers) are never times.
_PHONE = re.compile(r"\+\d[\d\s().-]{6,}\d|\b\d[\d\s().-]{8,}\d\b(?<!\d{4}-\d{2}-\d{2})|#\s?\d[\w-]+")
_TRAILING_NUMBER = re.compile(r"[,;]\s*\d+\s*$")
_FAR_FUTURE = dt.timedelta(days=400)
_DAY_NAMES = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|lunes|martes|"
    r"miércoles|jueves|viernes|mañana|hoy|lundi|mardi|mercredi|jeudi|vendredi|demain|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|morgen|heute|luni|marți|miercuri|joi|vineri|mâine|azi|astăzi"
)
_MONTH = re.compile(r"\b(?:" + MONTH_WORDS + r")\b", re.I)
_DAY_WORD = re.compile(r"\b(?:" + _DAY_NAMES + r")\b", re.I)
_DAY_SPAN = re.compile(
    r"(?P<a>.+?)\s+(?:to|until|till|al|hasta el|à|au|auf|bis|pe|până la|pana la)\s+(?P<b>.+)", re.I | re.S
)
_TRAILING_WORD = re.compile(r"\s+(?:eine?|one|une?|una|o)\s*$", re.I)
_CLOCK_RANGE = re.compile(
    r"\b(?:de|from|von|between|entre|între|intre|din|de la)\s+(?P<h1>\d{1,2})(?:[:.h](?P<m1>\d{2}))?\s*(?:h|uhr)?\s*"
    r"(?:a|to|-|–|bis|și|si|and|y|et|à|până la|pana la|la)\s+(?P<h2>\d{1,2})(?:[:.h](?P<m2>\d{2}))?\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:in|dans|en|peste|în|binnen|next)\s+(?:\d+|an?|one|two|three|few|couple|une?|dos|zwei|o)\b"
    r"|\bhence\b|\bfrom now\b",
    re.I,
)
_HOUR_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "eins": "1", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6",
}


def resolve(
    text: str, *, now: dt.datetime, tz: str, lang: str | None = None, latent: bool = False
) -> list[TimeCandidate]:
    """Every time named in ``text``, in the order written.

    Args:
        text: the words (an email body or one expression).
        now: the reference time (the email's Date header), timezone-aware.
        tz: the writer's IANA zone, used unless the text names another.
        lang: one of ``languages.LANGUAGES``; detected when None.
        latent: also read bare numbers ("7") as times; for single expressions only.
    """
    if now.tzinfo is None:
        raise BadInput("now must be timezone-aware (e.g. 2026-03-02T09:00:00+01:00)")
    zone = zones.zone_of(tz)
    lang = lang or languages.detect(text)
    prepared = _prepare(text, lang)
    mentions = zones.find_zones(prepared)
    masked = _PHONE.sub(_blank_number, zones.mask(prepared, mentions))
    entities = duckling_engine.parse(masked, now=now, tz=tz, lang=lang, dims=("time",))
    if latent and not _has_clock_time(entities):
        entities = duckling_engine.parse(masked, now=now, tz=tz, lang=lang, dims=("time",), latent=True)
    found: list[TimeCandidate] = []
    read = _read(entities, masked, now=now, tz=tz, lang=lang)
    for start, end, candidate in _merge_day_and_time(read, prepared):
        body = prepared[start:end]
        candidate = _guard_far_future(candidate, body, now=now, tz=tz, lang=lang)
        if candidate is None:
            continue
        zone_here = _zone_after(start, end, prepared, mentions)
        found.append(_in_zone(candidate, zone_here or zone, explicit=zone_here is not None))
    if not entities:
        found = [
            _in_zone(c, zone, explicit=False)
            for c in dateparser_search(masked, now=now.astimezone(zone), lang=lang)
            if c.start.year >= now.year - 1 and c.start - now.astimezone(zone) < _FAR_FUTURE
        ]
    return found


def _prepare(text: str, lang: str) -> str:
    text = _BARE_RANGE.sub(lambda m: f"{m.group(1)}:00-{m.group(2)}", text)
    if lang == "ro":
        text = languages.restore_romanian(text)
        text = _RO_BARE_HOUR.sub(lambda m: f"{m.group(1)} {m.group(2)}:00", text)
    return text


def _blank_number(m: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in m.group(0))
    keep = digits < 7 or (digits < 9 and not m.group(0).startswith(("+", "#")))
    return m.group(0) if keep else " " * len(m.group(0))


def _has_clock_time(entities: list[duckling_engine.Entity]) -> bool:
    """Whether some match names a time of day (else a lone "7" or "ten thirty" may be one)."""
    for e in entities:
        grain = e.value.get("grain") or (e.value.get("from") or {}).get("grain")
        if grain in {"hour", "minute"}:
            return True
    return False


def _non_overlapping(entities: list[duckling_engine.Entity]) -> list[duckling_engine.Entity]:
    """Longest matches win; the survivors in text order."""
    kept: list[duckling_engine.Entity] = []
    for e in sorted(entities, key=lambda e: (-(e.end - e.start), e.start)):
        if all(e.end <= k.start or e.start >= k.end for k in kept):
            kept.append(e)
    return sorted(kept, key=lambda e: e.start)


_Read = tuple[int, int, TimeCandidate]
_JOINER = re.compile(r"(?:\s|,|\bla\b|\bora\b|\borele\b|\bat\b|à|\ba las\b|\ba la\b|\bum\b|\bvers\b|\bgegen\b|\baround\b)*", re.I)


def _read(
    entities: list[duckling_engine.Entity], text: str, *, now: dt.datetime, tz: str, lang: str
) -> list[_Read]:
    read: list[_Read] = []
    for e in _non_overlapping(entities):
        body = text[e.start : e.end]
        halves = _DAY_SPAN.fullmatch(body)
        if halves and all(_DAY_WORD.search(halves.group(k)) for k in ("a", "b")):
            # "our call on Thursday to Friday at 3pm": two days, each read on its own
            for key in ("a", "b"):
                part = halves.group(key)
                offset = e.start + halves.start(key)
                sub = duckling_engine.parse(part, now=now, tz=tz, lang=lang, dims=("time",))
                read += [(offset + s, offset + end, c) for s, end, c in _read(sub, part, now=now, tz=tz, lang=lang)]
            continue
        trimmed = _TRAILING_WORD.sub("", body)
        if trimmed != body:
            # "um 14 Uhr eine halbe Stunde": the number word belongs to the duration
            sub = duckling_engine.parse(trimmed, now=now, tz=tz, lang=lang, dims=("time",))
            read += [(e.start + s, e.start + end, c) for s, end, c in _read(sub, trimmed, now=now, tz=tz, lang=lang)]
            continue
        if _is_only_duration(body):
            continue
        candidate = _candidate(e.value, body, now=now)
        if candidate is not None and candidate.start.year >= now.year - 1:
            read.append((e.start, e.end, _own_range(_written_clock(candidate, body), body)))
    return read


def _written_clock(candidate: TimeCandidate, body: str) -> TimeCandidate:
    """ "a las 12:00" read as midnight: a written 24-hour clock time wins over Duckling's."""
    clocks = re.findall(r"\b(\d{1,2})[:h.](\d{2})\b", body)
    if len(clocks) != 1 or _MERIDIEM.search(body) or candidate.end is not None:
        return candidate
    hour, minute = int(clocks[0][0]), int(clocks[0][1])
    start = candidate.start
    if 12 <= hour <= 23 and minute < 60 and start.hour != hour and start.hour % 12 == hour % 12:
        return TimeCandidate(start.replace(hour=hour, minute=minute), None, candidate.text, candidate.grain)
    return candidate


def _is_only_duration(body: str) -> bool:
    """ "d'une heure", "30 minutes": a length Duckling also read as a time."""
    found = find_durations(body)
    return bool(found) and len(found[0].text) >= 0.8 * len(body.strip(" '’d"))


def _own_range(candidate: TimeCandidate, body: str) -> TimeCandidate:
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


def _merge_day_and_time(read: list[_Read], text: str) -> list[_Read]:
    """Join a day and the clock time Duckling left apart ("marți la ora 14:00")."""
    merged: list[_Read] = []
    for start, end, c in read:
        if merged:
            p_start, p_end, p = merged[-1]
            gap = text[p_end:start]
            names_a_day = _DAY_WORD.search(c.text) or _MONTH.search(c.text)
            if p.grain == "day" and c.grain in {"hour", "minute"} and _JOINER.fullmatch(gap) and not names_a_day:
                day = p.start.date()
                moved = dt.datetime.combine(day, c.start.timetz())
                shift = moved - c.start
                merged[-1] = (
                    p_start, end,
                    TimeCandidate(moved, c.end + shift if c.end else None, text[p_start:end], c.grain),
                )
                continue
        merged.append((start, end, c))
    return merged


def _parse_iso(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def _candidate(value: dict, body: str, *, now: dt.datetime) -> TimeCandidate | None:
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


def _interval_end(start: dt.datetime, hi: dict, body: str) -> dt.datetime:
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


def _guard_far_future(
    candidate: TimeCandidate, body: str, *, now: dt.datetime, tz: str, lang: str
) -> TimeCandidate | None:
    """Duckling reads a trailing number as a year ("..., 30" -> 2030); re-read without it."""
    if candidate.start - now < _FAR_FUTURE or _YEAR_WORDS.search(body):
        return candidate
    trimmed = _TRAILING_NUMBER.sub("", body)
    if trimmed != body:
        again = [
            c for c in resolve(trimmed, now=now, tz=tz, lang=lang) if c.start - now < _FAR_FUTURE
        ]
        if again:
            return again[0]
    return None


def _zone_after(start: int, end: int, text: str, mentions: list[zones.ZoneMention]) -> dt.tzinfo | None:
    """The zone written inside the expression or right after it ("4pm CET", "(BST)")."""
    for z in mentions:
        if start <= z.start < end or (end <= z.start and not text[end : z.start].strip(" ,(")):
            return z.zone
    return None


def _in_zone(candidate: TimeCandidate, zone: dt.tzinfo, *, explicit: bool) -> TimeCandidate:
    """Duckling answers in the writer's zone; a written zone keeps the wall time, not the instant."""
    if not explicit:
        return TimeCandidate(
            candidate.start.astimezone(zone),
            candidate.end.astimezone(zone) if candidate.end else None,
            candidate.text,
            candidate.grain,
        )

    def rezone(t: dt.datetime) -> dt.datetime:
        return t.replace(tzinfo=None).replace(tzinfo=zone)

    return TimeCandidate(
        rezone(candidate.start),
        rezone(candidate.end) if candidate.end else None,
        candidate.text,
        candidate.grain,
    )
