"""Who the meeting is with: the headers minus the assistant, plus addresses in the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mail_gateway.message import InboundMessage

_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")
# Addresses named as contacts rather than guests ("for urgent matters contact support@...").
_NOT_A_GUEST = re.compile(
    r"(?:contact|write to|email us at|reach us at|unsubscribe|escríbenos|contactez|"
    r"kontaktieren)\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class People:
    """The organizer and the guest list (lower-cased, in order of appearance)."""

    organizer: str
    attendees: tuple[str, ...]
    from_body: tuple[str, ...]


def addresses_in(text: str) -> list[str]:
    """Email addresses written in ``text`` that read as guests, lower-cased, in order."""
    found = []
    for m in _ADDRESS.finditer(text):
        address = m.group(0).rstrip(".").lower()
        if _NOT_A_GUEST.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        found.append(address)
    return found


def people(message: InboundMessage, assistant_addresses: tuple[str, ...] | list[str]) -> People:
    """From, To and Cc minus the assistant's addresses, plus the guests named in the body."""
    assistant = {a.lower() for a in assistant_addresses}
    ordered: dict[str, None] = {}
    for address in (message.sender, *message.to, *message.cc):
        if address and address.lower() not in assistant:
            ordered.setdefault(address.lower(), None)
    body = [a for a in addresses_in(message.text) if a not in assistant]
    for address in body:
        ordered.setdefault(address, None)
    return People(message.sender.lower(), tuple(ordered), tuple(dict.fromkeys(body)))
