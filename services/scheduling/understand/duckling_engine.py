"""A thin, thread-safe edge around Duckling (package ``pyduckling-native-phihos``).

Duckling is loaded once per process (its Haskell runtime starts on import); each call
gets a context with the reference time and zone and returns the raw entities.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.scheduling.understand.errors import ModelMissing

_LOCK = threading.Lock()
_DUCKLING_LANG = {"en": "EN", "es": "ES", "fr": "FR", "de": "DE", "ro": "RO"}


@dataclass(frozen=True)
class Entity:
    """One Duckling match: its span in the text, dimension and value dict."""

    start: int
    end: int
    dim: str
    value: dict[str, Any]


def _zoneinfo_dir() -> str:
    system = Path("/usr/share/zoneinfo")
    if (system / "UTC").exists():
        return str(system)
    try:
        return str(importlib.resources.files("tzdata") / "zoneinfo")
    except ModuleNotFoundError as e:  # pragma: no cover - tzdata is a dependency
        raise ModelMissing("no zoneinfo database: install the tzdata package") from e


@functools.cache
def _duckling() -> tuple[Any, Any]:
    try:
        import duckling
    except ImportError as e:
        raise ModelMissing("Duckling is missing: pip install pyduckling-native-phihos") from e
    return duckling, duckling.load_time_zones(_zoneinfo_dir())


def parse(
    text: str, *, now: dt.datetime, tz: str, lang: str, dims: tuple[str, ...], latent: bool = False
) -> list[Entity]:
    """Duckling's entities for ``text`` seen from ``now`` in zone ``tz``."""
    duckling, tzdb = _duckling()
    with _LOCK:
        ref = duckling.parse_ref_time(tzdb, tz, int(now.timestamp()))
        locale = duckling.default_locale_lang(duckling.parse_lang(_DUCKLING_LANG.get(lang, "EN")))
        context = duckling.Context(ref, locale)
        raw = duckling.parse(text, context, duckling.parse_dimensions(list(dims)), latent)
    return [Entity(e["start"], e["end"], e["dim"], e["value"]) for e in raw]
