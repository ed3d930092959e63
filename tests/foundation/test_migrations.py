"""Every product's Alembic migrations, applied to a fresh database, match the models exactly."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from services.storage import make_engine
from services.storage.models import load_all_models


@pytest.mark.parametrize(
    "url_fixture", ["sqlite_url", pytest.param("postgres_url", marks=pytest.mark.postgres)]
)
def test_upgrade_heads_creates_exactly_the_tables_the_models_declare(
    request: pytest.FixtureRequest, url_fixture: str
) -> None:
    # Given a fresh database brought to every branch head (the fixture runs `upgrade heads`)
    url = request.getfixturevalue(url_fixture)
    metadata = load_all_models()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            # When it is compared with every model on Base
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    # Then nothing differs, and the core tables exist
    assert diff == [], f"migrations and models differ: {diff}"
    assert {"jobs", "job_effects", "users", "api_tokens"} <= tables
