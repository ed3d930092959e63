"""``/jobs``: recent jobs with their state and progress, one job's detail, and the same as JSON."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from starlette.templating import Jinja2Templates

from services.jobs import JobError
from services.jobs.recovery import retry_now
from services.runtime import Runtime
from services.storage import as_utc
from services.storage.models import JobRow
from services.web.auth import require_csrf, require_user
from services.web.flash import flash

STATES = ("queued", "running", "succeeded", "failed")
PAGE_SIZE = 50
StateFilter = Annotated[str | None, Query(pattern="^(queued|running|succeeded|failed)$")]


@dataclass(frozen=True)
class JobView:
    """A job as the pages show it (times in UTC, progress in percent)."""

    id: int
    kind: str
    state: str
    attempts: int
    max_attempts: int
    percent: int
    progress_note: str
    error: str
    created_at: str
    updated_at: str
    finished_at: str
    run_after: str

    @property
    def active(self) -> bool:
        return self.state in ("queued", "running")


def _stamp(value: dt.datetime | None) -> str:
    moment = as_utc(value)
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else ""


def job_view(row: JobRow) -> JobView:
    """The display values of ``row``."""
    return JobView(
        id=row.id,
        kind=row.kind,
        state=row.state,
        attempts=row.attempts,
        max_attempts=row.max_attempts,
        percent=round(100 * (1.0 if row.state == "succeeded" else row.progress or 0.0)),
        progress_note=row.progress_note,
        error=row.error,
        created_at=_stamp(row.created_at),
        updated_at=_stamp(row.updated_at),
        finished_at=_stamp(row.finished_at),
        run_after=_stamp(row.run_after),
    )


def pretty_json(value: Any) -> str:
    """Indented JSON for a ``<pre>`` block (escaped by the template, never marked safe)."""
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=str)


def router(runtime: Runtime, pages: Jinja2Templates) -> APIRouter:
    """``GET /jobs``, ``GET /jobs/{id}``, ``POST /jobs/{id}/retry`` (admins), and the JSON API."""
    routes = APIRouter()
    signed_in = Depends(require_user())

    def recent(
        state: str | None, kind: str | None, before: int | None
    ) -> tuple[list[JobView], dict[str, int]]:
        query = select(JobRow).order_by(JobRow.id.desc()).limit(PAGE_SIZE)
        if state:
            query = query.where(JobRow.state == state)
        if kind:
            query = query.where(JobRow.kind == kind)
        if before:
            query = query.where(JobRow.id < before)
        with runtime.db.session() as db:
            rows = [job_view(row) for row in db.scalars(query)]
            counts = dict(
                db.execute(select(JobRow.state, func.count()).group_by(JobRow.state)).all()
            )
        return rows, {name: int(counts.get(name, 0)) for name in STATES}

    def one(job_id: int) -> tuple[JobView, dict[str, Any], dict[str, Any] | None]:
        with runtime.db.session() as db:
            row = db.get(JobRow, job_id)
            if row is None:
                raise HTTPException(404, f"There is no job {job_id}.")
            return job_view(row), dict(row.payload or {}), row.result

    @routes.get(
        "/jobs", response_class=HTMLResponse, dependencies=[signed_in], include_in_schema=False
    )
    def jobs_page(
        request: Request,
        state: StateFilter = None,
        kind: str | None = None,
        before: int | None = None,
    ) -> Response:
        rows, counts = recent(state, kind or None, before)
        context = {
            "jobs": rows,
            "counts": counts,
            "states": STATES,
            "state": state or "",
            "kind": kind or "",
            "older": rows[-1].id if len(rows) == PAGE_SIZE else None,
            "refresh": any(row.active for row in rows),
        }
        return pages.TemplateResponse(request, "jobs.html", context)

    @routes.get(
        "/jobs/{job_id}",
        response_class=HTMLResponse,
        dependencies=[signed_in],
        include_in_schema=False,
    )
    def job_page(request: Request, job_id: int) -> Response:
        view, payload, result = one(job_id)
        user = request.state.user
        context = {
            "job": view,
            "payload": pretty_json(payload),
            "result": pretty_json(result) if result is not None else "",
            "can_retry": view.state == "failed" and user is not None and user.role == "admin",
        }
        return pages.TemplateResponse(request, "job.html", context)

    @routes.post(
        "/jobs/{job_id}/retry",
        dependencies=[Depends(require_csrf), Depends(require_user("admin"))],
        include_in_schema=False,
    )
    def retry(request: Request, job_id: int) -> Response:
        try:
            with runtime.db.session() as db:
                retry_now(db, job_id)
        except JobError as e:
            flash(request, f"Not retried: {e}.", "error")
        else:
            flash(request, f"Job {job_id} is queued again with a fresh set of attempts.", "success")
        return RedirectResponse(f"/jobs/{job_id}", 303)

    @routes.get("/api/jobs", tags=["jobs"], dependencies=[signed_in])
    def jobs_api(
        state: StateFilter = None,
        kind: str | None = None,
        before: int | None = None,
    ) -> dict[str, Any]:
        rows, counts = recent(state, kind or None, before)
        return {"jobs": [asdict(row) for row in rows], "counts": counts}

    @routes.get("/api/jobs/{job_id}", tags=["jobs"], dependencies=[signed_in])
    def job_api(job_id: int) -> dict[str, Any]:
        view, payload, result = one(job_id)
        return {**asdict(view), "payload": payload, "result": result}

    return routes
