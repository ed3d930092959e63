"""Pure decisions about a finished attempt: retry or fail, how long to wait, what to show."""

from __future__ import annotations

import random
import traceback
from dataclasses import dataclass

from services.jobs import PermanentJobError

MAX_BACKOFF_SECONDS = 3600.0
MAX_ERROR_CHARS = 8000


@dataclass(frozen=True)
class Retry:
    """Run the job again after ``delay`` seconds."""

    delay: float
    error: str


@dataclass(frozen=True)
class Fail:
    """The job has failed for good."""

    error: str


def retry_delay(base: float, attempt: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: ``base * 2**(attempt-1)``, scaled by 0.75-1.25, capped.

    Jitter spreads retries of jobs that failed together (say, the relay was down) so they
    do not all come back at the same instant.
    """
    rng = rng or random.Random()
    raw = min(MAX_BACKOFF_SECONDS, base * 2 ** max(0, attempt - 1))
    return raw * rng.uniform(0.75, 1.25)


def error_text(exc: BaseException) -> str:
    """``Type: message`` first (what lists show), then the traceback's last frames."""
    summary = f"{type(exc).__name__}: {exc}"
    frames = "".join(traceback.format_exception(exc, limit=-6))
    text = f"{summary}\n\n{frames}"
    if len(text) > MAX_ERROR_CHARS:
        text = text[: MAX_ERROR_CHARS // 4] + "\n...\n" + text[-(MAX_ERROR_CHARS * 3) // 4 :]
    return text


def after_failure(
    exc: BaseException, attempt: int, max_attempts: int, backoff_seconds: float
) -> Retry | Fail:
    """What to do after attempt number ``attempt`` raised ``exc``."""
    text = error_text(exc)
    if isinstance(exc, PermanentJobError) or attempt >= max_attempts:
        return Fail(text)
    return Retry(retry_delay(backoff_seconds, attempt), text)
