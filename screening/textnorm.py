"""Text helpers shared by answer understanding: bounded input, folding, tokens with positions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Understanding reads at most this much of a message: bounded work on any paste.
READ_LIMIT = 2000

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word (or emoji) of the original text, folded for matching, with its span."""

    text: str  # folded: lower case, no accents
    start: int
    end: int


def fold(text: str) -> str:
    """Lower case without accents ("Sí" -> "si"), so matching is tolerant of both."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[Token]:
    """Words and emoji of ``text`` (first :data:`READ_LIMIT` characters) with their spans."""
    out = []
    for m in _TOKEN.finditer(text[:READ_LIMIT]):
        out.append(Token(fold(m.group()).replace("’", "'"), m.start(), m.end()))
    return out


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` to the clause around it (for evidence the recruiter can read)."""
    bounded = text[:READ_LIMIT]
    left = max(bounded.rfind(c, 0, start) for c in ".,;!?\n")
    right_candidates = [i for i in (bounded.find(c, end) for c in ".,;!?\n") if i != -1]
    right = min(right_candidates) if right_candidates else len(bounded)
    return left + 1, right


def evidence(text: str, start: int, end: int) -> str:
    """The trimmed clause of ``text`` containing ``start:end``."""
    a, b = clause_span(text, start, end)
    return text[a:b].strip()[:300]
