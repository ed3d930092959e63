"""Candidate pages: the job's apply page and the chat, working with or without JavaScript."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session

from screening import fairness, retention, service
from screening.api import client_ip, message_checked, start_checked
from screening.errors import NotFound
from screening.jobstore import current_version, job_of
from screening.models import SelfIdentification
from screening.ratelimit import Limits, RateLimiter
from services.runtime import Runtime

STATIC = Path(__file__).parent / "static"
# The session id in the URL is the candidate's key: never leak it to other sites.
PRIVATE = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def _has_self_id(s: Session, session_id: str) -> bool:
    return (
        s.scalar(select(SelfIdentification.id).where(SelfIdentification.session_id == session_id))
        is not None
    )


def candidate_router(
    runtime: Runtime, tpl: Jinja2Templates, limiter: RateLimiter, limits: Limits
) -> APIRouter:
    r = APIRouter(tags=["screening"])

    def chat_page(
        request: Request, job_id: str, session_id: str, error: str = "", status: int = 200
    ) -> Response:
        with runtime.db.session() as s:
            try:
                row, job = service.load(s, session_id)
            except NotFound as e:
                raise HTTPException(404, str(e)) from e
            if row.job_id != job_id:
                raise HTTPException(404, "no such screening")
            messages = service.transcript(s, session_id)
            has_self_id = _has_self_id(s, session_id)
            done = row.state.get("phase") == "done"
        return tpl.TemplateResponse(
            request,
            "screening/chat.html",
            {
                "job": job,
                "session_id": session_id,
                "messages": messages,
                "done": done,
                "error": error,
                "sex_options": fairness.SEX_OPTIONS,
                "race_options": fairness.RACE_OPTIONS,
                "has_self_id": has_self_id,
            },
            status_code=status,
            headers=PRIVATE,
        )

    @r.get("/apply/{job_id}", response_class=HTMLResponse)
    def apply_page(request: Request, job_id: str) -> Response:
        with runtime.db.session() as s:
            try:
                job = job_of(current_version(s, job_id))
            except NotFound as e:
                raise HTTPException(404, "this job is not open (or the link is wrong)") from e
        return tpl.TemplateResponse(
            request,
            "screening/apply.html",
            {
                "job": job,
                "retention_days": runtime.settings.candidate_retention_days,
                "error": "",
            },
        )

    @r.post("/apply/{job_id}")
    def apply_start(
        request: Request, job_id: str, name: str = Form(""), email: str = Form("")
    ) -> Response:
        try:
            reply = start_checked(runtime, limiter, limits, client_ip(request), job_id, name, email)
        except HTTPException as e:
            if e.status_code != 422:
                raise
            with runtime.db.session() as s:
                job = job_of(current_version(s, job_id))
            return tpl.TemplateResponse(
                request,
                "screening/apply.html",
                {
                    "job": job,
                    "retention_days": runtime.settings.candidate_retention_days,
                    "error": e.detail,
                    "name": name,
                    "email": email,
                },
                status_code=422,
            )
        return RedirectResponse(
            f"/apply/{job_id}/c/{reply.session_id}#latest", 303, headers=PRIVATE
        )

    @r.get("/apply/{job_id}/c/{session_id}", response_class=HTMLResponse)
    def chat(request: Request, job_id: str, session_id: str) -> Response:
        return chat_page(request, job_id, session_id)

    @r.post("/apply/{job_id}/c/{session_id}")
    def chat_post(request: Request, job_id: str, session_id: str, text: str = Form("")) -> Response:
        if not text.strip():
            return chat_page(request, job_id, session_id, "Please type a message first.", 422)
        try:
            message_checked(runtime, limiter, limits, client_ip(request), session_id, text)
        except HTTPException as e:
            if e.status_code == 404:
                raise
            return chat_page(request, job_id, session_id, str(e.detail), e.status_code)
        return RedirectResponse(f"/apply/{job_id}/c/{session_id}#latest", 303, headers=PRIVATE)

    @r.post("/apply/{job_id}/c/{session_id}/self-id")
    def self_id(
        request: Request,
        job_id: str,
        session_id: str,
        sex: str = Form(""),
        race_ethnicity: str = Form(""),
    ) -> Response:
        sex = sex if sex in fairness.SEX_OPTIONS else ""
        race_ethnicity = race_ethnicity if race_ethnicity in fairness.RACE_OPTIONS else ""
        with runtime.db.session() as s:
            try:
                service.load(s, session_id)
            except NotFound as e:
                raise HTTPException(404, str(e)) from e
            if not _has_self_id(s, session_id):
                s.add(
                    SelfIdentification(
                        session_id=session_id, sex=sex, race_ethnicity=race_ethnicity
                    )
                )
        return RedirectResponse(f"/apply/{job_id}/c/{session_id}#self-id", 303, headers=PRIVATE)

    @r.get("/apply/{job_id}/c/{session_id}/delete", response_class=HTMLResponse)
    def delete_confirm(request: Request, job_id: str, session_id: str) -> Response:
        return tpl.TemplateResponse(
            request,
            "screening/delete.html",
            {"job_id": job_id, "session_id": session_id, "deleted": False},
            headers=PRIVATE,
        )

    @r.post("/apply/{job_id}/c/{session_id}/delete", response_class=HTMLResponse)
    def delete_mine(request: Request, job_id: str, session_id: str) -> Response:
        with runtime.db.session() as s:
            if not retention.delete_candidate(
                s, session_id, actor="candidate", reason="candidate request"
            ):
                raise HTTPException(404, "no such screening (it may already be deleted)")
        return tpl.TemplateResponse(
            request,
            "screening/delete.html",
            {"job_id": job_id, "session_id": "", "deleted": True},
            headers=PRIVATE,
        )

    @r.get("/screening-static/{name}")
    def static(name: str) -> Any:
        path = STATIC / name
        if name not in {"chat.js", "screening.css"} or not path.is_file():
            raise HTTPException(404, "not found")
        return FileResponse(path)

    return r
