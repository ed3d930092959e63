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
from services.scheduling import booking, workflow
from services.scheduling.actions import FOLLOWUP_JOB, Actor, offered_slots
from services.scheduling.availability import check
from services.scheduling.errors import InviteError
from services.scheduling.intent import MeetingIntent, Slot
from services.scheduling.itip_parse import parse_itip
from services.scheduling.models import CorrectionRow, MeetingRow
from services.scheduling.slots import suggest
from services.storage import as_utc, utcnow

OPEN_STATES = ("confirming", "clarifying", "proposed", "booked")


def _understand(ctx: JobContext, msg: InboundMessage) -> MeetingIntent:
    from services.scheduling.understand import understand

    return understand(msg, settings=ctx.runtime.settings)


def _interpret(ctx: JobContext, msg: InboundMessage, meeting: MeetingRow) -> Any:
    from services.scheduling.understand import interpret_reply

    return interpret_reply(msg.text, offered_slots(meeting), now=msg.date or utcnow(),
                           tz=meeting.timezone)


def _is_yes(text: str) -> bool:
    from services.scheduling.understand import parse_confirmation

    return bool(parse_confirmation(text))


@jobs.handler("scheduling.inbound_email")
def inbound_email(ctx: JobContext) -> dict[str, Any]:
    """Handle one email routed to scheduling (payload ``{"inbound_id"}``)."""
    from mail_gateway.store import load_inbound

    with ctx.runtime.db.session() as s:
        msg = load_inbound(s, int(ctx.payload["inbound_id"]))
    if msg.auto_submitted:
        return {"action": "ignore", "reason": "auto-submitted mail is never answered"}
    if msg.calendar_parts:
        return _on_calendar_parts(ctx, msg)
    meeting = _thread_meeting(ctx, msg)
    if meeting is not None:
        return _on_thread_reply(ctx, msg, meeting)
    if not msg.trusted:
        return {"action": "ignore", "reason": f"{msg.sender} is not trusted and no meeting is under way"}
    return _on_request(ctx, msg, _understand(ctx, msg))


def _thread_meeting(ctx: JobContext, msg: InboundMessage) -> MeetingRow | None:
    with ctx.runtime.db.session() as s:
        return s.scalar(
            select(MeetingRow)
            .where(MeetingRow.thread_id == msg.thread_id, MeetingRow.status.in_(OPEN_STATES))
            .where(MeetingRow.inbound_id != msg.id)
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
            status="new", title=intent.title or msg.subject or "Meeting",
            description=intent.location if intent.location.startswith("http") else "",
            location=intent.location, organizer=organizer,
            attendees=[p for p in dict.fromkeys(people) if p not in settings.assistant_addresses],
            attendee_status={}, duration_minutes=intent.duration_minutes,
            timezone=intent.timezone or booking.person_timezone(s, settings, organizer),
            offered=[], thread_id=msg.thread_id or msg.message_id, last_message_id=msg.message_id,
            subject=msg.subject, inbound_id=msg.id, original_text=msg.full_text or msg.text,
        )
        s.add(row)
        s.flush()
        return row


def _check(ctx: JobContext, meeting: MeetingRow, intent: MeetingIntent, action: str = "book"
           ) -> workflow.Decision:
    now = utcnow()
    cals = booking.calendars_of(ctx.runtime, [meeting.organizer, *meeting.attendees])
    profiles, busy = booking.gather(cals, now, now + booking.HORIZON)
    return workflow.choose(intent, profiles, busy, now, action=action)  # type: ignore[arg-type]


def _on_request(ctx: JobContext, msg: InboundMessage, intent: MeetingIntent) -> dict[str, Any]:
    threshold = ctx.runtime.settings.schedule_confidence_threshold
    early = workflow.triage(intent, trusted=msg.trusted, threshold=threshold)
    if early is not None and early.action == "ignore":
        return {"action": "ignore", "reasons": list(early.reasons)}
    if intent.intent in ("reschedule", "cancel") and early is None:
        target = _existing_meeting(ctx, msg, intent)
        if target is not None:
            return _change(ctx, msg, target, intent)
    meeting = _new_meeting(ctx, msg, intent)
    return _act(ctx, msg, meeting, intent, early)


