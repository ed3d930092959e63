"""Helpers for web tests: recruiters with API tokens or a password to sign in with."""

from __future__ import annotations

from services.runtime import Runtime
from services.web import accounts

PASSWORD = "correct horse battery"


def add_recruiter(
    runtime: Runtime, email: str = "rita@example.com", role: str = "recruiter"
) -> None:
    with runtime.db.session() as s:
        accounts.create_user(s, email, role, PASSWORD)


def recruiter_token(
    runtime: Runtime, email: str = "rita@example.com", role: str = "recruiter"
) -> str:
    """A user with ``role`` and a fresh bearer token for them."""
    with runtime.db.session() as s:
        user = accounts.find_user(s, email) or accounts.create_user(s, email, role, PASSWORD)
        return accounts.create_token(s, user)
