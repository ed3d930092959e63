"""Job kinds the foundation tests run (imported by tests and by worker subprocesses).

Each handler leaves evidence in files named in its payload, so a test can see what ran, in
which attempt and process, even when the runner was another process that got killed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from services.jobs import PermanentJobError, handler
from services.jobs.context import JobContext


def _log(path: str, line: str) -> None:
    with open(path, "a") as f:  # O_APPEND: whole lines even from several processes
        f.write(line + "\n")


@handler("test.echo", backoff_seconds=0.01)
def echo(ctx: JobContext) -> dict[str, Any]:
    if "log" in ctx.payload:
        _log(ctx.payload["log"], f"{ctx.job.id} {os.getpid()}")
    return {"echo": ctx.payload.get("value"), "attempt": ctx.job.attempt}


@handler("test.flaky", backoff_seconds=0.05)
def flaky(ctx: JobContext) -> dict[str, Any]:
    _log(ctx.payload["log"], f"{ctx.job.attempt} {time.monotonic()}")
    if ctx.job.attempt < ctx.payload["succeed_on"]:
        raise ConnectionError(f"relay refused attempt {ctx.job.attempt}")
    return {"attempts": ctx.job.attempt}


@handler("test.broken", max_attempts=3, backoff_seconds=0.01)
def broken(ctx: JobContext) -> None:
    raise ConnectionError("relay mail.example.com:25 is down")


@handler("test.permanent", backoff_seconds=0.01)
def permanent(ctx: JobContext) -> None:
    raise PermanentJobError("recipient address 'nobody@' is malformed")


@handler("test.effect", backoff_seconds=0.01)
def effect(ctx: JobContext) -> dict[str, Any] | None:
    """Sends "mail" once (an appended line), then fails until ``fail_until`` attempts ran."""
    sent = ctx.once(
        f"mail:{ctx.payload['key']}",
        lambda: (_log(ctx.payload["outbox"], ctx.payload["key"]), {"sent": True})[1],
    )
    if ctx.job.attempt < ctx.payload.get("fail_until", 0):
        raise ConnectionError("calendar server timed out after sending")
    return sent


@handler("test.progress", backoff_seconds=0.01)
def progress(ctx: JobContext) -> None:
    ctx.progress(0.25, "loaded audio")
    ctx.progress(0.75, "transcribed")


@handler("test.crash", max_attempts=4, backoff_seconds=0.01)
def crash(ctx: JobContext) -> dict[str, Any]:
    """Performs its effect, then on the first attempt hangs until its process is killed."""
    ctx.once(f"mail:{ctx.payload['key']}", lambda: _log(ctx.payload["outbox"], "sent") or {})
    _log(ctx.payload["log"], f"{ctx.job.attempt} {os.getpid()}")
    if ctx.job.attempt == 1:
        Path(ctx.payload["started"]).touch()
        time.sleep(600)
    return {"finished_in_attempt": ctx.job.attempt}


@handler("test.batch", priority=5, backoff_seconds=0.01)
def batch(ctx: JobContext) -> None:
    """A long low-priority job (think transcription): runs until its release file appears."""
    _log(ctx.payload["log"], f"started {ctx.job.id}")
    release = Path(ctx.payload["release"])
    deadline = time.monotonic() + 30
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
