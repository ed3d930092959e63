"""Replies on a thread where a meeting is under way: a pick among offered slots, a YES or a
correction to "I understood ...", or a request to move or cancel a booked meeting."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mail_gateway.message import InboundMessage
from services.jobs.context import JobContext
from services.scheduling import workflow
from services.scheduling.actions import Actor, offered_slots
from services.scheduling.intent import IntentKind, ReplyIntent
from services.scheduling.models import CorrectionRow, MeetingRow
from services.scheduling.on_request import (
    act,
    apply,
    calendar_state,
    change,
    refuse,
    understand_message,
)
from services.storage import utcnow


def _interpret(msg: InboundMessage, meeting: MeetingRow) -> ReplyIntent:
    from services.scheduling.understand.replies import interpret_reply

    return interpret_reply(
        msg.text, offered_slots(meeting), now=msg.date or utcnow(), tz=meeting.timezone
    )


def handle_thread_reply(
    ctx: JobContext, msg: InboundMessage, meeting: MeetingRow
) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    participants = {meeting.organizer, *meeting.attendees}
    if msg.sender not in participants and not msg.trusted:
        return refuse(actor, meeting, f"{msg.sender} is not part of this meeting: reply ignored")
    if meeting.status in ("confirming", "clarifying"):
        return _on_confirmation(ctx, msg, meeting)
    if meeting.offered:
        return handle_reply(ctx, msg, meeting, _interpret(msg, meeting))
    if not msg.trusted and msg.sender != meeting.organizer:
        return refuse(actor, meeting, f"{msg.sender} may reply on the thread but not change it")
    intent = understand_message(ctx, msg)
    if intent.intent == "cancel" or (intent.intent != "none" and intent.candidates):
        kind: IntentKind = "cancel" if intent.intent == "cancel" else "reschedule"
        return change(ctx, msg, meeting, replace(intent, intent=kind))
    return refuse(actor, meeting, "the reply on a booked meeting asks for no change")


def handle_reply(
    ctx: JobContext, msg: InboundMessage, meeting: MeetingRow, reply: ReplyIntent
) -> dict[str, Any]:
    """Someone answered the slots we offered on ``meeting``'s thread."""
    actor = Actor(ctx, msg)
    now = utcnow()
    profiles, busy = calendar_state(ctx, meeting)
    decision = workflow.on_reply(
        reply, offered_slots(meeting), meeting.duration_minutes, profiles, busy, now
    )
    if decision.action == "book" and meeting.start is not None:
        decision = workflow.Decision("reschedule", decision.reasons, slot=decision.slot)
    if decision.action == "cancel" and msg.sender != meeting.organizer:
        decision = workflow.Decision(
            "note",
            (*decision.reasons, "a guest declined: telling the organizer"),
            message=f"{msg.sender} can't make any of these times.",
        )
        actor.update(meeting.id, decision)
        actor.note(meeting, decision.message, to=[meeting.organizer])
        return {"action": "note", "meeting_id": meeting.id}
    return apply(actor, meeting, decision)


def _on_confirmation(ctx: JobContext, msg: InboundMessage, meeting: MeetingRow) -> dict[str, Any]:
    """The organizer answered "I understood: ..." (YES or a correction) or a clarifying
    question (a correction); either way the answer is kept as a training example."""
    from services.scheduling.understand.confirm import apply_correction, parse_confirmation

    actor = Actor(ctx, msg)
    if msg.sender != meeting.organizer:
        return refuse(actor, meeting, f"only the organizer confirms; {msg.sender} replied")
    pending = workflow.intent_from_json(meeting.pending_intent or {})
    answer = parse_confirmation(msg.text, now=msg.date or utcnow(), tz=pending.timezone)
    if answer.corrected:
        intent = apply_correction(pending, answer)
    elif answer.confirmed and meeting.status == "confirming":
        intent = replace(pending, confidence=1.0, evidence=(*pending.evidence, "confirmed: YES"))
    else:
        decision = workflow.Decision(
            "note", ("the answer neither confirms nor corrects",), message=_ASK_AGAIN
        )
        actor.update(meeting.id, decision)
        actor.note(meeting, decision.message)
        return {"action": "note", "meeting_id": meeting.id}
    with ctx.runtime.db.session() as s:
        s.add(
            CorrectionRow(
                meeting_id=meeting.id,
                original_text=meeting.original_text,
                understood=workflow.intent_to_json(pending),
                reply_text=msg.text,
                confirmed=not answer.corrected,
                corrected=workflow.intent_to_json(intent) if answer.corrected else None,
            )
        )
    # The organizer has spoken: no second confirmation round; only real problems stop us.
    return act(ctx, msg, meeting, intent, workflow.triage(intent, trusted=True, threshold=0.0))


_ASK_AGAIN = (
    "Sorry, I couldn't tell whether that was a yes. Reply YES to go ahead, or tell me what to "
    'change ("45 minutes", "Wednesday at 10 instead", "also invite pat@example.com").'
)
