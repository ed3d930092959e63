"""``deskmate gateway`` (the SMTP edge) and ``deskmate mail outbox|inbound|resend``."""

from __future__ import annotations

import logging
import signal
import threading

import click
from sqlalchemy import select

from mail_gateway.models import InboundMail, OutboundMail
from mail_gateway.outbox import SEND_JOB
from mail_gateway.server import controller
from services import jobs
from services.runtime import Runtime


def _runtime(ctx: click.Context) -> Runtime:
    from services.cli import open_runtime

    return open_runtime(ctx)


@click.command("gateway")
@click.option("--port", type=int, default=None, help="Override DESKMATE_SMTP_PORT.")
@click.pass_context
def gateway(ctx: click.Context, port: int | None) -> None:
    """Receive mail for the assistant over SMTP until stopped (SIGTERM or Ctrl-C)."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every SMTP line
    runtime = _runtime(ctx)
    server = controller(runtime, port=port)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    server.start()
    settings = runtime.settings
    click.echo(
        f"deskmate gateway on {settings.smtp_host}:{server.port} for "
        f"{', '.join(settings.assistant_addresses)}",
        err=True,
    )
    try:
        stop.wait()
    finally:
        server.stop()
        runtime.db.dispose()


@click.group("mail")
def mail() -> None:
    """Look at received and sent mail."""


@mail.command("inbound")
@click.option("--limit", default=20, show_default=True)
@click.option("--state", default=None, help="received | handled | ignored | refused")
@click.pass_context
def inbound(ctx: click.Context, limit: int, state: str | None) -> None:
    """List received messages, newest first: state, route, sender, subject."""
    runtime = _runtime(ctx)
    query = select(InboundMail).order_by(InboundMail.id.desc()).limit(limit)
    if state:
        query = query.where(InboundMail.state == state)
    with runtime.db.session() as s:
        rows = s.scalars(query).all()
        for row in rows:
            sender = row.sender or row.mail_from or "?"
            click.echo(
                f"{row.id:>6}  {row.received_at:%Y-%m-%d %H:%M}  {row.state:<8}  "
                f"{row.route or '-':<22} {sender:<30} {row.subject[:50]}"
            )
            if row.note and row.state == "refused":
                click.echo(f"{'':>8}why: {row.note}")
    if not rows:
        click.echo("no messages")


@mail.command("outbox")
@click.option("--limit", default=20, show_default=True)
@click.option("--state", default=None, help="queued | sent | failed | suppressed | bounced")
@click.pass_context
def outbox(ctx: click.Context, limit: int, state: str | None) -> None:
    """List sent and queued messages, newest first, with their errors."""
    runtime = _runtime(ctx)
    query = select(OutboundMail).order_by(OutboundMail.id.desc()).limit(limit)
    if state:
        query = query.where(OutboundMail.state == state)
    with runtime.db.session() as s:
        rows = s.scalars(query).all()
        for row in rows:
            click.echo(
                f"{row.id:>6}  {row.created_at:%Y-%m-%d %H:%M}  {row.state:<10} "
                f"tries={row.attempts}  {', '.join(row.recipients)[:40]:<40} {row.subject[:40]}"
            )
            if row.error:
                click.echo(f"{'':>8}error: {row.error}")
    if not rows:
        click.echo("no messages")


@mail.command("resend")
@click.argument("outbox_id", type=int)
@click.pass_context
def resend(ctx: click.Context, outbox_id: int) -> None:
    """Queue a failed outbox message again (after fixing the relay settings)."""
    runtime = _runtime(ctx)
    with runtime.db.session() as s:
        row = s.get(OutboundMail, outbox_id)
        if row is None:
            raise click.ClickException(f"no outbox message {outbox_id}")
        if row.state != "failed":
            raise click.ClickException(f"outbox message {outbox_id} is {row.state}, not failed")
        row.state, row.error = "queued", ""
        jobs.enqueue(
            s,
            SEND_JOB,
            {"outbox_id": row.id},
            idempotency_key=f"{SEND_JOB}:{row.message_id}:retry{row.attempts}",
        )
    click.echo(f"outbox message {outbox_id} queued again")


commands: list[click.Command] = [gateway, mail]
