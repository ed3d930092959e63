"""Job handlers: ``scheduling.inbound_email`` (every scheduling email) and
``scheduling.followup`` (the one reminder about an unanswered proposal).

Routing, in order: iTIP parts (REPLY / COUNTER) -> a reply on a thread where a meeting is
under way -> a new request, acted on only for trusted senders.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from mail_gateway.message import InboundMessage
from services import jobs
from services.jobs.context import JobContext
from services.scheduling import workflow
from services.scheduling.actions import FOLLOWUP_JOB, Actor
from services.scheduling.errors import InviteError
from services.scheduling.models import DecisionRow, MeetingRow
from services.scheduling.on_itip import handle_calendar_parts
from services.scheduling.on_reply import handle_thread_reply
from services.scheduling.on_request import handle_request, thread_meeting, understand_message
from services.scheduling.understand.errors import UnderstandError
from services.storage import as_utc


@jobs.handler("scheduling.inbound_email")
def inbound_email(ctx: JobContext) -> dict[str, Any]:
    """Handle one email routed to scheduling (payload ``{"inbound_id"}``)."""
    from mail_gateway.store import load_inbound

    with ctx.runtime.db.session() as s:
        msg = load_inbound(s, int(ctx.payload["inbound_id"]))
    try:
        return _route(ctx, msg)
    except (InviteError, UnderstandError) as e:  # malformed input: retrying cannot help
        raise jobs.PermanentJobError(f"inbound {msg.id}: {e}") from e


def _route(ctx: JobContext, msg: InboundMessage) -> dict[str, Any]:
    if msg.auto_submitted:
        return {"action": "ignore", "reason": "auto-submitted mail is never answered"}
    if msg.calendar_parts:
        return handle_calendar_parts(ctx, msg)
    meeting = thread_meeting(ctx, msg)
    if meeting is not None:
        return handle_thread_reply(ctx, msg, meeting)
    if not msg.trusted:
        return {
            "action": "ignore",
            "reason": f"{msg.sender} is not trusted and no meeting is under way",
        }
    return handle_request(ctx, msg, understand_message(ctx, msg))


@jobs.handler(FOLLOWUP_JOB)
def followup(ctx: JobContext) -> dict[str, Any]:
    """One polite reminder if the proposal made at ``proposed_at`` is still unanswered."""
    with ctx.runtime.db.session() as s:
        meeting = s.get(MeetingRow, int(ctx.payload["meeting_id"]))
    if meeting is None or meeting.status != "proposed":
        return {"action": "none", "reason": "the proposal was answered or closed"}
    proposed_at = as_utc(meeting.proposed_at)
    if proposed_at is None or proposed_at != dt.datetime.fromisoformat(ctx.payload["proposed_at"]):
        return {"action": "none", "reason": "a newer proposal replaced this one"}
    if meeting.followups_sent >= 1:
        return {"action": "none", "reason": "one follow-up was already sent"}
    with ctx.runtime.db.session() as s:
        answered = s.scalar(
            select(DecisionRow.id).where(
                DecisionRow.meeting_id == meeting.id,
                DecisionRow.created_at > proposed_at,
                DecisionRow.email_text != "",
            )
        )
    if answered is not None:
        return {"action": "none", "reason": "someone answered the proposal"}
    actor = Actor(ctx, None)
    actor.followup(meeting)
    actor.update(
        meeting.id,
        workflow.Decision(
            "note",
            (
                f"no answer {ctx.runtime.settings.schedule_followup_hours:g} h after the proposal: "
                "one polite follow-up, none after it",
            ),
        ),
        followups_sent=1,
    )
    return {"action": "followup", "meeting_id": meeting.id}
