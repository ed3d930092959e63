"""What deskmate already knows about a meeting it booked: title and attendees.

A recording emailed on the thread of a meeting deskmate scheduled (or carrying that meeting's
calendar UID) gets the booked title and attendee list; otherwise only the sender is known.
Scheduling's table is read by name so this product does not import another's code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from mail_gateway.message import InboundMessage

_UID = re.compile(r"^UID:(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Booked:
    """A meeting deskmate booked."""

    title: str
    attendees: tuple[str, ...]


def calendar_uids(message: InboundMessage) -> list[str]:
    return [m.strip() for part in message.calendar_parts for m in _UID.findall(part.text)]


def booked_meeting(session: Session, message: InboundMessage) -> Booked | None:
    """The booked meeting on the same thread or with the same calendar UID, if any."""
    threads = {t for t in (message.thread_id, message.in_reply_to, *message.references) if t}
    uids = calendar_uids(message)
    if not threads and not uids:
        return None
    try:
        with session.begin_nested():
            rows = session.execute(
                text(
                    "SELECT title, organizer, attendees, thread_id, uid FROM scheduling_meetings"
                    " ORDER BY id DESC"
                )
            ).all()
    except SQLAlchemyError:
        return None  # scheduling is not installed here
    for title, organizer, attendees, thread_id, uid in rows:
        if thread_id in threads or uid in uids:
            listed = json.loads(attendees) if isinstance(attendees, str) else attendees
            people = [organizer, *(listed or [])]
            addresses = [p if isinstance(p, str) else str(p.get("email", "")) for p in people]
            return Booked(str(title), tuple(dict.fromkeys(a.lower() for a in addresses if a)))
    return None
