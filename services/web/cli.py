"""``deskmate web`` and ``deskmate users``: serve the web app, manage accounts and API tokens."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.runtime import Runtime
from services.storage import Database, as_utc
from services.storage.models import User
from services.web import accounts
from services.web.errors import AccountError


@contextmanager
def _database(ctx: click.Context) -> Iterator[Database]:
    """The up-to-date database (accounts are often made before the first ``deskmate up``)."""
    from services.cli import open_runtime

    runtime = open_runtime(ctx)
    try:
        yield runtime.db
    finally:
        runtime.db.dispose()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password: str = click.prompt("Password", hide_input=True, confirmation_prompt="Repeat password")
    return password


@click.command("web")
@click.option("--host", default=None, help="Address to listen on (default: DESKMATE_WEB_HOST).")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=None, help="Port (default: DESKMATE_WEB_PORT)."
)
@click.pass_context
def web(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the web app alone (``deskmate up`` runs it with everything else)."""
    import uvicorn

    from services import jobs
    from services.cli import settings_from
    from services.storage import migrate
    from services.web.app import create_app

    settings = settings_from(ctx)
    migrate.upgrade(settings.sqlalchemy_url)
    runtime = Runtime.from_settings(settings)
    jobs.attach(runtime)  # with Celery, jobs the pages enqueue go to the broker on commit
    try:
        uvicorn.run(
            create_app(runtime),
            host=host or settings.web_host,
            port=port or settings.web_port,
            log_level="info",
        )
    finally:
        runtime.db.dispose()


@click.group()
def users() -> None:
    """HR and admin accounts for the web pages and the API."""


PASSWORD_STDIN = click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
)


@users.command("add")
@click.argument("email")
@click.option(
    "--role", required=True, type=click.Choice(accounts.ROLES), help="What the account may do."
)
@PASSWORD_STDIN
@click.option(
    "--token", "with_token", is_flag=True, help="Also create an API token and print it once."
)
@click.option("--no-password", is_flag=True, help="API-token-only account (requires --token).")
@click.pass_context
def users_add(
    ctx: click.Context,
    email: str,
    role: str,
    password_stdin: bool,
    with_token: bool,
    no_password: bool,
) -> None:
    """Create the account EMAIL; asks for its password twice unless --password-stdin."""
    if no_password and not with_token:
        raise click.UsageError(
            "--no-password makes an account that can only use a token: add --token"
        )
    try:
        address = accounts.normalize_email(email)
        with _database(ctx) as database:
            with database.session() as db:
                if accounts.find_user(db, address) is not None:
                    raise AccountError(f"a user {address} already exists")
            password = "" if no_password else _read_password(password_stdin)
            with database.session() as db:
                user = accounts.create_user(db, address, role, password)
                token = accounts.create_token(db, user) if with_token else None
    except AccountError as e:
        raise click.ClickException(str(e)) from e
    except IntegrityError as e:  # created by someone else between the check and the insert
        raise click.ClickException(f"a user {email.strip().lower()} already exists") from e
    click.echo(f"created {role} {user.email}")
    if token:
        click.echo("API token (shown once; send it as 'Authorization: Bearer <token>'):", err=True)
        click.echo(token)


@users.command("list")
@click.pass_context
def users_list(ctx: click.Context) -> None:
    """Every account with its role, how it signs in, its API tokens and creation time."""
    with _database(ctx) as database, database.session() as db:
        rows = db.scalars(select(User).order_by(User.email)).all()
        counts = accounts.token_counts(db)
    if not rows:
        click.echo("no users yet; add one with: deskmate users add EMAIL --role admin")
        return
    for user in rows:
        created = as_utc(user.created_at)
        when = created.strftime("%Y-%m-%d %H:%M UTC") if created else ""
        login = "password" if user.password_hash else "token only"
        click.echo(f"{user.email}\t{user.role}\t{login}\t{counts.get(user.id, 0)} token(s)\t{when}")


def _existing(db: Session, email: str) -> User:
    user = accounts.find_user(db, email)
    if user is None:
        raise click.ClickException(f"no user {email.strip().lower()}; see: deskmate users list")
    return user


@users.command("token")
@click.argument("email")
@click.pass_context
def users_token(ctx: click.Context, email: str) -> None:
    """Create a new API token for EMAIL and print it once."""
    with _database(ctx) as database, database.session() as db:
        token = accounts.create_token(db, _existing(db, email))
    click.echo(token)


@users.command("passwd")
@click.argument("email")
@PASSWORD_STDIN
@click.pass_context
def users_passwd(ctx: click.Context, email: str, password_stdin: bool) -> None:
    """Set EMAIL's password (signs out their open sessions)."""
    try:
        with _database(ctx) as database, database.session() as db:
            user = _existing(db, email)
            accounts.set_password(db, user, _read_password(password_stdin))
    except AccountError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"password of {user.email} changed")


@users.command("remove")
@click.argument("email")
@click.pass_context
def users_remove(ctx: click.Context, email: str) -> None:
    """Delete EMAIL's account and its API tokens."""
    with _database(ctx) as database, database.session() as db:
        user = _existing(db, email)
        accounts.remove_user(db, user)
    click.echo(f"removed {user.email}")


commands: list[click.Command] = [web, users]
