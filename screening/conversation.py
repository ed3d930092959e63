"""The screening conversation as a pure state machine: (job, state, message) -> (state, reply).

Side effects (retrieving from the job material, reading the recruiter's calendar, booking) go
through :class:`Ports`, so the decisions stay testable. Candidate text is only ever data: it is
read for values by :mod:`screening.answers`, and the rules in :mod:`screening.rules` decide.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Protocol

from screening import rules
from screening.answers import ORDINALS, display, understand
from screening.intents import split_message, wants_human
from screening.jobdef import JobDef, Question
from screening.material import Found
from screening.state import (
    ASKING,
    BOOKING,
    DONE,
    KNOCKED_OUT,
    NEEDS_REVIEW,
    QUALIFIED,
    Answer,
    SlotChoice,
    State,
)
from screening.textnorm import READ_LIMIT, fold, tokens

MAX_REASKS = 2
MAX_QUESTIONS = 3  # answered per message
NONE_OF_THEM = re.compile(
    r"\b(?:none|neither|no(?:ne)? of (?:these|them|those)|doesn'?t work|can'?t make)\b", re.I
)


class Ports(Protocol):
    """The conversation's view of the world outside it."""

    def answer_question(self, job: JobDef, text: str) -> Found: ...

    def offer_slots(self, job: JobDef) -> list[SlotChoice]: ...

    def book(self, job: JobDef, slot: SlotChoice) -> str | None:
        """The invite's UID, or None when the slot was taken since it was offered."""


@dataclass(frozen=True)
class Turn:
    state: State
    reply: str

    @property
    def done(self) -> bool:
        return self.state.phase == DONE


def opening(job: JobDef, name: str, retention_days: int) -> str:
    """The first reply: the automated-screener notice, then the first question."""
    assessed = "; ".join(_topic(q.ask) for q in job.questions[:4])
    return (
        f"Hello {name}! I'm an automated screener for the {job.title} role. I'll ask you "
        f"{len(job.questions)} short questions ({assessed}). Some answers are requirements of "
        "the role and can end the screening; the rest are scored, and a recruiter reviews the "
        "results. My answers to your questions come only from the job description. "
        f"Your answers are kept for {retention_days} days and then deleted; you can delete "
        'them sooner at any time. If you\'d rather talk to a person, type "human" and a '
        "recruiter will contact you instead. You can also ask me about the job at any point.\n\n"
        f"First question: {job.questions[0].ask}"
    )


def _topic(ask: str) -> str:
    topic = ask.rstrip("?").split(":")[0]
    return topic[:1].lower() + topic[1:]


def reask(question: Question, attempt: int, note: str) -> str:
    """A different wording each time an answer was unclear."""
    if len(question.rephrase) >= attempt:
        return question.rephrase[attempt - 1]
    options = question.options
    numbered = " ".join(f"{i}. {o}" for i, o in enumerate(options, 1))
    hints: dict[str, tuple[str, str]] = {
        "yes_no": (
            f"Could you answer with yes or no? {question.ask}",
            f"A simple \u201cyes\u201d or \u201cno\u201d is all I need: {question.ask}",
        ),
        "number": (
            f"Could you give me a number, for example 0, 2 or 3.5? {question.ask}",
            "Roughly how many, as one number? If none, just say 0.",
        ),
        "choice": (
            "Please pick one: "
            + ", ".join(options[:-1])
            + f" or {options[-1] if options else ''}.",
            f"You can reply with a number: {numbered}",
        ),
        "date": (
            "Could you give me a date, like 15 March, or say \u201cimmediately\u201d?",
            "Roughly when could you start? A date such as 2027-01-15 works.",
        ),
        "text": ("Could you write a few words?", f"Just a sentence is fine: {question.ask}"),
    }
    lead = {
        "several options": "You mentioned more than one.",
        "any option": "Thanks for being flexible! I still need the one you'd prefer.",
        "several numbers": "I saw several numbers; I need just the total.",
        "both yes and no": "I read both a yes and a no there.",
    }.get(note, "Sorry, I didn't quite get that." if attempt == 1 else "Let me put it another way.")
    if attempt > 1 and note == "any option":
        lead = "Any of them is fine, then? I still have to record one."
    return f"{lead} {hints[question.type][min(attempt, 2) - 1]}"


def _answer_questions(
    job: JobDef, state: State, asked: tuple[str, ...], ports: Ports
) -> tuple[State, list[str]]:
    parts = []
    for text in asked[:MAX_QUESTIONS]:
        found = ports.answer_question(job, text)
        if found.passage is not None:
            quote = found.passage.text
            parts.append(
                f"About \u201c{text}\u201d \u2014 the job description says: \u201c{quote}\u201d"
            )
        else:
            parts.append(
                "I'm sorry, the job description doesn't say anything about "
                f"\u201c{text}\u201d, and I won't guess. I've passed your question to the "
                "recruiter, who will answer you."
            )
            state = replace(state, unanswered=(*state.unanswered, text[:500]))
    if len(asked) > MAX_QUESTIONS:
        # A pasted document can hold dozens of questions: bounded work, nothing dropped.
        rest = tuple(q[:500] for q in asked[MAX_QUESTIONS:])
        state = replace(state, unanswered=(*state.unanswered, *rest))
        parts.append(f"I've passed your {len(rest)} other question(s) to the recruiter.")
    return state, parts


