"""Alembic environment: runs migrations online against the configured URL."""

from __future__ import annotations

from alembic import context

from services.storage import make_engine
from services.storage.models import load_all_models

config = context.config
target_metadata = load_all_models()


def run_migrations_online() -> None:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
