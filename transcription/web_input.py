"""What people type on the meeting pages, checked: the meeting's date, an action item.

Each check raises ValueError with a message that names the field and says what is expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from transcription.notes import ActionItem


def meeting_date(text: str, tz: dt.tzinfo) -> dt.datetime | None:
    """When the meeting took place, from the upload's ``date`` (ISO 8601); None when empty.

    A time without a UTC offset (what the form's datetime-local sends) is in ``tz``, the
    server's zone; an offset that was given is kept.

    Raises:
        ValueError: ``text`` is not an ISO 8601 date; the message says what form is expected.
    """
    text = text.strip()
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError as e:
        raise ValueError(
            f"date: {text[:40]!r} is not a date and time like 2026-11-23T10:00 (ISO 8601; "
            "add an offset such as +01:00 for another time zone than the server's)."
        ) from e
    when = when if when.tzinfo is not None else when.replace(tzinfo=tz)
    if not 1970 <= when.year <= 2100:
        raise ValueError(f"date: {text[:40]!r} is not a meeting date (years 1970 to 2100).")
    return when


def item_from(owner: str, task: str, due: str, said: ActionItem | None = None) -> ActionItem:
    """An action item as typed on the page; keeps the moment it was ``said`` (if it was).

    Raises:
        ValueError: no task, too long a field, or a due date that is not a date.
    """
    owner, task, due = " ".join(owner.split()), " ".join(task.split()), due.strip()
    if not task:
        raise ValueError("task: say what is to be done, for example 'send the budget'.")
    if len(task) > 300:
        raise ValueError(f"task: at most 300 characters, not {len(task)}.")
    if len(owner) > 80:
        raise ValueError(f"owner: at most 80 characters, not {len(owner)}.")
    try:
        day = dt.date.fromisoformat(due) if due else None
    except ValueError as e:
        raise ValueError(f"due: {due[:20]!r} is not a date like 2026-11-27.") from e
    if said is None:
        return ActionItem(owner or None, task, day, "", 0.0, "")
    return replace(said, owner=owner or None, task=task, due=day)
