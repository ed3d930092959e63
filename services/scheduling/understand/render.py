"""The JSON shapes of ``deskmate schedule parse`` and ``schedule when``."""

from __future__ import annotations

from typing import Any

from services.scheduling.intent import MeetingIntent, TimeCandidate


def candidate_json(c: TimeCandidate | None) -> dict[str, Any]:
    """``{"start", "end"}`` as ISO 8601 with offsets (nulls when nothing was found)."""
    if c is None:
        return {"start": None, "end": None}
    return {"start": c.start.isoformat(), "end": c.end.isoformat() if c.end else None}


def intent_json(intent: MeetingIntent) -> dict[str, Any]:
    """Everything ``MeetingIntent`` holds, times as ISO 8601 with offsets."""
    return {
        "intent": intent.intent,
        "title": intent.title,
        "organizer": intent.organizer,
        "attendees": list(intent.attendees),
        "duration_minutes": intent.duration_minutes,
        "candidates": [
            {**candidate_json(c), "text": c.text, "grain": c.grain} for c in intent.candidates
        ],
        "timezone": intent.timezone,
        "location": intent.location,
        "confidence": intent.confidence,
        "problems": list(intent.problems),
        "evidence": list(intent.evidence),
    }
