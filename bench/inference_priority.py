"""Interactive latency while long batch work runs: priority scheduler vs plain FIFO.

    python3 bench/inference_priority.py [--seconds 60] [--recording 48] [--chunk 8]

Batch load, a stand-in for a long transcription (no whisper handler was on main when this was
written): one BATCH request of ``--recording`` long texts (~100 words each, like transcript
chunks) to the embedding model, submitted again as soon as it finishes; batches hold at most
``--chunk`` inputs. Meanwhile a person's short request (one sentence, INTERACTIVE) is sent every
0.5 s and its latency taken. With FIFO it waits behind the rest of the recording; with the
priority scheduler only behind the batch already executing.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.inference_common import embed_scheduler, long_texts, parse_args, percentile, sentences  # noqa: E402
from services.inference import Priority, WorkerUnavailable  # noqa: E402


def measure(
    use_priority: bool, seconds: float, recording: int, chunk_size: int, device: str
) -> dict[str, float]:
    """Interactive latency percentiles and batch throughput for one scheduler mode."""
    scheduler = embed_scheduler(device, max_batch=chunk_size, use_priority=use_priority)
    chunks = long_texts(recording, words=100)
    scheduler.submit("embed", chunks[:4]).result()  # warm-up
    stop = threading.Event()
    batch_items = 0

    def transcription() -> None:
        nonlocal batch_items
        while not stop.is_set():
            try:
                scheduler.submit("embed", chunks, Priority.BATCH).result()
            except WorkerUnavailable:  # closed while a recording was queued: the run is over
                return
            batch_items += len(chunks)

    worker = threading.Thread(target=transcription)
    worker.start()
    time.sleep(1.0)  # the recording's chunks are queued
    latencies: list[float] = []
    texts = itertools.cycle(sentences(64))
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        t0 = time.monotonic()
        scheduler.submit("embed", [next(texts)], Priority.INTERACTIVE).result()
        latencies.append(time.monotonic() - t0)
        time.sleep(0.5)
    stop.set()
    batch_rate = batch_items / (time.monotonic() - started)
    scheduler.close()
    worker.join()
    return {
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "n": len(latencies),
        "batch_rate": batch_rate,
    }


def main() -> None:
    args, device = parse_args(__doc__ or "", seconds=60.0, recording=48, chunk=8)
    print(
        f"interactive embed latency during batch work ({args.recording} x ~100-word texts per "
        f"request, batches of {args.chunk}), {args.seconds:.0f} s each, device {device}"
    )
    rows = {}
    for label, use_priority in (("plain FIFO", False), ("priority scheduler", True)):
        r = rows[use_priority] = measure(
            use_priority, args.seconds, args.recording, args.chunk, device
        )
        print(
            f"  {label:20s} p50 {r['p50'] * 1000:8.0f} ms   p95 {r['p95'] * 1000:8.0f} ms   "
            f"({r['n']:.0f} requests; batch work {r['batch_rate']:.1f} texts/s)"
        )
    print(f"  p95 improvement: {rows[False]['p95'] / rows[True]['p95']:.1f}x")


if __name__ == "__main__":
    main()
