"""Where the meeting happens: a video link (Zoom, Meet, Teams, Webex) or a room."""

from __future__ import annotations

import re

_VIDEO = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|"
    r"webex\.com|whereby\.com|meet\.jit\.si)/[^\s<>)\"']*",
    re.IGNORECASE,
)
_ROOM = re.compile(
    r"\b(?:in\s+)?(?:room|meeting room|conference room|sala|salle|raum|besprechungsraum|"
    r"sala de reuniones)"
    r"\s+(?P<name>[A-Z0-9][\w.-]*)",
    re.IGNORECASE,
)


def find_location(text: str) -> tuple[str, str]:
    """The location and how it was found ("" and "" when none)."""
    video = _VIDEO.search(text)
    if video:
        return video.group(0).rstrip(".,;"), f"video link {video.group(0)!r}"
    room = _ROOM.search(text)
    if room:
        label = room.group(0).strip()
        label = re.sub(r"^in\s+", "", label, flags=re.IGNORECASE).rstrip(".,;")
        return label, f"room named in {room.group(0)!r}"
    return "", ""
