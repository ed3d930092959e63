"""``deskmate schedule parse`` and ``deskmate schedule when``: the understanding, from a shell."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from services.cli import settings_from
from services.scheduling.understand.errors import UnderstandError
from services.scheduling.understand.render import candidate_json, intent_json


@click.group("schedule")
def schedule() -> None:
    """Scheduling by email: read what an email asks for."""


def _now(value: str | None, tz: str) -> dt.datetime:
    from services.scheduling.understand.zones import zone_of

    zone = zone_of(tz)
    if value is None:
        return dt.datetime.now(zone)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(
            f"expected ISO 8601 like 2026-03-02T09:00:00+01:00, got {value!r}"
        ) from e
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


@schedule.command("when")
@click.argument("text", required=False)
@click.option("--now", "now_text", help="reference time, ISO 8601 (default: now)")
@click.option("--tz", help="writer's IANA zone (default: DESKMATE_DEFAULT_TIMEZONE)")
@click.option(
    "--lang", type=click.Choice(["en", "es", "fr", "de", "ro"]), help="language (default: detect)"
)
@click.pass_context
def when(
    ctx: click.Context, text: str | None, now_text: str | None, tz: str | None, lang: str | None
) -> None:
    """Resolve a time expression; without TEXT, one expression per stdin line."""
    from services.scheduling.understand.timeparse import resolve

    tz = tz or settings_from(ctx).default_timezone
    try:
        now = _now(now_text, tz)
        lines = [text] if text is not None else (line.rstrip("\n") for line in sys.stdin)
        for line in lines:
            found = resolve(line, now=now, tz=tz, lang=lang, latent=True) if line.strip() else []
            click.echo(json.dumps(candidate_json(found[0] if found else None)))
    except UnderstandError as e:
        raise click.ClickException(str(e)) from e


@schedule.command("parse")
@click.argument("eml", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--now", "now_text", help="reference time, ISO 8601 (default: the Date header)")
@click.option("--tz", help="sender's IANA zone (default: DESKMATE_DEFAULT_TIMEZONE)")
@click.pass_context
def parse(ctx: click.Context, eml: Path, now_text: str | None, tz: str | None) -> None:
    """Read an .eml file and print what it asks for as JSON."""
    import dataclasses

    from services.scheduling.understand.eml import read_eml
    from services.scheduling.understand.parse import understand

    settings = settings_from(ctx)
    try:
        message = read_eml(eml.read_bytes())
        if now_text is not None:
            message = dataclasses.replace(
                message, date=_now(now_text, tz or settings.default_timezone)
            )
        intent = understand(
            message,
            assistant_addresses=settings.assistant_addresses,
            default_tz=settings.default_timezone,
            default_minutes=settings.meeting_default_minutes,
            sender_tz=tz,
        )
    except UnderstandError as e:
        raise click.ClickException(str(e)) from e
    click.echo(json.dumps(intent_json(intent), ensure_ascii=False, indent=2))


commands: list[click.Command] = [schedule]