def _act(ctx: JobContext, msg: InboundMessage, meeting: MeetingRow, intent: MeetingIntent,
         early: workflow.Decision | None) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    if early is not None and early.action == "confirm":
        meeting = actor.update(meeting.id, early, status="confirming",
                               pending_intent=workflow.intent_to_json(intent))
        actor.send(f"scheduling:confirm:{meeting.id}:in{msg.id}", booking.emails.confirm_request(
            intent, msg.sender, meeting.subject, msg.message_id))
        return {"action": "confirm", "meeting_id": meeting.id}
    if early is not None and early.action == "clarify":
        meeting = actor.update(meeting.id, early, status="clarifying",
                               pending_intent=workflow.intent_to_json(intent))
        actor.send(f"scheduling:clarify:{meeting.id}:in{msg.id}", booking.emails.clarify(
            intent.problems, msg.sender, meeting.subject, msg.message_id))
        return {"action": "clarify", "meeting_id": meeting.id}
    if intent.intent == "cancel":
        actor.cancel(meeting.id, workflow.Decision("cancel", intent.evidence))
        return {"action": "cancel", "meeting_id": meeting.id}
    decision = _check(ctx, meeting, intent)
    return _apply(actor, meeting, decision)


def _apply(actor: Actor, meeting: MeetingRow, decision: workflow.Decision) -> dict[str, Any]:
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


def _existing_meeting(ctx: JobContext, msg: InboundMessage, intent: MeetingIntent) -> MeetingRow | None:
    """The booked meeting a reschedule/cancel refers to: on this thread, else the organizer's
    next meeting with the same people."""
    meeting = _thread_meeting(ctx, msg)
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


def _change(ctx: JobContext, msg: InboundMessage, meeting: MeetingRow, intent: MeetingIntent
            ) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    if intent.intent == "cancel":
        if msg.sender != meeting.organizer:
            return _refuse(actor, meeting, f"only the organizer may cancel; {msg.sender} asked")
        actor.cancel(meeting.id, workflow.Decision("cancel", intent.evidence))
        return {"action": "cancel", "meeting_id": meeting.id, "uid": meeting.uid}
    merged = MeetingIntent(
        "reschedule", meeting.title, meeting.organizer, tuple(meeting.attendees),
        intent.duration_minutes or meeting.duration_minutes, intent.candidates, meeting.timezone,
        meeting.location, intent.confidence, intent.problems, intent.evidence,
    )
    action = "reschedule" if meeting.start is not None else "book"
    return _apply(actor, meeting, _check(ctx, meeting, merged, action))


def _refuse(actor: Actor, meeting: MeetingRow, why: str) -> dict[str, Any]:
    actor.update(meeting.id, workflow.Decision("ignore", (why,)))
    return {"action": "ignore", "meeting_id": meeting.id, "reason": why}


def _on_thread_reply(ctx: JobContext, msg: InboundMessage, meeting: MeetingRow) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    participants = {meeting.organizer, *meeting.attendees}
    if msg.sender not in participants and not msg.trusted:
        return _refuse(actor, meeting, f"{msg.sender} is not part of this meeting: reply ignored")
    if meeting.status in ("confirming", "clarifying"):
        return _on_confirmation(ctx, msg, meeting)
    if meeting.offered:
        now = utcnow()
        cals = booking.calendars_of(ctx.runtime, [meeting.organizer, *meeting.attendees])
        profiles, busy = booking.gather(cals, now, now + booking.HORIZON)
        decision = workflow.on_reply(_interpret(ctx, msg, meeting), offered_slots(meeting),
                                     meeting.duration_minutes, profiles, busy, now)
        if decision.action == "book" and meeting.start is not None:
            decision = workflow.Decision("reschedule", decision.reasons, slot=decision.slot)
        if decision.action == "cancel" and msg.sender != meeting.organizer:
            decision = workflow.Decision("note", (*decision.reasons, "a guest declined: telling the organizer"),
                                         message=f"{msg.sender} can't make any of these times.")
            actor.update(meeting.id, decision)
            actor.note(meeting, decision.message, to=[meeting.organizer])
            return {"action": "note", "meeting_id": meeting.id}
        return _apply(actor, meeting, decision)
    if not msg.trusted and msg.sender != meeting.organizer:
        return _refuse(actor, meeting, f"{msg.sender} may reply on the thread but not change it")
    intent = _understand(ctx, msg)
    if intent.intent in ("reschedule", "cancel", "schedule") and intent.candidates or intent.intent == "cancel":
        kind = "cancel" if intent.intent == "cancel" else "reschedule"
        return _change(ctx, msg, meeting, _with_kind(intent, kind))
    return _refuse(actor, meeting, "the reply on a booked meeting asks for no change")


