"""Builds the FastAPI app: the shell's own pages plus each product's router."""

from __future__ import annotations

import importlib

from fastapi import FastAPI

from services.runtime import Runtime

# Each module exposes ``router(runtime) -> fastapi.APIRouter``.
PRODUCT_ROUTERS = (
    "services.scheduling.web",
    "mail_gateway.web",
    "transcription.web",
    "screening.web",
)


def create_app(runtime: Runtime) -> FastAPI:
    """The whole web app for ``runtime``."""
    # No /docs or /redoc: their pages load scripts from a CDN, which neither the offline
    # machines nor the Content-Security-Policy allow. /openapi.json describes the API.
    app = FastAPI(title="deskmate", version="0.1.0", docs_url=None, redoc_url=None)
    app.state.runtime = runtime
    from services.web import shell

    shell.install(app, runtime)
    for name in PRODUCT_ROUTERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        app.include_router(module.router(runtime))
    return app
