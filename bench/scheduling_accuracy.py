"""Figures for understanding scheduling emails (issue #6), with peers in the same run.

    python3 bench/scheduling_accuracy.py [--repeat N] [--threads N]

Prints: accuracy on the hand-written corpus (intent, first start, duration, attendees),
the Duckling English corpus pass rate for ``resolve`` next to plain dateparser and plain
Duckling, and parse latency p50/p95 once the models are loaded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import warnings
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.scheduling.understand import duckling_engine  # noqa: E402
from services.scheduling.understand.embedder import local_embedder  # noqa: E402
from services.scheduling.understand.evaluate import evaluate  # noqa: E402
from services.scheduling.understand.timeparse import resolve  # noqa: E402

CORPUS = ROOT / "tests" / "scheduling" / "understand" / "corpus"
DUCKLING_CORPUS = ROOT.parent / "shared" / "peer" / "duckling_time_en.json"


def duckling_corpus() -> None:
    corpus = json.loads(DUCKLING_CORPUS.read_text())
    tz = corpus["tz"]
    now = dt.datetime.fromisoformat(corpus["now"]).replace(tzinfo=zoneinfo.ZoneInfo(tz))
    import dateparser

    settings = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "TIMEZONE": tz,
        "RETURN_AS_TIMEZONE_AWARE": True,
    }
    ours = plain_dp = plain_duckling = 0
    for case in corpus["cases"]:
        want = dt.datetime.fromisoformat(case["start"])
        found = resolve(case["text"], now=now, tz=tz, lang="en", latent=True)
        ours += bool(found) and found[0].start == want
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = dateparser.parse(case["text"], languages=["en"], settings=settings)
        plain_dp += got is not None and got == want
        raw = duckling_engine.parse(
            case["text"], now=now, tz=tz, lang="en", dims=("time",), latent=True
        )
        value = raw[0].value if raw else {}
        start = value.get("value") or (value.get("from") or {}).get("value")
        plain_duckling += start is not None and dt.datetime.fromisoformat(start) == want
    n = len(corpus["cases"])
    print(f"\nDuckling English corpus ({n} expressions, exact start):")
    for name, hits in (
        ("deskmate resolve", ours),
        ("plain Duckling", plain_duckling),
        ("plain dateparser", plain_dp),
    ):
        print(f"  {name:<18} {hits:>3}/{n}  {hits / n:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed passes over the corpus for latency"
    )
    parser.add_argument(
        "--threads", type=int, default=1, help="torch CPU threads (1 avoids thrashing a busy box)"
    )
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    print(f"torch CPU threads: {torch.get_num_threads()}")
    embed = local_embedder()
    started = time.perf_counter()
    embed(["warm up"])
    print(f"models loaded in {time.perf_counter() - started:.1f} s")
    score = evaluate(CORPUS, embed)
    print(f"\nHand-written corpus ({score.totals['intent']} emails, EN/ES/FR/DE/RO):")
    goals = {"intent": 0.95, "start": 0.90, "duration": 0.90, "attendees": 0.90}
    for measure, goal in goals.items():
        print(
            f"  {measure:<10} {score.hits[measure]:>3}/{score.totals[measure]:<3} "
            f"{score.rate(measure):6.1%}  (goal {goal:.0%})"
        )
    for miss in score.misses:
        print("   miss:", miss)
    duckling_corpus()
    latencies: list[float] = []
    for _ in range(args.repeat):
        latencies += evaluate(CORPUS, embed).latencies
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(
        f"\nParse latency, models loaded ({len(latencies)} parses): "
        f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
        "(goal p50 < 100 ms)"
    )


if __name__ == "__main__":
    main()
