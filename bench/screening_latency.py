"""Screening reply latency with 50 concurrent candidates against a real uvicorn server.

Runs the server in a child process (its own inference worker, in-process), drives it with
httpx from this process, and prints p50/p95/max per scenario:

  words      peer: questions answered by word overlap only (no model)
  minilm     the product: questions answered with MiniLM through the inference worker
  minilm+batch   the same while batch inference (BATCH priority) keeps the worker busy
  minilm+transcription   the same while a transcription runs on the same worker
                 (whisper-tiny.en, one 30 s chunk per BATCH request, as the pipeline sends)

Usage: python3 bench/screening_latency.py [--candidates 50] [--db sqlite|postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
JOB = "support-rep-remote"
SCRIPT = [
    "yes",
    "what does it pay?",
    "weekends mostly",
    "roughly six years at a call centre",
    "is there parking?",
    "sí, native speaker",
    "next Monday",
    "I like helping people.",
    "none",
]
BATCH_TEXT = "The meeting covered the quarterly roadmap, hiring plans and budget. " * 30


class NoWorker:
    """An inference client that is never there: the screener falls back to word overlap."""

    def run(self, *args, **kwargs):
        from services.inference import WorkerUnavailable

        raise WorkerUnavailable("benchmark peer without a worker")


def serve(port: int, db_url: str, data_dir: str, mode: str) -> None:
    """Child process: migrate, seed, and serve with uvicorn (rate limits off for the bench)."""
    import uvicorn

    from screening import web
    from screening.ratelimit import Limits
    from services.config import load_settings
    from services.inference import Priority
    from services.runtime import Runtime
    from services.storage import migrate
    from services.web.app import create_app

    migrate.upgrade(db_url)
    runtime = Runtime.from_settings(
        load_settings(environ={}, data_dir=Path(data_dir), database_url=db_url)
    )
    web.LIMITS = Limits(10**6, 10**6, 10**6)
    web.seed(runtime)
    if mode == "words":
        runtime.use_inference(NoWorker())  # type: ignore[arg-type]
    else:
        runtime.inference.run("embed", ["warm up"])  # load MiniLM before the clock starts
    if mode == "minilm+batch":

        def batch() -> None:
            while True:
                runtime.inference.run("embed", [BATCH_TEXT] * 64, priority=Priority.BATCH)

        threading.Thread(target=batch, daemon=True).start()
    if mode == "minilm+transcription":
        from bench.inference_common import speech_chunk

        chunk = {"audio": speech_chunk(30.0), "language": "en"}
        runtime.inference.run("whisper-tiny.en", [chunk], priority=Priority.BATCH)  # load

        def transcribe() -> None:
            while True:
                runtime.inference.run("whisper-tiny.en", [chunk], priority=Priority.BATCH)

        threading.Thread(target=transcribe, daemon=True).start()
    uvicorn.run(
        create_app(runtime), host="127.0.0.1", port=port, log_level="warning", timeout_keep_alive=30
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def candidate(
    client: httpx.AsyncClient, i: int, latencies: list[float], think: float
) -> None:
    rng = random.Random(i)
    t = time.perf_counter()
    r = await client.post(
        f"/api/jobs/{JOB}/sessions", json={"name": f"C{i}", "email": f"c{i}@example.com"}
    )
    latencies.append(time.perf_counter() - t)
    r.raise_for_status()
    sid = r.json()["session_id"]
    for text in SCRIPT:
        if think:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)  # the candidate reads and types
        t = time.perf_counter()
        r = await client.post(f"/api/sessions/{sid}/messages", json={"text": text})
        latencies.append(time.perf_counter() - t)
        r.raise_for_status()


async def drive(url: str, n: int, think: float) -> tuple[list[float], int]:
    latencies: list[float] = []
    # The client drops idle connections before the server's keep-alive ends (no reset races).
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n, keepalive_expiry=10)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        results = await asyncio.gather(
            *(candidate(client, i, latencies, think) for i in range(n)), return_exceptions=True
        )
    errors = [r for r in results if isinstance(r, BaseException)]
    for e in errors[:3]:
        print(f"  candidate failed: {e!r}", file=sys.stderr)
    return latencies, len(errors)


def run_scenario(mode: str, n: int, db_url: str, think: float) -> dict[str, float]:
    port = free_port()
    data = tempfile.mkdtemp(prefix="screening-bench-")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), db_url, data, mode], env=env, cwd=ROOT
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{url}/apply/{JOB}", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or child.poll() is not None:
                raise RuntimeError(f"{mode}: server did not start")
            time.sleep(0.3)
        if mode in ("minilm+batch", "minilm+transcription"):
            time.sleep(2)  # let the batch loop get going
        started = time.perf_counter()
        lat, errors = asyncio.run(drive(url, n, think))
        lat.sort()
        wall = time.perf_counter() - started
        alive = child.poll() is None
    finally:
        child.terminate()
        child.wait(20)
    q = statistics.quantiles(lat, n=100)
    return {
        "requests": len(lat),
        "p50_ms": q[49] * 1000,
        "p95_ms": q[94] * 1000,
        "max_ms": lat[-1] * 1000,
        "req_per_s": len(lat) / wall,
        "failed": errors,
        "server_alive": alive,
    }


def database(kind: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tempfile.mkdtemp(prefix='screening-bench-db-')}/bench.sqlite3"
    from sqlalchemy import create_engine, text

    admin_url = os.environ.get(
        "DESKMATE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--modes", default="words,minilm,minilm+batch")
    parser.add_argument(
        "--think",
        type=float,
        default=0.0,
        help="mean seconds a candidate takes to read and type (0: fire at once)",
    )
    args = parser.parse_args()
    print(
        f"{args.candidates} concurrent candidates x {len(SCRIPT) + 1} requests, "
        f"think={args.think}s, db={args.db}, "
        f"cpus={os.cpu_count()}, load={os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'scenario':14} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
        f"{'req/s':>7} failed"
    )
    for mode in args.modes.split(","):
        r = run_scenario(mode, args.candidates, database(args.db), args.think)
        print(
            f"{mode:14} {r['requests']:8d} {r['p50_ms']:8.0f} {r['p95_ms']:8.0f} "
            f"{r['max_ms']:8.0f} "
            f"{r['req_per_s']:7.1f} {r['failed']}{'' if r['server_alive'] else ' (server died)'}",
            flush=True,
        )


if __name__ == "__main__":
    main()
