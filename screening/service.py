"""Candidate sessions: start one, take a message, persist the transcript and the outcome."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from screening import conversation, rules
from screening.conversation import Ports
from screening.errors import MessageTooLong, NotFound, ScreeningError
from screening.jobdef import JobDef
from screening.jobstore import current_version, job_by_version_id, job_of
from screening.models import CandidateSession, ScreeningMessage
from screening.ports import RuntimePorts
from screening.state import State
from screening.textnorm import READ_LIMIT
from services.runtime import Runtime
from services.storage import utcnow

MAX_MESSAGE_CHARS = 20_000  # hard limit: longer messages are refused, never cut silently
EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")

PortsFactory = Callable[[Runtime, CandidateSession, dt.datetime], Ports]


def default_ports(runtime: Runtime, row: CandidateSession, now: dt.datetime) -> Ports:
    return RuntimePorts(runtime, row.name, row.email, now)


@dataclass(frozen=True)
class Reply:
    session_id: str
    reply: str
    done: bool


class BadCandidate(ScreeningError):
    """Name or email missing or malformed."""


def start(runtime: Runtime, job_id: str, name: str, email: str) -> Reply:
    """Open a screening for a candidate; the reply is the notice and the first question."""
    name, email = name.strip(), email.strip()
    if not name or len(name) > 200:
        raise BadCandidate("please give your name (up to 200 characters)")
    if not EMAIL.match(email) or len(email) > 320:
        raise BadCandidate("please give a valid email address, like ana@example.com")
    with runtime.db.session() as s:
        version = current_version(s, job_id)
        job = job_of(version)
        row = CandidateSession(
            id=secrets.token_urlsafe(24),
            job_id=job_id,
            job_version_id=version.id,
            name=name,
            email=email,
            state=State().to_json(),
        )
        s.add(row)
        reply = conversation.opening(job, name, runtime.settings.candidate_retention_days)
        s.add(ScreeningMessage(session_id=row.id, role="screener", text=reply))
        return Reply(row.id, reply, False)


def load(s: Session, session_id: str, lock: bool = False) -> tuple[CandidateSession, JobDef]:
    """A candidate session and the job version it started with. Raises NotFound."""
    row = s.get(CandidateSession, session_id, with_for_update=lock) if session_id else None
    if row is None:
        raise NotFound("no such screening (it may have ended and been deleted)")
    return row, job_by_version_id(s, row.job_version_id)


def message(
    runtime: Runtime,
    session_id: str,
    text: str,
    *,
    now: dt.datetime | None = None,
    ports: PortsFactory | None = None,
) -> Reply:
    """One candidate message -> the screener's reply. Raises NotFound, MessageTooLong."""
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessageTooLong(
            f"your message has {len(text):,} characters; the limit is {MAX_MESSAGE_CHARS:,}. "
            "Please send a shorter answer."
        )
    now = now or utcnow()
    with runtime.db.session() as s:
        row, job = load(s, session_id, lock=True)
        s.add(ScreeningMessage(session_id=row.id, role="candidate", text=text))
        turn = conversation.handle(
            job, State.from_json(row.state), text, (ports or default_ports)(runtime, row, now), now
        )
        reply = turn.reply
        if len(text) > READ_LIMIT:
            reply = (
                "That was a long message; it is saved in full for the recruiter, but I read "
                f"only the first {READ_LIMIT:,} characters for my question.\n\n{reply}"
            )
        _store_outcome(row, job, turn.state, now)
        s.add(ScreeningMessage(session_id=row.id, role="screener", text=reply))
        return Reply(row.id, reply, turn.done)


def _store_outcome(row: CandidateSession, job: JobDef, state: State, now: dt.datetime) -> None:
    row.state = state.to_json()
    row.status = state.status
    row.knockout = state.knockout
    row.score, _ = rules.total(job, state.clear_values())
    row.updated_at = now


def transcript(s: Session, session_id: str) -> list[ScreeningMessage]:
    """Every message of a session, oldest first."""
    return list(
        s.scalars(
            select(ScreeningMessage)
            .where(ScreeningMessage.session_id == session_id)
            .order_by(ScreeningMessage.id)
        )
    )
