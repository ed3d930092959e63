"""The gateway's tables: messages received, messages sent, and addresses that bounce."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from services.storage import Base, utcnow


class InboundMail(Base):
    """A received message: the raw file is the record, the columns are what was read from it.

    States: ``received`` (stored, 250 given, not yet handled) -> ``handled`` (routed to a
    product), ``ignored`` (auto-reply, bounce, loop: recorded, never answered) or ``refused``
    (untrusted or spoofed sender: no action taken on its behalf).
    """

    __tablename__ = "mail_inbound"
    __table_args__ = (
        Index("ix_mail_inbound_thread_id", "thread_id"),
        Index("ix_mail_inbound_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    raw_path: Mapped[str] = mapped_column(Text)  # absolute path of the stored raw message
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(default=0)
    # SMTP envelope
    mail_from: Mapped[str] = mapped_column(String(320), default="")
    rcpt_to: Mapped[list[Any]] = mapped_column(JSON, default=list)
    peer: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # parsed (filled by the mail.handle_inbound job)
    in_reply_to: Mapped[str] = mapped_column(String(998), default="")
    references: Mapped[list[Any]] = mapped_column(JSON, default=list)
    thread_id: Mapped[str] = mapped_column(String(998), default="")
    sender: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(320), default="")
    to_addrs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cc_addrs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.datetime | None] = mapped_column(default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    full_text: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    calendar_parts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    auto_submitted: Mapped[bool] = mapped_column(default=False)
    parsed: Mapped[bool] = mapped_column(default=False)
    # trust and routing
    trusted: Mapped[bool] = mapped_column(default=False)
    on_known_thread: Mapped[bool] = mapped_column(default=False)
    dkim: Mapped[str] = mapped_column(String(20), default="")  # pass|fail|none|temperror|off
    state: Mapped[str] = mapped_column(String(20), default="received")
    route: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")  # why it was routed or refused
    handled_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class OutboundMail(Base):
    """A message deskmate sends, stored whole before the first attempt.

    States: ``queued`` -> ``sent``; ``failed`` (relay refused for good, or out of attempts),
    ``suppressed`` (every recipient bounces), ``bounced`` (a delivery report came back).
    """

    __tablename__ = "mail_outbox"
    __table_args__ = (
        Index("ix_mail_outbox_thread_id", "thread_id"),
        Index("ix_mail_outbox_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    thread_id: Mapped[str] = mapped_column(String(998), default="")
    in_reply_to: Mapped[str] = mapped_column(String(998), default="")
    mail_from: Mapped[str] = mapped_column(String(320))
    # "" for what products send; "unknown_sender" for the gateway's polite reply, which must
    # not put a stranger "on a thread" with the assistant
    purpose: Mapped[str] = mapped_column(String(40), default="")
    recipients: Mapped[list[Any]] = mapped_column(JSON, default=list)  # To + Cc, envelope order
    subject: Mapped[str] = mapped_column(Text, default="")
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class BouncingAddress(Base):
    """An address a delivery report said fails for good; nothing is sent to it any more."""

    __tablename__ = "mail_bouncing"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="")  # DSN status, e.g. 5.1.1
    diagnostic: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int] = mapped_column(default=1)
    inbound_id: Mapped[int | None] = mapped_column(
        ForeignKey("mail_inbound.id", ondelete="SET NULL"), default=None
    )
    first_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
