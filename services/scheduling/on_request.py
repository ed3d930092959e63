"""A request, already understood: open a meeting, then confirm, clarify, book, propose, move
or cancel it. Also the calendar look-up every path shares."""

from __future__ import annotations

import zoneinfo
from dataclasses import replace
from typing import Any

from sqlalchemy import or_, select

from mail_gateway.message import InboundMessage
from services.jobs.context import JobContext
from services.scheduling import booking, emails, workflow
from services.scheduling.actions import Actor
from services.scheduling.availability import WorkProfile
from services.scheduling.intent import MeetingIntent, Slot
from services.scheduling.models import MeetingRow
from services.storage import utcnow

OPEN_STATES = ("confirming", "clarifying", "proposed", "booked")


def calendar_state(
    ctx: JobContext, meeting: MeetingRow
) -> tuple[list[WorkProfile], dict[str, list[Slot]]]:
    """Profiles and busy times of the meeting's internal people over the booking horizon; the
    meeting's own current time does not count as busy (it may move)."""
    now = utcnow()
    cals = booking.calendars_of(ctx.runtime, meeting.attendees, organizer=meeting.organizer)
    profiles, busy = booking.gather(cals, now, now + booking.HORIZON)
    own = booking.meeting_slot(meeting)
    return profiles, {p: [b for b in spans if b != own] for p, spans in busy.items()}


def understand_message(ctx: JobContext, msg: InboundMessage) -> MeetingIntent:
    """What the email asks, read with the inference worker's sentence embeddings."""
    from services.scheduling.understand.embedder import inference_embedder
    from services.scheduling.understand.parse import understand

    settings = ctx.runtime.settings
    with ctx.runtime.db.session() as s:
        sender_tz = booking.person_timezone(s, settings, msg.sender)
    return understand(
        msg,
        assistant_addresses=settings.assistant_addresses,
        default_tz=settings.default_timezone,
        default_minutes=settings.meeting_default_minutes,
        sender_tz=sender_tz,
        embed=inference_embedder(ctx.runtime.inference),
    )


def thread_meeting(
    ctx: JobContext, msg: InboundMessage, states: tuple[str, ...] = OPEN_STATES
) -> MeetingRow | None:
    """The open meeting this message's thread belongs to (clients trim References, so any
    of the ids it cites may be the thread's root)."""
    cited = {i for i in (msg.thread_id, msg.in_reply_to, *msg.references) if i}
    with ctx.runtime.db.session() as s:
        return s.scalar(
            select(MeetingRow)
            .where(MeetingRow.thread_id.in_(cited), MeetingRow.status.in_(states))
            .where(or_(MeetingRow.inbound_id.is_(None), MeetingRow.inbound_id != msg.id))
            .order_by(MeetingRow.id.desc())
        )


def _new_meeting(ctx: JobContext, msg: InboundMessage, intent: MeetingIntent) -> MeetingRow:
    """The meeting this request opens (the same row when a retried job comes back)."""
    settings = ctx.runtime.settings
    with ctx.runtime.db.session() as s:
        row = s.scalar(select(MeetingRow).where(MeetingRow.inbound_id == msg.id))
        if row is not None:
            return row
        organizer = (intent.organizer or msg.sender).lower()
        people = [organizer, *(a.lower() for a in intent.attendees)]
        row = MeetingRow(
            uid=booking.itip.new_uid(booking.assistant_address(settings).rpartition("@")[2]),
            status="new",
            title=intent.title or msg.subject or "Meeting",
            description=intent.location if intent.location.startswith("http") else "",
            location=intent.location,
            organizer=organizer,
            attendees=[p for p in dict.fromkeys(people) if p not in settings.assistant_addresses],
            attendee_status={},
            duration_minutes=intent.duration_minutes,
            timezone=_zone(intent.timezone) or booking.person_timezone(s, settings, organizer),
            offered=[],
            thread_id=msg.thread_id or msg.message_id,
            last_message_id=msg.message_id,
            subject=msg.subject,
            inbound_id=msg.id,
            original_text=msg.full_text or msg.text,
        )
        s.add(row)
        s.flush()
        return row


