"""Read an .eml file into an :class:`InboundMessage` (for the CLI, the corpus and benchmarks).

Parsing is the mail gateway's (``mail_gateway.parsing.parse_bytes``: MIME, headers, the
newest message without quotes); this only maps its result onto the product-facing type.
"""

from __future__ import annotations

from mail_gateway.message import InboundMessage
from mail_gateway.parsing import parse_bytes
from services.scheduling.understand.errors import BadInput


def read_eml(data: bytes) -> InboundMessage:
    """Parse raw RFC 5322 bytes; raises :class:`BadInput` when there is no sender."""
    parsed = parse_bytes(data)
    if not parsed.sender:
        raise BadInput("not an email: no From (or Sender) address")
    return InboundMessage(
        id=0,
        message_id=parsed.message_id,
        in_reply_to=parsed.in_reply_to,
        references=parsed.references,
        thread_id=parsed.thread_id,
        sender=parsed.sender.lower(),
        sender_name=parsed.sender_name,
        to=tuple(a.lower() for a in parsed.to),
        cc=tuple(a.lower() for a in parsed.cc),
        subject=parsed.subject,
        date=parsed.date,
        text=parsed.text,
        full_text=parsed.full_text,
        calendar_parts=parsed.calendar_parts,
        auto_submitted=parsed.auto_submitted,
    )
