"""Email in to invite out, end to end, timed on this machine.

A real request email goes over SMTP into deskmate's gateway; the embedded job runner parses
and routes it, understands it, checks calendars, books, and hands the invite to the outbox,
which relays it over SMTP to a sink standing in for the guest's mail server. The clock stops
when the sink has the invite. Calendars: deskmate's own (local) and, as the peer in the same
run, a real Radicale CalDAV server. A calendar REPLY (Gmail's) is timed the same way, in to
status updated.

    python3 bench/scheduling_e2e.py [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import email
import email.policy
import smtplib
import statistics
import sys
import tempfile
import threading
import time
import zoneinfo
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller  # noqa: E402
from sqlalchemy import select  # noqa: E402

from mail_gateway import server  # noqa: E402
from services import jobs  # noqa: E402
from services.config import load_settings  # noqa: E402
from services.runtime import Runtime  # noqa: E402
from services.scheduling import calendars  # noqa: E402
from services.scheduling.models import MeetingRow  # noqa: E402
from services.storage import migrate  # noqa: E402
from services.storage.models import JobRow  # noqa: E402
from tests.scheduling.calendar.radicale_server import (  # noqa: E402
    free_port,
    make_collection,
    running_radicale,
)

ASSISTANT, ANN, LEE = "amy@deskmate.localhost", "ann@example.com", "lee.park@gmail.com"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
FIXTURE = ROOT / "tests" / "scheduling" / "calendar" / "fixtures" / "google_reply_accepted.ics"
FIXTURE_UID = "7d1f3c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b@deskmate.localhost"


class Sink:
    """The guest's mail server: notes when each invite arrives."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}  # subject thread key -> monotonic time
        self.event = threading.Condition()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd API)
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        if any(p.get_content_type() == "text/calendar" for p in msg.walk()):
            with self.event:
                self.arrived[str(msg["In-Reply-To"] or "").strip("<>")] = time.monotonic()
                self.event.notify_all()
        return "250 OK"

    def wait(self, key: str, timeout: float = 60.0) -> float:
        with self.event:
            if not self.event.wait_for(lambda: key in self.arrived, timeout):
                raise TimeoutError(f"no invite for {key} within {timeout} s")
            return self.arrived[key]


