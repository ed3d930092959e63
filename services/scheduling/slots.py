"""Suggesting good times when none of the offered ones is free (pure).

A good slot is free for every internal attendee, inside everyone's working hours, and at a
civil hour for each of them: mid-morning or early afternoon in their own zone, away from
lunch. Suggestions are spread over the next working days, one a day, so a person who cannot
make one day has another to choose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from services.scheduling.availability import WorkProfile, check
from services.scheduling.intent import Slot

GRID = dt.timedelta(minutes=30)
PREFERRED_HOURS = (10.0, 14.0)  # local times people like meetings at
LUNCH = (12.0, 13.0)


def comfort_penalty(slot: Slot, profiles: Sequence[WorkProfile]) -> float:
    """Lower is better: hours away from mid-morning / early afternoon, summed over people."""
    penalty = 0.0
    for p in profiles:
        start = slot.start.astimezone(p.zone)
        end = slot.end.astimezone(p.zone)
        hour = start.hour + start.minute / 60
        end_hour = end.hour + end.minute / 60 if end.date() == start.date() else 24.0
        penalty += min(abs(hour - preferred) for preferred in PREFERRED_HOURS)
        if hour < LUNCH[1] and end_hour > LUNCH[0]:
            penalty += 1.5
    return penalty


def _day_candidates(
    day: dt.date,
    duration: dt.timedelta,
    profiles: Sequence[WorkProfile],
    busy: Mapping[str, Sequence[Slot]],
    now: dt.datetime,
) -> list[Slot]:
    zone = profiles[0].zone
    start = dt.datetime.combine(day, dt.time(0), zone)
    found = []
    for step in range(int(dt.timedelta(days=1) / GRID)):
        # step in UTC so DST days neither skip nor repeat a grid point
        begin = (start.astimezone(dt.UTC) + step * GRID).astimezone(zone)
        if begin.date() != day:
            break
        slot = Slot(begin, begin + duration)
        if check(slot, profiles, busy, now).free:
            found.append(slot)
    return sorted(found, key=lambda s: (comfort_penalty(s, profiles), s.start))


def suggest(
    profiles: Sequence[WorkProfile],
    busy: Mapping[str, Sequence[Slot]],
    duration_minutes: int,
    now: dt.datetime,
    *,
    count: int = 3,
    horizon_days: int = 21,
) -> list[Slot]:
    """Up to ``count`` free slots, one per working day where possible, in time order.

    Args:
        profiles: the internal attendees; the first one's zone defines "a day".
        busy: busy times per person (UTC-aware slots).
        duration_minutes: length of the meeting.
        now: the reference time (the email's date).
    """
    if not profiles:
        raise ValueError("suggest needs at least one internal attendee's working profile")
    duration = dt.timedelta(minutes=duration_minutes)
    first_day = now.astimezone(profiles[0].zone).date()
    per_day = [
        _day_candidates(first_day + dt.timedelta(days=i), duration, profiles, busy, now)
        for i in range(horizon_days)
    ]
    chosen: list[Slot] = []
    # first pass: the best slot of each day; later passes fill up from the same days
    for rank in range(3):
        for options in per_day:
            if len(chosen) >= count:
                break
            if len(options) > rank and all(
                abs(options[rank].start - c.start) >= duration for c in chosen
            ):
                chosen.append(options[rank])
        if len(chosen) >= count:
            break
    return sorted(chosen, key=lambda s: s.start)
