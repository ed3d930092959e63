"""Jinja2 templates for the shell and the products, all extending the shell's ``base.html``.

Products call ``templates(Path(__file__).parent / "templates")`` once and render with
``TemplateResponse(request, "page.html", {...})``. Their pages start with
``{% extends "base.html" %}`` and fill the blocks ``title`` and ``content``, and optionally
``head`` for extra ``<link>``/``<script>`` tags.

Template globals: ``csrf_input(request)`` (the hidden CSRF field for a form),
``csrf_token(request)``, ``csp_nonce(request)`` (for an inline ``<script nonce=...>``),
``flashes(request)``, ``signed_in_email(request)``, ``has_page(request, path)`` and
``nav_links(request)``.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
from markupsafe import Markup
from starlette.requests import Request
from starlette.routing import Match
from starlette.templating import Jinja2Templates

from services.web import csrf
from services.web.flash import pop_flashes

SHELL_TEMPLATES = Path(__file__).parent / "templates"
# Navigation entries and, for each, the paths products may serve it at (first one found wins).
NAV_CANDIDATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Scheduling", ("/scheduling", "/meetings/requests")),
    ("Screening", ("/screening", "/shortlist", "/candidates", "/openings")),
    ("Meetings", ("/meetings", "/meetings/new", "/recordings")),
    ("Jobs", ("/jobs",)),
)


def csrf_input(request: Request) -> Markup:
    """``<input type="hidden" name="csrf_token" value="...">`` for this session."""
    token = csrf.csrf_token(request)
    return Markup('<input type="hidden" name="{}" value="{}">').format(csrf.FORM_FIELD, token)


def csp_nonce(request: Request) -> str:
    """The per-response nonce the Content-Security-Policy allows inline scripts with."""
    return str(getattr(request.state, "csp_nonce", ""))


def signed_in_email(request: Request) -> str:
    """The email of the session's user, or ``""`` (for the navigation bar only)."""
    if "session" not in request.scope:
        return ""
    return str(request.session.get("email", ""))


def has_page(request: Request, path: str) -> bool:
    """Whether the app serves a GET page at ``path`` (products may be absent from a build)."""
    scope = {"type": "http", "method": "GET", "path": path, "root_path": "", "headers": []}
    return any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes)


def nav_links(request: Request) -> list[tuple[str, str]]:
    """(label, path) of the main navigation: each product's first page this build serves."""
    links = []
    for label, paths in NAV_CANDIDATES:
        found = next((path for path in paths if has_page(request, path)), None)
        if found is not None:
            links.append((label, found))
    return links


def _environment(dirs: list[Path]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*dirs, SHELL_TEMPLATES]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        csrf_input=csrf_input,
        csrf_token=csrf.csrf_token,
        csp_nonce=csp_nonce,
        flashes=pop_flashes,
        has_page=has_page,
        nav_links=nav_links,
        signed_in_email=signed_in_email,
    )
    return env


def templates(*dirs: str | os.PathLike[str]) -> Jinja2Templates:
    """Templates found in ``dirs`` first, then the shell's own (``base.html``, ``error.html``).

    Autoescaping is on for every template, whatever its file name.
    """
    return Jinja2Templates(env=_environment([Path(d) for d in dirs]))
