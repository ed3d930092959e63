"""Embedding throughput with dynamic batching on (max batch 32) vs off (max batch 1).

    python3 bench/inference_batching.py [--clients 16] [--seconds 15] [--device auto]

16 client threads each send one sentence per request, back to back, through the in-process
scheduler (the same path ``deskmate worker`` serves). Goal: batching >= 3x the unbatched rate.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.inference_common import embed_scheduler, parse_args, sentences  # noqa: E402
from services.inference import Priority  # noqa: E402
from services.inference.metrics import WorkerMetrics  # noqa: E402


def measure(max_batch: int, clients: int, seconds: float, device: str) -> tuple[float, float]:
    """(requests per second, mean batch size) for one configuration."""
    metrics = WorkerMetrics()
    scheduler = embed_scheduler(device, max_batch=max_batch, hooks=metrics)
    texts = itertools.cycle(sentences(512))
    lock = threading.Lock()
    scheduler.submit("embed", [next(texts)]).result()  # warm-up
    before = _batch_totals(metrics)
    done = 0
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal done
        while time.monotonic() < deadline:
            with lock:
                text = next(texts)
            scheduler.submit("embed", [text], Priority.INTERACTIVE).result()
            with lock:
                done += 1

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    items, batches = (a - b for a, b in zip(_batch_totals(metrics), before, strict=True))
    scheduler.close()
    return done / elapsed, items / max(batches, 1)


def _batch_totals(metrics: WorkerMetrics) -> tuple[float, float]:
    samples = {
        s.name: s.value
        for m in metrics.batch_size.collect()
        for s in m.samples
        if s.labels.get("model") == "embed"
    }
    return samples.get("deskmate_inference_batch_size_sum", 0.0), samples.get(
        "deskmate_inference_batch_size_count", 0.0
    )


def main() -> None:
    args, device = parse_args(__doc__ or "", seconds=15.0, clients=16)
    print(
        f"embedding throughput, {args.clients} concurrent clients, 1 sentence/request, "
        f"{args.seconds:.0f} s each, device {device}"
    )
    results = {}
    for label, max_batch in (("batching off (max batch 1)", 1), ("batching on (max batch 32)", 32)):
        rate, mean_batch = measure(max_batch, args.clients, args.seconds, device)
        results[max_batch] = rate
        print(f"  {label:28s} {rate:8.1f} req/s   mean batch {mean_batch:5.1f}")
    ratio = results[32] / results[1]
    print(f"  speed-up: {ratio:.1f}x (goal >= 3x) {'PASS' if ratio >= 3 else 'FAIL'}")


if __name__ == "__main__":
    main()
