"""Screening's web edge: candidate pages, the JSON API and recruiter pages, plus the sample job."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter

from screening import answers
from screening.api import api_router
from screening.jobs import schedule_purge
from screening.jobstore import save_job
from screening.models import ScreeningJob
from screening.ratelimit import Limits, RateLimiter
from screening.web_candidate import candidate_router
from screening.web_hr import hr_router
from services.runtime import Runtime

log = logging.getLogger(__name__)
TEMPLATES = Path(__file__).parent / "templates"
SAMPLE = Path(__file__).parent / "samples" / "support-rep-remote.yaml"
LIMITS = Limits()


def router(runtime: Runtime, limits: Limits | None = None) -> APIRouter:
    """Every screening route for ``runtime`` (limits default to :data:`LIMITS`)."""
    from services.web.templating import templates

    limits = limits or LIMITS
    answers.warm_up()
    tpl = templates(str(TEMPLATES))
    limiter = RateLimiter()
    r = APIRouter()
    r.include_router(candidate_router(runtime, tpl, limiter, limits))
    r.include_router(api_router(runtime, limiter, limits))
    r.include_router(hr_router(runtime, tpl))
    return r


def seed(runtime: Runtime) -> None:
    """Load the sample job linked from the home page, unless a job with its id exists."""
    with runtime.db.session() as s:
        if s.get(ScreeningJob, "support-rep-remote") is None:
            save_job(s, SAMPLE.read_text(), source=str(SAMPLE), actor="seed")
            log.info("loaded sample job support-rep-remote")
        schedule_purge(s)
