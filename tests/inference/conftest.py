"""Fixtures: schedulers over fake and real models, and real uvicorn servers on free ports."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import uvicorn
from fastapi import FastAPI

from services.inference.local import LocalClient
from services.inference.metrics import WorkerMetrics
from services.inference.models import MODELS
from services.inference.scheduler import Scheduler
from services.inference.server import create_app
from tests.inference.fakes import FAKE_MODELS, EchoModel

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REAL_MODELS = {name: MODELS[name] for name in ("embed", "ner", "whisper-tiny.en")}


@pytest.fixture
def make_scheduler() -> Iterator[Callable[..., Scheduler]]:
    """Schedulers over the fake models, closed after the test."""
    made: list[Scheduler] = []

    def build(**options: object) -> Scheduler:
        options.setdefault("registry", FAKE_MODELS)
        scheduler = Scheduler(**options)  # type: ignore[arg-type]
        made.append(scheduler)
        return scheduler

    yield build
    for scheduler in made:
        scheduler.close()


def echo_of(scheduler: Scheduler) -> EchoModel:
    handler = scheduler.load("echo")
    assert isinstance(handler, EchoModel)
    return handler


@pytest.fixture(scope="session")
def worker_metrics() -> WorkerMetrics:
    return WorkerMetrics()


@pytest.fixture(scope="session")
def real_client(worker_metrics: WorkerMetrics) -> Iterator[LocalClient]:
    """One scheduler with the real embedding and NER models (and the echo fake), per session."""
    scheduler = Scheduler(
        registry={**REAL_MODELS, **FAKE_MODELS},
        max_batch=32,
        max_wait_ms=5,
        hooks=worker_metrics,
    )
    client = LocalClient(scheduler)
    yield client
    client.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run ``app`` on real uvicorn on a free port; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def real_server(real_client: LocalClient, worker_metrics: WorkerMetrics) -> Iterator[str]:
    """The worker app over the session's real models, served by uvicorn."""
    with serving(create_app(real_client, worker_metrics)) as url:
        yield url


@pytest.fixture
def fake_server() -> Iterator[Callable[[], tuple[str, Scheduler]]]:
    """Start worker apps over the fake models; each call returns (url, its scheduler)."""
    stack: list[tuple[object, Scheduler]] = []

    def start() -> tuple[str, Scheduler]:
        metrics = WorkerMetrics()
        scheduler = Scheduler(registry=FAKE_MODELS, hooks=metrics, max_wait_ms=1)
        ctx = serving(create_app(LocalClient(scheduler), metrics))
        url = ctx.__enter__()
        stack.append((ctx, scheduler))
        return url, scheduler

    yield start
    for ctx, scheduler in reversed(stack):
        ctx.__exit__(None, None, None)  # type: ignore[attr-defined]
        scheduler.close()
