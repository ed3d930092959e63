"""Quality measures used by the tests and the benchmark: WER and diarization error (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations

_WORD = re.compile(r"[a-z0-9']+")
NUMBERS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five"}


def normalise(text: str) -> list[str]:
    """Lower-case words without punctuation (British/American spelling of colour folded)."""
    words = _WORD.findall(text.lower().replace("colour", "color"))
    return [NUMBERS.get(w, w) for w in words]


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: (substitutions + deletions + insertions) / reference words."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(1, len(ref))


Turn = tuple[float, float, str]


def diarization_error(
    reference: Sequence[Turn], hypothesis: Sequence[Turn], step: float = 0.01
) -> float:
    """Share of reference speech time given to the wrong speaker or to nobody.

    Speakers are matched one-to-one in the way that minimises the error (overlapping
    reference speech counts once, for whoever the hypothesis names if either).
    """

    def speaker_at(turns: Sequence[Turn], t: float) -> set[str]:
        return {s for start, end, s in turns if start <= t < end}

    end = max([e for _, e, _ in reference] + [0.0])
    frames = [
        (speaker_at(reference, i * step), speaker_at(hypothesis, i * step))
        for i in range(int(end / step))
    ]
    frames = [(r, h) for r, h in frames if r]
    ref_names = sorted({s for _, _, s in reference})
    hyp_names = sorted({s for _, _, s in hypothesis})
    best = len(frames)
    for chosen in permutations(hyp_names, min(len(hyp_names), len(ref_names))):
        mapping = dict(zip(chosen, ref_names, strict=False))
        errors = sum(1 for r, h in frames if not any(mapping.get(x) in r for x in h))
        best = min(best, errors)
    return best / max(1, len(frames))


def purity(reference: Sequence[Turn], hypothesis: Sequence[Turn], step: float = 0.01) -> float:
    """Of the time a hypothesis speaker talks, the share that belongs to its main true speaker."""
    totals: dict[str, dict[str, int]] = {}
    for start, end, hyp in hypothesis:
        t = start
        while t < end:
            for r_start, r_end, ref in reference:
                if r_start <= t < r_end:
                    totals.setdefault(hyp, {}).setdefault(ref, 0)
                    totals[hyp][ref] += 1
            t += step
    matched = sum(max(counts.values()) for counts in totals.values())
    return matched / max(1, sum(sum(counts.values()) for counts in totals.values()))
