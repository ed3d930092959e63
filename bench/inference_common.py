"""Shared pieces of the inference benchmarks: realistic texts and percentiles."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
from typing import TYPE_CHECKING

import numpy as np

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


def embed_scheduler(device: str, *extra_models: str, **options: object) -> Scheduler:
    """A scheduler serving the embedding model (and ``extra_models``), all loaded now."""
    from services.inference.models import MODELS
    from services.inference.scheduler import Scheduler

    options.setdefault("max_wait_ms", 5)
    registry = {name: MODELS[name] for name in ("embed", *extra_models)}
    scheduler = Scheduler(registry=registry, device=device, **options)  # type: ignore[arg-type]
    for name in registry:
        scheduler.load(name)
    return scheduler


def speech_chunk(seconds: float = 30.0) -> np.ndarray:
    """``seconds`` of synthetic English speech (espeak-ng, resampled by sox), 16 kHz float32."""
    script = " ".join(sentences(40))
    wav = subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", "160", "--stdout", script],
        capture_output=True,
        check=True,
    ).stdout
    raw = subprocess.run(
        [
            "sox",
            "-t",
            "wav",
            "-",
            "-r",
            "16000",
            "-c",
            "1",
            "-b",
            "16",
            "-e",
            "signed",
            "-t",
            "raw",
            "-",
        ],
        input=wav,
        capture_output=True,
        check=True,
    ).stdout
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    return samples[: int(seconds * 16000)]
