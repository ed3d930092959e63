"""Recognition's bookkeeping with a scripted worker: retries of missed speech, resumed chunks,
the prompt each chunk is read after."""

from __future__ import annotations

from typing import Any

import numpy as np

from services.inference import InferenceClient, ModelInfo
from services.inference.models.whisper import MAX_PROMPT
from transcription.recognize import MEETING_PROMPT, Options, follow_on, recognize

SR = 16_000
AUDIO = np.zeros(10 * SR, np.float32)  # the scripted worker decides what is "said"


def word(start: float, end: float, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "word": f" {text}", "probability": 0.9}


class ScriptedWorker(InferenceClient):
    """Speech at 1-4 s and 5-8 s. Whisper, on the whole 0.8-8.2 s chunk, hears the first
    sentence and stretches its last word over the second; on 4.8-8.2 s alone, the second."""

    def __init__(self) -> None:
        self.clips: list[tuple[float, str | None]] = []  # (seconds, prompt) per Whisper call

    def run(self, model: str, inputs: list[Any], **kwargs: Any) -> list[Any]:
        if model == "vad":
            return [[{"start": 1.0, "end": 4.0}, {"start": 5.0, "end": 8.0}]]
        seconds = len(inputs[0]["audio"]) / SR
        self.clips.append((round(seconds, 1), inputs[0].get("prompt")))
        if seconds > 5:  # the whole chunk, from 0.8 s
            words = [word(0.3, 0.6, "Hi"), word(0.7, 1.0, "there,"), word(1.1, 1.5, "all.")]
            words.append(word(2.8, 7.1, "Okay."))
        else:  # the missed speech, from 4.8 s
            words = [word(0.3, 0.6, "We"), word(0.7, 1.0, "ship"), word(1.1, 1.5, "Friday.")]
        text = "".join(w["word"] for w in words)
        return [
            {"language": "en", "segments": [{"start": 0, "end": 7, "text": text, "words": words}]}
        ]

    async def arun(self, model: str, inputs: list[Any], **kwargs: Any) -> list[Any]:
        return self.run(model, inputs, **kwargs)

    def models(self) -> list[ModelInfo]:
        return []


def test_speech_whisper_skipped_is_heard_again_and_the_stretched_word_kept() -> None:
    # Given Whisper hearing only the first sentence of the chunk
    worker = ScriptedWorker()
    # When the recording is recognised
    found = recognize(worker, AUDIO, Options(model="tiny.en"))
    # Then the second stretch of speech went to Whisper again on its own, without a prompt
    assert worker.clips[0][0] == 7.4 and worker.clips[0][1] is not None
    assert worker.clips[1:] == [(3.4, None)]
    # And its words join the first pass's; the stretched "Okay." stays, ending where they begin
    assert [(w.text.strip(), w.start, w.end) for w in found.words] == [
        ("Hi", 1.1, 1.4),
        ("there,", 1.5, 1.8),
        ("all.", 1.9, 2.3),
        ("Okay.", 3.6, 4.8),
        ("We", 5.1, 5.4),
        ("ship", 5.5, 5.8),
        ("Friday.", 5.9, 6.3),
    ]


def test_a_chunk_saved_for_another_span_is_transcribed_again() -> None:
    # Given a first pass saved by a run whose plan cut the chunk elsewhere, and one that matches
    saved: dict[int, dict[str, Any]] = {}

    def keep(chunk: Any, result: dict[str, Any], fraction: float) -> None:
        saved[chunk.index] = result

    recognize(ScriptedWorker(), AUDIO, Options(model="tiny.en"), on_chunk=keep)
    stale = {0: {**saved[0], "span": [0.0, 9.0]}}
    # When a resumed job gets each
    again, resumed = ScriptedWorker(), ScriptedWorker()
    recognize(again, AUDIO, Options(model="tiny.en"), done=stale)
    recognize(resumed, AUDIO, Options(model="tiny.en"), done=dict(saved))
    # Then the stale chunk is transcribed again; the matching ones are not
    assert [seconds for seconds, _ in again.clips] == [7.4, 3.4]
    assert resumed.clips == []


