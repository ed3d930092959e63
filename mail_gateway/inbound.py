"""Handling a stored message (job ``mail.handle_inbound``): parse, judge the sender, route.

Runs once per message: the row moves out of ``received`` in the same transaction that
enqueues the product job (or queues the polite reply), so a retried job does nothing twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, func, or_, select, update
from sqlalchemy.orm import Session

from mail_gateway import bounces
from mail_gateway.errors import DkimUnavailable, InvalidEmailError
from mail_gateway.message import OutgoingEmail
from mail_gateway.models import InboundMail, OutboundMail
from mail_gateway.outbox import queue_email
from mail_gateway.parsing import ParsedMessage, parse_bytes
from mail_gateway.routing import Route, decide
from mail_gateway.store import save_attachments
from mail_gateway.trust import DnsFunc, assess, check_dkim
from services import jobs
from services.runtime import Runtime
from services.storage import utcnow

log = logging.getLogger(__name__)

UNKNOWN_SENDER_TEXT = """Hello,

Thank you for your message. I am an automated assistant (scheduling meetings and taking
meeting notes) and I can only act on requests from the people I work for, or on
conversations they have included me in. Your message has been kept, but I have not acted
on it.

If you were expecting me to arrange a meeting or take notes, please ask the person you are
in touch with to include me on their email or to send me the recording.
"""


UNKNOWN_SENDER = "unknown_sender"


def handle_inbound(
    runtime: Runtime, inbound_id: int, *, last_attempt: bool = True, dnsfunc: DnsFunc | None = None
) -> dict[str, Any]:
    """Parse and route stored message ``inbound_id``; a no-op when it was handled before."""
    settings = runtime.settings
    with runtime.db.session() as s:
        row = s.get(InboundMail, inbound_id)
        if row is None:
            raise jobs.PermanentJobError(f"no inbound message {inbound_id}")
        if row.state != "received":
            return {"state": row.state, "route": row.route, "already_handled": True}
        raw_path = Path(row.raw_path)
    try:
        raw = raw_path.read_bytes()
    except FileNotFoundError as e:
        raise jobs.PermanentJobError(f"raw message {raw_path} is missing") from e
    parsed = parse_bytes(raw, assistant_addresses=settings.assistant_addresses)
    dkim_result = check_dkim(raw, enabled=settings.dkim_verify, dnsfunc=dnsfunc)
    if dkim_result.status == "temperror" and not last_attempt:
        raise DkimUnavailable(f"DKIM keys for {parsed.sender} could not be fetched; retrying")
    trust = assess(
        parsed.sender,
        allowed_domains=settings.allowed_sender_domains,
        dkim_required=settings.dkim_verify,
        dkim_result=dkim_result,
    )
    with runtime.db.session() as s:
        known = on_known_thread(s, parsed, exclude_id=inbound_id)
        replied = _recently_replied(s, parsed.sender) if settings.unknown_mail_reply else True
    route = decide(
        parsed,
        trust=trust,
        on_known_thread=known,
        reply_to_unknown=settings.unknown_mail_reply and not replied,
    )
    attachments = save_attachments(settings.data_dir, inbound_id, parsed.attachments)
    with runtime.db.session() as s:
        result = s.execute(
            update(InboundMail)
            .where(InboundMail.id == inbound_id, InboundMail.state == "received")
            .values(
                **_parsed_columns(parsed, attachments),
                trusted=trust.trusted,
                on_known_thread=known,
                dkim=dkim_result.status,
                state=route.state,
                route=route.name + ("_replied" if route.reply else ""),
                note=route.note,
                handled_at=utcnow(),
            )
        )
        claimed = cast(CursorResult[Any], result).rowcount
        if not claimed:  # another run got here first
            return {"already_handled": True}
        _act(s, runtime, parsed, route, inbound_id)
    _log(inbound_id, parsed, route)
    return {"route": route.name, "state": route.state, "job": route.job, "replied": route.reply}


def on_known_thread(session: Session, parsed: ParsedMessage, *, exclude_id: int = 0) -> bool:
    """Does the message answer a thread the assistant is on (a message we sent, or one a
    trusted person sent us)?"""
    ids = {i for i in (*parsed.references, parsed.in_reply_to, parsed.thread_id) if i}
    ids.discard(parsed.message_id)
    if not ids:
        return False
    ours = (
        select(func.count())
        .select_from(OutboundMail)
        .where(
            OutboundMail.purpose == "",
            or_(OutboundMail.message_id.in_(ids), OutboundMail.thread_id.in_(ids)),
        )
    )
    theirs = (
        select(func.count())
        .select_from(InboundMail)
        .where(
            InboundMail.id != exclude_id,
            InboundMail.trusted.is_(True),
            or_(InboundMail.message_id.in_(ids), InboundMail.thread_id.in_(ids)),
        )
    )
    return bool(session.scalar(ours)) or bool(session.scalar(theirs))


def _recently_replied(session: Session, sender: str) -> bool:
    """One polite reply per sender a day, so a chatty robot cannot make us chatty."""
    since = utcnow() - dt.timedelta(days=1)
    return bool(
        session.scalar(
            select(func.count())
            .select_from(InboundMail)
            .where(
                InboundMail.sender == sender,
                InboundMail.route == "unknown_sender_replied",
                InboundMail.handled_at >= since,
            )
        )
    )


def _parsed_columns(parsed: ParsedMessage, attachments: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "in_reply_to": parsed.in_reply_to,
        "references": list(parsed.references),
        "thread_id": parsed.thread_id,
        "sender": parsed.sender[:320],
        "sender_name": parsed.sender_name[:320],
        "to_addrs": list(parsed.to),
        "cc_addrs": list(parsed.cc),
        "subject": parsed.subject,
        "date": parsed.date.astimezone(dt.UTC) if parsed.date else None,
        "text": parsed.text,
        "full_text": parsed.full_text,
        "attachments": [a.__dict__ for a in attachments],
        "calendar_parts": [c.__dict__ for c in parsed.calendar_parts],
        "auto_submitted": parsed.auto_submitted,
        "parsed": True,
    }


def _act(
    session: Session, runtime: Runtime, parsed: ParsedMessage, route: Route, inbound_id: int
) -> None:
    if route.job:
        jobs.enqueue(
            session,
            route.job,
            {"inbound_id": inbound_id},
            idempotency_key=f"{route.job}:{inbound_id}",
        )
    if route.name == "bounce" and parsed.delivery_report is not None:
        bounces.record_report(session, parsed.delivery_report, inbound_id)
    if route.reply and parsed.sender:
        reply = OutgoingEmail(
            to=(parsed.sender,),
            subject=parsed.subject or "your message",
            text=UNKNOWN_SENDER_TEXT,
            in_reply_to=parsed.message_id,
            references=parsed.references,
        )
        try:
            queue_email(session, reply, settings=runtime.settings, purpose=UNKNOWN_SENDER)
        except InvalidEmailError as e:
            log.warning("no polite reply for inbound %s: %s", inbound_id, e)


def _log(inbound_id: int, parsed: ParsedMessage, route: Route) -> None:
    if route.state == "refused":
        log.warning(
            "inbound %s from %s refused (%s): %s; no action taken on its behalf",
            inbound_id,
            parsed.sender or "?",
            route.name,
            route.note,
        )
    else:
        log.info("inbound %s from %s -> %s (%s)", inbound_id, parsed.sender, route.name, route.note)