def handle(job: JobDef, state: State, text: str, ports: Ports, now: dt.datetime) -> Turn:
    """One candidate message -> the next state and the screener's reply."""
    if state.phase == DONE:
        return Turn(
            state, "This screening has finished; the recruiter has your answers. Thank you!"
        )
    if wants_human(text):
        state = replace(
            state,
            phase=DONE,
            human_requested=True,
            status=state.status if state.status == KNOCKED_OUT else NEEDS_REVIEW,
        )
        return Turn(
            state,
            "Of course. A recruiter will look at your application personally and contact "
            "you by email. Your answers so far are saved for them. Thank you!",
        )
    split = split_message(text)
    state, parts = _answer_questions(job, state, split.questions, ports)
    if split.questions and not split.answer:
        pending = (
            job.questions[state.index].ask if state.phase == ASKING else _slot_prompt(state.slots)
        )
        return Turn(state, "\n\n".join([*parts, f"Back to my question: {pending}"]))
    answer_text = split.answer if split.questions else text
    if state.phase == BOOKING:
        turn = _booking(job, state, answer_text, ports)
    else:
        turn = _answer(job, state, answer_text, ports, now)
    return Turn(turn.state, "\n\n".join([*parts, turn.reply]))


def _answer(job: JobDef, state: State, text: str, ports: Ports, now: dt.datetime) -> Turn:
    question = job.questions[state.index]
    said = text.strip()[:1000]
    got = understand(question, text, now)
    if not got.clear:
        attempts = state.attempts + 1
        if attempts <= MAX_REASKS:
            return Turn(replace(state, attempts=attempts), reask(question, attempts, got.note))
        state = state.with_answer(question.id, Answer(None, got.evidence, "needs_review", said))
        return _advance(
            job, state, ports, "Thanks, I'll pass that answer to the recruiter to read."
        )
    state = state.with_answer(question.id, Answer(got.value, got.evidence, "ok", said))
    if rules.knocks_out(question, got.value):
        state = replace(state, phase=DONE, status=KNOCKED_OUT, knockout=question.id)
        return Turn(
            state,
            (
                f"Thank you for your answers, and for your interest in the {job.title} role. "
                f"This role requires a different answer to \u201c{question.ask}\u201d, so we "
                "can't move forward with your application for it right now. You'll get no "
                "further messages about this role; you're welcome to apply again if your "
                "situation changes, and to look at our other openings. If you think this is a "
                'mistake, reply "human" and a recruiter will check.'
            ),
        )
    return _advance(job, state, ports, f"Got it: {display(question, got.value).rstrip('.')}.")


def _advance(job: JobDef, state: State, ports: Ports, ack: str) -> Turn:
    state = replace(state, index=state.index + 1, attempts=0)
    if state.index < len(job.questions):
        return Turn(state, f"{ack} Next: {job.questions[state.index].ask}")
    if any(a.status == "needs_review" for a in state.answers.values()):
        state = replace(state, phase=DONE, status=NEEDS_REVIEW)
        return Turn(
            state,
            f"{ack} That was the last question. A recruiter will read your answers "
            "and get back to you by email. Thank you!",
        )
    state = replace(state, status=QUALIFIED)
    slots = ports.offer_slots(job)
    if not slots:
        return Turn(
            replace(state, phase=DONE),
            f"{ack} That was the last question, and you qualify "
            "for an interview! A recruiter will email you to arrange a time. Thank you!",
        )
    state = replace(state, phase=BOOKING, slots=tuple(slots))
    return Turn(
        state,
        f"{ack} That was the last question, and you qualify for an interview! "
        + _slot_prompt(state.slots),
    )


def _slot_prompt(slots: tuple[SlotChoice, ...]) -> str:
    listed = "\n".join(f"{i}. {s.label}" for i, s in enumerate(slots, 1))
    return f'Which of these interview times suits you?\n{listed}\nReply with the number, or "none".'


def pick_slot(text: str, slots: tuple[SlotChoice, ...]) -> SlotChoice | None:
    """The slot a reply names: "the second one", "2", "Tuesday" (when only one is on Tuesday)."""
    toks = tokens(text)
    for t in toks:
        if t.text in ORDINALS:
            i = ORDINALS[t.text]
            if -len(slots) <= i < len(slots):
                return slots[i]
    digits = [t for t in toks if t.text.isdigit()]
    if len(digits) == 1 and 1 <= int(digits[0].text) <= len(slots) and len(text.strip()) < 40:
        return slots[int(digits[0].text) - 1]
    words = {t.text for t in toks}
    matching = [
        s for s in slots if words & {w for w in re.findall(r"[a-z]+", fold(s.label)) if len(w) > 3}
    ]
    return matching[0] if len(matching) == 1 else None


def _booking(job: JobDef, state: State, text: str, ports: Ports) -> Turn:
    slot = pick_slot(text[:READ_LIMIT], state.slots)
    if slot is None:
        if NONE_OF_THEM.search(fold(text[:READ_LIMIT])):
            return Turn(
                replace(state, phase=DONE),
                "No problem. The recruiter will email you other "
                "times for the interview. Thank you!",
            )
        attempts = state.attempts + 1
        if attempts > MAX_REASKS:
            return Turn(
                replace(state, phase=DONE),
                "I couldn't tell which time you chose, so the "
                "recruiter will email you to arrange the interview. Thank you!",
            )
        return Turn(
            replace(state, attempts=attempts), "Sorry, which one? " + _slot_prompt(state.slots)
        )
    uid = ports.book(job, slot)
    if uid is None:
        fresh = tuple(ports.offer_slots(job))
        if not fresh:
            return Turn(
                replace(state, phase=DONE),
                "Sorry, that time was just taken. The recruiter "
                "will email you to arrange the interview. Thank you!",
            )
        return Turn(
            replace(state, slots=fresh), "Sorry, that time was just taken. " + _slot_prompt(fresh)
        )
    state = replace(state, phase=DONE, booked_uid=uid, booked_slot=slot, attempts=0)
    return Turn(
        state,
        f"Booked: {slot.label}. An invitation is on its way to your email, and the "
        "recruiter has one too. Good luck, and thank you!",
    )
