"""``deskmate transcribe`` and ``deskmate notes`` as a user runs them."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from services.cli import _register, cli
from tests.transcription.conftest import FIXTURES
from transcription.scoring import wer

pytestmark = pytest.mark.slow


@pytest.fixture
def run(tmp_path: Path, model_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DESKMATE_DATA_DIR", str(model_dir))
    _register()

    def invoke(*args: str) -> tuple[int, str, str]:
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return invoke


def test_transcribe_prints_json_words_and_shows_progress_on_stderr(run) -> None:
    code, out, err = run(
        "transcribe", str(FIXTURES / "arctic_a0007.wav"), "--format", "json", "--model", "tiny.en"
    )
    assert code == 0 and "Transcribing arctic_a0007.wav" in err
    data = json.loads(out)
    assert (
        wer("And you always want to see it in the superlative degree.", data["transcript"]["text"])
        == 0.0
    )
    assert data["transcript"]["segments"][0]["words"][0]["text"].strip().lower() == "and"


def test_transcribe_refuses_a_file_that_is_not_audio(run, tmp_path: Path) -> None:
    fake = tmp_path / "slides.mp3"
    fake.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, _, err = run("transcribe", str(fake))
    assert code == 1 and "not an audio or video file" in err


def test_a_recording_without_speech_says_so_and_still_writes_the_empty_transcript(
    run, tmp_path: Path
) -> None:
    # Given three seconds of a pure 440 Hz tone: audio, but nobody speaking
    tone = tmp_path / "tone.wav"
    samples = (0.3 * np.sin(2 * np.pi * 440 * np.arange(3 * 16_000) / 16_000) * 32767).astype(
        np.int16
    )
    with wave.open(str(tone), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(samples.tobytes())
    code, out, err = run("transcribe", str(tone), "--format", "json", "--model", "tiny.en")
    # Then the run succeeds with an empty transcript, and stderr tells why it is empty
    assert code == 0 and json.loads(out)["transcript"]["segments"] == []
    assert "No speech found in tone.wav" in err


def test_notes_json_follows_the_contract(run, rendered: dict[str, Path]) -> None:
    code, out, _ = run(
        "notes",
        str(rendered["hiring"]),
        "--format",
        "json",
        "--model",
        "tiny.en",
        "--date",
        "2026-11-23T10:00",
        "--title",
        "Hiring sync",
    )
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Hiring sync" and data["summary"]
    assert any("agreed" in d for d in data["decisions"])
    assert {"owner": "Priya", "due": "2026-11-26"} in [
        {"owner": a["owner"], "due": a["due"]} for a in data["action_items"]
    ]
    segment = data["transcript"]["segments"][0]
    assert set(segment) == {"start", "end", "speaker", "text"} and segment["speaker"] == "Omar"


def test_a_prompt_longer_than_whisper_reads_is_refused(run) -> None:
    code, _, err = run("transcribe", str(FIXTURES / "arctic_a0007.wav"), "--prompt", "x" * 401)
    assert code == 2 and "--prompt" in err and "401 characters; at most 400" in err


def test_a_date_that_is_not_iso_8601_is_refused_before_any_work(run) -> None:
    code, _, err = run("notes", str(FIXTURES / "arctic_a0007.wav"), "--date", "next Tuesday")
    assert code == 2 and "--date" in err and "is not a date and time like 2026-11-23T10:00" in err
