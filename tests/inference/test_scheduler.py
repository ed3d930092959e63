"""Scheduler mechanics over a fake model: priority, batching, isolation of bad inputs."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time

import pytest

from services.inference import (
    BadRequest,
    InferenceError,
    InferenceTimeout,
    ModelUnavailable,
    Priority,
    UnknownModel,
)
from services.inference.local import LocalClient
from tests.inference.conftest import echo_of
from tests.inference.fakes import FAKE_MODELS, BrokenModel


def hold_first_batch(scheduler, value: int = 0):
    """Start a batch of ``value`` and keep it executing until the returned gate opens."""
    echo = echo_of(scheduler)
    echo.gate.clear()
    first = scheduler.submit("echo", [value], Priority.BATCH)
    assert echo.started.wait(5), "the first batch never started"
    return echo, first


def test_interactive_work_goes_before_queued_batch_work(make_scheduler):
    # Given a batch job's chunk executing and more batch work queued behind it
    scheduler = make_scheduler(max_batch=4, max_wait_ms=0)
    echo, first = hold_first_batch(scheduler)
    queued_batch = scheduler.submit("echo", list(range(100, 108)), Priority.BATCH)
    # When a person's request arrives afterwards
    interactive = scheduler.submit("echo", [1, 2], Priority.INTERACTIVE)
    echo.gate.set()
    # Then it runs right after the executing batch, before the queued batch work
    assert interactive.result(5) == [2, 4]
    assert queued_batch.result(5) == [x * 2 for x in range(100, 108)]
    assert first.result(5) == [0]
    assert echo.batches == [[0], [1, 2], [100, 101, 102, 103], [104, 105, 106, 107]]


TWO_MODELS = {**FAKE_MODELS, "echo2": "tests.inference.fakes:OtherEchoModel"}


def test_a_persons_request_for_another_model_runs_beside_an_executing_batch(make_scheduler):
    # Given a long batch chunk of one model executing (a transcription, say)
    scheduler = make_scheduler(max_batch=4, max_wait_ms=0, registry=TWO_MODELS)
    echo, first = hold_first_batch(scheduler)
    # When a person's request for another model arrives
    answer = scheduler.submit("echo2", [21], Priority.INTERACTIVE)
    # Then it is answered while the chunk is still executing, not after it
    assert answer.result(5) == [42]
    assert not first.done()
    echo.gate.set()
    assert first.result(5) == [0]


def test_batch_work_for_another_model_never_takes_the_interactive_lane(make_scheduler):
    # Given a batch chunk executing
    scheduler = make_scheduler(max_batch=4, max_wait_ms=0, registry=TWO_MODELS)
    echo, first = hold_first_batch(scheduler)
    # When batch work for another model arrives
    other = scheduler.submit("echo2", [5], Priority.BATCH)
    # Then it waits for the one batch lane
    with pytest.raises(concurrent.futures.TimeoutError):
        other.result(0.3)
    echo.gate.set()
    assert other.result(5) == [10]
    assert first.result(5) == [0]


def test_fifo_mode_serves_in_arrival_order(make_scheduler):
    # Given the priority scheduler switched off (the benchmark's baseline)
    scheduler = make_scheduler(max_batch=4, max_wait_ms=0, use_priority=False)
    echo, _ = hold_first_batch(scheduler)
    queued_batch = scheduler.submit("echo", list(range(100, 108)), Priority.BATCH)
    interactive = scheduler.submit("echo", [1, 2], Priority.INTERACTIVE)
    # When the executing batch finishes
    echo.gate.set()
    interactive.result(5)
    queued_batch.result(5)
    # Then the person waits behind all earlier batch work
    assert echo.batches[1:] == [[100, 101, 102, 103], [104, 105, 106, 107], [1, 2]]


def test_concurrent_requests_are_batched_together(make_scheduler):
    # Given a model taking 20 ms a batch and up to 8 inputs a batch
    scheduler = make_scheduler(max_batch=8, max_wait_ms=20)
    echo = echo_of(scheduler)
    echo.delay = 0.02
    # When 32 clients each send one input at the same time
    with concurrent.futures.ThreadPoolExecutor(32) as pool:
        results = list(
            pool.map(
                lambda i: scheduler.submit("echo", [i], Priority.INTERACTIVE).result(10), range(32)
            )
        )
    # Then each gets its own answer, and batches of several inputs were formed
    assert results == [[i * 2] for i in range(32)]
    sizes = [len(batch) for batch in echo.batches]
    assert sum(sizes) == 32
    assert max(sizes) == 8
    assert len(sizes) <= 8


def test_batch_waits_at_most_max_wait_for_company(make_scheduler):
    # Given a 50 ms batching window
    scheduler = make_scheduler(max_batch=8, max_wait_ms=50)
    echo_of(scheduler)
    # When a lone request arrives
    started = time.monotonic()
    assert scheduler.submit("echo", [3]).result(5) == [6]
    # Then it runs alone after about the window, not later
    assert 0.04 <= time.monotonic() - started < 1.0


def test_bad_input_is_rejected_while_other_requests_succeed(make_scheduler):
    # Given requests in flight
    scheduler = make_scheduler(max_wait_ms=0)
    echo, first = hold_first_batch(scheduler, 5)
    waiting = scheduler.submit("echo", [6, 7])
    # When a request with a malformed input arrives
    with pytest.raises(BadRequest, match=r"inputs\[1\]: echo takes numbers or arrays, got dict"):
        scheduler.submit("echo", [1, {"not": "a number"}])
    echo.gate.set()
    # Then the others still get their answers, and the bad one never reached the model
    assert first.result(5) == [10]
    assert waiting.result(5) == [12, 14]
    assert all(isinstance(x, int) for batch in echo.batches for x in batch)


def test_model_exception_fails_only_the_request_that_caused_it(make_scheduler):
    # Given three requests queued behind an executing batch, one of them poisonous
    scheduler = make_scheduler(max_wait_ms=0)
    echo, first = hold_first_batch(scheduler)
    good_a = scheduler.submit("echo", [1])
    bad = scheduler.submit("echo", ["boom"])
    good_b = scheduler.submit("echo", [2, 3])
    # When they run as one batch and the model raises
    echo.gate.set()
    # Then the batch is retried input by input and only the poisonous request fails
    assert good_a.result(5) == [2]
    assert good_b.result(5) == [4, 6]
    with pytest.raises(InferenceError, match=r"'echo' failed on inputs\[0\]: RuntimeError: boom"):
        bad.result(5)
    assert echo.batches[1] == [1, "boom", 2, 3]
    # And the worker keeps serving
    assert scheduler.submit("echo", [4]).result(5) == [8]


def test_unknown_model_lists_the_known_ones(make_scheduler):
    scheduler = make_scheduler()
    with pytest.raises(UnknownModel, match="unknown model 'nope'; known models: broken, echo"):
        scheduler.submit("nope", [1])


def test_inputs_must_be_a_list(make_scheduler):
    scheduler = make_scheduler()
    with pytest.raises(BadRequest, match="inputs must be a list, got str"):
        scheduler.submit("echo", "12")  # type: ignore[arg-type]


def test_model_that_cannot_load_fails_its_requests_and_is_retried_later(make_scheduler):
    # Given a model whose weights are corrupted
    scheduler = make_scheduler()
    BrokenModel.load_attempts = 0
    # When two requests arrive one after the other
    for attempt in (1, 2):
        with pytest.raises(ModelUnavailable, match="pip install --force-reinstall deskmate-broken"):
            scheduler.submit("broken", [1]).result(5)
        # Then each fails with the package to install, and loading is tried again each time
        assert BrokenModel.load_attempts == attempt
    assert "deskmate-broken-weights" in scheduler.errors()["broken"]
    # And other models are still served
    assert scheduler.submit("echo", [1]).result(5) == [2]


def test_model_whose_handler_is_absent_is_unavailable(make_scheduler):
    scheduler = make_scheduler()
    with pytest.raises(ModelUnavailable, match="no usable handler tests.inference.no_such_module"):
        scheduler.submit("missing", [1])


def test_timed_out_request_is_withdrawn_from_the_queue(make_scheduler):
    # Given the model busy
    scheduler = make_scheduler(max_wait_ms=0)
    echo, first = hold_first_batch(scheduler)
    client = LocalClient(scheduler)
    # When a request gives up waiting
    with pytest.raises(InferenceTimeout, match="echo did not answer within 0.1 s"):
        client.run("echo", [41], timeout=0.1)
    echo.gate.set()
    first.result(5)
    assert client.run("echo", [42]) == [84]
    # Then its input never ran
    assert [41] not in echo.batches


async def test_arun_does_not_block_the_event_loop(make_scheduler):
    # Given the model busy for a while
    scheduler = make_scheduler(max_wait_ms=0)
    echo, _ = hold_first_batch(scheduler)
    client = LocalClient(scheduler)
    threading.Timer(0.3, echo.gate.set).start()
    # When a coroutine awaits a result
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while not echo.gate.is_set():
            ticks += 1
            await asyncio.sleep(0.01)

    result, _ = await asyncio.gather(client.arun("echo", [21]), ticker())
    # Then the loop kept running meanwhile
    assert result == [42]
    assert ticks >= 10


def test_queue_depths_count_waiting_inputs_by_priority(make_scheduler):
    scheduler = make_scheduler(max_wait_ms=0)
    echo, _ = hold_first_batch(scheduler)
    scheduler.submit("echo", [1, 2, 3], Priority.BATCH)
    scheduler.submit("echo", [4], Priority.INTERACTIVE)
    assert scheduler.queue_depths() == {
        ("echo", Priority.BATCH): 3,
        ("echo", Priority.INTERACTIVE): 1,
    }
    echo.gate.set()


def test_closing_the_worker_frees_each_loaded_model_once_its_lanes_stopped(make_scheduler):
    # Given a worker that ran a model
    scheduler = make_scheduler(max_batch=4, max_wait_ms=0)
    echo = echo_of(scheduler)
    assert scheduler.submit("echo", [1], Priority.BATCH).result(5) == [2]
    # When it closes
    scheduler.close()
    # Then the model's weights were freed there and then, once
    assert echo.released == 1 and not echo.loaded
