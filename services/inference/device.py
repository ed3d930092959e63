"""Which device the models run on, and how much memory it holds."""

from __future__ import annotations

import os
import resource
import sys


def pick_device(setting: str) -> str:
    """``cuda`` when asked for, or ``auto`` and a GPU is visible; ``cpu`` otherwise."""
    if setting == "cpu":
        return "cpu"
    import torch

    if setting == "cuda" or torch.cuda.is_available():
        return "cuda"
    return "cpu"


def limit_cpu_threads(threads: int) -> int:
    """Set torch's intra-op threads for CPU inference (0: half the cores, at least one).

    Two lanes share the cores (see ``scheduler``), and on a small machine the web app and the
    SMTP edge need a core too; torch's default of every core makes them all thrash.
    """
    import torch

    wanted = threads or max(1, (os.cpu_count() or 2) // 2)
    torch.set_num_threads(wanted)
    return wanted


def memory_bytes(device: str) -> dict[str, int]:
    """Memory in use: CUDA allocated/reserved on a GPU, resident set size of the process else."""
    if device.startswith("cuda"):
        import torch

        if torch.cuda.is_available():
            return {
                "cuda_allocated": int(torch.cuda.memory_allocated()),
                "cuda_reserved": int(torch.cuda.memory_reserved()),
            }
    return {"rss": _rss_bytes()}


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
    except OSError:  # not Linux: the peak is the best the stdlib offers
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(peak if sys.platform == "darwin" else peak * 1024)
    return pages * os.sysconf("SC_PAGE_SIZE")
