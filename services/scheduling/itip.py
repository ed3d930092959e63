"""Building iTIP messages (RFC 5546) that travel by email (iMIP, RFC 6047).

A REQUEST carries a stable UID and a SEQUENCE that grows with every change, so Gmail,
Outlook and Apple Calendar update the one event instead of adding a second. The organizer
is the person who asked; the assistant sends on their behalf (``SENT-BY``).
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass, replace

import icalendar

from services.scheduling.errors import InviteError

PRODID = "-//deskmate//scheduling 0.1//EN"


@dataclass(frozen=True)
class Invite:
    """Everything an invitation says; ``sequence`` counts the changes since the first one."""

    uid: str
    sequence: int
    title: str
    organizer: str
    attendees: tuple[str, ...]  # guests, without the organizer
    start: dt.datetime
    end: dt.datetime
    timezone: str
    sent_by: str = ""  # the assistant's address
    description: str = ""
    location: str = ""
    names: tuple[tuple[str, str], ...] = ()  # (address, display name) where known
    partstats: tuple[tuple[str, str], ...] = ()  # (address, PARTSTAT) known from replies

    def rescheduled(self, start: dt.datetime, end: dt.datetime) -> Invite:
        """The same event at a new time: same UID, SEQUENCE + 1, answers reset."""
        return replace(self, start=start, end=end, sequence=self.sequence + 1, partstats=())


def new_uid(domain: str) -> str:
    """A globally unique, stable event UID."""
    return f"{uuid.uuid4()}@{domain or 'deskmate.localhost'}"


def _address(email: str) -> icalendar.vCalAddress:
    return icalendar.vCalAddress(f"mailto:{email}")


def _organizer(invite: Invite) -> icalendar.vCalAddress:
    org = _address(invite.organizer)
    org.params["CN"] = dict(invite.names).get(invite.organizer, invite.organizer)
    if invite.sent_by and invite.sent_by != invite.organizer:
        org.params["SENT-BY"] = f"mailto:{invite.sent_by}"
    return org


def _attendee(invite: Invite, email: str, *, chair: bool = False) -> icalendar.vCalAddress:
    att = _address(email)
    att.params["CN"] = dict(invite.names).get(email, email)
    att.params["CUTYPE"] = "INDIVIDUAL"
    att.params["ROLE"] = "CHAIR" if chair else "REQ-PARTICIPANT"
    status = dict(invite.partstats).get(email)
    if chair:
        att.params["PARTSTAT"] = "ACCEPTED"
    else:
        att.params["PARTSTAT"] = status or "NEEDS-ACTION"
        att.params["RSVP"] = "TRUE"
    return att


def _calendar(method: str, invite: Invite) -> icalendar.Calendar:
    try:
        zone = zoneinfo.ZoneInfo(invite.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        raise InviteError(f"unknown time zone {invite.timezone!r}") from e
    if invite.start.tzinfo is None or invite.end <= invite.start:
        raise InviteError("an invite needs timezone-aware start < end")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    if invite.timezone != "UTC":
        year = dt.timedelta(days=366)
        vtimezone = icalendar.Timezone.from_tzinfo(
            zone, invite.timezone, (invite.start - year).date(), (invite.end + year).date()
        )
        vtimezone.pop("COMMENT", None)  # icalendar's note on the covered years; noise in clients
        cal.add_component(vtimezone)
    return cal


def _event(invite: Invite, dtstamp: dt.datetime) -> icalendar.Event:
    zone = zoneinfo.ZoneInfo(invite.timezone)
    event = icalendar.Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", dtstamp.astimezone(dt.UTC))
    event.add("dtstart", invite.start.astimezone(zone))
    event.add("dtend", invite.end.astimezone(zone))
    event.add("summary", invite.title)
    if invite.description:
        event.add("description", invite.description)
    if invite.location:
        event.add("location", invite.location)
    event.add("organizer", _organizer(invite))
    event.add("attendee", _attendee(invite, invite.organizer, chair=True))
    for guest in invite.attendees:
        if guest != invite.organizer:
            event.add("attendee", _attendee(invite, guest))
    event.add("transp", "OPAQUE")
    return event


def request(invite: Invite, dtstamp: dt.datetime) -> str:
    """METHOD:REQUEST: a new invitation, or an update when ``sequence`` > 0."""
    cal = _calendar("REQUEST", invite)
    event = _event(invite, dtstamp)
    event.add("status", "CONFIRMED")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", invite.title)
    alarm.add("trigger", dt.timedelta(minutes=-10))
    event.add_component(alarm)
    cal.add_component(event)
    return cal.to_ical().decode()


def cancel(invite: Invite, dtstamp: dt.datetime) -> str:
    """METHOD:CANCEL with STATUS:CANCELLED; ``invite.sequence`` should already be bumped."""
    cal = _calendar("CANCEL", invite)
    event = _event(invite, dtstamp)
    event.add("status", "CANCELLED")
    cal.add_component(event)
    return cal.to_ical().decode()


def decline_counter(invite: Invite, attendee: str, dtstamp: dt.datetime, comment: str) -> str:
    """METHOD:DECLINECOUNTER to the attendee whose COUNTER cannot be accepted."""
    cal = _calendar("DECLINECOUNTER", invite)
    event = icalendar.Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", dtstamp.astimezone(dt.UTC))
    event.add("organizer", _organizer(invite))
    event.add("attendee", _address(attendee))
    if comment:
        event.add("comment", comment)
    cal.add_component(event)
    return cal.to_ical().decode()


def stored(invite: Invite, dtstamp: dt.datetime) -> str:
    """The event as a calendar stores it: no METHOD (RFC 4791 forbids it in a resource)."""
    cal = _calendar("REQUEST", invite)
    del cal["METHOD"]
    event = _event(invite, dtstamp)
    event.add("status", "CONFIRMED")
    cal.add_component(event)
    return cal.to_ical().decode()
