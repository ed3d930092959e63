"""Helpers for web tests: the real app, recruiters with API tokens."""

from __future__ import annotations

import hashlib
import secrets

from services.storage.models import ApiToken, User


def recruiter_token(runtime, email: str = "rita@example.com", role: str = "recruiter") -> str:
    """A user with ``role`` and a fresh bearer token for them."""
    token = secrets.token_urlsafe(24)
    with runtime.db.session() as s:
        user = User(email=email, role=role, password_hash="")
        s.add(user)
        s.flush()
        s.add(ApiToken(user_id=user.id, token_sha256=hashlib.sha256(token.encode()).hexdigest()))
    return token
