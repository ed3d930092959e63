"""``/login`` and ``/logout``: password sign-in with CSRF and a failed-attempt limit."""

from __future__ import annotations

import logging
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.templating import Jinja2Templates

from services.runtime import Runtime
from services.storage.models import User
from services.web import accounts
from services.web.auth import optional_user, require_csrf, sign_in, sign_out
from services.web.flash import flash
from services.web.ratelimit import FailureLimiter

log = logging.getLogger(__name__)
GENERIC_FAILURE = "That email and password do not match an account."


def safe_next(target: str | None) -> str:
    """``target`` if it is a path on this site, else ``/`` (no open redirects)."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    # Browsers drop tabs and newlines and read a backslash as "/": "/<tab>/evil" leaves the site.
    if "\\" in target or any(ord(char) < 0x21 or ord(char) == 0x7F for char in target):
        return "/"
    return target


def router(runtime: Runtime, pages: Jinja2Templates) -> APIRouter:
    """``GET/POST /login`` and ``POST /logout``."""
    routes = APIRouter(include_in_schema=False)
    by_email = FailureLimiter(limit=5, window=300.0)
    by_client = FailureLimiter(limit=20, window=300.0)

    def form(
        request: Request, next_path: str, email: str = "", error: str = "", status: int = 200
    ) -> Response:
        context = {"next": next_path, "email": email, "error": error}
        return pages.TemplateResponse(request, "login.html", context, status)

    @routes.get("/login", response_class=HTMLResponse)
    def login_page(
        request: Request, user: Annotated[User | None, Depends(optional_user)], next: str = "/"
    ) -> Response:
        if user is not None:
            return RedirectResponse(safe_next(next), 303)
        return form(request, safe_next(next))

    @routes.post("/login", dependencies=[Depends(require_csrf)])
    async def login(
        request: Request,
        email: Annotated[str, Form(max_length=320)] = "",
        password: Annotated[str, Form(max_length=accounts.MAX_PASSWORD_LENGTH)] = "",
        next: Annotated[str, Form(max_length=2048)] = "/",
    ) -> Response:
        target = safe_next(next)
        keys = (email.strip().lower(),)
        client = (request.client.host if request.client else "unknown",)
        wait = max(by_email.retry_after(*keys), by_client.retry_after(*client))
        if wait:
            log.warning("sign-in refused for %r from %s: too many failures", email, client[0])
            minutes = max(1, round(wait / 60))
            message = f"Too many failed sign-ins. Try again in about {minutes} minute(s)."
            return form(request, target, email, message, 429)

        def check() -> User | None:
            with runtime.db.session() as db:
                return accounts.authenticate(db, email, password)

        user = await run_in_threadpool(check)
        if user is None:
            log.info("failed sign-in for %r from %s", email, client[0])
            by_email.fail(*keys)
            by_client.fail(*client)
            return form(request, target, email, GENERIC_FAILURE, 400)
        by_email.reset(*keys)
        sign_in(request, user)
        flash(request, f"Signed in as {user.email}.", "success")
        return RedirectResponse(target, 303)

    @routes.post("/logout", dependencies=[Depends(require_csrf)])
    def logout(request: Request) -> Response:
        sign_out(request)
        flash(request, "You are signed out.", "info")
        return RedirectResponse("/", 303)

    return routes
