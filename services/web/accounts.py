"""Accounts and API tokens: create, look up, verify. Pure database work, no HTTP.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile);
API tokens are 256-bit random strings of which only the SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from services.storage import utcnow
from services.storage.models import ApiToken, User
from services.web.errors import AccountError

ROLES = ("admin", "recruiter")
TOKEN_PREFIX = "dm_"
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024  # what the sign-in form accepts
_EMAIL = re.compile(
    r"^[^@\s<>\"',;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$"
)
_hasher = PasswordHasher()
# Verified against when the email is unknown, so a miss costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def normalize_email(email: str) -> str:
    """Lower-cased, trimmed ``email``; raises AccountError when it is not an address."""
    value = email.strip().lower()
    if len(value) > 320 or not _EMAIL.match(value):
        raise AccountError(f"{email!r} is not an email address (expected name@example.com)")
    return value


def check_role(role: str) -> str:
    """``role`` if known; raises AccountError naming the known roles otherwise."""
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; expected one of: {', '.join(ROLES)}")
    return role


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``; raises AccountError when too short or too long."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password too short: use at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"password too long: use at most {MAX_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def create_user(session: Session, email: str, role: str, password: str = "") -> User:
    """Add an account. Without a password it can only use API tokens.

    Raises:
        AccountError: bad email, unknown role, short password, or the email is taken.
    """
    address = normalize_email(email)
    check_role(role)
    if find_user(session, address) is not None:
        raise AccountError(f"a user {address} already exists")
    user = User(email=address, role=role, password_hash=hash_password(password) if password else "")
    session.add(user)
    session.flush()
    return user


def find_user(session: Session, email: str) -> User | None:
    """The account with ``email`` (case-insensitive), if any."""
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def remove_user(session: Session, user: User) -> None:
    """Delete ``user`` and their API tokens (their sessions end at their next request)."""
    session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
    session.delete(user)
    session.flush()


def token_counts(session: Session) -> dict[int, int]:
    """User id -> number of API tokens, for users that have any."""
    rows = session.execute(select(ApiToken.user_id, func.count()).group_by(ApiToken.user_id))
    return {int(user_id): int(count) for user_id, count in rows.all()}


def set_password(session: Session, user: User, password: str) -> None:
    """Replace ``user``'s password (which also ends their existing login sessions)."""
    user.password_hash = hash_password(password)
    session.flush()


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The account if ``password`` is right for ``email``; ``None`` for any failure."""
    user = find_user(session, email)
    stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or stored is _DUMMY_HASH:
        return None
    if _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
    return user


def token_digest(token: str) -> str:
    """The SHA-256 (hex) stored for ``token``."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, user: User) -> str:
    """A new API token for ``user``; the clear text is returned once and never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_sha256=token_digest(token)))
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    """The account owning ``token`` (and note when it was used), or ``None``."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == token_digest(token)))
    if row is None:
        return None
    row.last_used_at = utcnow()
    return session.get(User, row.user_id)


def session_version(user: User) -> str:
    """A short fingerprint of the password hash: changing the password ends old sessions."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]
