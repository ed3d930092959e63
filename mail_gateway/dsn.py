"""Delivery-status notifications (RFC 3464): which recipients failed, for which message."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message

from mail_gateway.headers import message_ids


@dataclass(frozen=True)
class FailedRecipient:
    """A recipient the reporting server gave up on."""

    address: str  # lower-case
    status: str  # e.g. 5.1.1
    diagnostic: str


@dataclass(frozen=True)
class DeliveryReport:
    """What a bounce says: the failed recipients and the Message-ID of the message bounced."""

    failed: tuple[FailedRecipient, ...]
    original_message_id: str  # "" when the report does not include the original headers


def read_report(msg: Message) -> DeliveryReport | None:
    """The delivery report in ``msg`` (a multipart/report), or None if it carries none."""
    if msg.get_content_type() != "multipart/report":
        return None
    failed: list[FailedRecipient] = []
    original = ""
    for part in _parts(msg):
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            failed.extend(_failed_recipients(part))
        elif ctype in ("message/rfc822", "text/rfc822-headers") and not original:
            original = _original_id(part)
    return DeliveryReport(tuple(failed), original)


def _parts(msg: Message) -> list[Message]:
    payload = msg.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _failed_recipients(part: Message) -> list[FailedRecipient]:
    # compat32 parses a delivery-status body as a list of header blocks: the per-message
    # block first, then one per recipient
    blocks = part.get_payload()
    if not isinstance(blocks, list):
        return []
    failed = []
    for block in blocks:
        if not isinstance(block, Message):
            continue
        action = str(block.get("Action", "")).strip().lower()
        recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
        address = recipient.split(";", 1)[-1].strip().strip("<>").lower()
        if action == "failed" and "@" in address:
            failed.append(
                FailedRecipient(
                    address=address,
                    status=str(block.get("Status", "")).strip()[:20],
                    diagnostic=" ".join(str(block.get("Diagnostic-Code", "")).split()),
                )
            )
    return failed


def _original_id(part: Message) -> str:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            ids = message_ids(str(inner[0].get("Message-ID", "")))
            return ids[0] if ids else ""
        return ""
    body = part.get_payload(decode=True)
    if not isinstance(body, bytes):
        return ""
    for line in body.decode("utf-8", errors="replace").splitlines():
        if line.lower().startswith("message-id:"):
            ids = message_ids(line.split(":", 1)[1])
            return ids[0] if ids else ""
    return ""
