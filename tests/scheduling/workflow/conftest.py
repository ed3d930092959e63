"""Fixtures for the workflow: settings for the assistant, a real SMTP sink as the relay, a job
drain, and inbound messages built from typed values."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import smtplib
import socket
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from mail_gateway.message import InboundMessage
from services.jobs import load_handlers
from services.jobs.context import Job, JobContext
from services.jobs.executor import Executor
from services.runtime import Runtime
from services.scheduling.intent import MeetingIntent, TimeCandidate
from services.storage import utcnow
from services.storage.models import JobRow
from tests.scheduling.calendar.conftest import caldav_collection, radicale_url  # noqa: F401

ASSISTANT = "amy@deskmate.localhost"
ANN = "ann@example.com"  # internal organizer, Europe/Berlin
LEE = "lee@partner.org"  # external guest
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


@dataclass
class Sink:
    """An SMTP server standing in for the relay: keeps every message it receives."""

    port: int = 0
    messages: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd API)
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 OK"


@pytest.fixture
def sink() -> Iterator[Sink]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Sink(port)
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler
    controller.stop()


@pytest.fixture
def gateway_port(sched_runtime: Runtime) -> Iterator[int]:
    """deskmate's real SMTP gateway for ``sched_runtime``, on a free port."""
    from mail_gateway import server

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = server.controller(sched_runtime, port=port, fsync=False)
    controller.start()
    yield port
    controller.stop()


def smtp_send(port: int, message: EmailMessage, recipients: list[str]) -> None:
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        smtp.send_message(message, to_addrs=recipients)


@pytest.fixture
def sched_runtime(make_settings, db_url: str, sink: Sink) -> Iterator[Runtime]:
    """A runtime whose outgoing mail goes to ``sink``; example.com people are internal."""
    settings = make_settings(
        database_url=db_url,
        assistant_addresses=(ASSISTANT,),
        allowed_sender_domains=("example.com",),
        default_timezone="Europe/Berlin",
        smtp_relay=f"127.0.0.1:{sink.port}",
    )
    rt = Runtime.from_settings(settings)
    load_handlers()
    yield rt
    rt.db.dispose()


def drain(runtime: Runtime, *, include_delayed: bool = False) -> list[str]:
    """Run queued jobs until none is due (optionally making delayed ones due); their kinds."""
    if include_delayed:
        with runtime.db.session() as s:
            s.execute(update(JobRow).where(JobRow.state == "queued").values(run_after=utcnow()))
    executor, kinds = Executor(runtime), []
    while (outcome := executor.run_next("test")) is not None:
        with runtime.db.session() as s:
            row = s.get(JobRow, outcome.job_id)
            assert row is not None and row.state == "succeeded", (row.kind, row.error)
            kinds.append(row.kind)
    return kinds


def job_context(runtime: Runtime, inbound_id: int = 1, attempt: int = 1) -> JobContext:
    """The context a runner gives the ``scheduling.inbound_email`` handler."""
    with runtime.db.session() as s:
        row = JobRow(
            kind="scheduling.inbound_email",
            payload={"inbound_id": inbound_id},
            state="running",
            attempts=attempt,
        )
        s.add(row)
        s.flush()
        job_id = row.id
    return JobContext(
        Job(job_id, "scheduling.inbound_email", {"inbound_id": inbound_id}, attempt, 5), runtime
    )


def next_weekday(weekday: int, hour: int, minute: int = 0, weeks: int = 1) -> dt.datetime:
    """``weekday`` (0 = Monday) at least a week ahead, at ``hour`` Berlin time."""
    today = utcnow().astimezone(BERLIN).date()
    day = today + dt.timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks)
    return dt.datetime.combine(day, dt.time(hour, minute), BERLIN)


def inbound(
    msg_id: int,
    *,
    sender: str = ANN,
    text: str = "",
    thread: str = "thread-1@example.com",
    trusted: bool = True,
    subject: str = "Sync about the Q4 plan",
) -> InboundMessage:
    return InboundMessage(
        id=msg_id,
        message_id=f"m{msg_id}@example.com" if msg_id > 1 else thread,
        in_reply_to="" if msg_id == 1 else thread,
        references=() if msg_id == 1 else (thread,),
        thread_id=thread,
        sender=sender,
        sender_name="",
        to=(LEE,),
        cc=(ASSISTANT,),
        subject=subject,
        date=utcnow(),
        text=text,
        full_text=text,
        trusted=trusted,
    )


def intent(
    *starts: dt.datetime,
    kind: str = "schedule",
    confidence: float = 0.9,
    minutes: int = 20,
    problems: tuple[str, ...] = (),
) -> MeetingIntent:
    return MeetingIntent(
        kind,
        "Sync about the Q4 plan",
        ANN,
        (LEE,),
        minutes,  # type: ignore[arg-type]
        tuple(TimeCandidate(s, None, f"{s:%A} at {s:%H:%M}") for s in starts),
        "Europe/Berlin",
        "https://meet.example.com/q4",
        confidence,
        problems,
        tuple(f"understood '{s:%A} at {s:%H:%M}' as {s.isoformat()}" for s in starts),
    )


def calendar_part(message: EmailMessage) -> tuple[str, str]:
    """(method parameter, text) of the text/calendar alternative of a sent message."""
    for part in message.walk():
        if part.get_content_type() == "text/calendar" and not part.get_filename():
            return part.get_param("method") or "", part.get_content()
    raise AssertionError("no text/calendar alternative in the message")


def outbox_count(runtime: Runtime) -> int:
    from mail_gateway.models import OutboundMail

    with runtime.db.session() as s:
        return len(s.scalars(select(OutboundMail.id)).all())
