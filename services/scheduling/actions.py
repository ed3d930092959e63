"""Carrying out decisions on a stored meeting: calendars, invites and thread replies.

Every email goes through ``ctx.once`` under a key naming what it is (``invite:<uid>:<seq>``),
so a retried job never sends it twice; calendar writes are PUTs by UID, safe to repeat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from mail_gateway.message import InboundMessage, OutgoingEmail
from mail_gateway.outbox import queue_email
from services.jobs import enqueue
from services.jobs.context import JobContext
from services.scheduling import booking, emails, itip
from services.scheduling.errors import SchedulingError
from services.scheduling.intent import Slot
from services.scheduling.models import MeetingRow
from services.scheduling.workflow import Decision, slots_from_json, slots_to_json
from services.storage import as_utc, utcnow

FOLLOWUP_JOB = "scheduling.followup"


class Actor:
    """Acts for one job on one meeting."""

    def __init__(self, ctx: JobContext, msg: InboundMessage | None) -> None:
        self.ctx = ctx
        self.runtime = ctx.runtime
        self.msg = msg

    # -- plumbing ---------------------------------------------------------------------------
    def send(self, key: str, email: OutgoingEmail) -> None:
        def effect() -> dict[str, int]:
            with self.runtime.db.session() as s:
                return {"outbox_id": queue_email(s, email, settings=self.runtime.settings)}

        self.ctx.once(key, effect)

    def meeting(self, meeting_id: int) -> MeetingRow:
        with self.runtime.db.session() as s:
            return _get(s, meeting_id)

    def update(self, meeting_id: int, decision: Decision, **values: object) -> MeetingRow:
        """Change the meeting and store the decision with the email that caused it."""
        with self.runtime.db.session() as s:
            row = _get(s, meeting_id)
            for name, value in values.items():
                setattr(row, name, value)
            if self.msg is not None:
                row.last_message_id = self.msg.message_id
            booking.record(
                s, row, decision.action, decision.reasons, self.msg.text if self.msg else ""
            )
            return row

    def _thread_key(self, what: str, meeting: MeetingRow) -> str:
        source = f"in{self.msg.id}" if self.msg is not None else f"job{self.ctx.job.id}"
        return f"scheduling:{what}:{meeting.id}:{source}"

    def _participants(self, meeting: MeetingRow) -> list[str]:
        return list(dict.fromkeys([meeting.organizer, *meeting.attendees]))

    # -- decisions ----------------------------------------------------------------------------
    def book(self, meeting_id: int, decision: Decision) -> MeetingRow:
        slot = _slot_of(decision)
        meeting = self.update(
            meeting_id,
            decision,
            status="booked",
            start=slot.start.astimezone(dt.UTC),
            end=slot.end.astimezone(dt.UTC),
            offered=[],
            pending_intent=None,
        )
        self._issue(meeting, "REQUEST")
        return meeting

    def reschedule(self, meeting_id: int, decision: Decision) -> MeetingRow:
        slot = _slot_of(decision)
        current = self.meeting(meeting_id)
        # a retried job finds the meeting already moved: same SEQUENCE, so the invite's
        # once-key matches and nothing is sent twice
        moved = booking.meeting_slot(current) == Slot(
            slot.start.astimezone(dt.UTC), slot.end.astimezone(dt.UTC)
        )
        meeting = self.update(
            meeting_id,
            decision,
            status="booked",
            sequence=current.sequence if moved else current.sequence + 1,
            start=slot.start.astimezone(dt.UTC),
            end=slot.end.astimezone(dt.UTC),
            attendee_status=current.attendee_status if moved else {},
            offered=[],
        )
        self._issue(meeting, "REQUEST")
        return meeting

    def cancel(self, meeting_id: int, decision: Decision) -> MeetingRow:
        current = self.meeting(meeting_id)
        if current.start is None:  # never booked: nothing on calendars, just close it
            meeting = self.update(meeting_id, decision, status="cancelled")
            self.note(meeting, "I found no booked meeting to cancel, so there is nothing to do.")
            return meeting
        again = current.status == "cancelled"  # a retried job: same SEQUENCE, no second email
        meeting = self.update(
            meeting_id,
            decision,
            status="cancelled",
            sequence=current.sequence if again else current.sequence + 1,
        )
        booking.unplace(self.runtime, booking.invite_of(self.runtime.settings, meeting))
        self.send(
            f"invite:{meeting.uid}:{meeting.sequence}:CANCEL",
            booking.invite_message(self.runtime.settings, meeting, "CANCEL"),
        )
        return meeting

    def _issue(self, meeting: MeetingRow, method: str) -> None:
        booking.place(self.runtime, booking.invite_of(self.runtime.settings, meeting))
        self.send(
            f"invite:{meeting.uid}:{meeting.sequence}:{method}",
            booking.invite_message(self.runtime.settings, meeting, method),
        )

    def propose(self, meeting_id: int, decision: Decision) -> MeetingRow:
        meeting = self.update(
            meeting_id,
            decision,
            status="proposed",
            offered=slots_to_json(decision.slots),
            proposed_at=utcnow(),
            followups_sent=0,
        )
        why = [r for r in decision.reasons if ": " in r and "free for everyone" not in r][-3:]
        self.send(
            self._thread_key("proposal", meeting),
            emails.proposal(
                decision.slots,
                meeting.timezone,
                self._participants(meeting),
                booking.thread_of(meeting),
                why if meeting.offered else (),
            ),
        )
        proposed_at = (as_utc(meeting.proposed_at) or utcnow()).isoformat()
        with self.runtime.db.session() as s:
            enqueue(
                s,
                FOLLOWUP_JOB,
                {"meeting_id": meeting.id, "proposed_at": proposed_at},
                idempotency_key=f"{FOLLOWUP_JOB}:{meeting.id}:{proposed_at}",
                delay_seconds=self.runtime.settings.schedule_followup_hours * 3600,
            )
        return meeting

    def followup(self, meeting: MeetingRow) -> None:
        offered = slots_from_json(meeting.offered)
        self.send(
            f"scheduling:followup:{meeting.id}",
            emails.followup(
                offered,
                meeting.timezone,
                self._participants(meeting),
                booking.thread_of(meeting),
            ),
        )

    def note(self, meeting: MeetingRow, text: str, to: Sequence[str] = ()) -> None:
        recipients = list(to) or ([self.msg.sender] if self.msg else [meeting.organizer])
        self.send(
            self._thread_key("note", meeting),
            emails.note(recipients, booking.thread_of(meeting), text),
        )

    def decline_counter(self, meeting: MeetingRow, attendee: str, decision: Decision) -> None:
        invite = booking.invite_of(self.runtime.settings, meeting)
        comment = "That time is not free. These are: " + "; ".join(
            emails.when(s.start, s.end, meeting.timezone) for s in decision.slots
        )
        ics = itip.decline_counter(invite, attendee, utcnow(), comment)
        thread = emails.Thread(
            f"Re: {meeting.title}", meeting.thread_id, self.msg.message_id if self.msg else ""
        )
        self.send(
            self._thread_key("declinecounter", meeting),
            emails.decline_counter(invite, attendee, ics, decision.slots, thread),
        )


def _slot_of(decision: Decision) -> Slot:
    if decision.slot is None:
        raise SchedulingError(f"decision {decision.action!r} carries no time")
    return decision.slot


def _get(session: Session, meeting_id: int) -> MeetingRow:
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise SchedulingError(f"meeting {meeting_id} was deleted while it was being handled")
    return row


def offered_slots(meeting: MeetingRow) -> list[Slot]:
    return slots_from_json(meeting.offered)
