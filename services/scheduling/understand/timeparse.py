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
from services.scheduling.understand import clock, duckling_engine, languages, zones
from services.scheduling.understand.checks import MONTH_WORDS
from services.scheduling.understand.errors import BadInput
from services.scheduling.understand.fallback import dateparser_search

_YEAR_WORDS = re.compile(
    r"\b(?:19|20)\d{2}\b|\byears?\b|\baños?\b|\bans?\b|\bjahre?n?\b|\bani\b", re.I
)
_BARE_RANGE = re.compile(r"(?<![\d/:.])(\d{1,2})\s*[-–]\s*(\d{1,2}:\d{2})")
_RO_BARE_HOUR = re.compile(r"\b(ora|orele)\s+(\d{1,2})\b(?![:.]\d)", re.IGNORECASE)
# Phone numbers and long digit runs (invoice numbers, street numbers) are never times.
_PHONE = re.compile(
    r"\+\d[\d\s().-]{6,}\d|\b\d[\d\s().-]{8,}\d\b(?<!\d{4}-\d{2}-\d{2})|#\s?\d[\w-]+"
)
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
    r"(?P<a>.+?)\s+(?:to|until|till|al|hasta el|à|au|auf|bis|pe|până la|pana la)\s+(?P<b>.+)",
    re.I | re.S,
)
_TRAILING_WORD = re.compile(r"\s+(?:eine?|one|une?|una|o)\s*$", re.I)


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
        entities = duckling_engine.parse(
            masked, now=now, tz=tz, lang=lang, dims=("time",), latent=True
        )
    found: list[TimeCandidate] = []
    read = _read(entities, masked, now=now, tz=tz, lang=lang)
    for start, end, candidate in _merge_day_and_time(read, prepared):
        body = prepared[start:end]
        kept = _guard_far_future(candidate, body, now=now, tz=tz, lang=lang)
        if kept is None:
            continue
        zone_here = _zone_after(start, end, prepared, mentions)
        found.append(_in_zone(kept, zone_here or zone, explicit=zone_here is not None))
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
_JOINER = re.compile(
    r"(?:\s|,|à|\b(?:la|ora|orele|at|a las|a la|um|vers|gegen|around)\b)*",
    re.I,
)


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
                read += [
                    (offset + s, offset + end, c)
                    for s, end, c in _read(sub, part, now=now, tz=tz, lang=lang)
                ]
            continue
        trimmed = _TRAILING_WORD.sub("", body)
        if trimmed != body:
            # "um 14 Uhr eine halbe Stunde": the number word belongs to the duration
            sub = duckling_engine.parse(trimmed, now=now, tz=tz, lang=lang, dims=("time",))
            read += [
                (e.start + s, e.start + end, c)
                for s, end, c in _read(sub, trimmed, now=now, tz=tz, lang=lang)
            ]
            continue
        if clock.is_only_duration(body):
            continue
        candidate = clock.candidate(e.value, body, now=now)
        if candidate is not None and candidate.start.year >= now.year - 1:
            read.append(
                (e.start, e.end, clock.own_range(clock.written_clock(candidate, body), body))
            )
    return read


def _merge_day_and_time(read: list[_Read], text: str) -> list[_Read]:
    """Join a day and the clock time Duckling left apart ("marți la ora 14:00")."""
    merged: list[_Read] = []
    for start, end, c in read:
        if merged:
            p_start, p_end, p = merged[-1]
            gap = text[p_end:start]
            names_a_day = _DAY_WORD.search(c.text) or _MONTH.search(c.text)
            if (
                p.grain == "day"
                and c.grain in {"hour", "minute"}
                and _JOINER.fullmatch(gap)
                and not names_a_day
            ):
                day = p.start.date()
                moved = dt.datetime.combine(day, c.start.timetz())
                shift = moved - c.start
                merged[-1] = (
                    p_start,
                    end,
                    TimeCandidate(
                        moved, c.end + shift if c.end else None, text[p_start:end], c.grain
                    ),
                )
                continue
        merged.append((start, end, c))
    return merged


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


def _zone_after(
    start: int, end: int, text: str, mentions: list[zones.ZoneMention]
) -> dt.tzinfo | None:
    """The zone written inside the expression or right after it ("4pm CET", "(BST)")."""
    for z in mentions:
        if start <= z.start < end or (end <= z.start and not text[end : z.start].strip(" ,(")):
            return z.zone
    return None


def _in_zone(candidate: TimeCandidate, zone: dt.tzinfo, *, explicit: bool) -> TimeCandidate:
    """Duckling answers in the writer's zone; a written zone keeps the wall time it names."""
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