def request_email(n: int, when: dt.datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = f"Ann <{ANN}>", LEE, ASSISTANT
    msg["Subject"] = f"Quick sync #{n}"
    msg["Message-ID"] = f"<bench-{n}-{time.time_ns()}@example.com>"
    msg["Date"] = email.utils.format_datetime(dt.datetime.now(dt.UTC))
    msg.set_content(
        f"Hi Lee,\n\nare you free on {when:%A %d %B} at {when:%H:%M} for twenty minutes? "
        "Amy will set it up.\n\nThanks,\nAnn\n+49 30 1234 5678\n"
    )
    return msg


def send(port: int, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        smtp.send_message(msg, to_addrs=[ASSISTANT, LEE])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_requests(
    runtime: Runtime, sink: Sink, gw_port: int, collection: str, runs: int
) -> dict[str, list[float]]:
    """Request email in -> invite at the guest's server, with Ann's calendar local then CalDAV."""
    today = dt.datetime.now(BERLIN).date()
    monday_in_two_weeks = today + dt.timedelta(days=14 + 7 - today.weekday())
    # warm-up: loads the understanding models once, like a running service
    msg = request_email(0, dt.datetime.combine(monday_in_two_weeks, dt.time(9), BERLIN))
    send(gw_port, msg)
    sink.wait(msg["Message-ID"].strip("<>"), timeout=300)
    results = {}
    for backend in ("local", "caldav"):
        with runtime.db.session() as s:
            row = calendars.ensure_row(s, ANN, "Europe/Berlin")
            row.backend, row.caldav_url = backend, collection if backend == "caldav" else ""
        times = []
        for n in range(runs):
            # a different free weekday slot each run: 10:00-15:30, two to four weeks ahead
            day = monday_in_two_weeks + dt.timedelta(days=n % 5 + (n // 5) * 7)
            minute = 30 if backend == "caldav" else 0
            when = dt.datetime.combine(day, dt.time(10 + (n // 5) % 6, minute), BERLIN)
            msg = request_email(n + 1 + (1000 if backend == "caldav" else 0), when)
            started = time.monotonic()
            send(gw_port, msg)
            times.append(sink.wait(msg["Message-ID"].strip("<>")) - started)
        results[f"request -> invite ({backend} calendar)"] = times
    return results


def reply_email(n: int) -> EmailMessage:
    reply = EmailMessage()
    reply["From"], reply["To"], reply["Subject"] = LEE, f"{ANN}, {ASSISTANT}", "Accepted: Sync"
    reply["Message-ID"] = f"<reply-{n}-{time.time_ns()}@gmail.com>"
    reply.set_content("Lee Park has accepted this invitation.\n")
    reply.add_alternative(
        FIXTURE.read_bytes(),
        maintype="text",
        subtype="calendar",
        params={"method": "REPLY", "charset": "UTF-8"},
    )
    return reply


def time_replies(runtime: Runtime, gw_port: int, runs: int) -> dict[str, list[float]]:
    """Gmail's REPLY for a booked meeting: in -> the attendee's status updated."""
    with runtime.db.session() as s:
        meeting = s.query(MeetingRow).order_by(MeetingRow.id).first()
        if meeting is None:
            raise RuntimeError("no meeting was booked by the request runs")
        meeting.uid, meeting.attendees = FIXTURE_UID, [ANN, LEE]
        meeting_id = meeting.id
    times = []
    for n in range(runs):
        with runtime.db.session() as s:
            s.get(MeetingRow, meeting_id).attendee_status = {}
        started = time.monotonic()
        send(gw_port, reply_email(n))
        while True:
            with runtime.db.session() as s:
                if s.get(MeetingRow, meeting_id).attendee_status.get(LEE) == "ACCEPTED":
                    break
            if time.monotonic() - started > 60:
                raise TimeoutError("the REPLY was not applied within 60 s")
            time.sleep(0.005)
        times.append(time.monotonic() - started)
    return {"calendar REPLY -> status updated": times}


def stage_times(runtime: Runtime) -> dict[str, list[float]]:
    """Per job kind: recorded to finished (queue wait + run), over the request runs."""
    stages: dict[str, list[float]] = {}
    with runtime.db.session() as s:
        for kind, created, finished in s.execute(
            select(JobRow.kind, JobRow.created_at, JobRow.finished_at).order_by(JobRow.id)
        ).all()[3:]:  # past the warm-up's jobs
            if finished is not None and kind != "scheduling.followup":
                stages.setdefault(kind, []).append((finished - created).total_seconds())
    return stages


def run(runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="deskmate-bench-")))
        sink, sink_port, gw_port = Sink(), free_port(), free_port()
        settings = load_settings(
            environ={},
            data_dir=tmp / "var",
            database_url=f"sqlite:///{tmp / 'bench.sqlite3'}",
            assistant_addresses=(ASSISTANT,),
            allowed_sender_domains=("example.com",),
            default_timezone="Europe/Berlin",
            smtp_relay=f"127.0.0.1:{sink_port}",
        )
        migrate.upgrade(settings.sqlalchemy_url)
        runtime = Runtime.from_settings(settings)
        stack.callback(runtime.db.dispose)
        collection = make_collection(
            stack.enter_context(running_radicale(tmp / "dav")), "ann", "work"
        )
        for service in (
            Controller(sink, hostname="127.0.0.1", port=sink_port),
            server.controller(runtime, port=gw_port),
            jobs.load(runtime),
        ):
            service.start()
            stack.callback(service.stop)
        results = time_requests(runtime, sink, gw_port, collection, runs)
        stages = stage_times(runtime)
        return {**results, **time_replies(runtime, gw_port, runs)}, stages


def report(results: dict[str, list[float]], stages: dict[str, list[float]], runs: int) -> None:
    print(f"scheduling end to end, {runs} runs each, SQLite, embedded runner, this machine's CPU")
    print(f"{'path':44} {'p50 s':>7} {'p95 s':>7} {'max s':>7}")
    for name, values in results.items():
        p50, p95 = statistics.median(values), pct(values, 0.95)
        print(f"{name:44} {p50:7.3f} {p95:7.3f} {max(values):7.3f}")
    print("\nrequest runs by stage (job recorded -> finished, both calendars)")
    for name, values in stages.items():
        p50, p95 = statistics.median(values), pct(values, 0.95)
        print(f"  {name:42} {p50:7.3f} {p95:7.3f} {max(values):7.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    count = parser.parse_args().runs
    report(*run(count), count)
