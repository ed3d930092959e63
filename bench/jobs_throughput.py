"""Job runner throughput and latency: embedded threads vs Celery over Redis, same run.

Runs no-op jobs through each runner against the real PostgreSQL (and SQLite for the
embedded runner in another process, which can only poll) and prints jobs/second for a
batch and end-to-end latency (enqueue -> finished, from the rows' timestamps) for jobs
enqueued one at a time.

    python3 bench/jobs_throughput.py [--jobs 300] [--latency 40] [--threads 4]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from services.config import Settings, load_settings  # noqa: E402
from services.jobs import enqueue, handler  # noqa: E402
from services.jobs.context import JobContext  # noqa: E402
from services.jobs.runner import wait_finished as all_finished  # noqa: E402
from services.runtime import Runtime  # noqa: E402
from services.storage import as_utc, migrate  # noqa: E402
from services.storage.models import JobRow  # noqa: E402

PG_ADMIN = os.environ.get(
    "DESKMATE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS = os.environ.get("DESKMATE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@handler("bench.noop", backoff_seconds=0.01)
def noop(ctx: JobContext) -> None:
    """Does nothing: the figures measure the runner, not the work."""


@contextmanager
def postgres_db() -> Iterator[str]:
    name = f"deskmate_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        migrate.upgrade(url)
        yield url
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def settings_for(url: str, data_dir: Path, **extra: object) -> Settings:
    return load_settings(
        environ={}, data_dir=data_dir, database_url=url, jobs_poll_seconds=0.5, **extra
    )


def child_env(s: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKMATE_")}
    env.update(
        DESKMATE_DATA_DIR=str(s.data_dir),
        DESKMATE_DATABASE_URL=s.sqlalchemy_url,
        DESKMATE_JOBS_BACKEND=s.jobs_backend,
        DESKMATE_JOBS_THREADS=str(s.jobs_threads),
        DESKMATE_CELERY_BROKER_URL=s.celery_broker_url,
        DESKMATE_CELERY_QUEUE=s.celery_queue,
        PYTHONPATH=str(REPO),
    )
    return env


def wait_finished(rt: Runtime, timeout: float = 300) -> None:
    """Until no job is queued or running; polls every 50 ms (part of a batch's time)."""
    if not all_finished(rt.db, timeout=timeout, interval=0.05):
        raise RuntimeError(f"jobs still unfinished after {timeout}s")


def measure(rt: Runtime, jobs: int, latency_runs: int) -> tuple[float, list[float]]:
    """(jobs per second for a batch, per-job latencies in ms for single enqueues)."""
    start = time.perf_counter()
    with rt.db.session() as s:
        for _ in range(jobs):
            enqueue(s, "bench.noop", {})
    wait_finished(rt)
    rate = jobs / (time.perf_counter() - start)
    latencies = []
    for _ in range(latency_runs):
        with rt.db.session() as s:
            job_id = enqueue(s, "bench.noop", {}).id
        wait_finished(rt)
        with rt.db.session() as s:
            row = s.get(JobRow, job_id)
            assert row is not None and row.finished_at is not None
            latencies.append(
                (as_utc(row.finished_at) - as_utc(row.created_at)).total_seconds() * 1000
            )
    return rate, latencies


@contextmanager
def subprocess_runner(
    args: list[str], settings: Settings, ready: Callable[[], None]
) -> Iterator[None]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "services", *args, "--import", "bench.jobs_throughput"],
        cwd=REPO,
        env=child_env(settings),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ready()
        yield
    finally:
        proc.terminate()
        proc.wait(60)


def warm_up(rt: Runtime) -> None:
    with rt.db.session() as s:
        enqueue(s, "bench.noop", {})
    wait_finished(rt, timeout=120)


def run_case(
    name: str, settings: Settings, runner: str, jobs: int, latency_runs: int
) -> tuple[str, float, list[float]]:
    rt = Runtime.from_settings(settings)
    try:
        if runner == "in-process":
            from services.jobs.embedded import EmbeddedRunner

            embedded = EmbeddedRunner(rt)
            embedded.start()
            try:
                warm_up(rt)
                rate, lat = measure(rt, jobs, latency_runs)
            finally:
                embedded.stop(30)
        else:
            args = (
                ["jobs", "run"]
                if runner == "jobs run"
                else ["jobs", "worker", "--loglevel=WARNING"]
            )
            detach: Callable[[], None] = lambda: None  # noqa: E731
            if settings.jobs_backend == "celery":
                from services.jobs.celery_runner import attach

                detach = attach(rt)
            with subprocess_runner(args, settings, lambda: warm_up(rt)):
                rate, lat = measure(rt, jobs, latency_runs)
            detach()
        return name, rate, lat
    finally:
        rt.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=300)
    parser.add_argument("--latency", type=int, default=40)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--only", default="", help="run only runners whose name has this")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        sqlite_url = f"sqlite:///{data / 'bench.sqlite3'}"
        migrate.upgrade(sqlite_url)
        cases = [
            ("embedded, in-process, PostgreSQL", "in-process", {}),
            ("embedded, other process, PostgreSQL (NOTIFY)", "jobs run", {}),
            ("embedded, other process, SQLite (poll 0.5 s)", "jobs run", {"sqlite": True}),
            ("celery over Redis, PostgreSQL", "celery", {"celery": True}),
        ]
        for name, runner, opts in [c for c in cases if args.only in c[0]]:
            with postgres_db() as pg_url:
                url = sqlite_url if opts.get("sqlite") else pg_url
                extra: dict[str, object] = {"jobs_threads": args.threads}
                if opts.get("celery"):
                    extra.update(
                        jobs_backend="celery",
                        celery_broker_url=REDIS,
                        celery_queue=f"deskmate-bench-{uuid.uuid4().hex[:8]}",
                    )
                settings = settings_for(url, data, **extra)
                rows.append(run_case(name, settings, runner, args.jobs, args.latency))
                if opts.get("sqlite"):
                    sqlite_path = data / "bench.sqlite3"
                    sqlite_path.unlink()
                    migrate.upgrade(sqlite_url)
    print(
        f"{args.jobs} no-op jobs per batch, {args.latency} single jobs for latency, "
        f"{args.threads} threads"
    )
    print(f"{'runner':<48} {'jobs/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for name, rate, lat in rows:
        q = statistics.quantiles(lat, n=20)
        print(f"{name:<48} {rate:>8.1f} {statistics.median(lat):>8.1f} {q[18]:>8.1f}")


if __name__ == "__main__":
    main()
