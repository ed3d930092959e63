"""A trained decision / open-question finder against the rules, scored leave-one-set-out.

    python3 bench/notes_classifier.py [--kind decisions|questions] [--c 8] [--threshold 0.5]

An experiment, not what deskmate runs. For each set of ``bench/notes_heldout.py``, a logistic
regression is trained on the other sets' sentences (a sentence is positive when it holds
every key word of one labelled decision or question) and scored on that set the way the
notes bench scores the rules. Features: TF-IDF of the sentence's words (1-3-grams) and of
the next other speaker's reply (1-2-grams, half weight). Prints, per set, precision and
recall of the rules, of the classifier, and of the two together (union), then all sets
pooled. Only the set the rules were last measured on before any fix (``tenth``) gives a
fair comparison: the rules were fixed against every other set.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scipy.sparse import hstack  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench.notes_heldout import (  # noqa: E402
    SETS,
    Tally,
    count,
    meeting_set,
    text_matches,
    transcript_of,  # noqa: E402
)
from bench.notes_heldout_meetings import Meeting  # noqa: E402
from transcription.notes.decisions import Point, decisions, open_questions  # noqa: E402
from transcription.notes.sentences import Sentence, sentences_of  # noqa: E402

TOKENS = r"[a-z']+|[?]"
Rules = Callable[[Sequence[Sentence]], list[Point]]


def pairs(sentences: Sequence[Sentence]) -> list[tuple[str, str]]:
    """(the sentence, the next other speaker's reply) for each sentence, lower case."""
    out = []
    for i, s in enumerate(sentences):
        reply = next((r for r in sentences[i + 1 : i + 3] if r.speaker != s.speaker), None)
        out.append((s.text.lower(), reply.text.lower() if reply else "none"))
    return out


class Finder:
    """TF-IDF of sentence and reply, then a balanced logistic regression."""

    def __init__(self, c: float) -> None:
        self.said = TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True, token_pattern=TOKENS)
        self.reply = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKENS)
        self.model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)

    def _features(self, rows: list[tuple[str, str]], fit: bool) -> Any:
        said = [a for a, _ in rows]
        reply = [b for _, b in rows]
        if fit:
            return hstack([self.said.fit_transform(said), 0.5 * self.reply.fit_transform(reply)])
        return hstack([self.said.transform(said), 0.5 * self.reply.transform(reply)])

    def fit(self, rows: list[tuple[str, str]], labels: list[int]) -> Finder:
        self.model.fit(self._features(rows, fit=True).tocsr(), labels)
        return self

    def scores(self, rows: list[tuple[str, str]]) -> list[float]:
        return [float(p) for p in self.model.predict_proba(self._features(rows, False))[:, 1]]


def labelled(meeting: Meeting, kind: str) -> tuple[list[Sentence], list[tuple[str, ...]]]:
    sentences = sentences_of(transcript_of(meeting))
    return sentences, list(meeting.decisions if kind == "decisions" else meeting.questions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("decisions", "questions"), default="decisions")
    parser.add_argument("--c", type=float, default=8.0, help="inverse regularisation")
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    rules: Rules = decisions if args.kind == "decisions" else open_questions
    data = {name: [labelled(m, args.kind) for m in meeting_set(name)[1]] for name in SETS}
    pooled = {"rules": Tally(), "classifier": Tally(), "union": Tally()}
    print(f"{args.kind}, leave one set out, C={args.c}, threshold {args.threshold}")
    print(f"{'set':9s} {'rules P/R':>11s} {'classifier P/R':>15s} {'union P/R':>11s}")
    for held in SETS:
        rows, labels = [], []
        for name, meetings in data.items():
            if name == held:
                continue
            for sentences, wanted in meetings:
                rows += pairs(sentences)
                labels += [int(any(text_matches(s.text, w) for w in wanted)) for s in sentences]
        finder = Finder(args.c).fit(rows, labels)
        tallies = {"rules": Tally(), "classifier": Tally(), "union": Tally()}
        for sentences, wanted in data[held]:
            by_rules = rules(sentences)
            scores = finder.scores(pairs(sentences))
            found = [
                Point(s.text, s.speaker, s.start)
                for s, p in zip(sentences, scores, strict=True)
                if p > args.threshold
            ]
            union = found + [p for p in by_rules if p.text not in {f.text for f in found}]
            for key, points in (("rules", by_rules), ("classifier", found), ("union", union)):
                for tally in (tallies[key], pooled[key]):
                    count(tally, held, points, wanted, lambda p, w: text_matches(p.text, w), str)
        print(
            f"{held:9s} "
            + " ".join(
                f"{t.precision:5.2f}/{t.recall:4.2f}".rjust(w)
                for t, w in zip(tallies.values(), (11, 15, 11), strict=True)
            )
        )
    print(
        f"{'pooled':9s} "
        + " ".join(
            f"{t.precision:5.2f}/{t.recall:4.2f}".rjust(w)
            for t, w in zip(pooled.values(), (11, 15, 11), strict=True)
        )
    )


if __name__ == "__main__":
    main()
