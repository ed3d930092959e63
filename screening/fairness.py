"""Adverse-impact report from voluntary self-identification (NYC Local Law 144 style).

Selection rate per group = selected / candidates in the group; impact ratio = a group's rate
over the highest group's rate; a ratio under 0.8 is flagged (the EEOC four-fifths rule).
The self-identification is stored apart from answers and never reaches the rules.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from screening.models import CandidateSession, SelfIdentification
from screening.state import QUALIFIED

SEX_OPTIONS = ("female", "male", "another")
RACE_OPTIONS = (
    "hispanic or latino",
    "white",
    "black or african american",
    "native hawaiian or pacific islander",
    "asian",
    "native american or alaska native",
    "two or more races",
)
UNKNOWN = "unknown (not provided)"
FOUR_FIFTHS = 0.8


@dataclass(frozen=True)
class GroupRate:
    group: str
    candidates: int
    selected: int
    rate: float
    impact_ratio: float | None  # None for the unknown group, which is reported but not compared
    flagged: bool


def is_selected(status: str, decision: str) -> bool:
    """Selected = moved forward: qualified by the screener (and not rejected) or advanced by HR."""
    return decision == "advanced" or (status == QUALIFIED and decision != "rejected")


def impact(groups: dict[str, tuple[int, int]]) -> list[GroupRate]:
    """Selection rates and impact ratios for group -> (candidates, selected)."""
    rates = {g: sel / n for g, (n, sel) in groups.items() if n}
    known = [r for g, r in rates.items() if g != UNKNOWN]
    best = max(known, default=0.0)
    out = []
    for group, (n, sel) in sorted(groups.items()):
        rate = rates.get(group, 0.0)
        ratio = None if group == UNKNOWN or not best else rate / best
        out.append(GroupRate(group, n, sel, rate, ratio, ratio is not None and ratio < FOUR_FIFTHS))
    return out


def report(s: Session, job_id: str) -> dict[str, list[GroupRate]]:
    """Per category (sex, race/ethnicity, intersectional), the rates for one job's candidates."""
    rows = s.execute(
        select(
            CandidateSession.status,
            CandidateSession.decision,
            SelfIdentification.sex,
            SelfIdentification.race_ethnicity,
        )
        .outerjoin(SelfIdentification, SelfIdentification.session_id == CandidateSession.id)
        .where(CandidateSession.job_id == job_id, CandidateSession.status != "in_progress")
    ).all()
    counts: dict[str, Counter[str]] = {
        "sex": Counter(),
        "race_ethnicity": Counter(),
        "intersectional": Counter(),
    }
    chosen: dict[str, Counter[str]] = {k: Counter() for k in counts}
    for status, decision, sex, race in rows:
        keys = {
            "sex": sex or UNKNOWN,
            "race_ethnicity": race or UNKNOWN,
            "intersectional": f"{sex} / {race}" if sex and race else UNKNOWN,
        }
        for category, group in keys.items():
            counts[category][group] += 1
            chosen[category][group] += is_selected(status, decision)
    return {c: impact({g: (counts[c][g], chosen[c][g]) for g in counts[c]}) for c in counts}
