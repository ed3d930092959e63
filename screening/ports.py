"""The conversation's outside world in production: the inference worker and the calendar."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Sequence

from screening.jobdef import JobDef
from screening.material import Found, cache_key, embed_texts, find_answer
from screening.state import SlotChoice
from services.runtime import Runtime
from services.scheduling.intent import Slot

log = logging.getLogger(__name__)
QUESTION_TIMEOUT = 1.0  # a waiting candidate gets the word-overlap answer rather than a stall
PASSAGES_TIMEOUT = 15.0  # once per job and process: the passages' vectors are cached
_VECTORS: dict[str, list[Sequence[float]]] = {}
_VECTORS_LOCK = threading.Lock()


class RuntimePorts:
    """Ports for one candidate: answers from the job material, slots and invites from scheduling."""

    def __init__(
        self, runtime: Runtime, candidate_name: str, candidate_email: str, now: dt.datetime
    ) -> None:
        self.runtime = runtime
        self.name = candidate_name
        self.email = candidate_email
        self.now = now

    def _embed(self, texts: list[str]) -> Sequence[Sequence[float]]:
        from services.inference import Priority

        timeout = QUESTION_TIMEOUT if len(texts) == 1 else PASSAGES_TIMEOUT
        vectors = self.runtime.inference.run(
            "embed", texts, priority=Priority.INTERACTIVE, timeout=timeout
        )
        return [list(map(float, v)) for v in vectors]

    def _passage_vectors(self, job: JobDef) -> None:
        """Embed a job's passages once, even when many candidates ask at the same moment."""
        key = cache_key(job)
        if key in _VECTORS:
            return
        with _VECTORS_LOCK:
            if key not in _VECTORS:
                if len(_VECTORS) > 256:
                    _VECTORS.clear()
                _VECTORS[key] = list(self._embed(embed_texts(job)))

    def answer_question(self, job: JobDef, text: str) -> Found:
        try:
            self._passage_vectors(job)
            return find_answer(job, text, self._embed, _VECTORS)
        except Exception as e:  # the worker is down or busy: word overlap still answers honestly
            log.warning("embedding retrieval unavailable, using word overlap: %s", e)
            return find_answer(job, text, None)

    def offer_slots(self, job: JobDef) -> list[SlotChoice]:
        if not job.recruiter:
            return []
        from services.scheduling import booking

        try:
            slots = booking.offer_slots(
                self.runtime, job.recruiter, job.interview_minutes, now=self.now, count=3
            )
        except Exception as e:  # no calendar: the recruiter arranges the time by email instead
            log.warning("cannot offer interview slots for %s: %s", job.id, e)
            return []
        return [slot_choice(s, self.runtime.settings.tz) for s in slots]

    def book(self, job: JobDef, slot: SlotChoice) -> str | None:
        from services.scheduling import booking
        from services.scheduling.errors import SlotUnavailable

        when = Slot(dt.datetime.fromisoformat(slot.start), dt.datetime.fromisoformat(slot.end))
        try:
            uid = booking.book(
                self.runtime,
                organizer=job.recruiter,
                attendees=[self.email],
                slot=when,
                title=f"Interview: {job.title} with {self.name}",
                description=f"Interview for {job.title}, booked by the deskmate screener.",
                location=job.location,
            )
        except SlotUnavailable as e:  # taken since it was offered: the candidate picks again
            log.info("slot %s no longer free for %s: %s", slot.start, job.recruiter, e)
            return None
        return str(uid)


def slot_choice(slot: Slot, tz: dt.tzinfo) -> SlotChoice:
    """A calendar slot as the candidate sees it, in the company's time zone."""
    local = slot.start.astimezone(tz)
    label = f"{local:%A %d %B, %H:%M}\u2013{slot.end.astimezone(tz):%H:%M} ({local.tzname()})"
    return SlotChoice(slot.start.isoformat(), slot.end.isoformat(), label)
