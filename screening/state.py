"""A conversation's state: a frozen value stored as JSON with the candidate session."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

IN_PROGRESS, QUALIFIED, KNOCKED_OUT, NEEDS_REVIEW = (
    "in_progress",
    "qualified",
    "knocked_out",
    "needs_review",
)
STATUSES = (QUALIFIED, NEEDS_REVIEW, IN_PROGRESS, KNOCKED_OUT)  # best first
ASKING, BOOKING, DONE = "asking", "booking", "done"


@dataclass(frozen=True)
class Answer:
    """One question's outcome: the value (None if unclear), the words it came from, status."""

    value: Any
    evidence: str
    status: str  # "ok" | "needs_review"
    said: str  # what the candidate wrote (bounded), for the recruiter


@dataclass(frozen=True)
class SlotChoice:
    """An interview slot offered to the candidate."""

    start: str  # ISO 8601 with offset
    end: str
    label: str


@dataclass(frozen=True)
class State:
    phase: str = ASKING
    index: int = 0  # the pending question
    attempts: int = 0  # unclear answers to the pending question
    status: str = IN_PROGRESS
    answers: dict[str, Answer] = field(default_factory=dict)
    knockout: str | None = None
    slots: tuple[SlotChoice, ...] = ()
    booked_uid: str | None = None
    booked_slot: SlotChoice | None = None
    unanswered: tuple[str, ...] = ()
    human_requested: bool = False

    def with_answer(self, qid: str, answer: Answer) -> State:
        return replace(self, answers={**self.answers, qid: answer})

    def clear_values(self) -> dict[str, Any]:
        """Question id -> value for answers understood (the only input to the rules)."""
        return {k: a.value for k, a in self.answers.items() if a.status == "ok"}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> State:
        if not data:
            return cls()
        booked = data.get("booked_slot")
        return cls(
            phase=data["phase"],
            index=data["index"],
            attempts=data["attempts"],
            status=data["status"],
            answers={k: Answer(**v) for k, v in data["answers"].items()},
            knockout=data.get("knockout"),
            slots=tuple(SlotChoice(**s) for s in data.get("slots", ())),
            booked_uid=data.get("booked_uid"),
            booked_slot=SlotChoice(**booked) if booked else None,
            unanswered=tuple(data.get("unanswered", ())),
            human_requested=data.get("human_requested", False),
        )
