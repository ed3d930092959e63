"""Decoding recordings, cutting chunks at pauses, and the export formats."""

from __future__ import annotations

import io
import json
import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from docx import Document

from tests.transcription.conftest import FIXTURES
from transcription import NotAudioError
from transcription.audio import decode
from transcription.chunking import missed_speech, plan_chunks, streams
from transcription.diarize import cluster
from transcription.exports import export
from transcription.notes import Notes
from transcription.notes.actions import ActionItem
from transcription.notes.points import Point
from transcription.recognize import MEETING_PROMPT, Options
from transcription.types import Chunk, Segment, Transcript, Word


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


def test_chunks_are_dealt_into_even_runs_of_consecutive_chunks() -> None:
    chunks = [Chunk(i, 10.0 * i, 10.0 * i + 9) for i in range(11)]
    # eleven chunks in four runs: 3, 3, 3, 2, each in order, every chunk once
    runs = streams(chunks, 4)
    assert [[c.index for c in run] for run in runs] == [
        [0, 1, 2],
        [3, 4, 5],
        [6, 7, 8],
        [9, 10],
    ]
    # fewer chunks than runs: one run each; none at all: no run
    assert [[c.index for c in run] for run in streams(chunks[:2], 8)] == [[0], [1]]
    assert streams([], 8) == []


def words_at(*times: float) -> list[Word]:
    return [Word(t, t + 0.3, " word") for t in times]


def test_speech_left_without_words_becomes_a_chunk_of_its_own() -> None:
    # Given one chunk of three regions where Whisper stopped after the first sentence
    regions = [(1.0, 4.0), (5.0, 8.0), (9.0, 12.0)]
    chunks = [Chunk(0, 0.8, 12.2)]
    words = words_at(1.1, 1.6, 2.2, 2.9, 3.5)
    # When the missed speech is looked for
    missed = missed_speech(chunks, regions, words, first_index=1)
    # Then the two silent-in-text regions are one new chunk, numbered after the plan
    assert missed == [Chunk(1, 4.8, 12.2)]


def test_a_word_stretched_over_a_sentence_does_not_count_as_saying_it() -> None:
    # Given a 4 s region that got one word (alignment stretched it) and a short "Okay."
    regions = [(1.0, 3.0), (4.0, 8.0), (9.0, 9.6)]
    words = [*words_at(1.2, 1.8, 2.4), Word(4.0, 7.9, " week.")]
    missed = missed_speech([Chunk(0, 0.8, 9.8)], regions, [*words, *words_at(9.1)], 1)
    # Then the sparse region is looked at again; the one-word "Okay." is not
    assert missed == [Chunk(1, 3.8, 8.2)]


def test_speech_with_its_words_or_too_short_is_not_transcribed_again() -> None:
    regions = [(1.0, 3.0), (3.5, 4.2)]  # the second is 0.7 s: below the 1 s worth retrying
    assert missed_speech([Chunk(0, 0.8, 4.4)], regions, words_at(1.0, 1.5, 2.1), 1) == []
    assert missed_speech([Chunk(0, 0.8, 4.4)], [], [], 1) == []


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
    assert cells[4:8] == ["Priya", "send the deck", "Fri 27 Nov 2026", "00:00"]


def test_docx_dates_read_like_the_page_and_its_author_is_deskmate() -> None:
    transcript, notes = sample()
    document = Document(io.BytesIO(export("docx", transcript, notes)))
    # The due date as the page and the Markdown write it, not ISO
    assert document.tables[0].rows[1].cells[2].text == "Fri 27 Nov 2026"
    properties = document.core_properties
    assert properties.author == "deskmate" and properties.last_modified_by == "deskmate"
    assert properties.title == "Weekly sync" and "python-docx" not in properties.comments


def test_every_format_shows_the_open_questions_section_even_when_there_are_none() -> None:
    # Given notes with no open question (sample) and notes with one
    transcript, notes = sample()
    asked = replace(notes, questions=(Point("Who books the venue?", "Dana", 3661.25),))

    def docx_text(n: Notes) -> list[str]:
        return [p.text for p in Document(io.BytesIO(export("docx", transcript, n))).paragraphs]

    # Then Markdown and DOCX both keep the heading and say "None"
    md = export("md", transcript, notes).decode()
    assert "## Open questions\n\n- None\n" in md
    paragraphs = docx_text(notes)
    assert paragraphs[paragraphs.index("Open questions") + 1] == "None"
    # And a question is listed with who asked it and when, in both
    assert "- Who books the venue? (Dana, 1:01:01)" in export("md", transcript, asked).decode()
    assert "Who books the venue? (Dana, 1:01:01)" in docx_text(asked)


def cue_blocks(text: str) -> list[list[str]]:
    return [block.splitlines() for block in text.strip().split("\n\n")]


