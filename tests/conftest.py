"""Shared fixtures: settings in a temp data dir, and databases on SQLite and real PostgreSQL.

Each area keeps its own fixtures in ``tests/<area>/conftest.py``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from services.config import Settings, load_settings
from services.runtime import Runtime
from services.storage import migrate

PG_ADMIN_URL = os.environ.get(
    "DESKMATE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("DESKMATE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def make_settings(tmp_path: Path):
    """Build settings rooted in this test's temp dir; keyword arguments override."""

    def build(**overrides: object) -> Settings:
        overrides.setdefault("data_dir", tmp_path / "var")
        return load_settings(environ={}, **overrides)

    return build


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'deskmate.sqlite3'}"
    migrate.upgrade(url)
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database, dropped afterwards."""
    name = f"deskmate_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    migrate.upgrade(url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Both databases deskmate supports: the test runs once on each."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return request.getfixturevalue(name)


@pytest.fixture
def runtime(make_settings, db_url: str) -> Iterator[Runtime]:
    """A runtime on a migrated database (SQLite and PostgreSQL)."""
    rt = Runtime.from_settings(make_settings(database_url=db_url))
    yield rt
    rt.db.dispose()
