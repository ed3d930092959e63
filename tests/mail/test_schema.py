"""The mail migration creates exactly the tables the models declare, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData

from mail_gateway import models
from services.runtime import Runtime


def test_mail_migration_matches_models(any_db_runtime: Runtime) -> None:
    # Given a database migrated to every head
    mine = MetaData(naming_convention=models.InboundMail.metadata.naming_convention)
    for table in models.InboundMail.metadata.sorted_tables:
        if table.name.startswith("mail_"):
            table.to_metadata(mine)
    # When alembic compares our tables with what the migration created
    with any_db_runtime.db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _p: kind != "table" or name.startswith("mail_"),
            },
        )
        diff = compare_metadata(context, mine)
    # Then there is no difference
    assert diff == []
