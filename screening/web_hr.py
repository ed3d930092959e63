"""Recruiter pages: jobs, shortlists, candidates, decisions, CSV, fairness report, job editing."""

from __future__ import annotations

from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from screening import decisions, fairness, retention, service, shortlist
from screening.api import ROLES
from screening.errors import JobFileError, NotFound, ScreeningError
from screening.jobstore import current_version, job_of, save_job
from screening.models import ScreeningJob
from services.runtime import Runtime
from services.storage.models import User
from services.web.auth import require_csrf, require_user

Recruiter = Annotated[User, Depends(require_user(*ROLES))]


def hr_router(runtime: Runtime, tpl: Jinja2Templates) -> APIRouter:
    """The recruiters' pages under /screening (roles recruiter or admin)."""
    r = APIRouter(prefix="/screening", tags=["screening"])

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> Response:
        return tpl.TemplateResponse(request, f"screening/{name}", ctx, status_code=status)

    @r.get("", response_class=HTMLResponse)
    def jobs_page(request: Request, user: Recruiter) -> Response:
        with runtime.db.session() as s:
            jobs = list(s.scalars(select(ScreeningJob).order_by(ScreeningJob.title)))
        return page(request, "hr_jobs.html", jobs=jobs, problems=[], source="", user=user)

    @r.post("/jobs", dependencies=[Depends(require_csrf)])
    def save(request: Request, user: Recruiter, source: str = Form("")) -> Response:
        try:
            with runtime.db.session() as s:
                saved = save_job(s, source, source="form", actor=user.email)
        except JobFileError as e:
            with runtime.db.session() as s:
                jobs = list(s.scalars(select(ScreeningJob).order_by(ScreeningJob.title)))
            return page(
                request,
                "hr_jobs.html",
                422,
                jobs=jobs,
                problems=e.problems,
                source=source,
                user=user,
            )
        return RedirectResponse(f"/screening/jobs/{saved.job_id}", 303)

    @r.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: str, user: Recruiter) -> Response:
        with runtime.db.session() as s:
            version = _version(s, job_id)
            job = job_of(version)
            entries = shortlist.build(s, job_id)
            audit = decisions.audit_log(s, job_id)[:50]
        unanswered = [(e, q) for e in entries for q in e.state.unanswered]
        return page(
            request,
            "hr_job.html",
            job=job,
            version=version.version,
            entries=entries,
            unanswered=unanswered,
            audit=audit,
            user=user,
        )

    @r.get("/jobs/{job_id}/edit", response_class=HTMLResponse)
    def edit_page(request: Request, job_id: str, user: Recruiter) -> Response:
        with runtime.db.session() as s:
            version = _version(s, job_id)
        source = version.source or yaml.safe_dump(version.spec, sort_keys=False, allow_unicode=True)
        return page(
            request,
            "hr_edit.html",
            job_id=job_id,
            version=version.version,
            source=source,
            problems=[],
            user=user,
        )

    @r.post("/jobs/{job_id}/edit", dependencies=[Depends(require_csrf)])
    def edit(request: Request, job_id: str, user: Recruiter, source: str = Form("")) -> Response:
        try:
            with runtime.db.session() as s:
                saved = save_job(s, source, source="form", actor=user.email)
        except JobFileError as e:
            return page(
                request,
                "hr_edit.html",
                422,
                job_id=job_id,
                version=None,
                source=source,
                problems=e.problems,
                user=user,
            )
        return RedirectResponse(f"/screening/jobs/{saved.job_id}", 303)

    @r.get("/jobs/{job_id}/shortlist.csv")
    def csv_export(job_id: str, user: Recruiter) -> Response:
        with runtime.db.session() as s:
            job = job_of(_version(s, job_id))
            text = shortlist.to_csv(shortlist.build(s, job_id), [q.id for q in job.questions])
        return Response(
            text,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{job_id}-shortlist.csv"'},
        )

    @r.get("/jobs/{job_id}/fairness", response_class=HTMLResponse)
    def fairness_page(request: Request, job_id: str, user: Recruiter) -> Response:
        with runtime.db.session() as s:
            job = job_of(_version(s, job_id))
            report = fairness.report(s, job_id)
        return page(
            request,
            "hr_fairness.html",
            job=job,
            report=report,
            threshold=fairness.FOUR_FIFTHS,
            user=user,
        )

    @r.get("/candidates/{session_id}", response_class=HTMLResponse)
    def candidate_page(request: Request, session_id: str, user: Recruiter) -> Response:
        with runtime.db.session() as s:
            try:
                row, job = service.load(s, session_id)
            except NotFound as e:
                raise HTTPException(404, str(e)) from e
            entry = next(e for e in shortlist.build(s, row.job_id) if e.session_id == session_id)
            messages = service.transcript(s, session_id)
            audit = [a for a in decisions.audit_log(s, row.job_id) if a.session_id == session_id]
        points = {p.question_id: p for p in entry.breakdown}
        return page(
            request,
            "hr_candidate.html",
            job=job,
            entry=entry,
            points=points,
            messages=messages,
            audit=audit,
            user=user,
        )

    @r.post("/candidates/{session_id}/decision", dependencies=[Depends(require_csrf)])
    def decide(
        session_id: str, user: Recruiter, action: str = Form(""), note: str = Form("")
    ) -> Response:
        try:
            with runtime.db.session() as s:
                decisions.decide(s, session_id, action, user.email, note)
        except NotFound as e:
            raise HTTPException(404, str(e)) from e
        except ScreeningError as e:
            raise HTTPException(422, str(e)) from e
        return RedirectResponse(f"/screening/candidates/{session_id}", 303)

    @r.post("/candidates/{session_id}/delete", dependencies=[Depends(require_csrf)])
    def delete(session_id: str, user: Recruiter) -> Response:
        with runtime.db.session() as s:
            try:
                row, _ = service.load(s, session_id)
            except NotFound as e:
                raise HTTPException(404, str(e)) from e
            job_id = row.job_id
            retention.delete_candidate(
                s, session_id, actor=user.email, reason="deleted by HR on request"
            )
        return RedirectResponse(f"/screening/jobs/{job_id}", 303)

    return r


def _version(s: Any, job_id: str) -> Any:
    try:
        return current_version(s, job_id)
    except NotFound as e:
        raise HTTPException(404, str(e)) from e
