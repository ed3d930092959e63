"""Fixtures for meeting notes: real audio, meetings rendered once per session, real models.

The models run in one in-process inference worker (``LocalClient``) shared by the session,
so each loads once; tests wrap it to see which requests the pipeline makes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient

from services.config import load_settings
from services.inference import InferenceClient, ModelInfo, Priority
from services.inference.local import LocalClient
from services.runtime import Runtime
from services.web.app import create_app
from tests.transcription.meetings import SCRIPTS, render
from tests.web.conftest import add_user
from transcription.audio import decode

FIXTURES = Path(__file__).with_name("fixtures")
ARCTIC_TEXT = "And you always want to see it in the superlative degree."


class RecordingClient(InferenceClient):
    """Passes every call to the shared worker and remembers (model, inputs, priority)."""

    def __init__(self, inner: InferenceClient) -> None:
        self.inner = inner
        self.calls: list[tuple[str, int, Priority]] = []

    def run(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        self.calls.append((model, len(inputs), priority))
        return self.inner.run(model, inputs, priority=priority, timeout=timeout)

    async def arun(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        self.calls.append((model, len(inputs), priority))
        return await self.inner.arun(model, inputs, priority=priority, timeout=timeout)

    def models(self) -> list[ModelInfo]:
        return self.inner.models()


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data dir for the session's assembled and converted weights (``<data_dir>/models``)."""
    data_dir = tmp_path_factory.mktemp("speech-data")
    before = os.environ.get("DESKMATE_DATA_DIR")
    os.environ["DESKMATE_DATA_DIR"] = str(data_dir)  # where the worker's handlers cache weights
    yield data_dir
    if before is None:
        os.environ.pop("DESKMATE_DATA_DIR", None)
    else:
        os.environ["DESKMATE_DATA_DIR"] = before


@pytest.fixture(scope="session")
def worker(model_dir: Path) -> Iterator[LocalClient]:
    """One in-process inference worker (real models on CPU) for the whole session."""
    client = LocalClient.from_settings(load_settings(environ={}, data_dir=model_dir))
    yield client
    client.close()


@pytest.fixture
def speech_client(worker: LocalClient) -> RecordingClient:
    return RecordingClient(worker)


@pytest.fixture
def meeting_runtime(make_settings: Any, sqlite_url: str, worker: LocalClient) -> Iterator[Runtime]:
    """A runtime on a migrated SQLite database that uses the session's worker."""
    rt = Runtime.from_settings(
        make_settings(
            database_url=sqlite_url, whisper_model="tiny.en", public_url="http://deskmate.test"
        )
    )
    rt.use_inference(worker)
    yield rt
    rt.db.dispose()


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every scripted meeting rendered with espeak-ng once per session."""
    folder = tmp_path_factory.mktemp("meetings")
    return {script.name: render(script, folder) for script in SCRIPTS}


@pytest.fixture(scope="session")
def arctic() -> np.ndarray:
    return decode(FIXTURES / "arctic_a0007.wav")


@pytest.fixture(scope="session")
def phone_call() -> np.ndarray:
    return decode(FIXTURES / "sample.wav")


def reference_turns() -> list[tuple[float, float, str]]:
    """The phone call's reference speaker turns (RTTM)."""
    turns = []
    for line in (FIXTURES / "sample.rttm").read_text().splitlines():
        fields = line.split()
        start, length = float(fields[3]), float(fields[4])
        turns.append((start, start + length, fields[7]))
    return turns


def run_queued(runtime: Runtime, kind: str) -> list[dict[str, Any] | None]:
    """Run every queued job of ``kind`` once, in order, as a runner would."""
    from sqlalchemy import select

    from services.jobs import load_handlers
    from services.jobs.context import Job, JobContext
    from services.storage.models import JobRow

    spec = load_handlers()[kind]
    with runtime.db.session() as s:
        rows = s.scalars(
            select(JobRow).where(JobRow.kind == kind, JobRow.state == "queued").order_by(JobRow.id)
        ).all()
        pending = [(r.id, dict(r.payload), r.attempts + 1, r.max_attempts) for r in rows]
    results = []
    for job_id, payload, attempt, max_attempts in pending:
        results.append(
            spec.func(JobContext(Job(job_id, kind, payload, attempt, max_attempts), runtime))
        )
        with runtime.db.session() as s:
            row = s.get(JobRow, job_id)
            row.state, row.attempts = "succeeded", attempt
    return results


@pytest.fixture
def client(meeting_runtime: Runtime) -> Iterator[TestClient]:
    """The web app on ``meeting_runtime``, with an admin account (hr@example.com)."""
    add_user(meeting_runtime, "hr@example.com", "admin")
    with TestClient(create_app(meeting_runtime)) as test_client:
        yield test_client
