"""Knockout and scoring rules: code over extracted values, never over candidate wording."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from screening.jobdef import JobDef, Question


@dataclass(frozen=True)
class Points:
    """Points one answer earned and the rule that gave them (the recruiter's breakdown)."""

    question_id: str
    points: float
    reason: str


def knocks_out(question: Question, value: Any) -> bool:
    """Whether ``value`` (a clear answer) meets the question's knockout rule."""
    rule = question.knockout
    if rule is None or value is None:
        return False
    if question.type == "date":
        value = dt.date.fromisoformat(value)
    if rule.op == "equals":
        return bool(value == rule.value)
    if rule.op == "not_in":
        return value not in rule.value
    if rule.op == "less_than":
        return bool(value < rule.value)
    return bool(value > rule.value)


def points(question: Question, value: Any) -> Points | None:
    """Points for a clear answer, or None when the question has no score rule."""
    score = question.score
    if score is None or value is None:
        return None
    if score.per_unit is not None:
        raw = float(value) * score.per_unit
        capped = min(raw, score.max if score.max is not None else raw)
        return Points(
            question.id, capped, f"{value:g} x {score.per_unit:g} per unit, max {score.max:g}"
        )
    earned = score.values.get(str(value), 0.0)
    return Points(question.id, earned, f"{value} = {earned:g}")


def total(job: JobDef, answers: dict[str, Any]) -> tuple[float, list[Points]]:
    """The score of clear ``answers`` (question id -> value) and its breakdown."""
    breakdown = [p for q in job.questions if (p := points(q, answers.get(q.id))) is not None]
    return sum(p.points for p in breakdown), breakdown
