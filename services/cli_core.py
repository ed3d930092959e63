"""The shell's own subcommands: ``up`` (everything, supervised) and ``db upgrade``."""

from __future__ import annotations

import click
from sqlalchemy.exc import SQLAlchemyError

from services.storage import migrate


@click.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
@click.pass_context
def db_upgrade(ctx: click.Context) -> None:
    """Apply every pending migration (all products' branches)."""
    from services.cli import settings_from

    settings = settings_from(ctx)
    migrate.upgrade(settings.sqlalchemy_url)
    click.echo(f"database at {settings.sqlalchemy_url} is up to date")


@click.command("up")
@click.pass_context
def up(ctx: click.Context) -> None:
    """Migrate, then run the web app, SMTP gateway and inference worker (with the job
    runner) as supervised processes until Ctrl-C."""
    import os

    from services import supervisor
    from services.cli import cli, settings_from
    from services.runtime import Runtime
    from services.web.app import PRODUCT_ROUTERS

    settings = settings_from(ctx)
    try:
        migrate.upgrade(settings.sqlalchemy_url)
    except SQLAlchemyError as e:
        raise click.ClickException(f"cannot migrate the database: {e}") from e
    runtime = Runtime.from_settings(settings)
    problems = supervisor.seed_products(runtime, PRODUCT_ROUTERS)
    runtime.db.dispose()
    config_path = ctx.find_root().obj.get("config_path")
    config_path = os.path.abspath(config_path) if config_path else None
    worker_url = (
        "" if settings.worker_urls else (f"http://{settings.worker_host}:{settings.worker_port}")
    )
    roles, notes = supervisor.plan_roles(
        cli, config_path, worker_url, celery=settings.jobs_backend == "celery"
    )
    click.echo(supervisor.banner(settings, roles, [*notes, *problems]))
    env = dict(os.environ, PYTHONUNBUFFERED="1")  # children's logs appear as they happen
    if config_path:
        env["DESKMATE_CONFIG"] = config_path
    ctx.exit(supervisor.Supervisor(roles, env).run())


commands: list[click.Command] = [up, db]
