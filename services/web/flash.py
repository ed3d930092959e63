"""One-time messages shown on the next page (``flash`` then the layout's flash area)."""

from __future__ import annotations

from typing import Literal

from starlette.requests import HTTPConnection

SESSION_KEY = "_flashes"
Category = Literal["info", "success", "error"]


def flash(conn: HTTPConnection, message: str, category: Category = "info") -> None:
    """Queue ``message`` for the next page this session renders."""
    queued = list(conn.session.get(SESSION_KEY, []))
    queued.append([category, message])
    conn.session[SESSION_KEY] = queued[-10:]


def pop_flashes(conn: HTTPConnection) -> list[tuple[str, str]]:
    """Take the queued messages (each shown once)."""
    if "session" not in conn.scope:
        return []
    queued = conn.session.pop(SESSION_KEY, [])
    return [(str(category), str(message)) for category, message in queued]
