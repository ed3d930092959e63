"""HTTP edge of ``deskmate worker``: translates JSON to scheduler calls and errors to codes.

``POST /v1/run/{model}`` ``{"inputs": [...], "priority": "interactive"|"batch"}`` ->
``{"outputs": [...]}`` (tagged arrays and audio: :mod:`services.inference.codec`);
``GET /healthz``; ``GET /metrics`` (Prometheus text).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from services.inference import (
    BadRequest,
    InferenceError,
    InferenceTimeout,
    ModelUnavailable,
    Priority,
    UnknownModel,
    WorkerUnavailable,
    codec,
)
from services.inference.local import LocalClient
from services.inference.metrics import WorkerMetrics

if TYPE_CHECKING:
    from services.config import Settings

# most specific first: the first matching class decides the status
STATUS: tuple[tuple[type[InferenceError], int], ...] = (
    (UnknownModel, 404),
    (BadRequest, 422),
    (ModelUnavailable, 503),
    (WorkerUnavailable, 503),
    (InferenceTimeout, 504),
    (InferenceError, 500),
)


class RunBody(BaseModel):
    """The body of ``POST /v1/run/{model}``."""

    model_config = ConfigDict(extra="forbid")

    inputs: list[Any]
    priority: Literal["interactive", "batch"] = "interactive"
    timeout: float | None = Field(None, gt=0, le=24 * 3600)


def create_app(client: LocalClient, metrics: WorkerMetrics) -> FastAPI:
    """The worker's app over ``client``'s scheduler (``metrics`` must be its hooks)."""
    scheduler = client.scheduler
    app = FastAPI(title="deskmate inference worker", docs_url=None, redoc_url=None)

    @app.exception_handler(InferenceError)
    async def inference_error(request: Request, exc: InferenceError) -> JSONResponse:
        status = next(code for cls, code in STATUS if isinstance(exc, cls))
        body: dict[str, Any] = {"detail": str(exc)}
        if isinstance(exc, UnknownModel):
            body["models"] = scheduler.model_names
        return JSONResponse(body, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            if err.get("type") == "json_invalid":
                reason = err.get("ctx", {}).get("error", "")
                problems.append(f"the request body is not valid JSON: {reason}")
                continue
            where = ".".join(str(part) for part in err.get("loc", ()))
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        return JSONResponse({"detail": "; ".join(problems)}, status_code=422)

    @app.post("/v1/run/{model}")
    async def run(model: str, body: RunBody) -> dict[str, Any]:
        inputs = await run_in_threadpool(codec.decode, body.inputs)
        outputs = await client.arun(
            model, inputs, priority=Priority[body.priority.upper()], timeout=body.timeout
        )
        return {"outputs": await run_in_threadpool(codec.encode, outputs)}

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        infos = await run_in_threadpool(scheduler.models)
        errors = scheduler.errors()
        return {
            "status": "ok",
            "device": scheduler.device,
            "models": [
                {**dataclasses.asdict(info), "error": errors.get(info.name, "")} for info in infos
            ],
        }

    @app.get("/metrics")
    async def prometheus() -> Response:
        text = await run_in_threadpool(metrics.render, scheduler)
        return Response(text, media_type=CONTENT_TYPE_LATEST)

    return app


def build(settings: Settings, **scheduler_options: Any) -> tuple[FastAPI, LocalClient]:
    """A worker app and its client from ``settings`` (the client is shared with jobs)."""
    metrics = WorkerMetrics()
    client = LocalClient.from_settings(settings, hooks=metrics, **scheduler_options)
    return create_app(client, metrics), client
