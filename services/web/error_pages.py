"""Errors as pages for browsers and as JSON for API clients."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.templating import Jinja2Templates

from services.web.auth import wants_html

log = logging.getLogger(__name__)


def install(app: FastAPI, pages: Jinja2Templates) -> None:
    """Register handlers for HTTP errors, bad input and unexpected exceptions on ``app``."""

    def render(
        request: Request, status: int, detail: str, headers: dict[str, str] | None
    ) -> Response:
        if wants_html(request):
            title = (
                HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
            )
            context = {"status_code": status, "title": title, "detail": detail}
            return pages.TemplateResponse(request, "error.html", context, status, headers)
        return JSONResponse({"detail": detail}, status, headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if 300 <= exc.status_code < 400 and "Location" in headers:
            return RedirectResponse(headers.pop("Location"), exc.status_code, headers)
        if exc.status_code == 404 and exc.detail == "Not Found":
            detail = f"There is no page at {request.url.path}."
        else:
            detail = str(exc.detail)
        return render(request, exc.status_code, detail, headers)

    @app.exception_handler(RequestValidationError)
    async def bad_input(request: Request, exc: RequestValidationError) -> Response:
        if not wants_html(request):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, 422)
        problems = "; ".join(
            f"{'.'.join(str(part) for part in err['loc'][1:]) or 'request'}: {err['msg']}"
            for err in exc.errors()
        )
        return render(request, 422, f"Some of what you sent was not valid: {problems}", None)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return render(
            request, 500, "Something went wrong on our side; it has been logged. Try again.", None
        )
