"""The scheduler's pure bookkeeping: which input is most urgent, what a batch takes."""

from __future__ import annotations

from services.inference import Priority
from services.inference.queues import PendingQueues, Request


def request(model: str, n: int, priority: Priority) -> Request:
    return Request(model, list(range(n)), priority, submitted=0.0)


def test_head_is_the_oldest_of_the_most_urgent_priority_across_models():
    queues = PendingQueues()
    queues.push(request("whisper", 3, Priority.BATCH), now=1.0)
    queues.push(request("embed", 1, Priority.INTERACTIVE), now=2.0)
    queues.push(request("ner", 1, Priority.INTERACTIVE), now=3.0)
    head = queues.head(["whisper", "embed", "ner"])
    assert head is not None and head.request.model == "embed"
    # models that are not ready (still loading) are not considered
    head = queues.head(["whisper"])
    assert head is not None and (head.request.model, head.index) == ("whisper", 0)


def test_without_priority_the_oldest_input_is_the_head():
    queues = PendingQueues(use_priority=False)
    queues.push(request("whisper", 2, Priority.BATCH), now=1.0)
    queues.push(request("embed", 1, Priority.INTERACTIVE), now=2.0)
    head = queues.head(["whisper", "embed"])
    assert head is not None and head.request.model == "whisper"


def test_take_pops_a_limited_batch_of_one_queue_oldest_first():
    queues = PendingQueues()
    first, second = request("embed", 3, Priority.BATCH), request("embed", 3, Priority.BATCH)
    queues.push(first, now=1.0)
    queues.push(second, now=2.0)
    batch = queues.take("embed", int(Priority.BATCH), limit=4)
    assert [(item.request is first, item.index) for item in batch] == [
        (True, 0),
        (True, 1),
        (True, 2),
        (False, 0),
    ]
    assert queues.count("embed", int(Priority.BATCH)) == 2


def test_withdrawn_requests_are_skipped_and_not_counted():
    queues = PendingQueues()
    withdrawn, live = request("embed", 2, Priority.INTERACTIVE), request("embed", 1, Priority.BATCH)
    queues.push(withdrawn, now=1.0)
    queues.push(live, now=2.0)
    withdrawn.future.cancel()
    assert queues.depths() == {("embed", Priority.BATCH): 1}
    head = queues.head(["embed"])
    assert head is not None and head.request is live


def test_drain_removes_every_input_of_one_model():
    queues = PendingQueues()
    queues.push(request("broken", 2, Priority.BATCH), now=1.0)
    queues.push(request("broken", 1, Priority.INTERACTIVE), now=1.0)
    queues.push(request("embed", 1, Priority.BATCH), now=1.0)
    assert len(queues.drain("broken")) == 3
    assert queues.depths() == {("embed", Priority.BATCH): 1}
