"""Fixtures for the understanding tests: the corpus folder, a reference time, the embedder."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
REPO_ROOT = Path(__file__).resolve().parents[3]
DUCKLING_CORPUS = REPO_ROOT.parent / "shared" / "peer" / "duckling_time_en.json"


@pytest.fixture
def monday_morning() -> dt.datetime:
    """Monday 2 March 2026, 09:15 in Berlin."""
    return dt.datetime(2026, 3, 2, 9, 15, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))


@pytest.fixture(scope="session")
def embedder():
    """The in-process MiniLM, loaded once for the whole session."""
    from services.scheduling.understand.embedder import local_embedder

    embed = local_embedder("cpu")
    embed(["warm up"])
    return embed