def test_vtt_and_srt_escape_markup_in_speaker_names() -> None:
    # Given speakers renamed on the page to names with markup and an ampersand
    transcript, _ = sample()
    renamed = transcript.renamed({"Dana": "Priya <b>S</b>", "Priya": "R&D team"})
    # Then the VTT voice tags and text are escaped, so every cue stays valid
    vtt = export("vtt", renamed).decode()
    assert "<v Priya &lt;b&gt;S&lt;/b&gt;>Priya, send the deck by Friday." in vtt
    assert "<v R&amp;D team>Will do." in vtt
    assert "<b>" not in vtt
    # And SRT, which players render as HTML, shows the name without the tags
    srt = export("srt", renamed).decode()
    assert "\nPriya S: Priya, send the deck by Friday.\n" in srt
    assert "\nR&D team: Will do.\n" in srt and "<b>" not in srt
    # And text that looks like a tag is escaped in VTT cue text
    tagged = Transcript("en", 5.0, (Segment(0.0, 2.0, "Use <i> for x & y.", "Dana"),))
    assert "<v Dana>Use &lt;i&gt; for x &amp; y." in export("vtt", tagged).decode()


def test_long_segments_become_cues_of_at_most_two_short_lines_timed_by_their_words() -> None:
    # Given a 12 s segment of 30 timed words (about 160 characters)
    text = (
        "we should move the launch to March because the vendor needs more time "
        "and the design review is not finished yet so let us plan for the first week"
    )
    words = tuple(
        Word(i * 0.4, i * 0.4 + 0.3, f" {w}", 1.0, "Dana") for i, w in enumerate(text.split())
    )
    transcript = Transcript("en", 12.0, (Segment(0.0, 12.0, text, "Dana", words),), ("Dana",))
    for fmt in ("srt", "vtt"):
        # (each cue as [number or "", times, line, ...])
        blocks = cue_blocks(export(fmt, transcript).decode())
        cues = [b if fmt == "srt" else ["", *b] for b in blocks if "-->" in "".join(b)]
        # Then it is split into several cues of at most two lines of about 42 characters
        assert len(cues) >= 2, fmt
        shown = [[line.replace("<v Dana>", "") for line in cue[2:]] for cue in cues]
        for lines in shown:
            assert 1 <= len(lines) <= 2 and all(len(line) <= 42 for line in lines), (fmt, lines)
        # And together they say the whole segment, in order, each timed by its own words
        spoken = " ".join(" ".join(lines) for lines in shown)
        assert spoken.replace("Dana: ", "") == text, fmt
        times = [cue[1].split(" --> ") for cue in cues]
        assert times[0][0].startswith("00:00:00") and times[-1][1].startswith("00:00:12")
        assert all(a[1] <= b[0] for a, b in zip(times, times[1:], strict=False)), times
    # And a short segment stays one cue on one line
    short = export("srt", sample()[0]).decode()
    assert "1\n00:00:00,500 --> 00:00:02,000\nDana: Priya, send the deck by Friday.\n" in short


def test_english_chunks_are_prompted_with_the_title_and_a_meeting_style() -> None:
    # Given options with a title, with an explicit prompt, and with no prompt wanted
    titled = Options(title="Hiring sync")
    # Then English chunks read the title and the meeting prompt; other languages the title
    assert titled.prompt_for("en") == f"Hiring sync. {MEETING_PROMPT}"
    assert titled.prompt_for("de") == "Hiring sync."
    assert Options().prompt_for("fr") is None
    assert Options(prompt="Priya, Omar, Kubernetes").prompt_for("en") == "Priya, Omar, Kubernetes"
    assert Options(prompt="", title="Hiring sync").prompt_for("en") is None


def test_an_odd_window_does_not_hide_two_speakers_or_become_a_third() -> None:
    # Given 256-d voice vectors of two alike people (ten windows each, noisy) and one odd
    # window, further from both than they are from each other
    rng = np.random.default_rng(7)
    e = np.eye(256)
    a, b, odd = e[0] + e[3], e[1] + e[3], e[2] + 0.3 * e[0]
    vectors = np.stack(
        [a + rng.normal(0, 0.04, 256) for _ in range(10)]
        + [b + rng.normal(0, 0.04, 256) for _ in range(10)]
        + [odd]
    )
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # When they are clustered
    labels = cluster(vectors)
    # Then there are two speakers, one per person, and the odd window joins the nearer one
    assert len(set(labels)) == 2
    assert len(set(labels[:10])) == 1 and len(set(labels[10:20])) == 1
    assert labels[0] != labels[10] and labels[20] == labels[0]
    # And one voice alone stays one speaker
    one = np.stack([a + rng.normal(0, 0.04, 256) for _ in range(12)])
    assert set(cluster(one / np.linalg.norm(one, axis=1, keepdims=True))) == {0}


def test_never_more_speakers_than_the_limit() -> None:
    # Given three clearly different voices, eight windows each
    rng = np.random.default_rng(3)
    e = np.eye(256)
    vectors = np.stack([e[k] + rng.normal(0, 0.03, 256) for k in (0, 1, 2) for _ in range(8)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # Then three are found when allowed, and at most two when two is the limit
    assert len(set(cluster(vectors))) == 3
    assert len(set(cluster(vectors, max_speakers=2))) <= 2
