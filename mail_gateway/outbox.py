"""The outbox: every email deskmate sends is stored whole, then sent once by job ``mail.send``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mail_gateway.compose import compose, new_message_id, thread_references
from mail_gateway.message import OutgoingEmail
from mail_gateway.models import OutboundMail
from services import jobs
from services.config import Settings, load_settings
from services.storage import utcnow

SEND_JOB = "mail.send"


def queue_email(
    session: Session, email: OutgoingEmail, *, settings: Settings | None = None, purpose: str = ""
) -> int:
    """Store ``email`` with a fixed Message-ID and enqueue its sending; return the outbox id.

    Nothing is sent until the caller's transaction commits, and the job's idempotency key
    (the Message-ID) makes a retried caller or job send it once.

    Args:
        settings: where the default From address comes from; read from the environment
            (``DESKMATE_*``, ``DESKMATE_CONFIG``) when not given.
        purpose: "" for product mail; the gateway marks its own notices.

    Raises:
        InvalidEmailError: a malformed address or header (HeaderInjectionError for CR/LF).
    """
    sender = email.from_address or _default_sender(settings)
    message_id = new_message_id(sender)
    msg = compose(email, sender=sender, message_id=message_id, now=utcnow())
    refs = thread_references(email)
    row = OutboundMail(
        message_id=message_id,
        thread_id=refs[0] if refs else message_id,
        in_reply_to=refs[-1] if refs else "",
        mail_from=sender.lower(),
        purpose=purpose,
        recipients=[a.strip().lower() for a in (*email.to, *email.cc)],
        subject=str(msg["Subject"]),
        headers={name: str(value) for name, value in msg.items()},
        raw=msg.as_bytes(),
    )
    session.add(row)
    session.flush()
    jobs.enqueue(
        session, SEND_JOB, {"outbox_id": row.id}, idempotency_key=f"{SEND_JOB}:{message_id}"
    )
    return row.id


def _default_sender(settings: Settings | None) -> str:
    settings = settings or load_settings()
    return settings.assistant_addresses[0]
