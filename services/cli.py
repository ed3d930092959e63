"""The ``deskmate`` command: one entry point, a subcommand per job."""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

import click

from services.config import ConfigError, Settings, load_settings

if TYPE_CHECKING:
    from services.runtime import Runtime

# Each module exposes ``commands: list[click.Command]`` (groups or commands).
COMMAND_MODULES = (
    "services.cli_core",
    "services.jobs.cli",
    "services.inference.cli",
    "services.web.cli",
    "services.scheduling.cli",
    "mail_gateway.cli",
    "transcription.cli",
    "screening.cli",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", envvar="DESKMATE_CONFIG", help="TOML settings file.")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """deskmate: scheduling by email, candidate screening and meeting notes, on your machines."""
    ctx.obj = {"config_path": config_path}


def settings_from(ctx: click.Context) -> Settings:
    """Load settings once per invocation; a bad value exits with its name and expected form."""
    root = ctx.find_root()
    if "settings" not in root.obj:
        try:
            root.obj["settings"] = load_settings(toml_path=root.obj.get("config_path"))
        except ConfigError as e:
            raise click.ClickException(str(e)) from e
    settings: Settings = root.obj["settings"]
    return settings


def open_runtime(ctx: click.Context) -> Runtime:
    """The runtime of this invocation, its database brought up to date, disposed on exit.

    Product commands (``users add``, ``screening load-job``, ``mail outbox``...) are often the
    first thing a new operator runs, before ``deskmate up`` ever migrated the database.
    """
    from services.runtime import Runtime
    from services.storage import migrate

    runtime = Runtime.from_settings(settings_from(ctx))
    ctx.call_on_close(runtime.db.dispose)
    migrate.upgrade(runtime.settings.sqlalchemy_url)
    return runtime


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        for command in module.commands:
            cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    _register()
    cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="deskmate")
