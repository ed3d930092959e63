"""``/admin/users``: admins list, add and remove accounts (the web twin of ``deskmate users``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from starlette.templating import Jinja2Templates

from services.runtime import Runtime
from services.storage import as_utc
from services.storage.models import User
from services.web import accounts
from services.web.auth import require_csrf, require_user
from services.web.errors import AccountError
from services.web.flash import flash

Admin = Annotated[User, Depends(require_user("admin"))]
Password = Annotated[str, Form(max_length=accounts.MAX_PASSWORD_LENGTH)]


@dataclass(frozen=True)
class AccountRow:
    """One line of the accounts table."""

    id: int
    email: str
    role: str
    signs_in_with: str
    tokens: int
    created: str


def account_rows(runtime: Runtime) -> list[AccountRow]:
    """Every account, by email."""
    with runtime.db.session() as db:
        users = db.scalars(select(User).order_by(User.email)).all()
        counts = accounts.token_counts(db)
    rows = []
    for user in users:
        created = as_utc(user.created_at)
        rows.append(
            AccountRow(
                id=user.id,
                email=user.email,
                role=user.role,
                signs_in_with="password" if user.password_hash else "API token only",
                tokens=counts.get(user.id, 0),
                created=created.strftime("%Y-%m-%d") if created else "",
            )
        )
    return rows


def router(runtime: Runtime, pages: Jinja2Templates) -> APIRouter:
    """``GET/POST /admin/users`` and ``POST /admin/users/{id}/remove``."""
    routes = APIRouter(include_in_schema=False)

    def page(request: Request, me: User, error: str = "", email: str = "") -> Response:
        context = {
            "accounts": account_rows(runtime),
            "roles": accounts.ROLES,
            "me": me,
            "error": error,
            "email": email,
        }
        return pages.TemplateResponse(request, "users.html", context, 400 if error else 200)

    @routes.get("/admin/users", response_class=HTMLResponse)
    def users_page(request: Request, me: Admin) -> Response:
        return page(request, me)

    @routes.post("/admin/users", dependencies=[Depends(require_csrf)])
    def add_user(
        request: Request,
        me: Admin,
        email: Annotated[str, Form(max_length=320)] = "",
        role: Annotated[str, Form(max_length=20)] = "",
        password: Password = "",
        repeat: Password = "",
    ) -> Response:
        if password != repeat:
            return page(request, me, "The two passwords are not the same.", email)
        try:
            with runtime.db.session() as db:
                user = accounts.create_user(db, email, role, password)
        except AccountError as e:
            return page(request, me, f"Not added: {e}.", email)
        except IntegrityError:
            return page(request, me, "Not added: that email was just taken.", email)
        flash(request, f"Added {user.role} {user.email}. Tell them their password.", "success")
        return RedirectResponse("/admin/users", 303)

    @routes.post("/admin/users/{user_id}/remove", dependencies=[Depends(require_csrf)])
    def remove_user(request: Request, me: Admin, user_id: int) -> Response:
        if user_id == me.id:
            flash(request, "You cannot remove your own account here.", "error")
            return RedirectResponse("/admin/users", 303)
        with runtime.db.session() as db:
            user = db.get(User, user_id)
            if user is not None:
                accounts.remove_user(db, user)
                flash(request, f"Removed {user.email}; their sessions and tokens end.", "success")
        return RedirectResponse("/admin/users", 303)

    return routes
