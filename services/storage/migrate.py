"""Alembic wiring: every product keeps its own branch of migrations; ``upgrade heads`` runs all.

Branches (label -> folder): see :data:`VERSION_LOCATIONS`. A product's first migration sets
``branch_labels = ("<label>",)`` and ``depends_on = "core_0001"``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

ROOT = Path(__file__).resolve().parents[2]
VERSION_LOCATIONS = [
    ROOT / "services" / "storage" / "migrations" / "versions",
    ROOT / "services" / "scheduling" / "migrations",
    ROOT / "mail_gateway" / "migrations",
    ROOT / "transcription" / "migrations",
    ROOT / "screening" / "migrations",
]


def alembic_config(url: str) -> Config:
    """An Alembic config for ``url`` covering every product's branch."""
    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "services" / "storage" / "migrations"))
    existing = [str(p) for p in VERSION_LOCATIONS if p.is_dir()]
    cfg.set_main_option("version_locations", " ".join(existing))
    cfg.set_main_option("path_separator", "space")
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "heads") -> None:
    """Bring the database at ``url`` up to ``revision`` (all branch heads by default)."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), revision)
