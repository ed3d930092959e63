"""A stand-in child for supervisor tests: records its pid, stops cleanly on SIGTERM.

Usage: ``python -m tests.foundation.fake_role NAME DIR [--crash|--stubborn]``; ``--crash``
exits 3 at once, ``--stubborn`` ignores SIGTERM.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path


def main(name: str, folder: Path, mode: str) -> int:
    with open(folder / f"{name}.pids", "a") as f:
        f.write(f"{os.getpid()}\n")
    if mode == "--crash":
        return 3
    if mode == "--stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        while True:
            time.sleep(0.1)

    def stopped(*_: object) -> None:
        (folder / f"{name}.stopped.{os.getpid()}").touch()
        sys.exit(0)

    signal.signal(signal.SIGTERM, stopped)
    while True:
        time.sleep(0.1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), (sys.argv[3:] or [""])[0]))