class ThreeSentences(ScriptedWorker):
    """Three sentences 5 s apart, each its own chunk; the audio of sentence i is i + 1 flat."""

    SAID = ("We ship Friday.", "Priya takes the finance review.", "Omar books the room.")

    def __init__(self) -> None:
        super().__init__()
        self.prompts: dict[str, str | None] = {}  # sentence heard -> prompt it came with

    def run(self, model: str, inputs: list[Any], **kwargs: Any) -> list[Any]:
        if model == "vad":
            return [[{"start": 1.0 + 9 * i, "end": 5.0 + 9 * i} for i in range(3)]]
        level = float(np.max(inputs[0]["audio"]))
        text = self.SAID[round(level) - 1]
        self.prompts[text] = inputs[0].get("prompt")
        words = [word(0.3 + i * 0.4, 0.6 + i * 0.4, w) for i, w in enumerate(text.split())]
        return [
            {"language": "en", "segments": [{"start": 0, "end": 3, "text": text, "words": words}]}
        ]


def three_sentences() -> np.ndarray:
    audio = np.zeros(30 * SR, np.float32)
    for i in range(3):
        audio[int((1.0 + 9 * i) * SR) : int((5.0 + 9 * i) * SR)] = i + 1
    return audio


def test_a_chunk_is_read_after_the_text_before_it_in_its_run(monkeypatch: Any) -> None:
    # Given three chunks decoded in two runs side by side: (1st, 2nd) and (3rd)
    monkeypatch.setattr("transcription.recognize.IN_FLIGHT", 2)
    worker = ThreeSentences()
    # When the recording is recognised
    found = recognize(worker, three_sentences(), Options(model="tiny.en", title="Launch"))
    # Then each run's first chunk gets the meeting prompt; the 2nd reads after the 1st's text
    first, second, third = ThreeSentences.SAID
    base = Options(title="Launch").prompt_for("en")
    assert worker.prompts == {first: base, second: f"{base} {first}", third: base}
    assert " ".join(w.text.strip() for w in found.words) == " ".join(ThreeSentences.SAID)


def test_a_resumed_chunk_reads_after_the_saved_text_and_no_prompt_means_none(
    monkeypatch: Any,
) -> None:
    # Given the first chunk saved by a crashed run
    monkeypatch.setattr("transcription.recognize.IN_FLIGHT", 2)
    saved: dict[int, dict[str, Any]] = {}
    recognize(
        ThreeSentences(),
        three_sentences(),
        Options(model="tiny.en"),
        on_chunk=lambda chunk, result, _: saved.update({chunk.index: result}),
    )
    resumed, unprompted = ThreeSentences(), ThreeSentences()
    # When the job resumes, and when another recording asks for no prompt at all
    recognize(resumed, three_sentences(), Options(model="tiny.en"), done={0: saved[0]})
    recognize(unprompted, three_sentences(), Options(model="tiny.en", prompt=""))
    # Then the second chunk still reads after the first one's saved text
    first, second, third = ThreeSentences.SAID
    assert resumed.prompts == {second: f"{MEETING_PROMPT} {first}", third: MEETING_PROMPT}
    # And "no prompt" holds for every chunk, not just each run's first
    assert set(unprompted.prompts.values()) == {None}


def test_the_prompt_keeps_the_most_recent_words_whole() -> None:
    # Given a long text said before a chunk
    before = " ".join(f"word{i}" for i in range(200))
    # When the chunk's prompt is made
    prompt = follow_on("Meeting notes.", before)
    # Then it ends with the last words, starts at a whole word and fits what Whisper takes
    assert prompt is not None and prompt.endswith("word198 word199")
    assert len(prompt) <= MAX_PROMPT and prompt.split()[0].startswith("word")
    assert before.endswith(prompt)
    assert follow_on(None, "") is None and follow_on("Hi.", "") == "Hi."
