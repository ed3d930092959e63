"""Sending a stored outbox message through the relay (job ``mail.send``), exactly once."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiosmtplib

from mail_gateway import bounces
from mail_gateway.errors import DeliveryError
from mail_gateway.models import OutboundMail
from services.config import Settings
from services.jobs import PermanentJobError
from services.jobs.context import JobContext
from services.storage import utcnow

log = logging.getLogger(__name__)

FINAL_STATES = {"sent", "suppressed", "bounced", "failed"}


def send_outbox(ctx: JobContext, outbox_id: int) -> dict[str, Any]:
    """Deliver outbox message ``outbox_id``; retried by the job system on a transient failure."""
    db, settings = ctx.runtime.db, ctx.runtime.settings
    with db.session() as s:
        row = s.get(OutboundMail, outbox_id)
        if row is None:
            raise PermanentJobError(f"no outbox message {outbox_id}")
        if row.state in FINAL_STATES:
            return {"state": row.state, "already": True}
        skipped = bounces.bouncing(s, row.recipients)
        recipients = [r for r in row.recipients if r not in skipped]
        if not recipients:
            row.state, row.error = "suppressed", "every recipient is marked bouncing"
            log.info("outbox %s suppressed: %s", outbox_id, row.error)
            return {"state": "suppressed"}
        row.attempts += 1
        message_id, mail_from, raw = row.message_id, row.mail_from, row.raw
    try:
        result = ctx.once(
            f"mail.sent:{message_id}", lambda: deliver(settings, mail_from, recipients, raw)
        )
    except DeliveryError as e:
        final = e.permanent or ctx.job.attempt >= ctx.job.max_attempts
        _record_failure(ctx, outbox_id, str(e), final)
        if e.permanent:
            raise PermanentJobError(str(e)) from e
        raise
    refused = (result or {}).get("refused", {})
    with db.session() as s:
        row = s.get(OutboundMail, outbox_id)
        assert row is not None
        row.state, row.sent_at = "sent", utcnow()
        row.error = "; ".join(f"{a}: {why}" for a, why in refused.items())
        for address, why in refused.items():
            if why.startswith("5"):
                bounces.mark(s, address, why[:3], why, None)
    log.info("outbox %s (%s) sent to %s", outbox_id, message_id, ", ".join(recipients))
    return {
        "state": "sent",
        "recipients": recipients,
        "skipped_bouncing": sorted(skipped),
        "refused": refused,
    }


def deliver(
    settings: Settings, mail_from: str, recipients: list[str], raw: bytes
) -> dict[str, Any]:
    """Hand ``raw`` to the relay; returns the recipients it refused (code and text).

    Raises:
        DeliveryError: nothing was accepted; ``permanent`` for 5xx answers or no relay.
    """
    relay = settings.relay_address
    if relay is None:
        raise DeliveryError(
            "no relay configured: set DESKMATE_SMTP_RELAY=host:port", permanent=True
        )
    host, port = relay
    try:
        errors = asyncio.run(_relay(settings, host, port, mail_from, recipients, raw))
    except aiosmtplib.SMTPRecipientsRefused as e:
        codes = [r.code for r in e.recipients]
        detail = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in e.recipients)
        raise DeliveryError(
            f"relay refused every recipient: {detail}", permanent=all(c >= 500 for c in codes)
        ) from e
    except aiosmtplib.SMTPResponseException as e:
        raise DeliveryError(
            f"relay {host}:{port} answered {e.code} {e.message}", permanent=e.code >= 500
        ) from e
    except (aiosmtplib.SMTPException, OSError) as e:
        raise DeliveryError(f"relay {host}:{port} unreachable: {e}") from e
    return {"refused": {addr: f"{resp.code} {resp.message}" for addr, resp in errors.items()}}


async def _relay(
    settings: Settings, host: str, port: int, mail_from: str, recipients: list[str], raw: bytes
) -> dict[str, aiosmtplib.SMTPResponse]:
    """One SMTP session: connect (STARTTLS and login as configured), send, QUIT, hang up.

    After STARTTLS, closing a connection politely waits for the relay's TLS goodbye, which
    can outlast the event loop of :func:`asyncio.run` and leave the socket open until the
    garbage collector finds it. Once the relay has answered QUIT nothing more is owed, so
    the connection is dropped outright and the socket closed before the loop ends.
    """
    client = aiosmtplib.SMTP(
        hostname=host,
        port=port,
        start_tls=settings.smtp_relay_starttls,
        username=settings.smtp_relay_user or None,
        password=settings.smtp_relay_password or None,
        timeout=60,
    )
    transport: asyncio.BaseTransport | None = None
    try:
        async with client:
            transport = client.transport  # the TLS one once STARTTLS is done
            errors, _ = await client.sendmail(mail_from, recipients, raw)
        return errors
    finally:
        if isinstance(transport, asyncio.Transport):
            transport.abort()
            await asyncio.sleep(0)  # let the transport close its socket


def _record_failure(ctx: JobContext, outbox_id: int, error: str, final: bool) -> None:
    with ctx.runtime.db.session() as s:
        row = s.get(OutboundMail, outbox_id)
        if row is not None:
            row.error = error
            row.state = "failed" if final else "queued"
    log.warning(
        "outbox %s not sent (%s): %s", outbox_id, "gave up" if final else "will retry", error
    )
