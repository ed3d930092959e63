"""``deskmate screening ...``: load job files, purge expired candidates, print a shortlist."""

from __future__ import annotations

import json
from pathlib import Path

import click

from screening import retention, shortlist
from screening.errors import JobFileError, NotFound
from screening.jobstore import save_job
from services.cli import open_runtime
from services.storage import utcnow


@click.group("screening")
def screening() -> None:
    """Candidate screening: jobs, shortlists, retention."""


@screening.command("load-job")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Only validate; do not save.")
@click.pass_context
def load_job(ctx: click.Context, path: Path, check: bool) -> None:
    """Validate a YAML/JSON job FILE and load it (a new version if it changed)."""
    from screening.jobdef import parse_job_text

    text = path.read_text(encoding="utf-8")
    try:
        if check:
            job, _ = parse_job_text(text, str(path))
            click.echo(f"{path}: valid job {job.id!r} with {len(job.questions)} questions")
            return
        runtime = open_runtime(ctx)
        with runtime.db.session() as s:
            saved = save_job(s, text, source=str(path), actor="cli")
    except JobFileError as e:
        raise click.ClickException(str(e)) from e
    state = (
        f"saved as version {saved.version}"
        if saved.changed
        else f"unchanged (version {saved.version})"
    )
    click.echo(f"job {saved.job_id!r} {state}; candidates apply at /apply/{saved.job_id}")


@screening.command("shortlist")
@click.argument("job_id")
@click.option("--csv", "as_csv", is_flag=True, help="CSV instead of JSON.")
@click.pass_context
def show_shortlist(ctx: click.Context, job_id: str, as_csv: bool) -> None:
    """Print JOB_ID's shortlist, best first."""
    from screening.jobstore import current_version, job_of

    runtime = open_runtime(ctx)
    try:
        with runtime.db.session() as s:
            job = job_of(current_version(s, job_id))
            entries = shortlist.build(s, job_id)
    except NotFound as e:
        raise click.ClickException(f"{e}; load it with: deskmate screening load-job FILE") from e
    if as_csv:
        click.echo(shortlist.to_csv(entries, [q.id for q in job.questions]), nl=False)
    else:
        click.echo(json.dumps([e.to_api() for e in entries], indent=2))


@screening.command("purge")
@click.pass_context
def purge(ctx: click.Context) -> None:
    """Delete candidate data older than candidate_retention_days now."""
    runtime = open_runtime(ctx)
    settings = runtime.settings
    with runtime.db.session() as s:
        n = retention.purge_expired(s, settings.candidate_retention_days, utcnow())
    click.echo(f"deleted {n} candidate(s) older than {settings.candidate_retention_days} days")


commands: list[click.Command] = [screening]
