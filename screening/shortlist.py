"""The recruiter's shortlist: candidates ranked best first, with the reasons for each score."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from screening import rules
from screening.jobstore import job_by_version_id
from screening.models import CandidateSession
from screening.rules import Points
from screening.state import STATUSES, State


@dataclass(frozen=True)
class Entry:
    """One candidate on a shortlist."""

    session_id: str
    name: str
    email: str
    status: str
    decision: str
    score: float
    answers: dict[str, Any]  # question id -> value (None when it needs a person to read)
    knockout: str | None
    breakdown: tuple[Points, ...]
    state: State
    created_at: str

    def to_api(self) -> dict[str, Any]:
        """Public JSON: numbers as numbers, yes/no as "yes"/"no", choices as the option."""
        return {
            "candidate": {"name": self.name, "email": self.email},
            "status": self.status,
            "score": self.score,
            "answers": {k: _api_value(v) for k, v in self.answers.items()},
            "knockout": self.knockout,
        }


def _api_value(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def rank_key(entry: Entry) -> tuple[int, float, str]:
    """Status first (qualified, needs review, in progress, knocked out), then score, then age."""
    return (STATUSES.index(entry.status), -entry.score, entry.created_at)


def build(s: Session, job_id: str) -> list[Entry]:
    """Every candidate of ``job_id``, best first."""
    rows = s.scalars(select(CandidateSession).where(CandidateSession.job_id == job_id))
    entries = []
    for row in rows:
        job = job_by_version_id(s, row.job_version_id)
        state = State.from_json(row.state)
        score, breakdown = rules.total(job, state.clear_values())
        entries.append(
            Entry(
                session_id=row.id,
                name=row.name,
                email=row.email,
                status=row.status,
                decision=row.decision,
                score=score,
                answers={
                    q.id: state.answers[q.id].value for q in job.questions if q.id in state.answers
                },
                knockout=row.knockout,
                breakdown=tuple(breakdown),
                state=state,
                created_at=row.created_at.isoformat(),
            )
        )
    return sorted(entries, key=rank_key)


def to_csv(entries: list[Entry], question_ids: list[str]) -> str:
    """CSV for a spreadsheet: one row per candidate, one column per question."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["rank", "name", "email", "status", "decision", "score", "knockout", *question_ids]
    )
    for rank, e in enumerate(entries, 1):
        values = [
            "" if e.answers.get(q) is None else _api_value(e.answers[q]) for q in question_ids
        ]
        writer.writerow(
            [
                rank,
                _cell(e.name),
                _cell(e.email),
                e.status,
                e.decision,
                f"{e.score:g}",
                e.knockout or "",
                *(_cell(str(v)) for v in values),
            ]
        )
    return out.getvalue()


def _cell(value: str) -> str:
    """Candidate text cannot become a spreadsheet formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
