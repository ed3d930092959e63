"""Turning an :class:`OutgoingEmail` into MIME bytes: pure, and safe against header injection.

Header values that people wrote (subject, display names) are folded onto one line; an
address, Message-ID or extra header carrying CR/LF is refused with
:class:`HeaderInjectionError`. Bodies cannot inject: ``email`` re-encodes their line ends.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from mail_gateway.errors import HeaderInjectionError, InvalidEmailError
from mail_gateway.message import OutgoingEmail

_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|antw|ref)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_ADDRESS = re.compile(
    rf"^{_ATEXT}(\.{_ATEXT})*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$"
)  # ASCII dot-atoms
_MSGID = re.compile(r"^[^<>\s@]+@[^<>\s@]+$")
_HEADER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,76}$")
_METHOD = re.compile(r"^METHOD:\s*([A-Z-]+)\s*$", re.MULTILINE)
_PROTECTED = {
    "from",
    "to",
    "cc",
    "bcc",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "reply-to",
    "auto-submitted",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "sender",
    "return-path",
}


def one_line(value: str) -> str:
    """Collapse CR, LF and runs of whitespace into single spaces."""
    return " ".join(value.split())


def check_address(address: str) -> str:
    """A lower-case addr-spec, or :class:`InvalidEmailError` saying what is wrong."""
    if "\r" in address or "\n" in address:
        raise HeaderInjectionError(f"address {address!r} contains a line break")
    cleaned = address.strip().lower()
    if not _ADDRESS.match(cleaned):
        raise InvalidEmailError(
            f"{address!r} is not an email address like name@example.com (ASCII only)"
        )
    return cleaned


def check_message_id(value: str) -> str:
    """A Message-ID without brackets, refused when it could carry other headers."""
    if "\r" in value or "\n" in value:
        raise HeaderInjectionError(f"Message-ID {value!r} contains a line break")
    cleaned = value.strip().strip("<>")
    if not _MSGID.match(cleaned):
        raise InvalidEmailError(f"{value!r} is not a Message-ID like abc@example.com")
    return cleaned


def reply_subject(subject: str) -> str:
    """``Re: <subject>`` with any earlier Re:/AW:/SV: prefixes removed, so Re: appears once."""
    return "Re: " + _REPLY_PREFIX.sub("", one_line(subject))


def new_message_id(sender: str) -> str:
    """A fresh Message-ID (no brackets) on the sender's domain."""
    return f"{uuid.uuid4().hex}@{sender.rpartition('@')[2]}"


def thread_references(email: OutgoingEmail) -> tuple[str, ...]:
    """References for a reply: the parent's references, then the parent, each once."""
    if not email.in_reply_to:
        return ()
    refs: list[str] = []
    for item in (*email.references, email.in_reply_to):
        cleaned = check_message_id(item)
        if cleaned not in refs:
            refs.append(cleaned)
    return tuple(refs)


def calendar_method(email: OutgoingEmail) -> str:
    """The iTIP method: as given, else from the calendar's METHOD line, else REQUEST."""
    found = _METHOD.search(email.calendar)
    method = (email.calendar_method or (found.group(1) if found else "REQUEST")).upper()
    if not re.fullmatch(r"[A-Z-]{1,20}", method):
        raise InvalidEmailError(f"calendar method {method!r} is not an iTIP method like REQUEST")
    return method


def compose(
    email: OutgoingEmail, *, sender: str, message_id: str, now: dt.datetime
) -> EmailMessage:
    """The complete message; raises :class:`InvalidEmailError` for anything malformed."""
    try:
        msg = _compose(email, sender=sender, message_id=message_id, now=now)
        msg.as_bytes()  # serialising is where some malformed values surface
    except InvalidEmailError:
        raise
    except (ValueError, TypeError, MessageError) as e:
        raise InvalidEmailError(f"cannot build this email: {e}") from e
    return msg


def _compose(
    email: OutgoingEmail, *, sender: str, message_id: str, now: dt.datetime
) -> EmailMessage:
    if not email.to and not email.cc:
        raise InvalidEmailError("an email needs at least one recipient")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(sender, one_line(email.from_name))
    if email.to:
        msg["To"] = tuple(_address(a) for a in email.to)
    if email.cc:
        msg["Cc"] = tuple(_address(a) for a in email.cc)
    if email.reply_to:
        msg["Reply-To"] = _address(email.reply_to)
    msg["Subject"] = reply_subject(email.subject) if email.in_reply_to else one_line(email.subject)
    msg["Date"] = format_datetime(now.astimezone(dt.UTC))
    msg["Message-ID"] = f"<{check_message_id(message_id)}>"
    refs = thread_references(email)
    if refs:
        msg["In-Reply-To"] = f"<{refs[-1]}>"
        msg["References"] = " ".join(f"<{r}>" for r in refs)
    if email.auto_reply:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"  # asks Exchange not to send out-of-office back
    for name, value in email.extra_headers:
        if not _HEADER_NAME.match(name) or name.lower() in _PROTECTED:
            raise InvalidEmailError(f"header name {name!r} is not allowed")
        if "\r" in value or "\n" in value:
            raise HeaderInjectionError(f"header {name} contains a line break")
        msg[name] = value
    _add_body(msg, email)
    return msg


def _address(address: str, display_name: str = "") -> Address:
    return Address(display_name=display_name, addr_spec=check_address(address))


def _add_body(msg: EmailMessage, email: OutgoingEmail) -> None:
    # Calendar shape Gmail, Outlook and Apple Mail all accept:
    # mixed[ alternative[ text/plain, text/html?, text/calendar; method=X ], invite.ics ]
    msg.set_content(email.text)
    if email.html:
        msg.add_alternative(email.html, subtype="html")
    if email.calendar:
        method = calendar_method(email)
        msg.add_alternative(email.calendar, subtype="calendar", params={"method": method})
        msg.add_attachment(
            email.calendar.encode("utf-8"),
            maintype="application",
            subtype="ics",
            filename="invite.ics",
        )
    for filename, content_type, data in email.attachments:
        maintype, _, subtype = content_type.partition("/")
        if not maintype or not subtype:
            raise InvalidEmailError(f"attachment {filename!r}: content type {content_type!r}")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=one_line(filename))
