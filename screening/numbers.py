"""Numbers in free text: digits and number words (English, Spanish, French, German)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from screening.textnorm import READ_LIMIT, Token, fold, tokens

UNITS = {
    "zero": 0,
    "none": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
    "couple": 2,
    "dozen": 12,
    # es / fr / de
    "cero": 0,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "null": 0,
    "eins": 1,
    "ein": 1,
    "eine": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "funf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "veinte": 20,
    "vingt": 20,
    "zwanzig": 20,
}
HALF = {"half", "medio", "media", "demi", "demie", "halb", "halbe"}
# Words for "none at all" in an experience answer.
ZERO_PHRASES = (
    r"\bno (?:prior |previous |real )?experience\b",
    r"\bfirst (?:\w+ ){0,2}(?:job|role|position)\b",
    r"\bnever (?:worked|done|had)\b",
    r"\bnone\b",
    r"\bnothing\b",
    r"\bsin experiencia\b",
    r"\bninguna?\b",
    r"\baucune?\b",
    r"\bkeine\b",
    r"\bzero\b",
)
UNIT_WORDS = {
    "year": 1.0,
    "years": 1.0,
    "yr": 1.0,
    "yrs": 1.0,
    "ano": 1.0,
    "anos": 1.0,
    "an": 1.0,
    "ans": 1.0,
    "annee": 1.0,
    "annees": 1.0,
    "jahr": 1.0,
    "jahre": 1.0,
    "jahren": 1.0,
    "month": 1 / 12,
    "months": 1 / 12,
    "mes": 1 / 12,
    "meses": 1 / 12,
    "mois": 1 / 12,
    "monat": 1 / 12,
    "monate": 1 / 12,
    "monaten": 1 / 12,
}
_DIGITS = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)(?:\s*(?:\+|plus))?")


@dataclass(frozen=True)
class Found:
    """A number and the characters it came from; ``unit`` is set when a time unit follows."""

    value: float
    start: int
    end: int
    unit: float | None = None


def _unit_after(toks: list[Token], i: int) -> tuple[float | None, int]:
    for j in range(i, min(i + 3, len(toks))):
        if toks[j].text in UNIT_WORDS and toks[j].text not in {"an", "a"}:
            return UNIT_WORDS[toks[j].text], j
    return None, i - 1


def _word_numbers(text: str) -> list[Found]:
    toks = tokens(text)
    found: list[Found] = []
    i = 0
    while i < len(toks):
        t = toks[i].text
        value: float | None = None
        start, end = toks[i].start, toks[i].end
        j = i
        if t in TENS:
            value = TENS[t]
            if j + 1 < len(toks) and toks[j + 1].text in UNITS and UNITS[toks[j + 1].text] < 10:
                j += 1
                value += UNITS[toks[j].text]
        elif t in UNITS and not (
            t in {"a", "an", "un", "une", "ein", "eine", "una"} and not _quantity_follows(toks, j)
        ):
            value = UNITS[t]
        elif t in HALF and j + 1 < len(toks) and toks[j + 1].text in {"a", "an", "un", "una"}:
            value, j = 0.5, j + 1
        if value is not None:
            # "three and a half", "tres y medio", "a year and a half"
            k = j + 1
            unit, unit_at = _unit_after(toks, k)
            if unit is not None and unit_at == k:
                k += 1
            if k + 1 < len(toks) and toks[k].text in {"and", "y", "et", "und"}:
                if toks[k + 1].text in HALF:
                    value += 0.5
                    j = k + 1
                elif (
                    k + 2 < len(toks)
                    and toks[k + 1].text in {"a", "an"}
                    and toks[k + 2].text in HALF
                ):
                    value += 0.5
                    j = k + 2
            if t == "couple" and j + 1 < len(toks) and toks[j + 1].text == "of":
                j += 1
            end = toks[j].end
            unit, _ = _unit_after(toks, j + 1)
            if unit is None:
                unit, _ = _unit_after(toks, i + 1)
            found.append(Found(float(value), start, end, unit))
            i = j + 1
            continue
        i += 1
    return found


def _quantity_follows(toks: list[Token], j: int) -> bool:
    """'a' counts as 1 only before a unit or 'couple'/'dozen'/'half' ("a year", not "a call")."""
    if j + 1 >= len(toks):
        return False
    return toks[j + 1].text in UNIT_WORDS


def find_numbers(text: str) -> list[Found]:
    """Every number in ``text`` in reading order, with spans and any time unit after it."""
    bounded = text[:READ_LIMIT]
    found = _word_numbers(bounded)
    toks = tokens(bounded)
    for m in _DIGITS.finditer(bounded):
        value = float(m.group(1).replace(",", "."))
        after = next((k for k, t in enumerate(toks) if t.start >= m.end()), len(toks))
        unit, _ = _unit_after(toks, after)
        found.append(Found(value, m.start(), m.end(), unit))
    found = [
        f
        for f in found
        if not any(
            g is not f
            and g.start <= f.start
            and f.end <= g.end
            and (g.end - g.start) > (f.end - f.start)
            for g in found
        )
    ]
    return sorted(found, key=lambda f: f.start)


def zero_phrase(text: str) -> re.Match[str] | None:
    """A phrase meaning "none" ("this would be my first support job")."""
    folded = fold(text[:READ_LIMIT])
    for pattern in ZERO_PHRASES:
        m = re.search(pattern, folded)
        if m:
            return m
    return None
