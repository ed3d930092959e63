"""Builds the FastAPI app: the shell's own pages plus each product's router."""

from __future__ import annotations

import importlib
import logging

from fastapi import FastAPI

from services.runtime import Runtime

log = logging.getLogger(__name__)

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
    app.state.broken_products = []
    for name in PRODUCT_ROUTERS:
        try:
            module = importlib.import_module(name)
            app.include_router(module.router(runtime))
        except ModuleNotFoundError as e:
            missing = e.name is not None and (name + ".").startswith(e.name + ".")
            if not missing:  # a missing module is a product not part of this build
                _broken(app, name, e)
        except Exception as e:  # one product's bug must not take the others' pages down
            _broken(app, name, e)
    return app


def _broken(app: FastAPI, name: str, error: Exception) -> None:
    log.exception("the pages of %s could not be loaded; the rest of the app runs", name)
    app.state.broken_products.append((name, f"{type(error).__name__}: {error}"))
