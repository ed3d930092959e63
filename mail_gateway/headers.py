"""Reading header values that may be malformed: RFC 2047 words, addresses, ids and dates.

Every function here returns a best-effort value and never raises on bad input: a message
we cannot read perfectly is still stored and handled.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from email.header import decode_header
from email.message import Message
from email.policy import Compat32
from email.utils import getaddresses, parsedate_to_datetime


class _RawHeaders(Compat32):
    """compat32, but header values come back as sent (8-bit bytes as surrogate escapes)
    instead of being turned into "unknown-8bit" Header objects we could not read."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


RAW_HEADERS = _RawHeaders()

_MSGID = re.compile(r"<([^<>\s]+)>")
_WS = re.compile(r"\s+")


def clean(value: str) -> str:
    """Text safe to store anywhere: 8-bit bytes read as UTF-8 (else Windows-1252), no NULs,
    no lone surrogates (PostgreSQL and UTF-8 encoders refuse both)."""
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raw = value.encode("utf-8", errors="surrogateescape" if _only_escapes(value) else "replace")
        value = decode_bytes(raw, "utf-8")
    return value.replace("\x00", "")


def _only_escapes(value: str) -> bool:
    return all(not ("\ud800" <= ch <= "\udfff") or "\udc80" <= ch <= "\udcff" for ch in value)


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode ``data`` in its declared charset, else UTF-8, else Windows-1252; never raises."""
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            codecs.lookup(candidate)
            return data.decode(candidate).replace("\x00", "")
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
    return data.decode("cp1252", errors="replace").replace("\x00", "")


def header_text(msg: Message, name: str) -> str:
    """The header's value, RFC 2047 words decoded, folded onto one line ("" when absent)."""
    value = msg.get(name)
    if value is None:
        return ""
    return decode_words(str(value))


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words in any charset; unknown charsets fall back gracefully.

    Raw 8-bit headers (common, and legal with SMTPUTF8) reach us as surrogate escapes and
    are read as UTF-8, else Windows-1252.
    """
    value = clean(value)
    try:
        chunks = decode_header(value)
    except Exception:  # the stdlib raises assorted errors on broken encoded words
        return _WS.sub(" ", value).strip()
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    joined = "".join(out)
    return clean(_WS.sub(" ", joined).strip())


def addresses(msg: Message, *names: str) -> list[tuple[str, str]]:
    """(display name, lower-case address) pairs from the named headers, empty ones dropped."""
    values: list[str] = []
    for name in names:
        values.extend(clean(str(v)) for v in msg.get_all(name, []))
    try:
        pairs = getaddresses(values)
    except Exception:
        return []
    result = []
    for display, addr in pairs:
        addr = addr.strip().lower()
        if "@" in addr and not any(c in addr for c in "\r\n"):
            result.append((decode_words(display), addr))
    return result


def message_ids(value: str) -> list[str]:
    """The ids in a Message-ID / In-Reply-To / References value, without angle brackets."""
    value = clean(value)
    found = _MSGID.findall(value)
    if not found and value.strip():
        token = value.strip().split()[0].strip("<>")
        found = [token] if token else []
    seen: list[str] = []
    for item in found:
        if item not in seen:
            seen.append(item[:998])
    return seen


def header_date(msg: Message) -> dt.datetime | None:
    """The Date header as an aware datetime (naive dates are taken as UTC); None if unreadable."""
    raw = msg.get("Date")
    if not raw:
        return None
    try:
        value = parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value
