"""``deskmate users``: accounts and tokens from the command line, used against the web app."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result
from fastapi.testclient import TestClient

from services.cli import _register, cli
from services.runtime import Runtime
from services.web import accounts
from services.web.app import create_app
from tests.web.conftest import sqlite_only


@pytest.fixture
def deskmate(runtime: Runtime):
    """Run ``deskmate ARGS`` against the test runtime's database."""
    _register()
    env = {
        "DESKMATE_DATA_DIR": str(runtime.settings.data_dir),
        "DESKMATE_DATABASE_URL": runtime.settings.sqlalchemy_url,
    }

    def run(*args: str, stdin: str | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=stdin, env=env, catch_exceptions=False)

    return run


def test_users_add_stores_an_argon2_hash_and_its_token_opens_protected_pages(
    runtime: Runtime, deskmate
) -> None:
    # When an admin account is made with a token
    result = deskmate(
        "users",
        "add",
        "HR@Example.com",
        "--role",
        "admin",
        "--password-stdin",
        "--token",
        stdin="a long passphrase\n",
    )
    # Then it exists with an argon2 hash, never the password itself
    assert result.exit_code == 0, result.output
    assert "created admin hr@example.com" in result.output
    with runtime.db.session() as db:
        user = accounts.find_user(db, "hr@example.com")
        assert user is not None and user.role == "admin"
        assert user.password_hash.startswith("$argon2id$")
        assert "a long passphrase" not in user.password_hash
        assert accounts.authenticate(db, "hr@example.com", "a long passphrase") is not None
    # And the printed token signs API requests in
    token = result.output.strip().splitlines()[-1]
    assert token.startswith("dm_")
    client = TestClient(create_app(runtime))
    assert client.get("/api/jobs", headers={"Authorization": f"Bearer {token}"}).status_code == 200


@sqlite_only
def test_users_add_asks_for_the_password_twice_when_interactive(runtime: Runtime, deskmate) -> None:
    mismatch = deskmate(
        "users",
        "add",
        "rec@example.com",
        "--role",
        "recruiter",
        stdin="first passphrase\nsecond passphrase\nfirst passphrase\nfirst passphrase\n",
    )
    assert mismatch.exit_code == 0, mismatch.output
    assert "Error: The two entered values do not match." in mismatch.output
    with runtime.db.session() as db:
        assert accounts.authenticate(db, "rec@example.com", "first passphrase") is not None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("not-an-email", "--role", "admin"), "'not-an-email' is not an email address"),
        (("hr@example.com", "--role", "boss"), "'boss' is not one of 'admin', 'recruiter'"),
        (("hr@example.com", "--role", "admin", "--no-password"), "add --token"),
    ],
)
@sqlite_only
def test_users_add_explains_bad_input(deskmate, args: tuple[str, ...], message: str) -> None:
    result = deskmate("users", "add", *args, "--password-stdin", stdin="a long passphrase\n")
    assert result.exit_code != 0
    assert message in result.output


@sqlite_only
def test_users_add_refuses_a_duplicate_and_a_short_password(deskmate) -> None:
    ok = deskmate(
        "users",
        "add",
        "hr@example.com",
        "--role",
        "admin",
        "--password-stdin",
        stdin="a long passphrase\n",
    )
    assert ok.exit_code == 0
    again = deskmate(
        "users",
        "add",
        "HR@example.com",
        "--role",
        "recruiter",
        "--password-stdin",
        stdin="a long passphrase\n",
    )
    assert again.exit_code == 1
    assert "a user hr@example.com already exists" in again.output
    short = deskmate(
        "users", "add", "new@example.com", "--role", "admin", "--password-stdin", stdin="short\n"
    )
    assert short.exit_code == 1
    assert "at least 8 characters" in short.output


@sqlite_only
def test_users_list_and_token(runtime: Runtime, deskmate) -> None:
    assert "no users yet" in deskmate("users", "list").output
    deskmate("users", "add", "bot@example.com", "--role", "recruiter", "--no-password", "--token")
    listing = deskmate("users", "list").output
    assert "bot@example.com\trecruiter\ttoken only\t1 token(s)" in listing
    token = deskmate("users", "token", "bot@example.com").output.strip()
    with runtime.db.session() as db:
        found = accounts.user_for_token(db, token)
        assert found is not None and found.email == "bot@example.com"
    missing = deskmate("users", "token", "ghost@example.com")
    assert missing.exit_code == 1
    assert "no user ghost@example.com" in missing.output


@sqlite_only
def test_users_passwd_and_remove(runtime: Runtime, deskmate) -> None:
    deskmate(
        "users",
        "add",
        "hr@example.com",
        "--role",
        "admin",
        "--password-stdin",
        stdin="a long passphrase\n",
    )
    changed = deskmate(
        "users", "passwd", "hr@example.com", "--password-stdin", stdin="another passphrase\n"
    )
    assert changed.exit_code == 0
    with runtime.db.session() as db:
        assert accounts.authenticate(db, "hr@example.com", "another passphrase") is not None
    assert deskmate("users", "remove", "hr@example.com").exit_code == 0
    with runtime.db.session() as db:
        assert accounts.find_user(db, "hr@example.com") is None
