"""The home page: what deskmate does and how to try each product in a minute."""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from services.config import Settings
from services.web.templating import has_page

SAMPLE_JOB_PATH = "/apply/support-rep-remote"
MEETING_UPLOAD_PATH = "/meetings/new"
TEST_SUBJECT = "Quick sync"
TEST_BODY = "Lee, are you free Monday at 4 for twenty minutes? Amy will set it up"


@dataclass(frozen=True)
class EmailCommands:
    """The commands that send the first test request to the assistant."""

    server: str
    to: str
    sender: str
    swaks: str
    python: str


def _reachable_host(host: str) -> str:
    return "127.0.0.1" if host in ("", "0.0.0.0", "::") else host


def email_commands(settings: Settings) -> EmailCommands:
    """swaks and Python one-liners that email the first assistant address from an allowed domain."""
    host = _reachable_host(settings.smtp_host)
    server = f"{host}:{settings.smtp_port}"
    to = settings.assistant_addresses[0] if settings.assistant_addresses else "amy@localhost"
    domain = (
        settings.allowed_sender_domains[0] if settings.allowed_sender_domains else "example.com"
    )
    sender = f"you@{domain}"
    swaks = " ".join(
        [
            "swaks",
            f"--server {shlex.quote(server)}",
            f"--to {shlex.quote(to)}",
            f"--from {shlex.quote(sender)}",
            f'--header "Subject: {TEST_SUBJECT}"',
            f'--body "{TEST_BODY}"',
        ]
    )
    message = f"From: {sender}\\nTo: {to}\\nSubject: {TEST_SUBJECT}\\n\\n{TEST_BODY}\\n"
    python = (
        "python3 -c 'import smtplib; "
        f'smtplib.SMTP("{host}", {settings.smtp_port}).sendmail('
        f'"{sender}", ["{to}"], "{message}")\''
    )
    return EmailCommands(server=server, to=to, sender=sender, swaks=swaks, python=python)


def router(settings: Settings, pages: Jinja2Templates) -> APIRouter:
    """``GET /``."""
    routes = APIRouter()

    @routes.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        context = {
            "email": email_commands(settings),
            "settings": settings,
            "sample_job_path": SAMPLE_JOB_PATH,
            "sample_job_ready": has_page(request, SAMPLE_JOB_PATH),
            "meeting_upload_path": MEETING_UPLOAD_PATH,
            "meeting_upload_ready": has_page(request, MEETING_UPLOAD_PATH),
            "broken_products": getattr(request.app.state, "broken_products", []),
        }
        return pages.TemplateResponse(request, "home.html", context)

    return routes
