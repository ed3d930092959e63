"""HTTP client for remote ``deskmate worker`` processes, load-balanced, skipping dead ones.

Each call goes to the worker with the fewest requests in flight from this client (ties in
turn). A worker that refuses the connection is marked down for ``cooldown`` seconds and the
next one is tried; workers marked down are still tried last, so a recovered one is found
again. :class:`WorkerUnavailable` when none answers.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from services.inference import (
    BadRequest,
    InferenceClient,
    InferenceError,
    InferenceTimeout,
    ModelInfo,
    ModelUnavailable,
    Priority,
    UnknownModel,
    WorkerUnavailable,
    codec,
)


@dataclass(eq=False)
class _Worker:
    url: str
    in_flight: int = 0
    down_until: float = 0.0


class HttpClient(InferenceClient):
    """:class:`InferenceClient` over one or more worker URLs."""

    def __init__(
        self,
        worker_urls: Sequence[str],
        *,
        cooldown: float = 15.0,
        connect_timeout: float = 3.0,
        timeout: float = 900.0,
    ) -> None:
        if not worker_urls:
            raise ValueError("HttpClient needs at least one worker URL")
        self._workers = [_Worker(url.rstrip("/")) for url in worker_urls]
        self._cooldown = cooldown
        self._timeout = timeout
        self._lock = threading.Lock()
        self._turn = itertools.count()
        self._http = httpx.Client(timeout=httpx.Timeout(timeout, connect=connect_timeout))

    def run(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        body = {
            "inputs": codec.encode(inputs),
            "priority": priority.name.lower(),
            "timeout": timeout,
        }
        unavailable: list[str] = []  # workers that did not answer
        missing: list[str] = []  # workers that answered they cannot serve this model
        for worker in self._candidates():
            try:
                response = self._post(worker, f"/v1/run/{model}", body, timeout)
            except httpx.TimeoutException as e:
                if isinstance(e, httpx.ConnectTimeout):
                    self._mark_down(worker)
                    unavailable.append(f"{worker.url}: {e!r}")
                    continue
                raise InferenceTimeout(f"{worker.url} did not answer {model} in time") from e
            except httpx.TransportError as e:
                self._mark_down(worker)
                unavailable.append(f"{worker.url}: {e!r}")
                continue
            if response.status_code == 503:  # this worker lacks the model; another may have it
                missing.append(f"{worker.url}: {_detail(response)}")
                continue
            return _outputs(response)
        if missing:
            raise ModelUnavailable("; ".join(missing + unavailable))
        raise WorkerUnavailable("no inference worker answered: " + "; ".join(unavailable))

    async def arun(
        self,
        model: str,
        inputs: list[Any],
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> list[Any]:
        # the blocking client on a thread: one code path for the retry logic
        return await asyncio.to_thread(self.run, model, inputs, priority=priority, timeout=timeout)

    def models(self) -> list[ModelInfo]:
        for worker in self._candidates():
            try:
                response = self._http.get(f"{worker.url}/healthz")
            except httpx.TransportError:
                self._mark_down(worker)
                continue
            fields = set(ModelInfo.__dataclass_fields__)
            return [
                ModelInfo(**{k: v for k, v in info.items() if k in fields})
                for info in response.json()["models"]
            ]
        raise WorkerUnavailable("no inference worker answered /healthz")

    def close(self) -> None:
        self._http.close()

    def _candidates(self) -> list[_Worker]:
        """Live workers by fewest in flight (ties in turn), then those marked down."""
        now = time.monotonic()
        with self._lock:
            start = next(self._turn)
            n = len(self._workers)
            rotated = [self._workers[(start + i) % n] for i in range(n)]
            up = sorted((w for w in rotated if w.down_until <= now), key=lambda w: w.in_flight)
            return up + [w for w in rotated if w.down_until > now]

    def _post(
        self, worker: _Worker, path: str, body: dict[str, Any], timeout: float | None
    ) -> httpx.Response:
        with self._lock:
            worker.in_flight += 1
        try:
            read = self._timeout if timeout is None else timeout + 5.0
            response = self._http.post(
                worker.url + path,
                json=body,
                timeout=httpx.Timeout(read, connect=self._http.timeout.connect),
            )
        finally:
            with self._lock:
                worker.in_flight -= 1
        with self._lock:
            worker.down_until = 0.0
        return response

    def _mark_down(self, worker: _Worker) -> None:
        with self._lock:
            worker.down_until = time.monotonic() + self._cooldown


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", response.text))
    except ValueError:
        return response.text or f"HTTP {response.status_code}"


def _outputs(response: httpx.Response) -> list[Any]:
    """The decoded outputs, or the worker's error as this package's exception."""
    status = response.status_code
    if status == 200:
        outputs: list[Any] = codec.decode(response.json()["outputs"], "outputs")
        return outputs
    detail = _detail(response)
    if status == 404:
        raise UnknownModel(detail)
    if 400 <= status < 500:
        raise BadRequest(detail)
    if status == 504:
        raise InferenceTimeout(detail)
    raise InferenceError(f"worker error (HTTP {status}): {detail}")
