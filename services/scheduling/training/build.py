"""Rebuild the intent classifier: ``python -m services.scheduling.training.build``.

Reads ``examples.tsv`` (and ``corrections.tsv`` when present: the confirmations people
corrected), embeds every example, fits a logistic regression and writes
``intent_model.json`` next to this file. Prints cross-validated accuracy first.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from services.scheduling.understand.classify import MODEL_PATH, features
from services.scheduling.understand.embedder import Embedder, LocalMiniLM

HERE = Path(__file__).resolve().parent
SOURCES = (HERE / "examples.tsv", HERE / "corrections.tsv")
C = 16.0  # inverse regularisation, chosen by 5-fold cross-validation


def read_examples(paths: tuple[Path, ...] = SOURCES) -> list[tuple[str, str]]:
    """(intent, text) pairs from tab-separated files; ``#`` lines are comments."""
    examples = []
    for path in paths:
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            label, sep, text = line.partition("\t")
            if not sep or label not in {"schedule", "reschedule", "cancel", "none"}:
                raise SystemExit(f"{path}:{number}: expected '<intent>\\t<text>', got {line!r}")
            examples.append((label, text.replace("\\n", "\n")))
    return examples


def train(examples: list[tuple[str, str]], embed: Embedder) -> dict[str, object]:
    """Fit the model and return it as a JSON-ready dict."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    x = features([text for _, text in examples], embed)
    y = np.array([label for label, _ in examples])
    clf = LogisticRegression(C=C, max_iter=2000)
    scores = cross_val_score(clf, x, y, cv=5)
    print(f"{len(examples)} examples, 5-fold accuracy {scores.mean():.3f} (+/- {scores.std():.3f})")
    clf.fit(x, y)
    return {
        "labels": [str(c) for c in clf.classes_],
        "weights": np.round(clf.coef_, 6).tolist(),
        "bias": np.round(clf.intercept_, 6).tolist(),
        "examples": len(examples),
        "cv_accuracy": round(float(scores.mean()), 4),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    model = train(read_examples(), LocalMiniLM())
    args.out.write_text(json.dumps(model) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
