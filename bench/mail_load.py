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
    """Handler process: runs mail.handle_inbound jobs until ``expect`` messages are handled."""
    from sqlalchemy import func, select

    from mail_gateway.models import InboundMail
    from services.jobs import load_handlers
    from services.jobs.executor import Executor
    from services.runtime import Runtime
    from services.storage.models import JobRow

    load_handlers()
    runtime = Runtime.from_settings(_settings(dict(os.environ)))
    executor = Executor(runtime)

    def work(n: int) -> None:
        while True:
            with runtime.db.session() as s:
                done = s.scalar(select(func.count()).select_from(InboundMail)
                                .where(InboundMail.state != "received"))
                ids = s.scalars(select(JobRow.id).where(
                    JobRow.kind == "mail.handle_inbound", JobRow.state == "queued")
                    .order_by(JobRow.id).limit(20)).all()
            if done >= expect:
                return
            if not ids:
                time.sleep(0.02)
            for job_id in ids[n::threads]:
                job = executor.claim(job_id, f"bench-{n}")
                if job is not None:
                    executor.run(job, f"bench-{n}")

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def client(port: int, messages: int, sessions: int) -> None:
    """Python load client: ``sessions`` connections, each sending its share in turn."""
    accepted, refused = [], []
    run_id = f"{os.getpid()}.{int(time.time())}"

    def send(n: int) -> None:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
            smtp.ehlo("bench.example.com")
            for i in range(n, messages, sessions):
                raw = (f"From: Lena <{SENDER}>\r\nTo: {ASSISTANT}\r\nSubject: Sync {i}\r\n"
                       f"Message-ID: <bench-{run_id}-{i}@example.com>\r\n\r\n"
                       f"Can we meet on Tuesday at {i % 24}:00 about item {i}?\r\n").encode()
                try:
                    smtp.sendmail(SENDER, [ASSISTANT], raw)
                    accepted.append(i)
                except smtplib.SMTPException:
                    refused.append(i)

    start = time.perf_counter()
    threads = [threading.Thread(target=send, args=(n,)) for n in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps({"accepted": len(accepted), "refused": len(refused),
                      "seconds": time.perf_counter() - start}))


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


def scenario(name: str, loader: str, fsync: bool, messages: int, sessions: int, db_url: str) -> dict:
    """Run one load scenario in fresh processes and return its figures."""
    from sqlalchemy import func, select

    from mail_gateway.models import InboundMail
    from services.runtime import Runtime
    from services.storage import as_utc, migrate

    folder = Path(tempfile.mkdtemp(prefix="mail-bench-"))
    url = _fresh_database(db_url) if db_url else f"sqlite:///{folder / 'bench.sqlite3'}"
    migrate.upgrade(url)
    port = _free_port()
    env = {**os.environ, "DESKMATE_DATA_DIR": str(folder / "var"), "DESKMATE_DATABASE_URL": url,
           "DESKMATE_SMTP_PORT": str(port), "DESKMATE_ASSISTANT_ADDRESSES": ASSISTANT,
           "DESKMATE_ALLOWED_SENDER_DOMAINS": "example.com",
           "DESKMATE_SMTP_MAX_PER_SENDER_PER_MINUTE": str(messages * 10)}
    me = [sys.executable, str(Path(__file__).resolve())]
    gateway = subprocess.Popen([*me, "serve", "--fsync", str(int(fsync))], env=env)
    _wait_port(port, gateway)
    handler = subprocess.Popen([*me, "handle", "--expect", str(messages)], env=env)
    if loader == "python":
        out = subprocess.run([*me, "client", "--port", str(port), "--messages", str(messages),
                              "--sessions", str(sessions)], env=env, capture_output=True,
                             text=True, check=True)
        load = json.loads(out.stdout)
    else:
        start = time.perf_counter()
        subprocess.run(["/usr/sbin/smtp-source", "-m", str(messages), "-s", str(sessions),
                        "-f", SENDER, "-t", ASSISTANT, "-S", "Sync", "-l", "200",
                        f"127.0.0.1:{port}"], check=True, env=env)
        load = {"accepted": messages, "refused": 0, "seconds": time.perf_counter() - start}
    try:
        handler.wait(timeout=600)
    finally:
        gateway.send_signal(signal.SIGTERM)
        gateway.wait(timeout=30)
    runtime = Runtime.from_settings(_settings(env))
    with runtime.db.session() as s:
        rows = s.execute(select(InboundMail.received_at, InboundMail.handled_at)
                         .where(InboundMail.state != "received")).all()
        stored = s.scalar(select(func.count()).select_from(InboundMail))
    runtime.db.dispose()
    if db_url:
        _drop_database(db_url, url)
    latencies = sorted((as_utc(h) - as_utc(r)).total_seconds() for r, h in rows)
    return {
        "scenario": name, "accepted": load["accepted"], "refused": load["refused"],
        "accepted_per_s": load["accepted"] / load["seconds"], "stored": stored,
        "handled": len(rows), "lost": load["accepted"] - len(rows),
        "e2e_p50": statistics.median(latencies), "e2e_p95": latencies[int(len(latencies) * 0.95) - 1],
        "e2e_max": latencies[-1],
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
    parser.add_argument("--db-url", default="",
                        help="PostgreSQL server URL (a fresh database is made per scenario); "
                             "default: a fresh SQLite file per scenario")
    args = parser.parse_args()
    if args.mode == "serve":
        return serve(bool(args.fsync))
    if args.mode == "handle":
        return handle(args.expect, args.threads)
    if args.mode == "client":
        return client(args.port, args.messages, args.sessions)
    results = [
        scenario("python client, fsync", "python", True, args.messages, args.sessions, args.db_url),
        scenario("smtp-source, fsync", "smtp-source", True, args.messages, args.sessions, args.db_url),
        scenario("python client, no fsync", "python", False, args.messages, args.sessions, args.db_url),
    ]
    print(f"\n{args.messages} messages, {args.sessions} concurrent sessions, "
          f"database {'SQLite' if not args.db_url else args.db_url.split(':')[0]}")
    print(f"{'scenario':<26}{'accepted/s':>11}{'stored':>8}{'handled':>9}{'lost':>6}"
          f"{'e2e p50 s':>11}{'p95 s':>8}{'max s':>8}")
    for r in results:
        print(f"{r['scenario']:<26}{r['accepted_per_s']:>11.1f}{r['stored']:>8}{r['handled']:>9}"
              f"{r['lost']:>6}{r['e2e_p50']:>11.3f}{r['e2e_p95']:>8.3f}{r['e2e_max']:>8.3f}")


if __name__ == "__main__":
    main()