def _zone(name: str) -> str:
    """``name`` when it is a zone zoneinfo knows, else "" (the organizer's zone is used)."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return ""
    return name


def check_calendars(
    ctx: JobContext, meeting: MeetingRow, intent: MeetingIntent, action: workflow.Action = "book"
) -> workflow.Decision:
    profiles, busy = calendar_state(ctx, meeting)
    return workflow.choose(intent, profiles, busy, utcnow(), action=action)


def handle_request(ctx: JobContext, msg: InboundMessage, intent: MeetingIntent) -> dict[str, Any]:
    """A new email asking for a meeting (or to move or cancel one), already understood."""
    threshold = ctx.runtime.settings.schedule_confidence_threshold
    early = workflow.triage(intent, trusted=msg.trusted, threshold=threshold)
    if early is not None and early.action == "ignore":
        return {"action": "ignore", "reasons": list(early.reasons)}
    if intent.intent in ("reschedule", "cancel") and early is None:
        target = _existing_meeting(ctx, msg, intent)
        if target is not None and target.status == "cancelled" and intent.intent == "reschedule":
            return refuse(Actor(ctx, msg), target, "the meeting to move was cancelled meanwhile")
        if target is not None:
            return change(ctx, msg, target, intent)
        if intent.intent == "reschedule":
            # nothing of ours to move: ask before booking a new meeting at the new time
            early = workflow.Decision(
                "confirm",
                (
                    *intent.evidence,
                    "no booked meeting to move was found: asking before booking a new one",
                ),
            )
            intent = replace(intent, intent="schedule")
    meeting = _new_meeting(ctx, msg, intent)
    return act(ctx, msg, meeting, intent, early)


def act(
    ctx: JobContext,
    msg: InboundMessage,
    meeting: MeetingRow,
    intent: MeetingIntent,
    early: workflow.Decision | None,
) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    if early is not None and early.action == "confirm":
        meeting = actor.update(
            meeting.id, early, status="confirming", pending_intent=workflow.intent_to_json(intent)
        )
        actor.send(
            f"scheduling:confirm:{meeting.id}:in{msg.id}",
            emails.confirm_request(intent, msg.sender, booking.thread_of(meeting)),
        )
        return {"action": "confirm", "meeting_id": meeting.id}
    if early is not None and early.action == "clarify":
        meeting = actor.update(
            meeting.id, early, status="clarifying", pending_intent=workflow.intent_to_json(intent)
        )
        actor.send(
            f"scheduling:clarify:{meeting.id}:in{msg.id}",
            emails.clarify(intent.problems, msg.sender, booking.thread_of(meeting)),
        )
        return {"action": "clarify", "meeting_id": meeting.id}
    if intent.intent == "cancel":
        actor.cancel(meeting.id, workflow.Decision("cancel", intent.evidence))
        return {"action": "cancel", "meeting_id": meeting.id}
    decision = check_calendars(ctx, meeting, intent)
    return apply(actor, meeting, decision)


def apply(actor: Actor, meeting: MeetingRow, decision: workflow.Decision) -> dict[str, Any]:
    if decision.action == "book":
        meeting = actor.book(meeting.id, decision)
    elif decision.action == "reschedule":
        meeting = actor.reschedule(meeting.id, decision)
    elif decision.action == "propose":
        meeting = actor.propose(meeting.id, decision)
    elif decision.action == "cancel":
        meeting = actor.cancel(meeting.id, decision)
    elif decision.action == "note":
        meeting = actor.update(meeting.id, decision)
        actor.note(meeting, decision.message)
    else:
        actor.update(meeting.id, decision)
    return {"action": decision.action, "meeting_id": meeting.id, "uid": meeting.uid}


def _existing_meeting(
    ctx: JobContext, msg: InboundMessage, intent: MeetingIntent
) -> MeetingRow | None:
    """The booked meeting a reschedule/cancel refers to: on this thread, else the organizer's
    next meeting with the same people."""
    with ctx.runtime.db.session() as s:
        # this very message already changed a meeting: a retried job picks up where it was
        done = s.scalar(select(MeetingRow).where(MeetingRow.last_message_id == msg.message_id))
    if done is not None:
        return done
    meeting = thread_meeting(ctx, msg, OPEN_STATES + ("cancelled",))
    if meeting is not None:
        return meeting
    organizer = (intent.organizer or msg.sender).lower()
    wanted = {a.lower() for a in intent.attendees} - {organizer}
    with ctx.runtime.db.session() as s:
        rows = s.scalars(
            select(MeetingRow)
            .where(MeetingRow.organizer == organizer, MeetingRow.status == "booked")
            .where(MeetingRow.start > utcnow())
            .order_by(MeetingRow.start)
        ).all()
    return next((r for r in rows if not wanted or wanted & set(r.attendees)), None)


def change(
    ctx: JobContext, msg: InboundMessage, meeting: MeetingRow, intent: MeetingIntent
) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    if intent.intent == "cancel":
        if msg.sender != meeting.organizer:
            return refuse(actor, meeting, f"only the organizer may cancel; {msg.sender} asked")
        actor.cancel(meeting.id, workflow.Decision("cancel", intent.evidence))
        return {"action": "cancel", "meeting_id": meeting.id, "uid": meeting.uid}
    merged = MeetingIntent(
        "reschedule",
        meeting.title,
        meeting.organizer,
        tuple(meeting.attendees),
        intent.duration_minutes or meeting.duration_minutes,
        intent.candidates,
        meeting.timezone,
        meeting.location,
        intent.confidence,
        intent.problems,
        intent.evidence,
    )
    action: workflow.Action = "reschedule" if meeting.start is not None else "book"
    return apply(actor, meeting, check_calendars(ctx, meeting, merged, action))


def refuse(actor: Actor, meeting: MeetingRow, why: str) -> dict[str, Any]:
    actor.update(meeting.id, workflow.Decision("ignore", (why,)))
    return {"action": "ignore", "meeting_id": meeting.id, "reason": why}
