"""A small in-memory limiter for failed sign-ins (per address and per client IP)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class FailureLimiter:
    """Allows at most ``limit`` failures per key within ``window`` seconds."""

    def __init__(
        self, limit: int = 5, window: float = 300.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        stamps = self._failures.setdefault(key, deque())
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        return stamps

    def retry_after(self, *keys: str) -> float:
        """Seconds until any of ``keys`` may try again; 0 when none is blocked."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                stamps = self._recent(key, now)
                if len(stamps) >= self.limit:
                    wait = max(wait, stamps[0] + self.window - now)
            self._failures = {k: v for k, v in self._failures.items() if v}
        return wait

    def fail(self, *keys: str) -> None:
        """Record a failure for each of ``keys``."""
        now = self.clock()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def reset(self, *keys: str) -> None:
        """Forget the failures of ``keys`` (after a successful sign-in)."""
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
