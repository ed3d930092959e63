"""The gateway's job handlers: handling a received message, and sending one."""

from __future__ import annotations

from typing import Any

from mail_gateway.inbound import handle_inbound
from mail_gateway.intake import HANDLE_JOB
from mail_gateway.outbox import SEND_JOB
from mail_gateway.sender import send_outbox
from services.jobs import handler
from services.jobs.context import JobContext


@handler(HANDLE_JOB, max_attempts=5, priority=0, backoff_seconds=5.0)
def handle_inbound_job(ctx: JobContext) -> dict[str, Any] | None:
    """Parse, judge and route one stored message (payload ``{"inbound_id": id}``)."""
    last = ctx.job.attempt >= ctx.job.max_attempts
    return handle_inbound(ctx.runtime, int(ctx.payload["inbound_id"]), last_attempt=last)


@handler(SEND_JOB, max_attempts=8, priority=0, backoff_seconds=30.0)
def send_job(ctx: JobContext) -> dict[str, Any] | None:
    """Send one outbox message (payload ``{"outbox_id": id}``) through the relay."""
    return send_outbox(ctx, int(ctx.payload["outbox_id"]))
