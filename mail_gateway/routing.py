"""Where a received message goes: a pure decision over what was parsed and who sent it."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass

from mail_gateway.parsing import ParsedMessage
from mail_gateway.trust import Trust

SCHEDULING_JOB = "scheduling.inbound_email"
TRANSCRIPTION_JOB = "transcription.inbound_recording"
ITIP_ANSWERS = {"REPLY", "COUNTER", "REFRESH", "DECLINECOUNTER"}
# words of someone sending a recording for notes ("the recording of today's call", "please
# transcribe", "take notes"): a file sent with them that is not audio gets meeting notes'
# "that was not a recording" reply instead of going to scheduling
ASKS_FOR_NOTES = re.compile(
    r"\b(?:recording|recorded|transcri(?:be|bed|pt|ption)|take notes|meeting notes|minutes of|"
    r"notes (?:of|from|for) (?:the|this|our|my|that|today's|yesterday's) (?:\w+ )?"
    r"(?:meeting|call|session|recording|attached))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Route:
    """The decision for one message.

    ``state`` is the row's final state (handled | ignored | refused), ``job`` the product job
    to enqueue ("" for none), ``reply`` whether to send the one polite unknown-sender reply.
    """

    name: str
    state: str
    note: str
    job: str = ""
    reply: bool = False


def decide(
    parsed: ParsedMessage, *, trust: Trust, on_known_thread: bool, reply_to_unknown: bool
) -> Route:
    """Route ``parsed``; the order matters (a bounce is also auto-submitted, and so on)."""
    if parsed.from_assistant:
        return Route("loop", "ignored", "sent from the assistant's own address")
    if parsed.delivery_report is not None:
        return Route("bounce", "handled", "delivery-status notification")
    if trust.spoofed:
        return Route("spoofed", "refused", trust.reason)
    methods = {part.method for part in parsed.calendar_parts}
    if methods & ITIP_ANSWERS:
        answer = ", ".join(sorted(methods & ITIP_ANSWERS))
        return Route("itip", "handled", f"calendar {answer}", job=SCHEDULING_JOB)
    if parsed.auto_submitted:
        return Route("auto_reply", "ignored", parsed.auto_reason)
    if not trust.trusted and not on_known_thread:
        return Route("unknown_sender", "refused", trust.reason, reply=reply_to_unknown)
    who = "trusted sender" if trust.trusted else "guest on a known thread"
    recordings = [a.filename for a in parsed.attachments if _is_media(a.content_type, a.filename)]
    if recordings:
        return Route(
            "recording", "handled", f"{who}: {', '.join(recordings)}", job=TRANSCRIPTION_JOB
        )
    files = [a.filename for a in parsed.attachments if _is_file(a.content_type)]
    if files and ASKS_FOR_NOTES.search(f"{parsed.subject}\n{parsed.text}"):
        named = ", ".join(files)
        return Route("recording", "handled", f"{who}: {named}, not audio", job=TRANSCRIPTION_JOB)
    return Route("scheduling", "handled", f"{who}: meeting request", job=SCHEDULING_JOB)


def _is_file(content_type: str) -> bool:
    """An attached file, not a signature's picture or a calendar invitation."""
    kind = content_type.lower()
    return not kind.startswith("image/") and kind not in ("text/calendar", "application/ics")


def _is_media(content_type: str, filename: str) -> bool:
    """Audio or video, also when a client labelled it application/octet-stream."""
    if content_type == "application/octet-stream":
        content_type = mimetypes.guess_type(filename)[0] or content_type
    return content_type.split("/")[0] in ("audio", "video")
