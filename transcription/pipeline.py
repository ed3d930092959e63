"""From samples to a transcript with speakers: recognise, diarise, segment, name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from services.inference import InferenceClient
from transcription.diarize import diarize
from transcription.naming import resolve_names
from transcription.recognize import ChunkDone, Options, recognize
from transcription.segments import build_segments
from transcription.types import Transcript


def transcribe(
    client: InferenceClient,
    audio: np.ndarray,
    options: Options,
    *,
    speakers: bool = True,
    done: Mapping[int, dict[str, Any]] | None = None,
    on_chunk: ChunkDone | None = None,
) -> Transcript:
    """The transcript of ``audio``; speakers labelled and, where the talk says so, named."""
    recognition = recognize(client, audio, options, done=done, on_chunk=on_chunk)
    words = (
        diarize(client, audio, recognition.regions, recognition.words)
        if speakers
        else list(recognition.words)
    )
    segments = build_segments(words)
    labels = tuple(dict.fromkeys(seg.speaker for seg in segments if seg.speaker))
    transcript = Transcript(
        recognition.language, recognition.duration, tuple(segments), labels, recognition.model
    )
    return transcript.renamed(resolve_names(segments)) if speakers else transcript
