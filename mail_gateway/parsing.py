"""From raw bytes to a :class:`ParsedMessage`: pure, and never raises on malformed mail."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import mimetypes
import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.parser import BytesHeaderParser

from mail_gateway.autoreply import auto_reason
from mail_gateway.dsn import DeliveryReport, read_report
from mail_gateway.headers import (
    RAW_HEADERS,
    addresses,
    decode_bytes,
    decode_words,
    header_date,
    header_text,
    message_ids,
)
from mail_gateway.html_text import html_to_text
from mail_gateway.message import CalendarPart
from mail_gateway.quotes import newest_text

log = logging.getLogger(__name__)

_MAX_DEPTH = 40  # MIME nesting deeper than this is not walked (a fuzzer's favourite)
_METHOD = re.compile(r"^METHOD:\s*([A-Za-z-]+)", re.MULTILINE)
_CALENDAR_TYPES = {"text/calendar", "application/ics"}


@dataclass(frozen=True)
class ParsedAttachment:
    """An attachment's bytes, not yet stored."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class ParsedMessage:
    """Everything read from one raw message: the fields of ``InboundMessage`` and more."""

    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    thread_id: str
    sender: str
    sender_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: dt.datetime | None
    text: str
    full_text: str
    attachments: tuple[ParsedAttachment, ...]
    calendar_parts: tuple[CalendarPart, ...]
    auto_reason: str  # why it must never be answered; "" when a person wrote it
    delivery_report: DeliveryReport | None
    from_assistant: bool  # sent from one of the assistant's own addresses (a loop)
    problem: str = ""  # set when the body could not be read; headers still are

    @property
    def auto_submitted(self) -> bool:
        return bool(self.auto_reason)


def fallback_message_id(raw: bytes) -> str:
    """A stable Message-ID for mail that has none: the same bytes always get the same id."""
    return f"{hashlib.sha256(raw).hexdigest()[:40]}@no-message-id.invalid"


def read_message_id(raw: bytes) -> str:
    """The Message-ID (no brackets) from the headers alone; cheap enough for the SMTP edge."""
    try:
        headers = BytesHeaderParser(policy=RAW_HEADERS).parsebytes(raw)
        ids = message_ids(str(headers.get("Message-ID", "")))
    except Exception:
        ids = []
    return ids[0] if ids else fallback_message_id(raw)


def parse_bytes(
    raw: bytes, *, assistant_addresses: tuple[str, ...] | list[str] = ()
) -> ParsedMessage:
    """Parse a raw RFC 5322 message. Malformed input gives a best-effort result, never an error."""
    msg = message_from_bytes(raw, policy=RAW_HEADERS)
    ids = message_ids(str(msg.get("Message-ID", "")))
    message_id = ids[0] if ids else fallback_message_id(raw)
    reply_to_ids = message_ids(str(msg.get("In-Reply-To", "")))
    in_reply_to = reply_to_ids[0] if reply_to_ids else ""
    references = tuple(message_ids(" ".join(str(v) for v in msg.get_all("References", []))))
    senders = addresses(msg, "From") or addresses(msg, "Sender")
    sender_name, sender = senders[0] if senders else ("", "")
    problem = ""
    try:
        body = _Body.read(msg)
        report = read_report(msg)
    except Exception as e:  # the stdlib's MIME code has corners that raise on hostile input
        log.warning("body of %s unreadable: %r", message_id, e)
        problem = f"body unreadable: {e!r}"
        body = _Body(plain=[raw.decode("utf-8", errors="replace")])
        report = None
    full_text = body.text()
    own = {a.lower() for a in assistant_addresses}
    return ParsedMessage(
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        thread_id=references[0] if references else (in_reply_to or message_id),
        sender=sender,
        sender_name=sender_name,
        to=tuple(addr for _, addr in addresses(msg, "To")),
        cc=tuple(addr for _, addr in addresses(msg, "Cc")),
        subject=header_text(msg, "Subject"),
        date=header_date(msg),
        text=newest_text(full_text),
        full_text=full_text,
        attachments=tuple(body.attachments),
        calendar_parts=tuple(body.calendars),
        auto_reason=_safe_auto_reason(msg, sender),
        delivery_report=report,
        from_assistant=sender in own,
        problem=problem,
    )


def _safe_auto_reason(msg: Message, sender: str) -> str:
    try:
        return auto_reason(msg, sender)
    except Exception as e:
        return f"unreadable headers ({e!r})"  # unsure: never answer it


@dataclass
class _Body:
    """The readable parts found while walking the MIME tree."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[ParsedAttachment] = field(default_factory=list)
    calendars: list[CalendarPart] = field(default_factory=list)

    @classmethod
    def read(cls, msg: Message) -> _Body:
        body = cls()
        body._walk(msg, 0)
        return body

    def text(self) -> str:
        plain = "\n\n".join(p.strip("\n") for p in self.plain if p.strip())
        if plain:
            return plain
        return "\n\n".join(html_to_text(h) for h in self.html if h.strip())

    def _walk(self, part: Message, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            self._attach(part, "forwarded.eml", ctype, _inner_bytes(part))
            return
        if part.is_multipart():
            for sub in part.get_payload():
                if isinstance(sub, Message):
                    self._walk(sub, depth + 1)
            return
        data = part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        filename = _filename(part)
        if ctype in _CALENDAR_TYPES or filename.lower().endswith(".ics"):
            self._calendar(part, decode_bytes(data, part.get_content_charset()))
        disposition = part.get_content_disposition()
        if disposition == "attachment" or filename or part.get_content_maintype() != "text":
            self._attach(part, filename, ctype, data)
        elif ctype == "text/plain":
            self.plain.append(decode_bytes(data, part.get_content_charset()))
        elif ctype == "text/html":
            self.html.append(decode_bytes(data, part.get_content_charset()))

    def _attach(self, part: Message, filename: str, ctype: str, data: bytes) -> None:
        if not filename:
            extension = mimetypes.guess_extension(ctype) or ".bin"
            filename = f"part-{len(self.attachments) + 1}{extension}"
        self.attachments.append(ParsedAttachment(filename, ctype, data))

    def _calendar(self, part: Message, text: str) -> None:
        found = _METHOD.search(text)
        method = found.group(1) if found else str(part.get_param("method") or "")
        # the same calendar often comes twice: inline alternative and invite.ics attachment
        same = _normal(text)
        if same and all(_normal(c.text) != same for c in self.calendars):
            self.calendars.append(CalendarPart(method=method.upper(), text=text))


def _normal(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        return ""
    return decode_words(str(name))


def _inner_bytes(part: Message) -> bytes:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return b""
    try:
        return inner.as_bytes()
    except Exception:
        return str(inner).encode("utf-8", errors="replace")
