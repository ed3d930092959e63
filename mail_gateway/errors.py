"""The mail gateway's exceptions: one tree, mapped to SMTP codes or job outcomes at the edges."""

from __future__ import annotations


class MailError(Exception):
    """Base of every error the mail gateway raises."""


class InvalidEmailError(MailError, ValueError):
    """An outgoing email is malformed: a bad address, a header that would inject others."""


class HeaderInjectionError(InvalidEmailError):
    """A header value or address carries CR/LF, which would let user text add headers."""


class InboundNotFoundError(MailError, LookupError):
    """No stored inbound message has that id (or it has not been parsed yet)."""


class DkimUnavailable(MailError):
    """DNS for DKIM keys did not answer; the job retries before judging the sender."""


class DeliveryError(MailError):
    """The relay did not take a message; ``permanent`` when retrying cannot help (5xx)."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
