"""Understanding one free-form answer for a question type: a value and the words it came from.

Pure and deterministic. Each reader returns an :class:`Extraction`; ``value is None`` means
the answer was unclear and the screener asks again differently.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from screening.jobdef import Question
from screening.numbers import find_numbers, zero_phrase
from screening.textnorm import READ_LIMIT, Token, evidence, fold, tokens

YES = {
    "yes",
    "yeah",
    "yea",
    "yep",
    "yup",
    "ya",
    "sure",
    "absolutely",
    "definitely",
    "certainly",
    "correct",
    "affirmative",
    "indeed",
    "ok",
    "okay",
    "si",
    "oui",
    "ja",
    "sim",
    "da",
    "claro",
    "fluent",
    "fluently",
    "native",
    "👍",
    "✅",
    "✔",
    "👌",
    "💯",
}
NO = {
    "no",
    "nope",
    "nah",
    "not",
    "don't",
    "dont",
    "can't",
    "cant",
    "cannot",
    "never",
    "negative",
    "non",
    "nein",
    "nao",
    "isn't",
    "aren't",
    "am't",
    "won't",
    "👎",
    "❌",
    "✖",
    "🚫",
}
YES_PHRASES = (r"\bof course\b", r"\bi (?:am|do|can|have)\b(?! ?n[o']t)", r"\byes+\b")
# "No, wait - yes": the part after a correction marker is what the candidate meant.
CORRECTION = re.compile(
    r"\b(?:actually|wait|i mean|sorry|correction|rather|oops|scratch that)\b", re.I
)
ANY_OPTION = re.compile(
    r"\b(?:whatever|any(?:thing|time| of them)?|all of them|either|flexible|doesn'?t matter|"
    r"don'?t mind|no preference|up to you|works for you)\b",
    re.I,
)
ORDINALS = {
    "first": 0,
    "1st": 0,
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "fifth": 4,
    "last": -1,
    "primero": 0,
    "segundo": 1,
    "tercero": 2,
}
ELLIPSIS_FOLLOWERS = {
    "",
    "at",
    "in",
    "with",
    "for",
    "as",
    "on",
    "and",
    "or",
    "plus",
    "more",
    "en",
    "con",
    "a",
}
NOW_WORDS = re.compile(
    r"\b(?:immediately|right away|asap|now|today|inmediatamente|ya|sofort)\b", re.I
)


@dataclass(frozen=True)
class Extraction:
    """What an answer said: ``value`` (None when unclear), the evidence words, and why."""

    value: Any
    evidence: str
    note: str = ""

    @property
    def clear(self) -> bool:
        return self.value is not None


def after_correction(text: str) -> tuple[str, int]:
    """The part after the last correction marker ("yes... actually no" -> "no"), and its offset."""
    bounded = text[:READ_LIMIT]
    last = None
    for m in CORRECTION.finditer(bounded):
        last = m
    if last is None or not bounded[last.end() :].strip(" ,.-!"):
        return bounded, 0
    return bounded[last.end() :], last.end()


def read_yes_no(text: str) -> Extraction:
    """yes/no from "sí, native speaker", "not yet, my permit arrives next month", "👍"."""
    part, offset = after_correction(text)
    toks = tokens(part)
    first_yes = next((t for t in toks if t.text in YES), None)
    first_no = next((t for t in toks if t.text in NO), None)
    folded = fold(part)
    phrase = next((m for p in YES_PHRASES if (m := re.search(p, folded))), None)
    if first_yes is None and phrase is not None:
        first_yes = Token("yes", phrase.start(), phrase.end())
    if first_yes is None and first_no is None:
        return Extraction(None, "", "no yes or no in the answer")
    hit: Token | None
    if first_yes and first_no:
        # The polarity that opens the answer wins ("Yes, no problem"); otherwise it is unclear.
        lead = min(first_yes, first_no, key=lambda t: t.start)
        if lead.start > 12:
            return Extraction(None, evidence(part, lead.start, lead.end), "both yes and no")
        hit, value = lead, ("yes" if lead is first_yes else "no")
    else:
        hit, value = (first_yes, "yes") if first_yes else (first_no, "no")
    assert hit is not None
    return Extraction(value, evidence(text, hit.start + offset, hit.end + offset))


def read_number(text: str, question: Question) -> Extraction:
    """A number from "three and a half years", "roughly six", "my first support job" (0)."""
    part, offset = after_correction(text)
    found = find_numbers(part)
    years_question = "year" in fold(question.ask)
    if not found:
        zero = zero_phrase(part)
        if zero:
            return Extraction(0.0, evidence(text, zero.start() + offset, zero.end() + offset))
        return Extraction(None, "", "no number in the answer")
    with_unit = [f for f in found if f.unit is not None]
    # "3 years at 2 companies": a bare number before a noun counts things, not time;
    # "2 years at a bank and 3 at a shop": a bare one before a preposition is elliptical time.
    bare = [f for f in found if f.unit is None and _next_word(part, f.end) in ELLIPSIS_FOLLOWERS]
    picked = sorted(with_unit + bare, key=lambda f: f.start) if with_unit else found
    if len(picked) == 2 and re.fullmatch(
        r"\s*(?:-|–|to|or|a|o)\s*", part[picked[0].end : picked[1].start]
    ):
        picked = picked[
            :1
        ]  # a range "5-6 years": the lower bound, the one the candidate is sure of
    if len(picked) > 1:
        return Extraction(
            None,
            evidence(text, picked[0].start + offset, picked[-1].end + offset),
            "several numbers",
        )
    f = picked[0]
    value = f.value
    if years_question and f.unit is not None:
        value = round(value * f.unit, 2)
    return Extraction(value, evidence(text, f.start + offset, f.end + offset))


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\W*([^\W\d_]+)", text[end : end + 40])
    return fold(m.group(1)) if m else ""


def _option_forms(option: str) -> set[str]:
    base = fold(option)
    forms = {base, base.rstrip("s"), base + "s"}
    return forms


def read_choice(text: str, question: Question) -> Extraction:
    """One of the options: "weekends mostly", "the second one", "2"; "whatever works" is unclear."""
    part, offset = after_correction(text)
    toks = tokens(part)
    hits: dict[str, Token] = {}
    negated: set[str] = set()
    for i, t in enumerate(toks):
        for option in question.options:
            forms = _option_forms(option)
            words = fold(option).split()
            if t.text in forms or (
                len(words) > 1 and fold(part).find(fold(option), t.start) == t.start
            ):
                if i > 0 and toks[i - 1].text in NO | {"except", "but"}:
                    negated.add(option)
                else:
                    hits.setdefault(option, t)
    for option in negated:
        hits.pop(option, None)
    if not hits:
        for t in toks:
            index = ORDINALS.get(t.text)
            if index is None and t.text.isdigit() and 1 <= int(t.text) <= len(question.options):
                index = int(t.text) - 1
            if index is not None and index < len(question.options):
                option = question.options[index]
                return Extraction(option, evidence(text, t.start + offset, t.end + offset))
    if len(hits) == 1:
        option, t = next(iter(hits.items()))
        return Extraction(option, evidence(text, t.start + offset, t.end + offset))
    if len(hits) > 1:
        first = min(hits.values(), key=lambda t: t.start)
        return Extraction(
            None, evidence(text, first.start + offset, first.end + offset), "several options"
        )
    m = ANY_OPTION.search(part)
    if m:
        return Extraction(None, evidence(text, m.start() + offset, m.end() + offset), "any option")
    return Extraction(None, "", "no option named")


def read_date(text: str, now: dt.datetime) -> Extraction:
    """A date from "immediately", "next Monday", "1 March", "15/03/2027" (future preferred)."""
    part, offset = after_correction(text)
    m = NOW_WORDS.search(part)
    if m:
        return Extraction(
            now.date().isoformat(), evidence(text, m.start() + offset, m.end() + offset)
        )
    from dateparser.search import search_dates  # imported here: it takes a second to load

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        hits = search_dates(part[:300], languages=["en", "es", "fr", "de"], settings=settings)
    except (ValueError, OverflowError):
        hits = None
    if not hits:
        return Extraction(None, "", "no date in the answer")
    words, when = hits[0]
    start = part.find(words)
    return Extraction(
        when.date().isoformat(), evidence(text, start + offset, start + offset + len(words))
    )


def warm_up() -> None:
    """Load dateparser's languages now (about 2 s) rather than during a candidate's first date."""
    read_date("1 March", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


def read_text(text: str) -> Extraction:
    """Free text is kept as written (bounded), for a person to read."""
    clean = text.strip()
    if not clean:
        return Extraction(None, "", "empty answer")
    return Extraction(clean[:1000], clean[:300])


def understand(question: Question, text: str, now: dt.datetime) -> Extraction:
    """Read ``text`` as an answer to ``question``."""
    if question.type == "yes_no":
        return read_yes_no(text)
    if question.type == "number":
        return read_number(text, question)
    if question.type == "choice":
        return read_choice(text, question)
    if question.type == "date":
        return read_date(text, now)
    return read_text(text)


def display(question: Question, value: Any) -> str:
    """How a value reads back to a person."""
    if question.type == "number" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    if question.type == "date":
        return f"{dt.date.fromisoformat(value):%A %d %B %Y}"
    return str(value)
