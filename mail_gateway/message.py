"""The typed values that cross the mail edge: a received message and an email to send.

Products read :class:`InboundMessage` (via ``mail_gateway.store.load_inbound``) and hand
:class:`OutgoingEmail` to ``mail_gateway.outbox.queue_email``; they never touch SMTP.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attachment:
    """A file that came with a message, stored under the data dir."""

    filename: str
    content_type: str
    path: str  # absolute path of the stored bytes
    size: int


@dataclass(frozen=True)
class CalendarPart:
    """A text/calendar body part (an iTIP REQUEST, REPLY, COUNTER or CANCEL)."""

    method: str  # upper-case METHOD, "" when absent
    text: str  # the iCalendar text, decoded


@dataclass(frozen=True)
class InboundMessage:
    """A received email, parsed once by the gateway."""

    id: int  # row id of the stored message
    message_id: str  # without angle brackets
    in_reply_to: str
    references: tuple[str, ...]
    thread_id: str  # Message-ID of the first message of the thread
    sender: str  # From address, lower-case
    sender_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: dt.datetime | None  # the Date header, timezone-aware
    text: str  # the newest message only: quotes and signature removed
    full_text: str  # the whole text body, quotes included
    attachments: tuple[Attachment, ...] = ()
    calendar_parts: tuple[CalendarPart, ...] = ()
    auto_submitted: bool = False  # auto-replies, bulk, lists, bounces: never answered
    trusted: bool = False  # sender is in an allowed domain (and DKIM passed when enabled)
    on_known_thread: bool = False  # replies to a thread the assistant is already on
    dkim: str = ""  # pass | fail | none | temperror | off (verification disabled)


@dataclass(frozen=True)
class OutgoingEmail:
    """An email deskmate sends. Header values are checked: user text cannot inject headers."""

    to: tuple[str, ...]
    subject: str
    text: str
    cc: tuple[str, ...] = ()
    html: str = ""
    in_reply_to: str = ""  # Message-ID (no brackets) this replies to; keeps the thread
    references: tuple[str, ...] = ()
    calendar: str = ""  # iCalendar text sent as text/calendar alternative and .ics attachment
    calendar_method: str = ""  # REQUEST, CANCEL, REPLY, COUNTER ...
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # (filename, content type, bytes)
    from_name: str = "deskmate"
    reply_to: str = ""
    auto_reply: bool = True  # adds Auto-Submitted: auto-replied
    extra_headers: tuple[tuple[str, str], ...] = field(default=())
    from_address: str = ""  # default: the first of settings.assistant_addresses
