"""HttpClient against real worker servers: load balancing, dead workers, errors as exceptions."""

from __future__ import annotations

import concurrent.futures

import numpy as np
import pytest

from services.inference import (
    BadRequest,
    InferenceError,
    ModelUnavailable,
    Priority,
    UnknownModel,
    WorkerUnavailable,
)
from services.inference.http_client import HttpClient
from tests.inference.conftest import echo_of, free_port


def served_inputs(scheduler) -> int:
    return sum(len(batch) for batch in echo_of(scheduler).batches)


def test_requests_are_spread_over_two_workers(fake_server):
    # Given two workers, each slow enough that requests overlap
    (url_a, sched_a), (url_b, sched_b) = fake_server(), fake_server()
    echo_of(sched_a).delay = echo_of(sched_b).delay = 0.05
    client = HttpClient([url_a, url_b])
    # When 20 requests are sent, 4 at a time
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: client.run("echo", [i]), range(20)))
    client.close()
    # Then all are answered and both workers did a fair share
    assert results == [[i * 2] for i in range(20)]
    assert served_inputs(sched_a) + served_inputs(sched_b) == 20
    assert min(served_inputs(sched_a), served_inputs(sched_b)) >= 6


def test_a_dead_worker_is_skipped(fake_server):
    # Given one worker URL with nothing listening and one live worker
    url, scheduler = fake_server()
    dead = f"http://127.0.0.1:{free_port()}"
    client = HttpClient([dead, url], cooldown=60)
    # When several requests are made
    results = [client.run("echo", [i], priority=Priority.BATCH) for i in range(6)]
    # Then every one is answered by the live worker
    assert results == [[i * 2] for i in range(6)]
    assert served_inputs(scheduler) == 6
    client.close()


def test_no_live_worker_raises_worker_unavailable():
    client = HttpClient([f"http://127.0.0.1:{free_port()}", f"http://127.0.0.1:{free_port()}"])
    with pytest.raises(WorkerUnavailable, match="no inference worker answered: http://127.0.0.1"):
        client.run("echo", [1])
    client.close()


def test_worker_errors_become_the_packages_exceptions(fake_server):
    url, _ = fake_server()
    client = HttpClient([url])
    with pytest.raises(UnknownModel, match="unknown model 'nope'"):
        client.run("nope", [1])
    with pytest.raises(BadRequest, match=r"inputs\[0\]: echo takes numbers or arrays, got str"):
        client.run("echo", ["x"])
    with pytest.raises(ModelUnavailable, match="deskmate-broken-weights"):
        client.run("broken", [1])
    with pytest.raises(InferenceError, match="HTTP 500.*boom in the model"):
        client.run("echo", ["boom"])
    client.close()


async def test_arun_sends_numpy_arrays_and_gets_arrays_back(fake_server):
    url, _ = fake_server()
    client = HttpClient([url])
    [doubled] = await client.arun("echo", [np.ones(3, dtype=np.float32)])
    np.testing.assert_array_equal(doubled, np.full(3, 2, dtype=np.float32))
    client.close()


def test_models_come_from_a_live_workers_health(fake_server):
    url, _ = fake_server()
    client = HttpClient([f"http://127.0.0.1:{free_port()}", url])
    names = {info.name for info in client.models()}
    assert names == {"echo", "broken", "missing"}
    client.close()
