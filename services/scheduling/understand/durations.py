"""How long the meeting should last, from the words: "90-minute", "two hours", "a quick 20"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_WORDS = {
    # en
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fortyfive": 45,
    "sixty": 60,
    "ninety": 90,
    "half": 0.5,
    "an hour and a half": 1.5,
    # es
    "una": 1,
    "un": 1,
    "dos": 2,
    "tres": 3,
    "media": 0.5,
    "quince": 15,
    "veinte": 20,
    "treinta": 30,
    "cuarenta y cinco": 45,
    "noventa": 90,
    # fr
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante-cinq": 45,
    "quatre-vingt-dix": 90,
    "demi": 0.5,
    "demie": 0.5,
    # de
    "eine": 1,
    "einer": 1,
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "halbe": 0.5,
    "fünfzehn": 15,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "fünfundvierzig": 45,
    "neunzig": 90,
    # ro
    "o": 1,
    "două": 2,
    "doua": 2,
    "doi": 2,
    "trei": 3,
    "jumătate": 0.5,
    "jumatate": 0.5,
    "cincisprezece": 15,
    "douăzeci": 20,
    "douazeci": 20,
    "treizeci": 30,
    "nouăzeci": 90,
}
_NUM = (
    r"(?P<num>\d+(?:[.,]\d+)?|"
    + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
_MINUTES = r"(?:minutele|minutos?|minuten|minutes|minute|minut[e]?|mins?\b|min\.?|m\b|')"
_HOURS = r"(?:hours?|hrs?\b|h\b|horas?|heures?|stunden|stunde|ore\b|oră|ora\b)"

_PATTERNS = [
    # "an hour and a half", "1.5 hours", "two hours", "une heure", "eine Stunde", "o oră"
    (re.compile(r"\b(?:an|one|1)\s+hour\s+and\s+a\s+half\b", re.I), lambda m: 90),
    (
        re.compile(
            r"\b(?:una\s+hora\s+y\s+media|une\s+heure\s+et\s+demie|anderthalb\s+stunden|"
            r"eineinhalb\s+stunden|o\s+oră\s+și\s+jumătate|o\s+ora\s+si\s+jumatate)\b",
            re.I,
        ),
        lambda m: 90,
    ),
    (
        re.compile(
            r"\bhalf(?:\s+an|\s+a)?[\s-]+hour\b|\bhalbe\s+stunde\b|\bmedia\s+hora\b|"
            r"\bdemi[\s-]heure\b|\bjumătate\s+de\s+oră\b|\bjumatate\s+de\s+ora\b",
            re.I,
        ),
        lambda m: 30,
    ),
    (re.compile(r"\b" + _NUM + r"[\s-]*" + _HOURS, re.I), lambda m: _value(m) * 60),
    (re.compile(r"\b" + _NUM + r"[\s-]*(?:de\s+)?" + _MINUTES, re.I), lambda m: _value(m)),
    # "a quick 20", "a quick 15-min", "quick 30"
    (re.compile(r"\bquick\s+(?P<num>\d{1,3})\b", re.I), lambda m: _value(m)),
]
# A number of minutes said next to "for": "for 45", "pour 45", "für 45"
_FOR_BARE = re.compile(
    r"\b(?:for|pour|für|por|pentru)\s+(?P<num>\d{2,3})\b(?!\s*[:.h]\d|\s*(?:am|pm|uhr))", re.I
)


@dataclass(frozen=True)
class DurationMention:
    """A meeting length written in the text."""

    minutes: int
    text: str
    start: int


def _value(m: re.Match[str]) -> float:
    raw = m.group("num").lower()
    if raw in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[raw])
    return float(raw.replace(",", "."))


def find_durations(text: str) -> list[DurationMention]:
    """Every plausible meeting length (5 minutes to 10 hours), in order of appearance."""
    found: dict[int, DurationMention] = {}
    taken: list[tuple[int, int]] = []
    for pattern, convert in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _is_time_of_day(text, m):
                continue
            minutes = int(round(convert(m)))
            if 5 <= minutes <= 600:
                taken.append((m.start(), m.end()))
                found[m.start()] = DurationMention(minutes, m.group(0), m.start())
    for m in _FOR_BARE.finditer(text):
        if (
            not any(m.start() < e and s < m.end() for s, e in taken)
            and 5 <= int(m.group("num")) <= 240
        ):
            found[m.start()] = DurationMention(int(m.group("num")), m.group(0), m.start())
    return [found[k] for k in sorted(found)]


def _is_time_of_day(text: str, m: re.Match[str]) -> bool:
    """ "14h30", "9h", "at 3h" or "in 2 hours" are times, not lengths."""
    after = text[m.end() : m.end() + 3]
    before = text[max(0, m.start() - 6) : m.start()].lower()
    if re.match(r"\d", after) or re.search(
        r"\b(?:at|à|a las|um|la|in|dans|en|în|peste)\s*$", before
    ):
        return True
    return bool(re.fullmatch(r"\d{1,2}\s*h", m.group(0), re.I))
