"""The sentences the action-item rules read (English, pure): one cut where a second promise
begins, and two joined where a name said on its own goes with the order next to it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from transcription.notes.english_actions import NAME_ALONE, ORDER_FIRST, SECOND_PROMISE
from transcription.notes.sentences import Sentence


def clauses(sentence: Sentence) -> list[Sentence]:
    """``sentence`` cut before each further promise ("I'll update the IVR message, and I'll
    get legal to check the wording" -> two), so that each is an item of its own."""
    parts = SECOND_PROMISE.split(sentence.text)
    if len(parts) == 1:
        return [sentence]
    return [replace(sentence, text=part.strip()) for part in parts if part.strip()]


def named_apart(sentences: Sequence[Sentence]) -> list[Sentence]:
    """``sentences`` with a name said on its own next to an order of the same speaker joined
    to it as one said by name ("Merv. Tell the parties." -> "Merv, tell the parties.";
    "Restock the spill kit. Ada." -> "Ada, restock the spill kit."; "Order six chairs. Cora,
    end of month." -> "Cora, order six chairs end of month."). Only a name of someone
    speaking in the meeting, other than the speaker, counts, and only with an order that
    starts with its verb."""
    names = {s.speaker for s in sentences}
    joined: list[Sentence] = []
    i = 0
    while i < len(sentences):
        sentence = sentences[i]
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        order = _order_by_name(sentence, after, names) if after else None
        if after is None or order is None:
            joined.append(sentence)
            i += 1
        else:
            joined.append(replace(sentence, text=order, end=after.end))
            i += 2
    return joined


def _order_by_name(sentence: Sentence, after: Sentence, names: set[str]) -> str | None:
    """``sentence`` and ``after``, said by one speaker, as one order said by name, else None."""
    if after.speaker != sentence.speaker:
        return None

    def name_in(text: str) -> tuple[str, str] | None:  # (name, when) of "Cora, end of month."
        found = NAME_ALONE.match(text.strip())
        if found is None or found.group("name") not in names - {sentence.speaker}:
            return None
        return found.group("name"), found.group("rest") or ""

    first, second = name_in(sentence.text), name_in(after.text)
    if first and not first[1] and ORDER_FIRST.match(after.text):
        (name, when), order = first, after.text.strip()
    elif second and ORDER_FIRST.match(sentence.text):
        (name, when), order = second, sentence.text.strip()
    else:
        return None
    when = f" {when.lstrip(', ')}" if when else ""
    return f"{name}, {order[:1].lower()}{order[1:].rstrip('.!')}{when}."
