"""The scheduling package's exceptions."""

from __future__ import annotations


class SchedulingError(Exception):
    """Base of every scheduling error."""


class CalendarError(SchedulingError):
    """A calendar could not be read or written, or is misconfigured."""


class InviteError(SchedulingError):
    """An iCalendar text could not be built or understood."""


class SlotUnavailable(SchedulingError):
    """The time asked for is not free for everyone (the message says who and why)."""
