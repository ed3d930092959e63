"""Accounts and tokens: validation, argon2 hashes, SHA-256-only tokens."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from services.runtime import Runtime
from services.storage.models import ApiToken
from services.web import accounts
from services.web.errors import AccountError
from tests.web.conftest import sqlite_only


@pytest.mark.parametrize(
    "bad", ["", "bob", "bob@", "@example.com", "bob@example", "a b@example.com"]
)
def test_an_address_that_is_not_an_email_is_refused_with_the_expected_form(bad: str) -> None:
    with pytest.raises(AccountError, match="not an email address .*name@example.com"):
        accounts.normalize_email(bad)


def test_email_addresses_are_trimmed_and_lower_cased() -> None:
    assert accounts.normalize_email("  Bob.Smith@Example.COM ") == "bob.smith@example.com"


def test_an_unknown_role_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(
        AccountError, match="unknown role 'boss'; expected one of: admin, recruiter"
    ):
        accounts.check_role("boss")


def test_a_short_password_is_refused() -> None:
    with pytest.raises(AccountError, match="at least 8"):
        accounts.hash_password("short")


def test_users_are_stored_with_an_argon2id_hash_not_the_password(runtime: Runtime) -> None:
    # Given a new account
    with runtime.db.session() as db:
        accounts.create_user(db, "Hr@Example.com", "admin", "s3cret-passphrase")
    # Then only an argon2id hash is stored, and the password verifies against it
    with runtime.db.session() as db:
        user = accounts.find_user(db, "hr@example.com")
        assert user is not None
        assert user.password_hash.startswith("$argon2id$")
        assert "s3cret-passphrase" not in user.password_hash
        assert accounts.authenticate(db, "HR@example.com", "s3cret-passphrase") is not None
        assert accounts.authenticate(db, "hr@example.com", "wrong-passphrase") is None
        assert accounts.authenticate(db, "nobody@example.com", "s3cret-passphrase") is None


def test_a_second_account_with_the_same_email_is_refused(runtime: Runtime) -> None:
    with runtime.db.session() as db:
        accounts.create_user(db, "hr@example.com", "recruiter", "s3cret-passphrase")
    with runtime.db.session() as db, pytest.raises(AccountError, match="already exists"):
        accounts.create_user(db, "HR@example.com", "admin", "another-passphrase")


@sqlite_only
def test_a_token_only_account_cannot_sign_in_with_any_password(runtime: Runtime) -> None:
    with runtime.db.session() as db:
        accounts.create_user(db, "bot@example.com", "recruiter")
    with runtime.db.session() as db:
        assert accounts.authenticate(db, "bot@example.com", "") is None
        assert accounts.authenticate(db, "bot@example.com", "anything-at-all") is None


def test_only_the_sha256_of_an_api_token_is_stored(runtime: Runtime) -> None:
    # Given a token made for an account
    with runtime.db.session() as db:
        user = accounts.create_user(db, "hr@example.com", "admin", "s3cret-passphrase")
        token = accounts.create_token(db, user)
    # Then the database holds its digest only, and the token finds the account
    with runtime.db.session() as db:
        stored = db.scalars(select(ApiToken.token_sha256)).all()
        assert stored == [hashlib.sha256(token.encode()).hexdigest()]
        found = accounts.user_for_token(db, token)
        assert found is not None and found.email == "hr@example.com"
        assert accounts.user_for_token(db, token + "x") is None
