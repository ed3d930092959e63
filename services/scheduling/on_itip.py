"""Calendar answers: iTIP REPLY updates each attendee's status; COUNTER is accepted when the
new time is free for everyone, else answered with DECLINECOUNTER and alternatives."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mail_gateway.message import InboundMessage
from services.jobs.context import JobContext
from services.scheduling import workflow
from services.scheduling.actions import Actor
from services.scheduling.availability import check
from services.scheduling.errors import InviteError
from services.scheduling.intent import Slot
from services.scheduling.itip_parse import ItipMessage, parse_itip
from services.scheduling.models import MeetingRow
from services.scheduling.on_request import apply, calendar_state, refuse
from services.scheduling.slots import suggest
from services.storage import utcnow


def handle_calendar_parts(ctx: JobContext, msg: InboundMessage) -> dict[str, Any]:
    """Apply each iTIP part of ``msg`` to the meeting its UID names."""
    results = []
    for part in msg.calendar_parts:
        try:
            itip_msg = parse_itip(part.text)
        except InviteError as e:
            results.append({"action": "ignore", "reason": str(e)})
            continue
        with ctx.runtime.db.session() as s:
            meeting = s.scalar(select(MeetingRow).where(MeetingRow.uid == itip_msg.uid))
        if meeting is None:
            results.append({"action": "ignore", "reason": f"no meeting with UID {itip_msg.uid}"})
            continue
        results.append(_on_itip(ctx, msg, meeting, itip_msg))
    return results[0] if len(results) == 1 else {"action": "several", "results": results}


def _on_itip(
    ctx: JobContext, msg: InboundMessage, meeting: MeetingRow, itip_msg: ItipMessage
) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    if msg.sender not in {meeting.organizer, *meeting.attendees}:
        # a UID is no secret: only the people invited may answer for themselves
        return refuse(
            actor, meeting, f"iTIP {itip_msg.method} from {msg.sender}, who is not invited"
        )
    free: bool | None = None
    alternatives: list[Slot] = []
    if itip_msg.method == "COUNTER" and itip_msg.start is not None:
        now = utcnow()
        profiles, busy = calendar_state(ctx, meeting)
        proposed = Slot(itip_msg.start, itip_msg.end or itip_msg.start)
        free = check(proposed, profiles, busy, now).free
        if not free:
            alternatives = suggest(profiles, busy, meeting.duration_minutes, now)
    decision = workflow.on_itip(
        itip_msg, sequence=meeting.sequence, organizer_free=free, alternatives=alternatives
    )
    if decision.action == "update_status":
        status = dict(meeting.attendee_status)
        known = {meeting.organizer, *meeting.attendees}
        status.update({a: p for a, p in itip_msg.partstats if a in known})
        meeting = actor.update(meeting.id, decision, attendee_status=status)
        return {"action": "update_status", "meeting_id": meeting.id, "attendee_status": status}
    if decision.action == "decline_counter":
        meeting = actor.update(meeting.id, decision, offered=workflow.slots_to_json(alternatives))
        actor.decline_counter(meeting, msg.sender, decision)
        return {"action": "decline_counter", "meeting_id": meeting.id}
    return apply(actor, meeting, decision)
