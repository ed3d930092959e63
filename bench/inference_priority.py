"""Interactive latency while long batch work runs: priority scheduler vs plain FIFO.

    python3 bench/inference_priority.py [--seconds 60] [--recording 48] [--chunk 8]
    python3 bench/inference_priority.py --audio-minutes 10 --chunk 1 --seconds 120

Batch load: one BATCH request of ``--recording`` long texts (~100 words each, like transcript
chunks) to the embedding model, or with ``--audio-minutes N`` a real transcription of N minutes
of speech (2N chunks of 30 s, espeak-ng) by ``whisper-tiny.en``; submitted again as soon as it
finishes; batches hold at most ``--chunk`` inputs. Meanwhile a person's short request (one
sentence, INTERACTIVE) is sent every 0.5 s and its latency taken. With FIFO it waits behind
the rest of the recording; with the priority scheduler only behind the batch already executing.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.inference_common import (  # noqa: E402
    embed_scheduler,
    long_texts,
    parse_args,
    percentile,
    sentences,
    speech_chunk,
)
from services.inference import Priority, WorkerUnavailable  # noqa: E402


def measure(
    use_priority: bool, seconds: float, work: tuple[str, list[Any]], chunk_size: int, device: str
) -> dict[str, float]:
    """Interactive latency percentiles and batch throughput for one scheduler mode."""
    model, chunks = work
    extra = () if model == "embed" else (model,)
    scheduler = embed_scheduler(device, *extra, max_batch=chunk_size, use_priority=use_priority)
    scheduler.submit(model, chunks[:1]).result()  # warm-up
    stop = threading.Event()
    batch_items = 0

    def transcription() -> None:
        nonlocal batch_items
        while not stop.is_set():
            try:
                scheduler.submit(model, chunks, Priority.BATCH).result()
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
    args, device = parse_args(
        __doc__ or "", seconds=60.0, recording=48, chunk=8, **{"audio-minutes": 0}
    )
    if args.audio_minutes:
        chunk = speech_chunk(30.0)
        work: tuple[str, list[Any]] = (
            "whisper-tiny.en",
            [{"audio": chunk, "language": "en"}] * (2 * args.audio_minutes),
        )
        what = f"a {args.audio_minutes}-minute transcription (whisper-tiny.en, 30 s chunks)"
    else:
        work = ("embed", long_texts(args.recording, words=100))
        what = f"{args.recording} x ~100-word texts per request"
    print(
        f"interactive embed latency during {what}, batches of {args.chunk}, "
        f"{args.seconds:.0f} s each, device {device}"
    )
    rows = {}
    for label, use_priority in (("plain FIFO", False), ("priority scheduler", True)):
        r = rows[use_priority] = measure(use_priority, args.seconds, work, args.chunk, device)
        print(
            f"  {label:20s} p50 {r['p50'] * 1000:8.0f} ms   p95 {r['p95'] * 1000:8.0f} ms   "
            f"({r['n']:.0f} requests; batch work {r['batch_rate']:.2f} inputs/s)"
        )
    print(f"  p95 improvement: {rows[False]['p95'] / rows[True]['p95']:.1f}x")


if __name__ == "__main__":
    main()
