"""Who is asking: FastAPI dependencies for login sessions, API tokens, roles and CSRF.

Use them on product routes::

    @router.get("/shortlist")
    def shortlist(request: Request, user: User = Depends(require_user("recruiter"))): ...

    @router.post("/shortlist/{id}/reject", dependencies=[Depends(require_csrf)])
    def reject(user: User = Depends(require_user("recruiter"))): ...

A request is signed in by the login session cookie or by ``Authorization: Bearer <token>``
(a token from ``deskmate users add --token`` or ``deskmate users token``). When the header is
present it alone decides: a bad token is a 401 even with a valid cookie. The ``admin`` role
satisfies every role requirement.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from fastapi import HTTPException, Request
from sqlalchemy.orm import Session
from starlette.requests import HTTPConnection

from services.runtime import Runtime
from services.storage.models import User
from services.web import accounts, csrf

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def bearer_token(conn: HTTPConnection) -> str | None:
    """The token of an ``Authorization: Bearer`` header, ``""`` if malformed, else ``None``."""
    header = conn.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def wants_html(conn: HTTPConnection) -> bool:
    """Whether the client is a browser (so errors become pages and redirects)."""
    return "text/html" in conn.headers.get("accept", "") and bearer_token(conn) is None


def sign_in(conn: HTTPConnection, user: User) -> None:
    """Start a login session for ``user`` (a fresh session: no fixation, new CSRF token)."""
    conn.session.clear()
    conn.session.update(uid=user.id, email=user.email, sv=accounts.session_version(user))
    csrf.rotate_csrf_token(conn)


def sign_out(conn: HTTPConnection) -> None:
    """End the login session."""
    conn.session.clear()


def _runtime(conn: HTTPConnection) -> Runtime:
    runtime: Runtime = conn.app.state.runtime
    return runtime


def _session_user(conn: HTTPConnection, db: Session) -> User | None:
    if "session" not in conn.scope:
        return None
    uid = conn.session.get("uid")
    if not isinstance(uid, int):
        return None
    user = db.get(User, uid)
    if user is None or conn.session.get("sv") != accounts.session_version(user):
        sign_out(conn)  # account deleted or password changed since this session began
        return None
    return user


def _unauthorized(conn: HTTPConnection, detail: str) -> HTTPException:
    if wants_html(conn):
        target = conn.url.path + (f"?{conn.url.query}" if conn.url.query else "")
        location = (
            "/login"
            if conn.scope.get("method") not in SAFE_METHODS
            else ("/login?next=" + quote(target, safe=""))
        )
        return HTTPException(status_code=303, detail=detail, headers={"Location": location})
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def current_user(conn: HTTPConnection) -> User | None:
    """The signed-in account, ``None`` when anonymous; raises 401 for a bad bearer token."""
    token = bearer_token(conn)
    with _runtime(conn).db.session() as db:
        if token is None:
            user = _session_user(conn, db)
        else:
            user = accounts.user_for_token(db, token) if token else None
            if user is None:
                raise _unauthorized(conn, "invalid API token")
    conn.state.user = user
    return user


def optional_user(request: Request) -> User | None:
    """Dependency: the signed-in account or ``None`` (a bad bearer token is still a 401)."""
    return current_user(request)


def require_user(*roles: str) -> Callable[[Request], User]:
    """Dependency factory: the signed-in account, with one of ``roles`` if any are given.

    Anonymous: 401 (browsers are redirected to ``/login?next=...``). Wrong role: 403.
    """
    for role in roles:
        accounts.check_role(role)

    def dependency(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise _unauthorized(request, "sign in required")
        if roles and user.role != "admin" and user.role not in roles:
            raise HTTPException(
                status_code=403,
                detail=f"this page needs the role {' or '.join(roles)}; you are {user.role}",
            )
        return user

    return dependency


async def require_csrf(request: Request) -> None:
    """Dependency for state-changing requests from a browser session.

    Accepts the form field ``csrf_token`` or the header ``X-CSRF-Token``; requests with a
    bearer token are exempt (browsers never add that header on their own).
    """
    if request.method in SAFE_METHODS or bearer_token(request) is not None:
        return
    submitted = request.headers.get(csrf.HEADER)
    content_type = request.headers.get("content-type", "")
    if not submitted and content_type.startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(csrf.FORM_FIELD)
        submitted = value if isinstance(value, str) else None
    if not csrf.csrf_matches(request, submitted):
        raise HTTPException(
            status_code=403,
            detail="This form has expired or did not come from deskmate (CSRF check failed). "
            "Reload the page and submit it again.",
        )
