"""Load the SMTP gateway with 1,000 messages from a separate process and measure it.

    python3 bench/mail_load.py [--messages 1000] [--sessions 4] [--db-url URL]

Each scenario gets a fresh data dir and database, a gateway process, a handler process
(running ``mail.handle_inbound`` jobs through the real job executor) and a load process:
the Python client (smtplib, one connection per session) or Postfix's ``smtp-source``.
Printed per scenario: accepted messages per second (first connect to last 250), seconds
from 250 to handled (p50/p95/max), and messages lost (250 given but not stored and handled).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ASSISTANT = "amy@deskmate.localhost"
SENDER = "lena@example.com"


def _settings(env: dict[str, str]):
    from services.config import load_settings

    return load_settings(environ=env)


def serve(fsync: bool) -> None:
    """Gateway process (like ``deskmate gateway``), with fsync switchable for the comparison."""
    from mail_gateway.server import controller
    from services.runtime import Runtime

    runtime = Runtime.from_settings(_settings(dict(os.environ)))
    server = controller(runtime, fsync=fsync)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server.start()
    stop.wait()
    server.stop()


def handle(expect: int, threads: int) -> None:
    """Job process: the real embedded runner, limited to the gateway's own job kinds (product
    handlers would measure scheduling, not mail), until ``expect`` messages are handled."""
    from sqlalchemy import func, select

    import mail_gateway.jobs  # noqa: F401  (registers the gateway's handlers, and only those)
    from mail_gateway.models import InboundMail
    from services.jobs.embedded import EmbeddedRunner
    from services.runtime import Runtime

    logging.basicConfig(level=logging.ERROR)  # product jobs fail here for want of a handler
    runtime = Runtime.from_settings(_settings(dict(os.environ)))
    runner = EmbeddedRunner(runtime, threads=threads)
    runner.start()
    deadline = time.monotonic() + 900
    try:
        while time.monotonic() < deadline:
            with runtime.db.session() as s:
                done = s.scalar(
                    select(func.count())
                    .select_from(InboundMail)
                    .where(InboundMail.state != "received")
                )
            if done >= expect:
                return
            time.sleep(0.05)
    finally:
        runner.stop()


def _message(run_id: str, i: int) -> bytes:
    return (
        f"From: Lena <{SENDER}>\r\nTo: {ASSISTANT}\r\nSubject: Sync {i}\r\n"
        f"Message-ID: <bench-{run_id}-{i}@example.com>\r\n\r\n"
        f"Can we meet on Tuesday at {i % 24}:00 about item {i}?\r\n"
    ).encode()


def client(port: int, messages: int, sessions: int) -> None:
    """Python load client: ``sessions`` connections, each sending its share in turn."""
    accepted, refused = [], []
    run_id = f"{os.getpid()}.{int(time.time())}"

    def send(n: int) -> None:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
            smtp.ehlo("bench.example.com")
            for i in range(n, messages, sessions):
                try:
                    smtp.sendmail(SENDER, [ASSISTANT], _message(run_id, i))
                    accepted.append(i)
                except smtplib.SMTPException:
                    refused.append(i)

    start = time.perf_counter()
    threads = [threading.Thread(target=send, args=(n,)) for n in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(
        json.dumps(
            {
                "accepted": len(accepted),
                "refused": len(refused),
                "seconds": time.perf_counter() - start,
            }
        )
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if proc.poll() is not None:
            raise SystemExit("gateway exited during start")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gateway did not start")


def _fresh_database(admin_url: str) -> str:
    """A new, empty PostgreSQL database next to ``admin_url`` (never the admin one itself)."""
    from sqlalchemy import create_engine, text

    name = f"mail_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


def _drop_database(admin_url: str, url: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def _probe(port: int, runtime, count: int) -> list[float]:
    """Idle latency: one message at a time, each waited for until handled."""
    from sqlalchemy import select

    from mail_gateway.models import InboundMail
    from services.storage import as_utc

    latencies = []
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for i in range(count):
            message_id = f"bench-probe-{i}@example.com"  # what _message("probe", i) carries
            smtp.sendmail(SENDER, [ASSISTANT], _message("probe", i))
            for _ in range(2000):
                with runtime.db.session() as s:
                    row = s.execute(
                        select(InboundMail.received_at, InboundMail.handled_at).where(
                            InboundMail.message_id == message_id
                        )
                    ).first()
                if row is not None and row.handled_at is not None:
                    latencies.append(
                        (as_utc(row.handled_at) - as_utc(row.received_at)).total_seconds()
                    )
                    break
                time.sleep(0.005)
    return latencies


def scenario(
    name: str, loader: str, fsync: bool, messages: int, sessions: int, db_url: str, probe: int = 20
) -> dict:
    """Run one load scenario in fresh processes and return its figures."""
    from sqlalchemy import func, select

    from mail_gateway.models import InboundMail
    from services.runtime import Runtime
    from services.storage import as_utc, migrate
    from services.storage.models import JobRow

    folder = Path(tempfile.mkdtemp(prefix="mail-bench-"))
    url = _fresh_database(db_url) if db_url else f"sqlite:///{folder / 'bench.sqlite3'}"
    migrate.upgrade(url)
    port = _free_port()
    env = {
        **os.environ,
        "DESKMATE_DATA_DIR": str(folder / "var"),
        "DESKMATE_DATABASE_URL": url,
        "DESKMATE_SMTP_PORT": str(port),
        "DESKMATE_ASSISTANT_ADDRESSES": ASSISTANT,
        "DESKMATE_ALLOWED_SENDER_DOMAINS": "example.com",
        "DESKMATE_SMTP_MAX_PER_SENDER_PER_MINUTE": str(messages * 10),
    }
    me = [sys.executable, str(Path(__file__).resolve())]
    gateway = subprocess.Popen([*me, "serve", "--fsync", str(int(fsync))], env=env)
    _wait_port(port, gateway)
    handler = subprocess.Popen([*me, "handle", "--expect", str(messages + probe)], env=env)
    if loader == "python":
        out = subprocess.run(
            [
                *me,
                "client",
                "--port",
                str(port),
                "--messages",
                str(messages),
                "--sessions",
                str(sessions),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        load = json.loads(out.stdout)
    else:
        start = time.perf_counter()
        subprocess.run(
            [
                "/usr/sbin/smtp-source",
                "-m",
                str(messages),
                "-s",
                str(sessions),
                "-f",
                SENDER,
                "-t",
                ASSISTANT,
                "-S",
                "Sync",
                "-l",
                "200",
                f"127.0.0.1:{port}",
            ],
            check=True,
            env=env,
        )
        # smtp-source reports no per-message status: "accepted" is what got stored
        load = {"accepted": None, "refused": 0, "seconds": time.perf_counter() - start}
    runtime = Runtime.from_settings(_settings(env))
    try:
        while handler.poll() is None:  # every job (the product ones too) drains first
            with runtime.db.session() as s:
                if (
                    s.scalar(
                        select(func.count())
                        .select_from(JobRow)
                        .where(JobRow.state.in_(("queued", "running")))
                    )
                    == 0
                ):
                    break
            time.sleep(0.1)
        idle = _probe(port, runtime, probe) if handler.poll() is None else []
        handler.wait(timeout=600)
        if handler.returncode != 0 or not idle:
            raise SystemExit(f"{name}: the job process failed (exit {handler.returncode})")
    finally:
        gateway.send_signal(signal.SIGTERM)
        gateway.wait(timeout=30)
    with runtime.db.session() as s:
        rows = s.execute(
            select(InboundMail.received_at, InboundMail.handled_at).where(
                InboundMail.state != "received", InboundMail.message_id.not_like("bench-probe-%")
            )
        ).all()
        stored = s.scalar(
            select(func.count())
            .select_from(InboundMail)
            .where(InboundMail.message_id.not_like("bench-probe-%"))
        )
    runtime.db.dispose()
    if db_url:
        _drop_database(db_url, url)
    accepted = load["accepted"] if load["accepted"] is not None else stored
    latencies = sorted((as_utc(h) - as_utc(r)).total_seconds() for r, h in rows)
    span = (max(as_utc(h) for _, h in rows) - min(as_utc(r) for r, _ in rows)).total_seconds()
    return {
        "scenario": name,
        "accepted": accepted,
        "refused": load["refused"],
        "accepted_per_s": accepted / load["seconds"],
        "stored": stored,
        "handled": len(rows),
        "handled_per_s": len(rows) / span,
        "lost": accepted - len(rows),
        "e2e_p50": statistics.median(latencies),
        "e2e_p95": latencies[int(len(latencies) * 0.95) - 1],
        "e2e_max": latencies[-1],
        "idle_p50": statistics.median(idle),
        "idle_max": max(idle),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode")
    p_serve = sub.add_parser("serve")
    p_serve.add_argument("--fsync", type=int, default=1)
    p_handle = sub.add_parser("handle")
    p_handle.add_argument("--expect", type=int, required=True)
    p_handle.add_argument("--threads", type=int, default=2)
    p_client = sub.add_parser("client")
    p_client.add_argument("--port", type=int, required=True)
    p_client.add_argument("--messages", type=int, default=1000)
    p_client.add_argument("--sessions", type=int, default=4)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=4)
    parser.add_argument(
        "--db-url",
        default="",
        help="PostgreSQL server URL (a fresh database is made per scenario); "
        "default: a fresh SQLite file per scenario",
    )
    args = parser.parse_args()
    if args.mode == "serve":
        return serve(bool(args.fsync))
    if args.mode == "handle":
        return handle(args.expect, args.threads)
    if args.mode == "client":
        return client(args.port, args.messages, args.sessions)
    results = [
        scenario("python client, fsync", "python", True, args.messages, args.sessions, args.db_url),
        scenario(
            "smtp-source, fsync", "smtp-source", True, args.messages, args.sessions, args.db_url
        ),
        scenario(
            "python client, no fsync", "python", False, args.messages, args.sessions, args.db_url
        ),
    ]
    print(
        f"\n{args.messages} messages, {args.sessions} concurrent sessions, "
        f"database {'SQLite' if not args.db_url else args.db_url.split(':')[0]}"
    )
    print("e2e = seconds from 250 to handled under the load; idle = one message at a time")
    print(
        f"{'scenario':<26}{'accepted/s':>11}{'handled/s':>10}{'stored':>7}{'handled':>8}"
        f"{'lost':>5}{'e2e p50':>9}{'p95':>7}{'max':>7}{'idle p50':>9}{'max':>7}"
    )
    for r in results:
        print(
            f"{r['scenario']:<26}{r['accepted_per_s']:>11.1f}{r['handled_per_s']:>10.1f}"
            f"{r['stored']:>7}{r['handled']:>8}{r['lost']:>5}{r['e2e_p50']:>9.2f}"
            f"{r['e2e_p95']:>7.2f}{r['e2e_max']:>7.2f}{r['idle_p50']:>9.3f}{r['idle_max']:>7.3f}"
        )


if __name__ == "__main__":
    main()
