"""CSRF tokens: one random token per login session, compared in constant time.

The token lives in the signed session cookie; forms carry it back in the ``csrf_token``
field (rendered by the ``csrf_input(request)`` template global) and scripts in the
``X-CSRF-Token`` header.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.requests import HTTPConnection

SESSION_KEY = "csrf"
FORM_FIELD = "csrf_token"
HEADER = "X-CSRF-Token"


def csrf_token(conn: HTTPConnection) -> str:
    """The session's CSRF token, created on first use."""
    token = conn.session.get(SESSION_KEY)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        conn.session[SESSION_KEY] = token
    return token


def rotate_csrf_token(conn: HTTPConnection) -> str:
    """A fresh token (after sign-in), so a token seen before login is worthless after."""
    conn.session.pop(SESSION_KEY, None)
    return csrf_token(conn)


def csrf_matches(conn: HTTPConnection, submitted: str | None) -> bool:
    """Whether ``submitted`` is this session's token."""
    expected = conn.session.get(SESSION_KEY)
    if not isinstance(expected, str) or not expected or not submitted:
        return False
    return hmac.compare_digest(expected.encode(), submitted.encode())
