"""Scheduling pages: the meetings deskmate handled, each with its email and the reasoning for
every decision, and the calendar settings of internal people.

``GET /scheduling`` lists meetings; ``GET /scheduling/meetings/{id}`` shows one;
``GET/POST /scheduling/calendars`` shows and changes working hours, zone, buffers, notice
and the CalDAV collection of a person.
"""

from __future__ import annotations

import zoneinfo
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from services.runtime import Runtime
from services.scheduling import calendars
from services.scheduling.availability import WEEKDAYS
from services.scheduling.emails import when
from services.scheduling.errors import CalendarError
from services.scheduling.models import CalendarRow, CorrectionRow, DecisionRow, MeetingRow
from services.scheduling.workflow import slots_from_json
from services.storage import as_utc
from services.storage.models import User
from services.web.auth import require_csrf, require_user
from services.web.templating import templates

TEMPLATES = Path(__file__).parent / "templates"


def _meeting_view(meeting: MeetingRow) -> dict[str, Any]:
    start, end = as_utc(meeting.start), as_utc(meeting.end)
    return {
        "row": meeting,
        "when": when(start, end, meeting.timezone) if start and end else "",
        "offered": [
            when(s.start, s.end, meeting.timezone) for s in slots_from_json(meeting.offered)
        ],
    }


def parse_hours(text: str) -> dict[str, list[str]]:
    """``Mon 09:00-17:00, Fri 09:00-13:00`` -> the stored JSON form; raises CalendarError."""
    hours: dict[str, list[str]] = {}
    for part in filter(None, (p.strip() for p in text.replace("\n", ",").split(","))):
        day, _, span = part.partition(" ")
        start, _, end = span.strip().partition("-")
        if day.title()[:3] not in WEEKDAYS or not end:
            raise CalendarError(f"working hours: {part!r} should look like 'Mon 09:00-17:00'")
        hours[str(WEEKDAYS.index(day.title()[:3]))] = [start.strip(), end.strip()]
    calendars.hours_from_json(hours)  # validates the times
    return hours


def format_hours(hours: dict[str, list[str]]) -> str:
    return ", ".join(f"{WEEKDAYS[int(d)]} {a}-{b}" for d, (a, b) in sorted(hours.items()))


def router(runtime: Runtime) -> APIRouter:
    pages = templates(TEMPLATES)
    api = APIRouter()

    @api.get("/scheduling", response_class=HTMLResponse)
    def meetings(request: Request, user: Annotated[User, Depends(require_user())]) -> HTMLResponse:
        with runtime.db.session() as s:
            rows = s.scalars(select(MeetingRow).order_by(MeetingRow.id.desc()).limit(200)).all()
        return pages.TemplateResponse(
            request, "scheduling/meetings.html", {"meetings": [_meeting_view(m) for m in rows]}
        )

    @api.get("/scheduling/meetings/{meeting_id}", response_class=HTMLResponse)
    def meeting(
        request: Request, meeting_id: int, user: Annotated[User, Depends(require_user())]
    ) -> HTMLResponse:
        with runtime.db.session() as s:
            row = s.get(MeetingRow, meeting_id)
            if row is None:
                raise HTTPException(404, f"no meeting {meeting_id}")
            decisions = s.scalars(
                select(DecisionRow)
                .where(DecisionRow.meeting_id == meeting_id)
                .order_by(DecisionRow.id)
            ).all()
            corrections = s.scalars(
                select(CorrectionRow)
                .where(CorrectionRow.meeting_id == meeting_id)
                .order_by(CorrectionRow.id)
            ).all()
        return pages.TemplateResponse(
            request,
            "scheduling/meeting.html",
            {
                "m": _meeting_view(row),
                "decisions": decisions,
                "corrections": corrections,
            },
        )

    @api.get("/scheduling/calendars", response_class=HTMLResponse)
    def calendar_list(
        request: Request, user: Annotated[User, Depends(require_user())], error: str = ""
    ) -> HTMLResponse:
        with runtime.db.session() as s:
            rows = s.scalars(select(CalendarRow).order_by(CalendarRow.owner)).all()
        return pages.TemplateResponse(
            request,
            "scheduling/calendars.html",
            {
                "rows": rows,
                "format_hours": format_hours,
                "error": error,
                "default_zone": runtime.settings.default_timezone,
            },
        )

    @api.post("/scheduling/calendars", dependencies=[Depends(require_csrf)])
    def calendar_save(
        user: Annotated[User, Depends(require_user("admin"))],
        owner: Annotated[str, Form()],
        timezone: Annotated[str, Form()],
        working_hours: Annotated[str, Form()] = "Mon 09:00-17:00, Tue 09:00-17:00, "
        "Wed 09:00-17:00, Thu 09:00-17:00, Fri 09:00-17:00",
        buffer_minutes: Annotated[int, Form(ge=0, le=240)] = 0,
        min_notice_minutes: Annotated[int, Form(ge=0, le=14 * 24 * 60)] = 0,
        caldav_url: Annotated[str, Form()] = "",
        caldav_username: Annotated[str, Form()] = "",
        caldav_password: Annotated[str, Form()] = "",
    ) -> RedirectResponse:
        try:
            zoneinfo.ZoneInfo(timezone)
            hours = parse_hours(working_hours)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, CalendarError) as e:
            message = str(e) if isinstance(e, CalendarError) else f"unknown time zone {timezone!r}"
            return RedirectResponse(f"/scheduling/calendars?error={message}", status_code=303)
        with runtime.db.session() as s:
            row = calendars.ensure_row(s, owner.strip(), timezone)
            row.timezone = timezone
            row.working_hours = hours
            row.buffer_minutes = buffer_minutes
            row.min_notice_minutes = min_notice_minutes
            row.backend = "caldav" if caldav_url.strip() else "local"
            row.caldav_url = caldav_url.strip()
            row.caldav_username = caldav_username.strip()
            if caldav_password:
                row.caldav_password = caldav_password
        return RedirectResponse("/scheduling/calendars", status_code=303)

    return api
