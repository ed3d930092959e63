"""An email in, a :class:`MeetingIntent` out: the pure decision at the heart of scheduling.

Each part (intent, times, duration, people, place) comes from its own module; this one
combines them, checks the result for reasons to ask instead of guess, scores confidence
and writes down the evidence for every decision.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from mail_gateway.message import InboundMessage
from services.scheduling.intent import IntentKind, MeetingIntent, TimeCandidate
from services.scheduling.understand import checks, languages
from services.scheduling.understand.attendees import people
from services.scheduling.understand.classify import IntentGuess, classify
from services.scheduling.understand.cues import cues_found
from services.scheduling.understand.durations import find_durations
from services.scheduling.understand.embedder import Embedder, local_embedder
from services.scheduling.understand.location import find_location
from services.scheduling.understand.timeparse import resolve
from services.scheduling.understand.zones import zone_of

_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|rv|r|sv|invitation|updated invitation|accepted|"
    r"meeting request)\s*:\s*)+",
    re.IGNORECASE,
)
_TIMED = {"hour", "minute"}
# A move verb, then the word that introduces the new time ("to", "al", "à", "auf", "pe").
_MOVE_TO = re.compile(
    r"(?:move|push|reschedul\w*|postpone|shift|mover|cambiar|aplazar|deplacer|decaler|reporter|"
    r"verschieb\w*|verleg\w*|muta\w*|amana\w*).*?\s(?:to|until|al|a|a la|au|auf|pe|for)\s",
    re.S,
)


def understand(
    message: InboundMessage,
    *,
    assistant_addresses: tuple[str, ...] | list[str],
    default_tz: str,
    default_minutes: int,
    sender_tz: str | None = None,
    embed: Embedder | None = None,
) -> MeetingIntent:
    """What ``message`` asks the assistant to do.

    Args:
        message: the newest message only (quotes and signature already removed).
        assistant_addresses: the assistant's own addresses, never attendees.
        default_tz: the deployment's zone, used when the sender has none.
        default_minutes: meeting length when the email names none.
        sender_tz: the sender's zone setting, when known.
        embed: sentence embedder (the inference worker's); a local MiniLM when None.
    """
    evidence: list[str] = []
    tz = sender_tz or default_tz
    zone = zone_of(tz)
    evidence.append(f"time zone {tz} ({'sender setting' if sender_tz else 'deployment default'})")
    now = message.date
    if now is None:
        now = dt.datetime.now(zone)
        evidence.append("no Date header: 'now' is the time of reading")
    text = message.text
    lang = languages.detect(f"{message.subject}\n{text}")
    evidence.append(f"language {lang}")

    intent, guess = _intent(message, embed or local_embedder(), evidence)
    candidates = [
        c for c in resolve(text, now=now, tz=tz, lang=lang) if c.grain in _TIMED | {"day"}
    ]
    if intent == "reschedule":
        candidates = _new_times_first(text, candidates, evidence)
    for c in candidates:
        evidence.append(
            f"time {c.text!r} -> {c.start.isoformat()}"
            + (f" to {c.end.isoformat()}" if c.end else "")
        )
    duration = _duration(text, candidates, default_minutes, evidence)
    who = people(message, assistant_addresses)
    if who.from_body:
        evidence.append("attendees named in the body: " + ", ".join(who.from_body))
    location, where = find_location(text)
    if where:
        evidence.append(f"location from {where}")
    problems = _problems(intent, text, candidates, now)
    for p in problems:
        evidence.append(f"problem: {p}")
    confidence = _confidence(intent, guess, candidates, problems)
    return MeetingIntent(
        intent=intent,
        title=_title(message.subject, who.attendees, message.sender_name or message.sender),
        organizer=who.organizer,
        attendees=who.attendees,
        duration_minutes=duration,
        candidates=tuple(candidates),
        timezone=tz,
        location=location,
        confidence=round(confidence, 3),
        problems=tuple(problems),
        evidence=tuple(evidence),
    )


def _intent(
    message: InboundMessage, embed: Embedder, evidence: list[str]
) -> tuple[IntentKind, IntentGuess]:
    guess = classify(f"{message.subject}\n{message.text}", embed)
    scores = ", ".join(
        f"{k} {v:.2f}" for k, v in sorted(guess.scores.items(), key=lambda kv: -kv[1])
    )
    evidence.append(f"classifier: {scores}")
    cues = {k: v for k, v in cues_found(f"{message.subject}\n{message.text}").items() if v}
    if cues:
        evidence.append("cue words: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in cues.items()))
    if message.auto_submitted:
        evidence.append(
            "automatic or bulk mail (Auto-Submitted/Precedence/List headers): no action"
        )
        return "none", guess
    label: IntentKind = guess.label  # type: ignore[assignment]
    return label, guess


def _fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch)
    )


def _new_times_first(
    text: str, candidates: list[TimeCandidate], evidence: list[str]
) -> list[TimeCandidate]:
    """In "move tomorrow's review to Friday at 3pm" the time after the move is the new one."""
    folded = _fold(text)
    move = _MOVE_TO.search(folded)
    if move is None:
        return candidates
    old = [c for c in candidates if 0 <= folded.find(_fold(c.text)) < move.end()]
    new = [c for c in candidates if c not in old]
    for c in old:
        evidence.append(f"{c.text!r} names the meeting being moved, not a new time")
    return new or candidates


def _duration(text: str, candidates: list[TimeCandidate], default: int, evidence: list[str]) -> int:
    mentions = find_durations(text)
    if mentions:
        evidence.append(f"duration {mentions[0].minutes} min from {mentions[0].text!r}")
        return mentions[0].minutes
    for c in candidates:
        if c.end is not None and c.start < c.end <= c.start + dt.timedelta(hours=12):
            minutes = int((c.end - c.start).total_seconds() // 60)
            evidence.append(f"duration {minutes} min from the range {c.text!r}")
            return minutes
    evidence.append(f"duration {default} min (default: none written)")
    return default


def _problems(
    intent: IntentKind, text: str, candidates: list[TimeCandidate], now: dt.datetime
) -> list[str]:
    if intent == "none":
        return []
    problems = checks.impossible_dates(text, now.year)
    problems += checks.weekday_conflicts(text, now)
    problems += checks.past_times(candidates, now) or checks.past_dates(text, now)
    if intent in {"schedule", "reschedule"} and not any(c.grain in _TIMED for c in candidates):
        problems.append("no time of day given" if candidates else "no time given")
    return problems


def _confidence(
    intent: IntentKind, guess: IntentGuess, candidates: list[TimeCandidate], problems: list[str]
) -> float:
    """Classifier probability, lowered when readings compete or something is missing."""
    ranked = sorted(guess.scores.values(), reverse=True)
    confidence = guess.probability
    if len(ranked) > 1 and ranked[0] - ranked[1] < 0.2:
        confidence *= 0.75  # two intents compete
    if intent in {"schedule", "reschedule"}:
        if not candidates:
            confidence *= 0.5
        elif not any(c.grain in _TIMED for c in candidates):
            confidence *= 0.7
    if problems:
        confidence *= 0.5
    return max(0.0, min(1.0, confidence))


def _title(subject: str, attendees: tuple[str, ...], sender: str) -> str:
    title = _SUBJECT_PREFIX.sub("", subject).strip()
    if title:
        return title
    names = [a.split("@")[0] for a in attendees[:3]]
    return "Meeting with " + ", ".join(names) if names else f"Meeting with {sender}"
