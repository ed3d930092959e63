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
import datetime as dt
import email
import email.policy
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zoneinfo
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import caldav  # noqa: E402
import httpx  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402

from mail_gateway import server  # noqa: E402
from services import jobs  # noqa: E402
from services.config import load_settings  # noqa: E402
from services.runtime import Runtime  # noqa: E402
from services.scheduling import calendars  # noqa: E402
from services.scheduling.models import MeetingRow  # noqa: E402
from services.storage import migrate  # noqa: E402

ASSISTANT, ANN, LEE = "amy@deskmate.localhost", "ann@example.com", "lee.park@gmail.com"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
FIXTURE = ROOT / "tests" / "scheduling" / "calendar" / "fixtures" / "google_reply_accepted.ics"
FIXTURE_UID = "7d1f3c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b@deskmate.localhost"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


def start_radicale(storage: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(storage),
            "--auth-type",
            "none",
            "--logging-level",
            "error",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(200):
        try:
            httpx.get(url, timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    with caldav.DAVClient(url, username="ann", password="x") as client:
        cal = client.principal().make_calendar(name="work", cal_id="work")
    return proc, str(cal.url)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(runs: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="deskmate-bench-"))
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
    sink_ctl = Controller(sink, hostname="127.0.0.1", port=sink_port)
    sink_ctl.start()
    gateway = server.controller(runtime, port=gw_port)
    gateway.start()
    runner = jobs.load(runtime)
    runner.start()
    radicale, collection = start_radicale(tmp / "dav")
    today = dt.datetime.now(BERLIN).date()
    results: dict[str, list[float]] = {}
    try:
        # warm-up: loads the understanding models once, like a running service
        when = dt.datetime.combine(
            today + dt.timedelta(days=21 - today.weekday()), dt.time(9), BERLIN
        )
        msg = request_email(0, when)
        send(gw_port, msg)
        sink.wait(msg["Message-ID"].strip("<>"), timeout=300)
        for backend in ("local", "caldav"):
            with runtime.db.session() as s:
                row = calendars.ensure_row(s, ANN, "Europe/Berlin")
                row.backend, row.caldav_url = backend, collection if backend == "caldav" else ""
            times = []
            for n in range(runs):
                # a different weekday slot each run, two to three weeks ahead, 10:00-15:30
                day = today + dt.timedelta(days=14 + (7 - today.weekday()) + n % 5 + (n // 5) * 7)
                when = dt.datetime.combine(
                    day, dt.time(10 + n % 6, 30 if backend == "caldav" else 0), BERLIN
                )
                msg = request_email(n + 1 + (100 if backend == "caldav" else 0), when)
                started = time.monotonic()
                send(gw_port, msg)
                arrived = sink.wait(msg["Message-ID"].strip("<>"))
                times.append(arrived - started)
            results[f"request -> invite ({backend} calendar)"] = times
        # a Gmail REPLY for a booked meeting: in to status updated
        with runtime.db.session() as s:
            meeting = s.query(MeetingRow).order_by(MeetingRow.id).first()
            assert meeting is not None, "no meeting was booked"
            meeting.uid, meeting.attendees = FIXTURE_UID, [ANN, LEE]
            meeting_id = meeting.id
        times = []
        for n in range(runs):
            reply = EmailMessage()
            reply["From"], reply["To"], reply["Subject"] = (
                LEE,
                f"{ANN}, {ASSISTANT}",
                "Accepted: Sync",
            )
            reply["Message-ID"] = f"<reply-{n}-{time.time_ns()}@gmail.com>"
            reply.set_content("Lee Park has accepted this invitation.\n")
            reply.add_alternative(
                FIXTURE.read_bytes(),
                maintype="text",
                subtype="calendar",
                params={"method": "REPLY", "charset": "UTF-8"},
            )
            with runtime.db.session() as s:
                s.get(MeetingRow, meeting_id).attendee_status = {}
            started = time.monotonic()
            send(gw_port, reply)
            while True:
                with runtime.db.session() as s:
                    if s.get(MeetingRow, meeting_id).attendee_status.get(LEE) == "ACCEPTED":
                        break
                if time.monotonic() - started > 60:
                    raise TimeoutError("REPLY was not applied within 60 s")
                time.sleep(0.005)
            times.append(time.monotonic() - started)
        results["calendar REPLY -> status updated"] = times
    finally:
        runner.stop()
        gateway.stop()
        sink_ctl.stop()
        radicale.terminate()
        radicale.wait(10)
        runtime.db.dispose()
    print(f"scheduling end to end, {runs} runs each, SQLite, embedded runner, this machine's CPU")
    print(f"{'path':44} {'p50 s':>7} {'p95 s':>7} {'max s':>7}")
    for name, values in results.items():
        p50, p95 = statistics.median(values), pct(values, 0.95)
        print(f"{name:44} {p50:7.3f} {p95:7.3f} {max(values):7.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    run(parser.parse_args().runs)
