"""Accepting a message at the SMTP edge: raw file fsynced, row and job committed, then 250.

Runs in a worker thread (never on the event loop). Once :func:`accept` returns, a crash
loses nothing: the ``mail.handle_inbound`` job is in the same transaction as the row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mail_gateway.headers import clean
from mail_gateway.models import InboundMail
from mail_gateway.parsing import read_message_id
from mail_gateway.store import inbound_dir, write_raw
from services import jobs
from services.storage import Database

log = logging.getLogger(__name__)

HANDLE_JOB = "mail.handle_inbound"


@dataclass(frozen=True)
class Envelope:
    """What the SMTP session said about a message."""

    mail_from: str
    rcpt_to: tuple[str, ...]
    peer: str = ""


@dataclass(frozen=True)
class Accepted:
    """The stored row for a message, and whether we already had it."""

    inbound_id: int
    message_id: str
    duplicate: bool


def accept(
    db: Database, data_dir: Path, raw: bytes, envelope: Envelope, *, fsync: bool = True
) -> Accepted:
    """Store ``raw`` durably (unless its Message-ID is known) and enqueue its handling."""
    message_id = read_message_id(raw)
    existing = _find(db, message_id)
    if existing is not None:
        log.info("duplicate message %s (already inbound %s)", message_id, existing)
        return Accepted(existing, message_id, duplicate=True)
    path, digest = write_raw(inbound_dir(data_dir), raw, fsync=fsync)
    try:
        with db.session() as session:
            row = InboundMail(
                message_id=message_id,
                raw_path=str(path),
                sha256=digest,
                size=len(raw),
                mail_from=clean(envelope.mail_from.lower())[:320],
                rcpt_to=[clean(r.lower()) for r in envelope.rcpt_to],
                peer=clean(envelope.peer)[:200],
            )
            session.add(row)
            session.flush()
            jobs.enqueue(
                session,
                HANDLE_JOB,
                {"inbound_id": row.id},
                idempotency_key=f"{HANDLE_JOB}:{row.id}",
            )
            inbound_id = row.id
    except IntegrityError:
        # the same message arrived on two connections at once; the other one won
        path.unlink(missing_ok=True)
        winner = _find(db, message_id)
        if winner is None:
            raise
        return Accepted(winner, message_id, duplicate=True)
    log.info("stored inbound %s (%s, %d bytes)", inbound_id, message_id, len(raw))
    return Accepted(inbound_id, message_id, duplicate=False)


def _find(db: Database, message_id: str) -> int | None:
    with db.session() as session:
        return session.scalar(select(InboundMail.id).where(InboundMail.message_id == message_id))
