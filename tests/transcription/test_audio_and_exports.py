"""Decoding recordings, cutting chunks at pauses, and the export formats."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from docx import Document

from tests.transcription.conftest import FIXTURES
from transcription import NotAudioError
from transcription.audio import decode
from transcription.chunking import plan_chunks
from transcription.exports import export
from transcription.notes import Notes
from transcription.notes.actions import ActionItem
from transcription.notes.decisions import Point
from transcription.types import Segment, Transcript, Word


def test_a_pdf_renamed_mp3_is_not_an_audio_or_video_file(tmp_path: Path) -> None:
    fake = tmp_path / "minutes.mp3"
    fake.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    with pytest.raises(NotAudioError, match="not an audio or video file"):
        decode(fake)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(NotAudioError, match="not an audio or video file"):
        decode(empty)


@pytest.mark.parametrize("suffix", [".mp3", ".ogg", ".mp4"])
def test_compressed_audio_and_video_decode_to_16k_mono(tmp_path: Path, suffix: str) -> None:
    # Given the 4 s ARCTIC clip re-encoded (as a video with a black picture for .mp4)
    target = tmp_path / f"clip{suffix}"
    video = ["-f", "lavfi", "-i", "color=black:s=64x64:d=4"] if suffix == ".mp4" else []
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            *video,
            "-i",
            str(FIXTURES / "arctic_a0007.wav"),
            "-shortest",
            str(target),
        ],
        check=True,
    )
    # When it is decoded
    audio = decode(target)
    # Then it is 4 s of 16 kHz float samples with sound in them
    assert abs(len(audio) / 16_000 - 4.0) < 0.15
    assert audio.dtype.name == "float32" and float(abs(audio).max()) > 0.1


def test_chunks_are_cut_at_pauses_and_never_longer_than_the_limit() -> None:
    regions = [(1, 5), (6, 20), (21, 40), (50, 52), (52.5, 130)]
    chunks = plan_chunks(regions, 140, 30)
    assert all(c.duration <= 30 + 1e-6 for c in chunks)
    # a pause of 10 s always starts a new chunk; 30-50 s is never sent
    assert not any(c.start < 45 < c.end for c in chunks)
    # cuts fall in pauses, except inside the 77 s monologue which is split evenly
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert chunks[0].start == pytest.approx(0.8) and chunks[-1].end == pytest.approx(130.2)
    assert plan_chunks([], 60, 30) == []


def sample() -> tuple[Transcript, Notes]:
    words = (Word(0.5, 1.0, " Priya,", 0.9, "Dana"), Word(1.0, 2.0, " send", 0.9, "Dana"))
    transcript = Transcript(
        "en",
        3723.5,
        (
            Segment(0.5, 2.0, "Priya, send the deck by Friday.", "Dana", words),
            Segment(3661.25, 3662.5, "Will do.", "Priya"),
        ),
        ("Dana", "Priya"),
        "whisper-tiny.en",
    )
    notes = Notes(
        "Weekly sync",
        "Dana: Priya, send the deck by Friday.",
        (Point("We agreed to ship.", "Dana", 0.5),),
        (
            ActionItem(
                "Priya",
                "send the deck",
                __import__("datetime").date(2026, 11, 27),
                "Dana",
                0.5,
                "Priya, send the deck by Friday.",
            ),
        ),
        (),
    )
    return transcript, notes


def test_srt_and_vtt_have_numbered_timed_cues_with_speakers() -> None:
    transcript, _ = sample()
    srt = export("srt", transcript).decode()
    assert srt.startswith(
        "1\n00:00:00,500 --> 00:00:02,000\nDana: Priya, send the deck by Friday.\n"
    )
    assert "2\n01:01:01,250 --> 01:01:02,500\nPriya: Will do.\n" in srt
    vtt = export("vtt", transcript).decode()
    assert vtt.startswith("WEBVTT\n") and "01:01:01.250 --> 01:01:02.500\n<v Priya>Will do." in vtt
    assert export("txt", transcript).decode().splitlines()[1] == "[1:01:01] Priya: Will do."


def test_json_notes_follow_the_cli_contract() -> None:
    transcript, notes = sample()
    data = json.loads(export("json", transcript, notes))
    assert {"title", "summary", "decisions", "action_items", "transcript"} <= set(data)
    assert data["decisions"] == ["We agreed to ship."]
    assert {k: data["action_items"][0][k] for k in ("owner", "task", "due")} == {
        "owner": "Priya",
        "task": "send the deck",
        "due": "2026-11-27",
    }
    assert set(data["transcript"]) >= {"language", "text", "segments"}
    assert data["transcript"]["segments"][1] == {
        "start": 3661.25,
        "end": 3662.5,
        "speaker": "Priya",
        "text": "Will do.",
    }


def test_markdown_and_docx_carry_notes_and_transcript() -> None:
    transcript, notes = sample()
    md = export("md", transcript, notes).decode()
    assert (
        "# Weekly sync" in md
        and "- [ ] **Priya**: send the deck, due Fri 27 Nov 2026 (00:00)" in md
    )
    document = Document(io.BytesIO(export("docx", transcript, notes)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert "Weekly sync" in text and "Will do." in text
    assert cells[4:8] == ["Priya", "send the deck", "2026-11-27", "00:00"]
