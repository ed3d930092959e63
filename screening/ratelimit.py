"""Sliding-window rate limits for the public chat (per client address and per session)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Requests allowed per minute."""

    starts_per_ip: int = 30
    messages_per_ip: int = 300
    messages_per_session: int = 30


class RateLimiter:
    """Counts hits per key within a window; thread-safe; forgets idle keys."""

    def __init__(
        self, window_seconds: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.window = window_seconds
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, limit: int) -> float:
        """Record a hit; returns 0 if allowed, else the seconds until the next one is."""
        now = self._clock()
        with self._lock:
            if len(self._hits) > 100_000:
                self._forget(now)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= limit:
                return hits[0] + self.window - now
            hits.append(now)
            return 0.0

    def _forget(self, now: float) -> None:
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window]:
            del self._hits[key]
