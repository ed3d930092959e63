"""The one exception tree of the understanding package."""

from __future__ import annotations


class UnderstandError(Exception):
    """Base of every error raised while reading an email or a time expression."""


class BadInput(UnderstandError):
    """The caller passed something unusable (unknown zone, naive datetime, unreadable file)."""


class ModelMissing(UnderstandError):
    """The trained intent model or an embedding model could not be loaded."""
