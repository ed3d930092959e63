"""``/account``: the signed-in user's own page: change the password, make an API token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from services.runtime import Runtime
from services.storage.models import User
from services.web import accounts
from services.web.auth import require_csrf, require_user, sign_in
from services.web.errors import AccountError
from services.web.flash import flash

SignedIn = Annotated[User, Depends(require_user())]
Field = Annotated[str, Form(max_length=accounts.MAX_PASSWORD_LENGTH)]


def router(runtime: Runtime, pages: Jinja2Templates) -> APIRouter:
    """``GET /account``, ``POST /account/password``, ``POST /account/tokens``."""
    routes = APIRouter(include_in_schema=False)

    def page(request: Request, user: User, error: str = "", token: str = "") -> Response:
        with runtime.db.session() as db:
            count = accounts.token_counts(db).get(user.id, 0)
        context = {"user": user, "tokens": count, "error": error, "new_token": token}
        headers = {"Cache-Control": "no-store"} if token else None
        return pages.TemplateResponse(
            request, "account.html", context, 400 if error else 200, headers
        )

    @routes.get("/account", response_class=HTMLResponse)
    def account(request: Request, user: SignedIn) -> Response:
        return page(request, user)

    @routes.post("/account/password", dependencies=[Depends(require_csrf)])
    def change_password(
        request: Request, user: SignedIn, current: Field = "", new: Field = "", repeat: Field = ""
    ) -> Response:
        with runtime.db.session() as db:
            if accounts.authenticate(db, user.email, current) is None:
                return page(request, user, "Your current password is not right.")
            if new != repeat:
                return page(request, user, "The two new passwords are not the same.")
            try:
                accounts.set_password(db, db.get_one(User, user.id), new)
            except AccountError as e:
                return page(request, user, f"Not changed: {e}.")
            changed = db.get_one(User, user.id)
        sign_in(request, changed)  # this session stays; every other one ends
        flash(
            request, "Password changed. Other sessions of this account are signed out.", "success"
        )
        return RedirectResponse("/account", 303)

    @routes.post("/account/tokens", dependencies=[Depends(require_csrf)])
    def new_token(request: Request, user: SignedIn) -> Response:
        with runtime.db.session() as db:
            token = accounts.create_token(db, user)
        return page(request, user, token=token)

    return routes
