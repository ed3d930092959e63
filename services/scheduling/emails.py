"""The emails deskmate writes about meetings (pure: values in, OutgoingEmail out)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

from mail_gateway.message import OutgoingEmail
from services.scheduling.intent import MeetingIntent, Slot
from services.scheduling.itip import Invite


@dataclass(frozen=True)
class Thread:
    """Where a reply goes: the subject, the thread's first Message-ID and the one answered."""

    subject: str
    root: str
    parent: str

    @property
    def in_reply_to(self) -> str:
        return self.parent or self.root

    @property
    def references(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r for r in (self.root, self.parent) if r))


def when(start: dt.datetime, end: dt.datetime, timezone: str) -> str:
    """``Mon 30 Nov 2026, 16:00-16:20 (Europe/Berlin)``."""
    zone = zoneinfo.ZoneInfo(timezone)
    a, b = start.astimezone(zone), end.astimezone(zone)
    return f"{a:%a %d %b %Y}, {a:%H:%M}-{b:%H:%M} ({timezone})"


def _re(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"Re: {subject}".strip()


def listing(slots: Sequence[Slot], timezone: str) -> str:
    """``1. Tue 01 Dec 2026, 10:00-10:20 (Europe/Berlin)`` one per line."""
    return "\n".join(f"{i + 1}. {when(s.start, s.end, timezone)}" for i, s in enumerate(slots))


def invite_email(
    invite: Invite, ics: str, method: str, thread: Thread | None = None
) -> OutgoingEmail:
    """The invitation (or update, or cancellation) with the iCalendar part attached."""
    span = when(invite.start, invite.end, invite.timezone)
    if method == "CANCEL":
        subject = f"Cancelled: {invite.title} @ {span}"
        lead = f"{invite.organizer} has cancelled this meeting."
    elif invite.sequence > 0:
        subject = f"Updated invitation: {invite.title} @ {span}"
        lead = f"{invite.organizer} has moved this meeting to a new time."
    else:
        subject = f"Invitation: {invite.title} @ {span}"
        lead = f"{invite.organizer} invites you to a meeting."
    lines = [lead, "", invite.title, f"When: {span}"]
    if invite.location:
        lines.append(f"Where: {invite.location}")
    lines.append(f"Who: {', '.join([invite.organizer, *invite.attendees])}")
    if invite.description:
        lines += ["", invite.description]
    if method != "CANCEL":
        lines += ["", "Accept or decline in your calendar app; your answer reaches the organizer."]
    guests = tuple(a for a in invite.attendees if a != invite.organizer)
    return OutgoingEmail(
        to=guests or (invite.organizer,),
        cc=(invite.organizer,) if guests else (),
        subject=subject,
        text="\n".join(lines) + "\n",
        calendar=ics,
        calendar_method=method,
        reply_to=invite.organizer,
        in_reply_to=thread.in_reply_to if thread else "",
        references=thread.references if thread else (),
    )


def _thread_reply(
    to: Sequence[str], thread: Thread, text: str, cc: Sequence[str] = ()
) -> OutgoingEmail:
    return OutgoingEmail(
        to=tuple(to),
        cc=tuple(c for c in cc if c not in to),
        subject=_re(thread.subject),
        text=text,
        in_reply_to=thread.in_reply_to,
        references=thread.references,
    )


def summary(intent: MeetingIntent) -> str:
    """One paragraph saying what deskmate understood."""
    times = "; ".join(c.text or c.start.isoformat() for c in intent.candidates) or "no time given"
    who = ", ".join(intent.attendees) or "nobody else"
    verb = {"schedule": "book", "reschedule": "move", "cancel": "cancel"}.get(
        intent.intent, "do nothing about"
    )
    return (
        f'{verb} "{intent.title}" with {who}, {intent.duration_minutes} minutes, '
        f"at {times} ({intent.timezone})" + (f", at {intent.location}" if intent.location else "")
    )


def confirm_request(intent: MeetingIntent, to: str, thread: Thread) -> OutgoingEmail:
    """Low confidence: say what was understood and ask for a YES or a correction."""
    text = (
        f"Hi,\n\nI understood: {summary(intent)}.\n\n"
        "Reply YES and I will go ahead, or correct me in your own words.\n\n-- deskmate\n"
    )
    return _thread_reply([to], thread, text)


def clarify(problems: Sequence[str], to: str, thread: Thread) -> OutgoingEmail:
    """Something in the request cannot be right (past time, impossible date...): ask."""
    listed = "\n".join(f"- {p}" for p in problems)
    text = (
        "Hi,\n\nBefore I book anything, could you check this?\n\n"
        f"{listed}\n\nReply with the time you meant and I will take it from there.\n\n-- deskmate\n"
    )
    return _thread_reply([to], thread, text)


def proposal(
    slots: Sequence[Slot],
    timezone: str,
    to: Sequence[str],
    thread: Thread,
    reasons: Sequence[str] = (),
) -> OutgoingEmail:
    """None of the offered times works: offer these instead, pick one by replying."""
    why = ("\n".join(f"- {r}" for r in reasons) + "\n\n") if reasons else ""
    listed = listing(slots, timezone)
    text = (
        "Hi,\n\n"
        + ("The times suggested don't work for everyone:\n" + why if why else "")
        + f"These times are free for everyone:\n\n{listed}\n\n"
        'Reply with the one you prefer ("the second one", "Tuesday works"), or suggest '
        "another time.\n\n-- deskmate\n"
    )
    return _thread_reply(to[:1], thread, text, cc=to[1:])


def followup(
    slots: Sequence[Slot], timezone: str, to: Sequence[str], thread: Thread
) -> OutgoingEmail:
    """The single polite reminder about an unanswered proposal."""
    listed = listing(slots, timezone)
    text = (
        "Hi,\n\nJust checking in: would one of these times still work?\n\n"
        f"{listed}\n\nA one-line reply is enough. I won't send another reminder.\n\n-- deskmate\n"
    )
    return _thread_reply(to[:1], thread, text, cc=to[1:])


def note(to: Sequence[str], thread: Thread, text: str) -> OutgoingEmail:
    """A short plain reply on the thread."""
    return _thread_reply(to[:1], thread, f"Hi,\n\n{text}\n\n-- deskmate\n", cc=to[1:])


def decline_counter(
    invite: Invite, attendee: str, ics: str, alternatives: Sequence[Slot], thread: Thread
) -> OutgoingEmail:
    """The answer to a COUNTER that cannot be accepted: the time stays, these are free."""
    text = (
        f'Hi,\n\nThank you for proposing a new time for "{invite.title}". It doesn\'t work '
        f"for everyone, so the meeting stays at "
        f"{when(invite.start, invite.end, invite.timezone)}.\n\n"
        f"These times are free:\n\n{listing(alternatives, invite.timezone)}\n\n"
        "Reply with the one you prefer.\n\n-- deskmate\n"
    )
    return OutgoingEmail(
        to=(attendee,),
        cc=(invite.organizer,),
        subject=_re(thread.subject),
        text=text,
        calendar=ics,
        calendar_method="DECLINECOUNTER",
        in_reply_to=thread.in_reply_to,
        references=thread.references,
    )
