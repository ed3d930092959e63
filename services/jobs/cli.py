"""``deskmate jobs``: run workers, list and inspect jobs, retry a failed one."""

from __future__ import annotations

import importlib
import json
import logging
import signal
import threading
from typing import Any

import click
from sqlalchemy import inspect, make_url, select
from sqlalchemy.exc import SQLAlchemyError

from services.runtime import Runtime
from services.storage import as_utc
from services.storage.models import JobRow

STATES = ("queued", "running", "succeeded", "failed")


def _runtime(ctx: click.Context, imports: tuple[str, ...] = ()) -> Runtime:
    from services.cli import settings_from
    from services.jobs import load_handlers

    load_handlers()
    for name in imports:
        importlib.import_module(name)
    runtime = Runtime.from_settings(settings_from(ctx))
    ctx.call_on_close(runtime.db.dispose)
    shown = make_url(runtime.db.url).render_as_string(hide_password=True)
    try:
        migrated = inspect(runtime.db.engine).has_table(JobRow.__tablename__)
    except SQLAlchemyError as e:
        raise click.ClickException(f"cannot reach the database at {shown}: {e}") from e
    if not migrated:
        raise click.ClickException(
            f"the database at {shown} has no jobs table; run `deskmate db upgrade` first"
        )
    return runtime


IMPORT_OPTION = click.option(
    "--import",
    "imports",
    multiple=True,
    metavar="MODULE",
    help="Also import MODULE for its job handlers (repeatable).",
)


@click.group()
def jobs() -> None:
    """Durable background jobs: workers, listing, retries."""


@jobs.command("worker")
@click.option("--concurrency", type=int, default=None, help="Threads (default: jobs_threads).")
@click.option("--loglevel", default="INFO", show_default=True)
@IMPORT_OPTION
@click.pass_context
def worker(
    ctx: click.Context, concurrency: int | None, loglevel: str, imports: tuple[str, ...]
) -> None:
    """Run a Celery worker for deskmate jobs (broker: celery_broker_url)."""
    from services.jobs.celery_runner import serve

    runtime = _runtime(ctx, imports)
    click.echo(
        f"celery worker on {runtime.settings.celery_broker_url} "
        f"queue {runtime.settings.celery_queue}"
    )
    serve(runtime, concurrency or runtime.settings.jobs_threads, loglevel)


@jobs.command("run")
@IMPORT_OPTION
@click.pass_context
def run(ctx: click.Context, imports: tuple[str, ...]) -> None:
    """Run jobs in this process (the embedded runner) until Ctrl-C or SIGTERM."""
    from services.jobs.embedded import EmbeddedRunner

    logging.basicConfig(level=logging.INFO, format="%(asctime)s jobs %(levelname)s %(message)s")
    runtime = _runtime(ctx, imports)
    runner = EmbeddedRunner(runtime)
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    runner.start()
    click.echo(f"running jobs with {runner.threads} threads on {runtime.settings.sqlalchemy_url}")
    done.wait()
    runner.stop(timeout=30.0)


@jobs.command("status")
@click.pass_context
def status(ctx: click.Context) -> None:
    """Jobs per state; with the Celery backend also whether the broker answers.

    Exits 1 when the database or the broker cannot be reached (a container healthcheck).
    """
    from sqlalchemy import func

    runtime = _runtime(ctx)
    with runtime.db.session() as s:
        query = select(JobRow.state, func.count()).group_by(JobRow.state)
        counts = {state: n for state, n in s.execute(query)}
    click.echo("  ".join(f"{state} {counts.get(state, 0)}" for state in STATES))
    if runtime.settings.jobs_backend == "celery":
        from services.jobs.celery_runner import app_for

        try:
            with app_for(runtime.settings).connection_for_write() as conn:
                conn.ensure_connection(max_retries=1, timeout=5)
        except Exception as e:  # noqa: BLE001  (kombu raises many kinds; all mean "down")
            raise click.ClickException(
                f"broker {runtime.settings.celery_broker_url} unreachable: {e}"
            ) from e
        click.echo(f"broker {runtime.settings.celery_broker_url} answers")


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _when(row: JobRow) -> str:
    stamp = as_utc(row.updated_at)
    return stamp.strftime("%Y-%m-%d %H:%M:%S") if stamp else ""


@jobs.command("list")
@click.option("--state", type=click.Choice(STATES), help="Only jobs in this state.")
@click.option("--kind", help="Only jobs of this kind.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_context
def list_jobs(ctx: click.Context, state: str | None, kind: str | None, limit: int) -> None:
    """Recent jobs, newest first, with state, attempts, progress and last error."""
    runtime = _runtime(ctx)
    query = select(JobRow).order_by(JobRow.id.desc()).limit(limit)
    if state:
        query = query.where(JobRow.state == state)
    if kind:
        query = query.where(JobRow.kind == kind)
    with runtime.db.session() as s:
        rows = list(s.scalars(query))
    if not rows:
        click.echo("no jobs")
        return
    click.echo(
        f"{'ID':>6}  {'KIND':<30} {'STATE':<10} {'TRIES':>5} {'DONE':>5}  "
        f"{'UPDATED (UTC)':<19}  ERROR"
    )
    for r in rows:
        click.echo(
            f"{r.id:>6}  {r.kind[:30]:<30} {r.state:<10} {r.attempts:>2}/{r.max_attempts:<2} "
            f"{r.progress:>5.0%}  {_when(r):<19}  {_first_line(r.error)[:60]}"
        )


def _describe(row: JobRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "state": row.state,
        "priority": row.priority,
        "attempts": f"{row.attempts}/{row.max_attempts}",
        "run_after": str(as_utc(row.run_after)),
        "locked_by": row.locked_by,
        "progress": row.progress,
        "progress_note": row.progress_note,
        "idempotency_key": row.idempotency_key,
        "created_at": str(as_utc(row.created_at)),
        "finished_at": str(as_utc(row.finished_at)) if row.finished_at else None,
    }


@jobs.command("show")
@click.argument("job_id", type=int)
@click.pass_context
def show(ctx: click.Context, job_id: int) -> None:
    """One job: every field, its payload, result and full error."""
    runtime = _runtime(ctx)
    with runtime.db.session() as s:
        row = s.get(JobRow, job_id)
    if row is None:
        raise click.ClickException(f"no job with id {job_id}")
    for name, value in _describe(row).items():
        click.echo(f"{name + ':':<17}{value}")
    click.echo("payload:\n" + json.dumps(row.payload, indent=2, sort_keys=True))
    click.echo("result:\n" + json.dumps(row.result, indent=2, sort_keys=True))
    if row.error:
        click.echo("error:\n" + row.error)


@jobs.command("retry")
@click.argument("job_id", type=int)
@click.pass_context
def retry(ctx: click.Context, job_id: int) -> None:
    """Queue a failed job again, with a fresh set of attempts."""
    from services import jobs as jobs_pkg
    from services.jobs.recovery import retry_now

    runtime = _runtime(ctx)
    jobs_pkg.attach(runtime)
    try:
        with runtime.db.session() as s:
            row = retry_now(s, job_id)
            kind = row.kind
    except jobs_pkg.JobError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"job {job_id} ({kind}) is queued again")


commands: list[click.Command] = [jobs]
