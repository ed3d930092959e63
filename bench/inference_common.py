"""Shared pieces of the inference benchmarks: realistic texts and percentiles."""

from __future__ import annotations

import argparse
import os
import random
import statistics
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.inference.scheduler import Scheduler

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SUBJECTS = [
    "Can we meet",
    "Could you send the notes",
    "Please review the offer",
    "I'd like to reschedule our call",
    "Is the candidate available",
    "Let's discuss the budget",
    "The interview panel asked",
]
TAILS = [
    "next Tuesday at 3pm?",
    "before Friday's standup.",
    "with the hiring manager in Berlin.",
    "after the quarterly review.",
    "for thirty minutes on Zoom.",
    "sometime this week.",
]


def sentences(n: int, seed: int = 7) -> list[str]:
    """``n`` short email-like sentences (8-20 words), deterministic."""
    rng = random.Random(seed)
    return [
        f"{rng.choice(SUBJECTS)} {rng.choice(TAILS)} Thanks, {rng.choice(['Ana', 'Bo', 'Chen'])}."
        for _ in range(n)
    ]


def long_texts(n: int, words: int = 180, seed: int = 11) -> list[str]:
    """``n`` long texts (~``words`` words each, like a transcript chunk), deterministic."""
    rng = random.Random(seed)
    vocab = " ".join(SUBJECTS + TAILS).split()
    return [" ".join(rng.choice(vocab) for _ in range(words)) for _ in range(n)]


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def parse_args(doc: str, seconds: float, **options: int) -> tuple[argparse.Namespace, str]:
    """Arguments ``--seconds``, ``--device`` and integer ``options``; plus the device picked."""
    from services.inference.device import pick_device

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=seconds)
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    for name, default in options.items():
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args()
    return args, pick_device(args.device)


def embed_scheduler(device: str, **options: object) -> Scheduler:
    """A scheduler serving only the embedding model, already loaded (5 ms batching window)."""
    from services.inference.models import MODELS
    from services.inference.scheduler import Scheduler

    options.setdefault("max_wait_ms", 5)
    scheduler = Scheduler(registry={"embed": MODELS["embed"]}, device=device, **options)  # type: ignore[arg-type]
    scheduler.load("embed")
    return scheduler
