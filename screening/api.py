"""The JSON API: candidates chat; recruiters read shortlists with a bearer token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from screening import service, shortlist
from screening.errors import MessageTooLong, NotFound
from screening.jobstore import current_version
from screening.ratelimit import Limits, RateLimiter
from services.runtime import Runtime
from services.web.auth import require_user

ROLES = ("admin", "recruiter")


class StartBody(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=320)


class MessageBody(BaseModel):
    text: str = Field(min_length=1)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "?"


def limit(limiter: RateLimiter, key: str, allowed: int) -> None:
    """429 with Retry-After when ``key`` is over ``allowed`` a minute."""
    wait = limiter.hit(key, allowed)
    if wait:
        raise HTTPException(
            429,
            "too many messages; please wait a moment and try again",
            headers={"Retry-After": str(max(1, round(wait)))},
        )


def start_checked(
    runtime: Runtime,
    limiter: RateLimiter,
    limits: Limits,
    ip: str,
    job_id: str,
    name: str,
    email: str,
) -> service.Reply:
    """Rate-limited start, with errors as HTTP codes (shared by the API and the form)."""
    limit(limiter, f"start:{ip}", limits.starts_per_ip)
    try:
        return service.start(runtime, job_id, name, email)
    except NotFound as e:
        raise HTTPException(404, str(e)) from e
    except service.BadCandidate as e:
        raise HTTPException(422, str(e)) from e


def message_checked(
    runtime: Runtime, limiter: RateLimiter, limits: Limits, ip: str, session_id: str, text: str
) -> service.Reply:
    """Rate-limited message, with errors as HTTP codes (shared by the API and the form)."""
    limit(limiter, f"msg-ip:{ip}", limits.messages_per_ip)
    limit(limiter, f"msg-session:{session_id}", limits.messages_per_session)
    try:
        return service.message(runtime, session_id, text)
    except NotFound as e:
        raise HTTPException(404, str(e)) from e
    except MessageTooLong as e:
        raise HTTPException(413, str(e)) from e


def api_router(runtime: Runtime, limiter: RateLimiter, limits: Limits) -> APIRouter:
    api = APIRouter(prefix="/api", tags=["screening"])

    # Plain ``def`` endpoints run in the threadpool: database work stays off the event loop.
    @api.post("/jobs/{job_id}/sessions", status_code=201)
    def start_session(job_id: str, body: StartBody, request: Request) -> dict[str, Any]:
        reply = start_checked(
            runtime, limiter, limits, client_ip(request), job_id, body.name, body.email
        )
        return {"session_id": reply.session_id, "reply": reply.reply}

    @api.post("/sessions/{session_id}/messages")
    def post_message(session_id: str, body: MessageBody, request: Request) -> dict[str, Any]:
        reply = message_checked(runtime, limiter, limits, client_ip(request), session_id, body.text)
        return {"reply": reply.reply, "done": reply.done}

    @api.get("/sessions/{session_id}")
    def get_session(session_id: str) -> dict[str, Any]:
        with runtime.db.session() as s:
            try:
                row, _ = service.load(s, session_id)
            except NotFound as e:
                raise HTTPException(404, str(e)) from e
            messages = [{"role": m.role, "text": m.text} for m in service.transcript(s, session_id)]
            return {
                "job_id": row.job_id,
                "done": row.state.get("phase") == "done",
                "messages": messages,
            }

    @api.get("/jobs/{job_id}/shortlist", dependencies=[Depends(require_user(*ROLES))])
    def get_shortlist(job_id: str) -> list[dict[str, Any]]:
        with runtime.db.session() as s:
            try:
                current_version(s, job_id)
            except NotFound as e:
                raise HTTPException(404, str(e)) from e
            return [e.to_api() for e in shortlist.build(s, job_id)]

    return api
