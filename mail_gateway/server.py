"""The inbound SMTP edge (aiosmtpd): refuses relaying, enforces limits, stores, then says 250.

Every decision that needs the disk or the database runs in a worker thread; the event loop
only speaks SMTP.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from mail_gateway.intake import Envelope as StoredEnvelope
from mail_gateway.intake import accept
from mail_gateway.limits import RateLimiter
from services.config import Settings
from services.runtime import Runtime

log = logging.getLogger(__name__)

IDENT = "deskmate ESMTP"
REFUSALS_BEFORE_CLOSE = 3  # 451s in one session before 421 and disconnect


class GatewayHandler:
    """aiosmtpd handler hooks: MAIL (rate limit), RCPT (no relay, recipient limit), DATA (store)."""

    def __init__(self, runtime: Runtime, *, fsync: bool = True) -> None:
        self.runtime = runtime
        self.settings = runtime.settings
        self.assistants = {a.lower() for a in self.settings.assistant_addresses}
        self.limiter = RateLimiter(self.settings.smtp_max_per_sender_per_minute)
        self.fsync = fsync

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        key = address.lower() or f"<>@{_peer_host(session)}"  # bounces: limit by client host
        if not self.limiter.allow(key):
            log.warning(
                "rate limit: %s sent more than %d messages this minute", key, self.limiter.limit
            )
            refused = getattr(session, "deskmate_rate_refusals", 0) + 1
            session.deskmate_rate_refusals = refused  # type: ignore[attr-defined]
            if refused >= REFUSALS_BEFORE_CLOSE:
                # A client that keeps pushing after 451s is told once more and cut off.
                if server.transport is not None:
                    asyncio.get_running_loop().call_soon(server.transport.close)
                return "421 4.7.0 Too many messages from this sender; closing the connection"
            return "451 4.7.1 Too many messages from this sender; try again in a minute"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        attempts = getattr(envelope, "rcpt_attempts", 0) + 1
        envelope.rcpt_attempts = attempts  # type: ignore[attr-defined]
        if attempts > self.settings.smtp_max_recipients:
            return "452 4.5.3 Too many recipients; send the rest in another message"
        if address.lower() not in self.assistants:
            log.info(
                "relay refused: %s -> %s from %s", envelope.mail_from, address, _peer_host(session)
            )
            return "550 5.7.1 Relaying denied: this server only receives mail for the assistant"
        if address.lower() not in (r.lower() for r in envelope.rcpt_tos):
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", errors="surrogateescape")
        stored = StoredEnvelope(
            envelope.mail_from or "", tuple(envelope.rcpt_tos), _peer_host(session)
        )
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(
                None,
                lambda: accept(
                    self.runtime.db, self.settings.data_dir, raw, stored, fsync=self.fsync
                ),
            )
        except Exception:
            log.exception("could not store a message from %s", stored.mail_from)
            return "451 4.3.0 Temporary failure storing your message; please try again"
        if result.duplicate:
            return f"250 2.0.0 Already received <{result.message_id}>"
        return f"250 2.0.0 Queued as {result.inbound_id}"


def _peer_host(session: Session) -> str:
    peer = session.peer
    return str(peer[0]) if isinstance(peer, tuple) else str(peer or "")


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    """The STARTTLS context when a certificate is configured."""
    if not (settings.smtp_tls_cert and settings.smtp_tls_key):
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(settings.smtp_tls_cert, settings.smtp_tls_key)
    return context


def smtp_options(settings: Settings) -> dict[str, Any]:
    """aiosmtpd SMTP options: SIZE (552 beyond it), SMTPUTF8, STARTTLS; 8BITMIME is built in."""
    return {
        "data_size_limit": settings.smtp_max_message_bytes,
        "enable_SMTPUTF8": True,
        "decode_data": False,
        "ident": IDENT,
        "tls_context": tls_context(settings),
    }


def controller(runtime: Runtime, *, port: int | None = None, fsync: bool = True) -> Controller:
    """A started-on-demand aiosmtpd Controller serving the gateway on its own thread."""
    settings = runtime.settings
    return Controller(
        GatewayHandler(runtime, fsync=fsync),
        hostname=settings.smtp_host,
        port=settings.smtp_port if port is None else port,
        ready_timeout=10.0,
        **smtp_options(settings),
    )
