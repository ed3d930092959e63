"""Read an .eml file into an :class:`InboundMessage` (for the CLI and the corpus).

A thin stdlib adapter until the mail gateway's own parser (``mail_gateway.parsing``) is on
main; it keeps only the newest message: quoted replies and "-- " signatures are cut.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from email.message import EmailMessage

from mail_gateway.message import InboundMessage
from services.scheduling.understand.errors import BadInput

# The line that introduces a quoted earlier message, in the five languages.
_QUOTE_HEADER = re.compile(
    r"^(?:On .+wrote:|El .+escribió:|Le .+a écrit\s?:|Am .+schrieb .+:|În .+a scris:|"
    r"-{2,}\s*(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht)\s*-{2,}|"
    r"From: .+|De: .+|Von: .+)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def newest_part(body: str) -> str:
    """The text above the first quoted message, without ``>`` lines or a ``-- `` signature."""
    cut = _QUOTE_HEADER.search(body)
    text = body[: cut.start()] if cut else body
    text = re.split(r"^-- ?$", text, maxsplit=1, flags=re.MULTILINE)[0]
    return "\n".join(line for line in text.splitlines() if not line.startswith(">")).strip()


def _addresses(msg: EmailMessage, header: str) -> tuple[str, ...]:
    values = msg.get_all(header) or []
    return tuple(addr.lower() for _, addr in email.utils.getaddresses([str(v) for v in values]) if addr)


def read_eml(data: bytes) -> InboundMessage:
    """Parse raw RFC 5322 bytes; raises :class:`BadInput` when there is no text to read."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not msg.get("From"):
        raise BadInput("not an email: no From header")
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    if part is not None and part.get_content_type() == "text/html":
        import html2text

        body = html2text.html2text(body)
    name, sender = email.utils.parseaddr(str(msg["From"]))
    date_header = msg.get("Date")
    date = email.utils.parsedate_to_datetime(str(date_header)) if date_header else None
    if date is not None and date.tzinfo is None:
        date = None
    message_id = str(msg.get("Message-ID", "")).strip("<> ")
    return InboundMessage(
        id=0,
        message_id=message_id,
        in_reply_to=str(msg.get("In-Reply-To", "")).strip("<> "),
        references=tuple(r.strip("<>") for r in str(msg.get("References", "")).split()),
        thread_id=message_id,
        sender=sender.lower(),
        sender_name=name,
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        subject=str(msg.get("Subject", "")),
        date=date,
        text=newest_part(body),
        full_text=body,
        auto_submitted=str(msg.get("Auto-Submitted", "no")).lower() != "no"
        or str(msg.get("Precedence", "")).lower() in {"bulk", "list", "junk"}
        or bool(msg.get("List-Unsubscribe")),
    )
