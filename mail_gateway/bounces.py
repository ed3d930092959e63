"""Addresses that bounce: recorded from delivery reports, and never mailed again."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from mail_gateway.dsn import DeliveryReport
from mail_gateway.models import BouncingAddress, OutboundMail
from services.storage import utcnow

log = logging.getLogger(__name__)


def record_report(session: Session, report: DeliveryReport, inbound_id: int) -> list[str]:
    """Mark the failed recipients of a message we sent as bouncing; return those marked.

    A report is believed only for a message in our outbox and for recipients it was sent
    to, so a forged bounce cannot silence arbitrary addresses.
    """
    if not report.original_message_id:
        return []
    sent = session.scalar(
        select(OutboundMail).where(OutboundMail.message_id == report.original_message_id)
    )
    if sent is None:
        log.warning("bounce for unknown message %s ignored", report.original_message_id)
        return []
    marked = []
    for failure in report.failed:
        if failure.address not in sent.recipients:
            continue
        mark(session, failure.address, failure.status, failure.diagnostic, inbound_id)
        marked.append(failure.address)
    if marked:
        sent.state = "bounced"
        sent.error = "; ".join(
            f"{f.address}: {f.status} {f.diagnostic}".strip()
            for f in report.failed
            if f.address in marked
        )
    return marked


def mark(
    session: Session, address: str, status: str, diagnostic: str, inbound_id: int | None
) -> None:
    """Record (or count again) a bouncing address."""
    row = session.get(BouncingAddress, address)
    now = utcnow()
    if row is None:
        session.add(
            BouncingAddress(
                address=address,
                status=status,
                diagnostic=diagnostic,
                inbound_id=inbound_id,
                first_at=now,
                last_at=now,
            )
        )
    else:
        row.count += 1
        row.status, row.diagnostic, row.last_at = status, diagnostic, now
    log.info("address %s marked bouncing (%s)", address, status)


def bouncing(session: Session, addresses: Iterable[str]) -> set[str]:
    """Which of ``addresses`` are marked bouncing."""
    wanted = list({a.lower() for a in addresses})
    if not wanted:
        return set()
    found = session.scalars(
        select(BouncingAddress.address).where(BouncingAddress.address.in_(wanted))
    )
    return set(found)
