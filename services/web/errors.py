"""The web shell's exception tree."""

from __future__ import annotations


class WebError(Exception):
    """Base of the web shell's errors."""


class AccountError(WebError):
    """An account could not be created or changed; the message says what was wrong."""
