"""Who is free when: pure decisions over working hours, busy times, buffers and notice.

Nothing here reads a clock, a database or a calendar server; callers pass ``now`` and the
busy times, so tests can check every rule (zones, DST, buffers) directly.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from services.scheduling.intent import Slot, TimeCandidate

Hours = tuple[dt.time, dt.time]
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def default_hours() -> dict[int, Hours]:
    """Monday to Friday, 09:00-17:00."""
    return {day: (dt.time(9), dt.time(17)) for day in range(5)}


@dataclass(frozen=True)
class WorkProfile:
    """When one internal person can meet: zone, hours per weekday (0 = Monday), buffers, notice."""

    person: str
    timezone: str = "UTC"
    working_hours: Mapping[int, Hours] = field(default_factory=default_hours)
    buffer_minutes: int = 0
    min_notice_minutes: int = 0

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def hours_on(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """The working span of ``day`` in this person's zone, or None on a day off."""
        hours = self.working_hours.get(day.weekday())
        if hours is None:
            return None
        zone = self.zone
        return dt.datetime.combine(day, hours[0], zone), dt.datetime.combine(day, hours[1], zone)


@dataclass(frozen=True)
class Verdict:
    """Whether a slot works for everyone, and why (one line per check that failed)."""

    slot: Slot
    free: bool
    reasons: tuple[str, ...]


def overlaps(a: Slot, b: Slot) -> bool:
    return a.start < b.end and b.start < a.end


def check(
    slot: Slot,
    profiles: Sequence[WorkProfile],
    busy: Mapping[str, Sequence[Slot]],
    now: dt.datetime,
) -> Verdict:
    """Check ``slot`` against every person's notice, working hours and (buffered) busy times."""
    reasons: list[str] = []
    if slot.end <= slot.start:
        reasons.append("the slot ends before it starts")
    for p in profiles:
        local = slot.start.astimezone(p.zone)
        label = f"{p.person} ({local:%a %d %b %H:%M} {p.timezone})"
        if slot.start < now + dt.timedelta(minutes=p.min_notice_minutes):
            if slot.start < now:
                reasons.append(f"{label}: the time is in the past")
            else:
                reasons.append(f"{label}: less than {p.min_notice_minutes} minutes' notice")
            continue
        span = p.hours_on(local.date())
        if span is None or not (span[0] <= slot.start and slot.end <= span[1]):
            reasons.append(f"{label}: outside working hours")
            continue
        pad = dt.timedelta(minutes=p.buffer_minutes)
        padded = Slot(slot.start - pad, slot.end + pad)
        clash = next((b for b in busy.get(p.person, ()) if overlaps(padded, b)), None)
        if clash is not None:
            why = (
                "busy"
                if overlaps(slot, clash)
                else f"inside the {p.buffer_minutes}-minute buffer of"
            )
            reasons.append(f"{label}: {why} {clash.start:%H:%M}-{clash.end:%H:%M} UTC")
    return Verdict(slot, not reasons, tuple(reasons))


STEP = dt.timedelta(minutes=15)


def candidate_slots(candidate: TimeCandidate, duration_minutes: int) -> list[Slot]:
    """The slots a candidate allows, best first.

    A point time gives one. A range longer than the meeting ("from 2 to 4", 30 minutes) gives
    every start in it on a quarter-hour step, in order. A bare day ("Tuesday works", grain
    "day") gives every start that day, nearest to mid-morning first.
    """
    length = dt.timedelta(minutes=duration_minutes)
    whole_day = candidate.grain not in ("minute", "hour", "second")
    end = candidate.end
    if whole_day and (end is None or end <= candidate.start):
        end = candidate.start + dt.timedelta(days=1)
    if end is None or end - candidate.start <= length:
        return [Slot(candidate.start, candidate.start + length)]
    slots, start = [], candidate.start
    while start + length <= end:
        slots.append(Slot(start, start + length))
        start += STEP
    if whole_day:
        morning = dt.datetime.combine(candidate.start.date(), dt.time(10), candidate.start.tzinfo)
        slots.sort(key=lambda s: abs(s.start - morning))
    return slots


def first_free(
    candidates: Iterable[TimeCandidate],
    duration_minutes: int,
    profiles: Sequence[WorkProfile],
    busy: Mapping[str, Sequence[Slot]],
    now: dt.datetime,
) -> tuple[Slot | None, tuple[Verdict, ...]]:
    """The first offered time free for everyone, in the order offered, with the verdicts.

    For a range, only the first failing verdict is kept when none of its starts is free.
    """
    verdicts: list[Verdict] = []
    for candidate in candidates:
        results = [
            check(s, profiles, busy, now) for s in candidate_slots(candidate, duration_minutes)
        ]
        free = next((v for v in results if v.free), None)
        verdicts.append(free or results[0])
        if free is not None:
            return free.slot, tuple(verdicts)
    return None, tuple(verdicts)
