"""An action item: who will do what by when, and where in the meeting it was said."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ActionItem:
    """Something someone will do; ``owner`` and ``due`` are None unless they were said."""

    owner: str | None
    task: str
    due: dt.date | None
    speaker: str
    start: float
    quote: str
    # asked of someone who said no: nobody's work, unless someone else takes it on
    refused: bool = False
