"""Calendars on a CalDAV server (RFC 4791) through the ``caldav`` client.

Busy times come from a free-busy-query REPORT (RFC 4791 7.10); servers that refuse it are
asked for the events in the range instead. Events are PUT as ``<uid>.ics`` resources.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import caldav
import icalendar
from caldav.lib import error as caldav_error

from services.scheduling.availability import WorkProfile
from services.scheduling.calendars import Calendar
from services.scheduling.errors import CalendarError
from services.scheduling.intent import Slot
from services.scheduling.itip_parse import event_span

TIMEOUT_SECONDS = 15


class CalDAVCalendar(Calendar):
    """One calendar collection, e.g. ``https://dav.example.com/ann/work/``."""

    def __init__(
        self, profile: WorkProfile, url: str, username: str = "", password: str = ""
    ) -> None:
        super().__init__(profile)
        if not url.startswith(("http://", "https://")):
            raise CalendarError(f"calendar of {profile.person}: CalDAV URL {url!r} is not http(s)")
        self.url = url
        self._client = caldav.DAVClient(  # type: ignore[operator]
            url, username=username or None, password=password or None, timeout=TIMEOUT_SECONDS
        )
        self._calendar = self._client.calendar(url=url)

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except caldav_error.NotFoundError:
            raise
        except (caldav_error.DAVError, OSError) as e:
            raise CalendarError(f"CalDAV {what} on {self.url} failed: {e}") from e

    def busy(self, start: dt.datetime, end: dt.datetime) -> list[Slot]:
        try:
            reply = self._calendar.freebusy_request(start, end)
        except caldav_error.DAVError:
            return self._busy_from_events(start, end)
        except OSError as e:
            raise CalendarError(f"CalDAV free/busy on {self.url} failed: {e}") from e
        cal = icalendar.Calendar.from_ical(reply.data)
        slots: list[Slot] = []
        for fb in cal.walk("VFREEBUSY"):
            lines = fb.get("FREEBUSY", [])
            for line in lines if isinstance(lines, list) else [lines]:
                if str(line.params.get("FBTYPE", "BUSY")).upper() == "FREE":
                    continue
                for a, b in line.dt if isinstance(line.dt, list) else [line.dt]:
                    b = a + b if isinstance(b, dt.timedelta) else b
                    slots.append(Slot(a.astimezone(dt.UTC), b.astimezone(dt.UTC)))
        return sorted(slots, key=lambda s: s.start)

    def _busy_from_events(self, start: dt.datetime, end: dt.datetime) -> list[Slot]:
        found = self._call(
            "search", self._calendar.search, start=start, end=end, event=True, expand=True
        )
        slots = []
        for obj in found:
            span = event_span(obj.data)
            if not (span.transparent or span.cancelled):
                slots.append(Slot(span.start.astimezone(dt.UTC), span.end.astimezone(dt.UTC)))
        return sorted(slots, key=lambda s: s.start)

    def put_event(self, ics_text: str, uid: str) -> None:
        self._call("PUT", self._calendar.save_event, ics_text)

    def delete_event(self, uid: str) -> None:
        try:
            event = self._call("lookup", self._calendar.event_by_uid, uid)
        except caldav_error.NotFoundError:
            return
        self._call("DELETE", event.delete)
