"""The shell around the products: sessions, security headers, static files, error pages,
and the shell's own pages (home, sign-in, jobs, health)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text
from starlette.middleware.sessions import SessionMiddleware

from services.runtime import Runtime
from services.web import account, error_pages, home, jobs_pages, login, users_pages
from services.web.security import SecurityHeadersMiddleware, secret_key
from services.web.templating import templates

STATIC_DIR = Path(__file__).parent / "static"
SESSION_COOKIE = "deskmate_session"
SESSION_SECONDS = 12 * 60 * 60


def health_router(runtime: Runtime) -> APIRouter:
    """``GET /healthz``: 200 when the database answers, 503 otherwise."""
    routes = APIRouter()

    @routes.get("/healthz", tags=["health"])
    def healthz() -> JSONResponse:
        try:
            with runtime.db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as e:  # any driver error means "not healthy"; say which
            return JSONResponse({"status": "error", "database": type(e).__name__}, 503)
        return JSONResponse({"status": "ok", "database": "ok"})

    return routes


def install(app: FastAPI, runtime: Runtime) -> None:
    """Add the shell's middleware, error handlers and pages to ``app``."""
    settings = runtime.settings
    https = settings.public_url.startswith("https://")
    # Added last = outermost: security headers wrap everything, sessions wrap the routes.
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key(settings),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_SECONDS,
        same_site="lax",
        https_only=https,
    )
    app.add_middleware(SecurityHeadersMiddleware, hsts=https)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    pages = templates()
    error_pages.install(app, pages)
    app.include_router(home.router(settings, pages))
    app.include_router(login.router(runtime, pages))
    app.include_router(account.router(runtime, pages))
    app.include_router(users_pages.router(runtime, pages))
    app.include_router(jobs_pages.router(runtime, pages))
    app.include_router(health_router(runtime))