def _with_kind(intent: MeetingIntent, kind: str) -> MeetingIntent:
    return MeetingIntent(kind, intent.title, intent.organizer, intent.attendees,  # type: ignore[arg-type]
                         intent.duration_minutes, intent.candidates, intent.timezone,
                         intent.location, intent.confidence, intent.problems, intent.evidence)


def _on_confirmation(ctx: JobContext, msg: InboundMessage, meeting: MeetingRow) -> dict[str, Any]:
    """The organizer answered "I understood: ..." (YES) or a clarifying question (a correction)."""
    pending = workflow.intent_from_json(meeting.pending_intent or {})
    confirmed = meeting.status == "confirming" and _is_yes(msg.text)
    if confirmed:
        intent = pending
    else:
        said = _understand(ctx, msg)
        intent = MeetingIntent(
            pending.intent if said.intent == "none" else said.intent,
            said.title or pending.title, pending.organizer,
            tuple(dict.fromkeys([*pending.attendees, *said.attendees])),
            said.duration_minutes or pending.duration_minutes,
            said.candidates or pending.candidates, said.timezone or pending.timezone,
            said.location or pending.location, 1.0, said.problems,
            (*said.evidence, "corrected by the organizer's reply"),
        )
    with ctx.runtime.db.session() as s:
        s.add(CorrectionRow(
            meeting_id=meeting.id, original_text=meeting.original_text,
            understood=workflow.intent_to_json(pending), reply_text=msg.text, confirmed=confirmed,
            corrected=None if confirmed else workflow.intent_to_json(intent),
        ))
    # The organizer has spoken: no second confirmation round, only real problems stop us.
    early = workflow.triage(intent, trusted=True, threshold=0.0)
    return _act(ctx, msg, meeting, intent, early)


def _on_calendar_parts(ctx: JobContext, msg: InboundMessage) -> dict[str, Any]:
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


def _on_itip(ctx: JobContext, msg: InboundMessage, meeting: MeetingRow, itip_msg: Any) -> dict[str, Any]:
    actor = Actor(ctx, msg)
    free: bool | None = None
    alternatives: list[Slot] = []
    if itip_msg.method == "COUNTER" and itip_msg.start is not None:
        now = utcnow()
        cals = booking.calendars_of(ctx.runtime, [meeting.organizer, *meeting.attendees])
        profiles, busy = booking.gather(cals, now, now + booking.HORIZON)
        busy = {p: [b for b in spans if not _same(b, meeting)] for p, spans in busy.items()}
        proposed = Slot(itip_msg.start, itip_msg.end or itip_msg.start)
        free = check(proposed, profiles, busy, now).free
        if not free:
            alternatives = suggest(profiles, busy, meeting.duration_minutes, now)
    decision = workflow.on_itip(itip_msg, sequence=meeting.sequence, organizer_free=free,
                                alternatives=alternatives)
    if decision.action == "update_status":
        status = dict(meeting.attendee_status)
        known = {meeting.organizer, *meeting.attendees}
        status.update({a: p for a, p in itip_msg.partstats if a in known or msg.sender == a})
        meeting = actor.update(meeting.id, decision, attendee_status=status)
        return {"action": "update_status", "meeting_id": meeting.id, "attendee_status": status}
    if decision.action == "decline_counter":
        meeting = actor.update(meeting.id, decision, offered=workflow.slots_to_json(alternatives))
        actor.decline_counter(meeting, itip_msg.partstats[0][0] if itip_msg.partstats else msg.sender,
                              decision)
        return {"action": "decline_counter", "meeting_id": meeting.id}
    return _apply(actor, meeting, decision)


def _same(busy: Slot, meeting: MeetingRow) -> bool:
    """The meeting's own current time does not block moving it."""
    return busy.start == as_utc(meeting.start) and busy.end == as_utc(meeting.end)


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
    actor = Actor(ctx, None)
    actor.followup(meeting)
    actor.update(meeting.id, workflow.Decision(
        "note", (f"no answer {ctx.runtime.settings.schedule_followup_hours:g} h after the proposal: "
                 "one polite follow-up, none after it",)), followups_sent=1)
    return {"action": "followup", "meeting_id": meeting.id}
