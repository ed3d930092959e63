"""Pending work of the scheduler: pure bookkeeping, no threads and no models.

Each request is split into items (one per input). Items wait in a FIFO per (model, rank);
the rank is the request's priority, or 0 for every item when priority is disabled (plain
FIFO, the baseline of ``bench/inference_priority.py``). The most urgent item is the one with
the lowest (rank, sequence number) across the queues asked about.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from services.inference import Priority


@dataclass(eq=False)
class Request:
    """One ``run`` call: its inputs, where the outputs go, and when it arrived."""

    model: str
    inputs: list[Any]
    priority: Priority
    submitted: float
    future: Future[list[Any]] = field(default_factory=Future)
    outputs: list[Any] = field(default_factory=list)
    remaining: int = 0

    def __post_init__(self) -> None:
        self.outputs = [None] * len(self.inputs)
        self.remaining = len(self.inputs)


@dataclass(frozen=True)
class Item:
    """One input of a request waiting for a batch."""

    rank: int
    seq: int
    request: Request
    index: int
    enqueued: float

    @property
    def key(self) -> tuple[int, int]:
        return (self.rank, self.seq)

    @property
    def value(self) -> Any:
        return self.request.inputs[self.index]


class PendingQueues:
    """FIFOs of items per (model, rank); picks the most urgent head and takes batches."""

    def __init__(self, *, use_priority: bool = True) -> None:
        self.use_priority = use_priority
        self._queues: dict[tuple[str, int], collections.deque[Item]] = {}
        self._seq = itertools.count()

    def push(self, request: Request, now: float) -> None:
        """Queue every input of ``request``."""
        rank = int(request.priority) if self.use_priority else 0
        queue = self._queues.setdefault((request.model, rank), collections.deque())
        for index in range(len(request.inputs)):
            queue.append(Item(rank, next(self._seq), request, index, now))

    def head(self, models: Iterable[str]) -> Item | None:
        """The most urgent live item among ``models``' queues (drops withdrawn ones)."""
        wanted = set(models)
        best: Item | None = None
        for (model, _rank), queue in self._queues.items():
            if model not in wanted:
                continue
            while queue and queue[0].request.future.done():
                queue.popleft()
            if queue and (best is None or queue[0].key < best.key):
                best = queue[0]
        return best

    def count(self, model: str, rank: int) -> int:
        """Items waiting in one queue (withdrawn ones included until they are dropped)."""
        return len(self._queues.get((model, rank), ()))

    def take(self, model: str, rank: int, limit: int) -> list[Item]:
        """Pop up to ``limit`` live items from one queue, oldest first."""
        queue = self._queues.get((model, rank), collections.deque())
        batch: list[Item] = []
        while queue and len(batch) < limit:
            item = queue.popleft()
            if not item.request.future.done():
                batch.append(item)
        return batch

    def drain(self, model: str) -> list[Item]:
        """Remove and return every item of ``model`` (its load failed, or shutdown)."""
        items: list[Item] = []
        for (name, _rank), queue in self._queues.items():
            if name == model:
                items.extend(queue)
                queue.clear()
        return items

    def depths(self) -> dict[tuple[str, Priority], int]:
        """Waiting inputs per (model, request priority), for ``/metrics``."""
        depths: dict[tuple[str, Priority], int] = collections.Counter()
        for (model, _rank), queue in self._queues.items():
            for item in queue:
                if not item.request.future.done():
                    depths[(model, item.request.priority)] += 1
        return dict(depths)
