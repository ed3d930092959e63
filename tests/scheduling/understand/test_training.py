"""The committed classifier and the script that rebuilds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.scheduling.training.build import SOURCES, read_examples
from services.scheduling.understand.classify import load_model
from services.scheduling.understand.errors import ModelMissing


def test_training_data_covers_every_intent_in_five_languages() -> None:
    examples = read_examples(SOURCES)
    assert {label for label, _ in examples} == {"schedule", "reschedule", "cancel", "none"}
    assert len(examples) >= 150


def test_a_malformed_training_line_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("schedule\tfine\nmaybe\tnot a label\n")
    with pytest.raises(SystemExit, match="bad.tsv:2"):
        read_examples((bad,))


def test_committed_model_has_the_four_intents() -> None:
    model = load_model()
    assert model.labels == ("cancel", "none", "reschedule", "schedule")
    assert model.weights.shape[0] == 4


def test_missing_model_says_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="training.build"):
        load_model(tmp_path / "nope.json")
