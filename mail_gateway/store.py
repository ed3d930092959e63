"""Stored mail on disk and in the database: raw files written durably, rows read back as values."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from mail_gateway.errors import InboundNotFoundError
from mail_gateway.message import Attachment, CalendarPart, InboundMessage
from mail_gateway.models import InboundMail
from mail_gateway.parsing import ParsedAttachment
from services.storage import as_utc

_UNSAFE = re.compile(r"[^\w.\- ]+")


def inbound_dir(data_dir: Path) -> Path:
    return data_dir / "mail" / "inbound"


def attachments_dir(data_dir: Path, inbound_id: int) -> Path:
    return data_dir / "mail" / "attachments" / str(inbound_id)


def write_raw(directory: Path, raw: bytes, *, fsync: bool = True) -> tuple[Path, str]:
    """Write ``raw`` under ``directory`` atomically; with ``fsync`` it survives power loss.

    Returns:
        The absolute path and the SHA-256 of the bytes.
    """
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(raw).hexdigest()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    final = directory.resolve() / f"{stamp}-{digest[:16]}-{uuid.uuid4().hex[:8]}.eml"
    partial = final.with_suffix(".part")
    with open(partial, "wb") as f:
        f.write(raw)
        f.flush()
        if fsync:
            os.fsync(f.fileno())
    os.replace(partial, final)
    if fsync:
        fsync_dir(directory)
    return final, digest


def fsync_dir(directory: Path) -> None:
    """Make a directory's entries (a new or renamed file) durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safe_filename(name: str) -> str:
    """A file name that cannot escape its folder or confuse a shell."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")[:120]
    return base or "attachment"


def save_attachments(
    data_dir: Path, inbound_id: int, parts: tuple[ParsedAttachment, ...]
) -> tuple[Attachment, ...]:
    """Store each attachment's bytes under the data dir (rewriting is harmless)."""
    if not parts:
        return ()
    folder = attachments_dir(data_dir, inbound_id).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, part in enumerate(parts, start=1):
        path = folder / f"{index:02d}-{safe_filename(part.filename)}"
        path.write_bytes(part.data)
        saved.append(Attachment(part.filename, part.content_type, str(path), len(part.data)))
    return tuple(saved)


def load_inbound(session: Session, inbound_id: int) -> InboundMessage:
    """The parsed message with that id.

    Raises:
        InboundNotFoundError: no such message, or the gateway has not parsed it yet.
    """
    row = session.get(InboundMail, inbound_id)
    if row is None:
        raise InboundNotFoundError(f"no inbound message {inbound_id}")
    if not row.parsed:
        raise InboundNotFoundError(f"inbound message {inbound_id} is not parsed yet")
    return to_message(row)


def to_message(row: InboundMail) -> InboundMessage:
    """The typed value of a parsed row."""
    return InboundMessage(
        id=row.id,
        message_id=row.message_id,
        in_reply_to=row.in_reply_to,
        references=tuple(row.references),
        thread_id=row.thread_id,
        sender=row.sender,
        sender_name=row.sender_name,
        to=tuple(row.to_addrs),
        cc=tuple(row.cc_addrs),
        subject=row.subject,
        date=as_utc(row.date),
        text=row.text,
        full_text=row.full_text,
        attachments=tuple(Attachment(**a) for a in row.attachments),
        calendar_parts=tuple(CalendarPart(**c) for c in row.calendar_parts),
        auto_submitted=row.auto_submitted,
        trusted=row.trusted,
        on_known_thread=row.on_known_thread,
        dkim=row.dkim,
    )
