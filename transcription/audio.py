"""Decoding any recording ffmpeg understands into 16 kHz mono float32 samples."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np

from transcription import NotAudioError, TranscriptionError

SAMPLE_RATE = 16_000
NOT_AUDIO = "not an audio or video file"


def _ffmpeg(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise TranscriptionError(f"{tool} is not installed (Debian package ffmpeg)")
    return path


def has_audio(path: Path) -> bool:
    """Whether ``path`` holds at least one audio stream (ffprobe's view, not the file name)."""
    result = subprocess.run(
        [
            _ffmpeg("ffprobe"),
            "-v",
            "error",
            "-show_entries",
            "stream=codec_type",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        return False
    try:
        streams = json.loads(result.stdout or "{}").get("streams", [])
    except json.JSONDecodeError:
        return False
    return any(stream.get("codec_type") == "audio" for stream in streams)


def decode(path: Path) -> np.ndarray:
    """The first audio stream of ``path`` as 16 kHz mono float32 in [-1, 1].

    Raises:
        NotAudioError: the file is missing, empty, or has no decodable audio stream.
    """
    if not path.is_file() or path.stat().st_size == 0:
        raise NotAudioError(f"{path.name}: {NOT_AUDIO} (the file is empty or missing)")
    if not has_audio(path):
        raise NotAudioError(f"{path.name}: {NOT_AUDIO} (ffmpeg finds no sound in it)")
    result = subprocess.run(
        [
            _ffmpeg("ffmpeg"),
            "-nostdin",
            "-v",
            "error",
            "-i",
            str(path),
            "-map",
            "0:a:0",
            "-ac",
            "1",
            "-ar",
            str(SAMPLE_RATE),
            "-f",
            "f32le",
            "-",
        ],
        capture_output=True,
        timeout=3600,
        check=False,
    )
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise NotAudioError(f"{path.name}: {NOT_AUDIO} ({' '.join(detail) or 'decoding failed'})")
    return np.frombuffer(result.stdout, dtype="<f4").astype(np.float32)
