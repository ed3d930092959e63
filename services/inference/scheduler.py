"""The one scheduler of a worker process: owns every model, queues requests, forms batches.

Requests are split into items (one per input) and queued per model and priority
(:mod:`services.inference.queues`). One executor thread per device ("lane") repeatedly takes
the most urgent item, gathers more items of the same model and priority up to the batch limit,
waiting at most ``max_wait_ms`` counted from when that item arrived, and runs the batch. A more
urgent arrival during that wait restarts the choice, so interactive work waits at most for the
batch already executing. A second lane per device takes only interactive work for models the
first lane is not running, so a person's short request (an embedding, entities) runs beside a
long transcription chunk instead of after it. A failing batch is retried item by item so only
the bad input's request fails. Models load lazily on a loader thread (or all at start), never
on an event loop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from concurrent.futures import Future, InvalidStateError, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from services.inference import (
    BadRequest,
    InferenceError,
    ModelInfo,
    ModelUnavailable,
    Priority,
    WorkerUnavailable,
)
from services.inference import registry as model_registry
from services.inference.device import limit_cpu_threads, pick_device
from services.inference.models import MODELS, ModelHandler
from services.inference.queues import Item, PendingQueues, Request

if TYPE_CHECKING:
    from services.config import Settings

log = logging.getLogger(__name__)


class SchedulerHooks:
    """Observation points (metrics); the defaults do nothing."""

    def submitted(self, model: str, priority: Priority, inputs: int) -> None:
        """A request of ``inputs`` items was queued."""

    def batch_done(self, model: str, size: int, seconds: float) -> None:
        """A batch of ``size`` items ran for ``seconds`` (successfully or not)."""

    def finished(self, model: str, priority: Priority, seconds: float, ok: bool) -> None:
        """A request completed ``seconds`` after it was submitted."""


@dataclass(eq=False)
class _Slot:
    name: str
    handler: ModelHandler
    state: str = "unloaded"  # unloaded | loading | ready
    error: str = ""
    load_lock: threading.Lock = field(default_factory=threading.Lock)


class Scheduler:
    """Priority queues and dynamic batching over every :class:`ModelHandler` of a process."""

    def __init__(
        self,
        *,
        device: str = "cpu",
        max_batch: int = 32,
        max_wait_ms: float = 5.0,
        model_paths: Mapping[str, str] | None = None,
        use_priority: bool = True,
        interactive_lane: bool = True,
        hooks: SchedulerHooks | None = None,
        registry: Mapping[str, str] = MODELS,
    ) -> None:
        self.device = device
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self.hooks = hooks or SchedulerHooks()
        self._registry = dict(registry)
        self._model_paths = dict(model_paths or {})
        self._queues = PendingQueues(use_priority=use_priority)
        # A second lane per device takes only interactive work, for a model the first lane is
        # not running: a person's short request runs beside a long transcription chunk
        # instead of queueing behind it. A model never runs in two lanes at once.
        self._interactive_lane = interactive_lane and use_priority
        self._busy: set[str] = set()
        self._cond = threading.Condition()
        self._slots: dict[str, _Slot] = {}
        self._lanes: dict[str, threading.Thread] = {}
        self._loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-load")
        self._stopped = False

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> Scheduler:
        """A scheduler configured from ``settings`` (keyword arguments override)."""
        device = pick_device(settings.device)
        if device == "cpu":
            limit_cpu_threads(settings.cpu_threads)
        options: dict[str, Any] = {
            "device": device,
            "max_batch": settings.batch_max_size,
            "max_wait_ms": settings.batch_max_wait_ms,
            "model_paths": settings.model_paths,
        }
        options.update(overrides)
        return cls(**options)

    @property
    def model_names(self) -> list[str]:
        return list(self._registry)

    def preload(self) -> dict[str, str]:
        """Load every model now; returns {name: error} for those that could not load."""
        errors: dict[str, str] = {}
        for name in self._registry:
            try:
                self.load(name)
            except InferenceError as e:
                log.error("model %s not loaded: %s", name, e)
                errors[name] = str(e)
        return errors

    def load(self, name: str) -> ModelHandler:
        """Load ``name`` now (blocking) and return its handler; raises ModelUnavailable."""
        slot = self._slot(name)
        self._load(slot)
        if slot.state != "ready":
            raise ModelUnavailable(slot.error)
        return slot.handler

    def handler(self, name: str) -> ModelHandler:
        """The handler of ``name``, perhaps not loaded; raises UnknownModel/ModelUnavailable."""
        return self._slot(name).handler

    def submit(
        self, model: str, inputs: list[Any], priority: Priority = Priority.INTERACTIVE
    ) -> Future[list[Any]]:
        """Queue ``inputs`` for ``model``; the future resolves to one output per input.

        Raises:
            UnknownModel / BadRequest: the name or an input is malformed (nothing is queued).
            ModelUnavailable: the model's handler cannot be imported.
        """
        if not isinstance(inputs, list | tuple):
            raise BadRequest(f"inputs must be a list, got {type(inputs).__name__}")
        priority = Priority(priority)
        slot = self._slot(model)
        for index, item in enumerate(inputs):
            try:
                slot.handler.validate(item)
            except BadRequest as e:
                raise BadRequest(f"inputs[{index}]: {e}") from e
        request = Request(model, list(inputs), priority, time.monotonic())
        if not inputs:
            request.future.set_result([])
            return request.future
        with self._cond:
            if self._stopped:
                raise WorkerUnavailable("the inference worker is shutting down")
            self._queues.push(request, time.monotonic())
            if slot.state == "unloaded":
                slot.state = "loading"
                self._loader.submit(self._load, slot)
            self._cond.notify_all()
        self.hooks.submitted(model, priority, len(inputs))
        return request.future

    def models(self, *, check_weights: bool = False) -> list[ModelInfo]:
        """What is known about every registered model (weights hashed when asked)."""
        infos = []
        for name in self._registry:
            try:
                handler = self._slot(name).handler
                info = ModelInfo(
                    name=name,
                    package=handler.package,
                    path=handler.weights_path(),
                    sha256_ok=handler.check_weights() if check_weights else None,
                    loaded=handler.loaded,
                    device=handler.device,
                    memory_bytes=handler.memory_bytes(),
                )
            except Exception as e:  # one broken handler must not break /healthz for the rest
                if not isinstance(e, ModelUnavailable):
                    log.exception("cannot describe model %s", name)
                info = ModelInfo(name, "", "", None, False, "", 0)
            infos.append(info)
        return infos

    def errors(self) -> dict[str, str]:
        """The last load error per model that failed to load or import."""
        errors = {}
        for name in self._registry:
            try:
                slot = self._slot(name)
            except ModelUnavailable as e:
                errors[name] = str(e)
                continue
            if slot.error:
                errors[name] = slot.error
        return errors

    def queue_depths(self) -> dict[tuple[str, Priority], int]:
        """Inputs waiting per (model, priority)."""
        with self._cond:
            return self._queues.depths()

    def close(self) -> None:
        """Stop the lanes; requests still queued fail with WorkerUnavailable."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
            pending = [item for name in self._registry for item in self._queues.drain(name)]
        for item in pending:
            _settle(item.request.future, error=WorkerUnavailable("the inference worker stopped"))
        lanes = list(self._lanes.values())
        for lane in lanes:
            lane.join(timeout=10)
        self._loader.shutdown(wait=False, cancel_futures=True)
        if not any(lane.is_alive() for lane in lanes):  # no model is running any more
            for slot in self._slots.values():
                if slot.state == "ready":
                    slot.handler.release()
                    slot.state = "unloaded"

    # -- internals (``_next_batch`` runs under ``self._cond``) --

    def _slot(self, name: str) -> _Slot:
        """The slot of ``name``, creating its handler (and its device's lane) on first use."""
        with self._cond:
            slot = self._slots.get(name)
        if slot is not None:
            return slot
        # importing a handler's module can take seconds: not under the lock the lanes need
        handler = model_registry.create(name, self._registry, self.device, self._model_paths)
        with self._cond:
            if name in self._slots:
                return self._slots[name]
            slot = self._slots[name] = _Slot(name, handler)
            if handler.device not in self._lanes:
                kinds = [False, True] if self._interactive_lane else [False]
                for interactive_only in kinds:
                    suffix = "-interactive" if interactive_only else ""
                    lane = threading.Thread(
                        target=self._lane,
                        args=(handler.device, interactive_only),
                        name=f"infer-{handler.device}{suffix}",
                        daemon=True,
                    )
                    self._lanes[handler.device + suffix] = lane
                    lane.start()
        return slot

    def _load(self, slot: _Slot) -> None:
        with slot.load_lock:
            if slot.handler.loaded:
                error = ""
            else:
                started = time.monotonic()
                try:
                    slot.handler.load()
                    error = ""
                    log.info(
                        "loaded %s on %s in %.1fs",
                        slot.handler.name,
                        slot.handler.device,
                        time.monotonic() - started,
                    )
                except Exception as e:  # any load failure must reach the waiting callers
                    error = (
                        str(e) if isinstance(e, ModelUnavailable) else f"{type(e).__name__}: {e}"
                    )
        with self._cond:
            if not error:
                slot.state, slot.error = "ready", ""
                self._cond.notify_all()
                return
            slot.state, slot.error = "unloaded", error  # the next request tries again
            failed = self._queues.drain(slot.name)
        for item in failed:
            _settle(item.request.future, error=ModelUnavailable(error))

    def _lane(self, device: str, interactive_only: bool = False) -> None:
        while True:
            with self._cond:
                picked = self._next_batch(device, interactive_only)
                if picked is None:
                    return
                name, items = picked
                self._busy.add(name)
            try:
                self._execute(name, self._slots[name].handler, items)
            finally:
                with self._cond:
                    self._busy.discard(name)
                    self._cond.notify_all()

    def _next_batch(
        self, device: str, interactive_only: bool = False
    ) -> tuple[str, list[Item]] | None:
        while not self._stopped:
            ready = [
                name
                for name, slot in self._slots.items()
                if slot.state == "ready"
                and slot.handler.device == device
                and name not in self._busy
            ]
            head = self._queues.head(ready)
            if head is None or (interactive_only and head.rank > Priority.INTERACTIVE):
                self._cond.wait()
                continue
            name = head.request.model
            limit = max(1, min(self.max_batch, self._slots[name].handler.max_batch))
            deadline = head.enqueued + self.max_wait
            while self._queues.count(name, head.rank) < limit:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
                if self._stale(head, ready):
                    break
            if self._stale(head, ready):
                continue
            return name, self._queues.take(name, head.rank, limit)
        return None

    def _stale(self, head: Item, ready: list[str]) -> bool:
        """Whether the batch this lane is gathering behind ``head`` must be chosen again:
        the worker stopped, something more urgent arrived, the head was withdrawn, or the
        other lane started this model meanwhile (a model never runs in two lanes at once)."""
        return (
            self._stopped
            or self._queues.head(ready) is not head
            or head.request.model in self._busy
        )

    def _execute(self, name: str, handler: ModelHandler, items: list[Item]) -> None:
        started = time.monotonic()
        try:
            outputs = handler.run_batch([item.value for item in items])
            if len(outputs) != len(items):
                raise InferenceError(
                    f"model {name!r} returned {len(outputs)} outputs for {len(items)} inputs"
                )
        except Exception as e:  # a model error must fail only the inputs that caused it
            self.hooks.batch_done(name, len(items), time.monotonic() - started)
            if len(items) == 1:
                self._fail(name, items[0], e)
            else:
                log.warning(
                    "batch of %d for %s failed (%s); retrying one by one", len(items), name, e
                )
                for item in items:
                    if not item.request.future.done():  # its request may have failed already
                        self._execute(name, handler, [item])
            return
        self.hooks.batch_done(name, len(items), time.monotonic() - started)
        for item, output in zip(items, outputs, strict=True):
            request = item.request
            request.outputs[item.index] = output
            request.remaining -= 1
            if request.remaining == 0 and _settle(request.future, result=request.outputs):
                self.hooks.finished(
                    name, request.priority, time.monotonic() - request.submitted, True
                )

    def _fail(self, name: str, item: Item, error: Exception) -> None:
        if not isinstance(error, InferenceError):
            log.exception("model %s failed on one input", name, exc_info=error)
            wrapped = InferenceError(
                f"model {name!r} failed on inputs[{item.index}]: {type(error).__name__}: {error}"
            )
            wrapped.__cause__ = error
            error = wrapped
        request = item.request
        if _settle(request.future, error=error):
            self.hooks.finished(name, request.priority, time.monotonic() - request.submitted, False)


def _settle(
    future: Future[list[Any]], *, result: list[Any] | None = None, error: Exception | None = None
) -> bool:
    """Resolve ``future`` unless it was already resolved or withdrawn; True if this did it."""
    try:
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result if result is not None else [])
    except InvalidStateError:
        return False
    return True
