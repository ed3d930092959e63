"""``deskmate worker`` (serve the models over HTTP) and ``deskmate models`` (what is installed)."""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import TYPE_CHECKING, Any

import click

from services.inference import ModelInfo, ModelUnavailable
from services.inference.models import ModelHandler

if TYPE_CHECKING:
    from services.config import Settings
    from services.inference.local import LocalClient

log = logging.getLogger(__name__)


@click.command("worker")
@click.option("--host", help="Address to listen on (default: settings.worker_host).")
@click.option("--port", type=int, help="Port to listen on (default: settings.worker_port).")
@click.option("--jobs", is_flag=True, help="Also run the embedded job runner in this process.")
@click.pass_context
def worker(ctx: click.Context, host: str | None, port: int | None, jobs: bool) -> None:
    """Serve every model over HTTP (POST /v1/run/MODEL, /healthz, /metrics)."""
    import uvicorn

    from services.cli import settings_from
    from services.inference.server import build

    settings = settings_from(ctx)
    app, client = build(settings)
    runner = _start_jobs(settings, client) if jobs else None
    try:
        uvicorn.run(
            app,
            host=host or settings.worker_host,
            port=port or settings.worker_port,
            log_level="info",
        )
    finally:
        if runner is not None and hasattr(runner, "stop"):
            runner.stop()
        client.close()


def _start_jobs(settings: Settings, client: LocalClient) -> Any:
    """Start the embedded job runner sharing ``client``; the worker serves on if it cannot."""
    try:
        import services.jobs
        from services.runtime import Runtime

        runtime = Runtime.from_settings(settings)
        runtime.use_inference(client)
        runner = services.jobs.load(runtime)
        runner.start()
    except (ImportError, AttributeError) as e:
        click.echo(f"warning: job runner not started ({e}); serving models only", err=True)
        return None
    click.echo("job runner started in this process", err=True)
    return runner


@click.command("models")
@click.option(
    "--load", "load_now", is_flag=True, help="Load each model to report device and memory."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.argument("names", nargs=-1)
@click.pass_context
def models(ctx: click.Context, names: tuple[str, ...], load_now: bool, as_json: bool) -> None:
    """List every model (or NAMES): package, weights path, SHA-256 check, device, memory."""
    from services.cli import settings_from
    from services.inference.models import MODELS
    from services.inference.scheduler import Scheduler

    unknown = [name for name in names if name not in MODELS]
    if unknown:
        raise click.BadParameter(
            f"unknown model {', '.join(unknown)}; known models: {', '.join(MODELS)}",
            param_hint="NAMES",
        )
    registry = {name: MODELS[name] for name in names or MODELS}
    scheduler = Scheduler.from_settings(settings_from(ctx), registry=registry)
    try:
        errors = scheduler.preload() if load_now else {}
        infos = scheduler.models(check_weights=True)
        errors = {**scheduler.errors(), **errors}
        for info in infos:
            if info.sha256_ok is False and info.name not in errors:
                errors[info.name] = _weights_problem(scheduler.handler(info.name))
    finally:
        scheduler.close()
    if as_json:
        rows = [{**dataclasses.asdict(i), "error": errors.get(i.name, "")} for i in infos]
        click.echo(json.dumps(rows, indent=2))
    else:
        click.echo(_table(infos, errors))
    if errors or any(info.sha256_ok is False for info in infos):
        ctx.exit(1)  # an operator's script should notice a model it cannot serve


def _weights_problem(handler: ModelHandler) -> str:
    try:
        handler.model_dir()
    except ModelUnavailable as e:
        return str(e)
    return "weights check failed"


def _table(infos: list[ModelInfo], errors: dict[str, str]) -> str:
    """A plain-text table, one model a row, errors under it."""
    head = ("MODEL", "PACKAGE", "SHA-256", "DEVICE", "MEMORY", "WEIGHTS")
    rows = [head]
    for info in infos:
        check = {True: "ok", False: "FAILED", None: "unchecked"}[info.sha256_ok]
        memory = f"{info.memory_bytes / 2**20:.0f} MiB" if info.loaded else "not loaded"
        rows.append(
            (info.name, info.package or "-", check, info.device or "-", memory, info.path or "-")
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head) - 1)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[-1]
        for row in rows
    ]
    lines += [f"{name}: {error}" for name, error in errors.items()]
    return "\n".join(lines)


commands: list[click.Command] = [worker, models]
