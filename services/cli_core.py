"""The shell's own subcommands: ``db upgrade`` (others are added by the foundation work)."""

from __future__ import annotations

import click

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


commands: list[click.Command] = [db]
