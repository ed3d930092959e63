"""The speech models of the inference worker, on real speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from services.inference import BadRequest, Priority
from services.inference.models.whisper import WhisperBase, WhisperTinyEn
from services.inference.models.whisper_convert import dims_of, read_ctranslate2
from services.inference.weights import sha256_of
from tests.transcription.conftest import ARCTIC_TEXT, RecordingClient
from transcription.scoring import normalise

SR = 16_000


def test_whisper_rejects_inputs_it_cannot_take() -> None:
    # Given handlers that are not loaded (validation needs no weights)
    tiny, base = WhisperTinyEn(), WhisperBase()
    # Then malformed inputs are refused with a message saying what is wrong
    with pytest.raises(BadRequest, match="1-D float32"):
        tiny.validate({"audio": np.zeros((2, SR), np.float32)})
    with pytest.raises(BadRequest, match="at most 30 s"):
        tiny.validate({"audio": np.zeros(40 * SR, np.float32)})
    with pytest.raises(BadRequest, match="English-only"):
        tiny.validate({"audio": np.zeros(SR, np.float32), "language": "de"})
    with pytest.raises(BadRequest, match="engine"):
        base.validate({"audio": np.zeros(SR, np.float32), "engine": "whisper.cpp"})
    with pytest.raises(BadRequest, match="'prompt' must be text of at most 400"):
        tiny.validate({"audio": np.zeros(SR, np.float32), "prompt": "word " * 100})
    with pytest.raises(BadRequest, match="'prompt'"):
        tiny.validate({"audio": np.zeros(SR, np.float32), "prompt": ["Priya"]})
    base.validate({"audio": np.zeros(SR, np.float32), "language": "de"})


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["faster-whisper", "openai-whisper"])
def test_tiny_en_transcribes_the_arctic_clip_exactly_on_both_engines(
    speech_client: RecordingClient, arctic: np.ndarray, engine: str
) -> None:
    # Given the real CMU ARCTIC clip
    # When tiny.en transcribes it with word timestamps on the engine
    [result] = speech_client.run(
        "whisper-tiny.en", [{"audio": arctic, "word_timestamps": True, "engine": engine}]
    )
    # Then the words are exactly the reference, with ordered times inside the clip
    text = " ".join(seg["text"] for seg in result["segments"])
    assert normalise(text) == normalise(ARCTIC_TEXT)
    words = [w for seg in result["segments"] for w in seg["words"]]
    assert normalise("".join(w["word"] for w in words)) == normalise(ARCTIC_TEXT)
    starts = [w["start"] for w in words]
    assert starts == sorted(starts) and 0.0 <= starts[0] < 1.0 and words[-1]["end"] <= 4.1
    assert result["language"] == "en"


@pytest.mark.slow
def test_clips_with_prompts_of_any_length_are_decoded_in_one_batch_each_after_its_own(
    model_dir: object, arctic: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given tiny.en and three clips prompted with text of different lengths and styles
    tiny = WhisperTinyEn()
    tiny.load()
    model = tiny.engine("faster-whisper").model
    encoded: list[int] = []
    encode = model.encode
    monkeypatch.setattr(
        model, "encode", lambda features: encoded.append(len(features)) or encode(features)
    )
    prompts = [
        "and so we went on talking about it without any capitals at all and then we stopped",
        "Hello, everyone. Let's start!",
        "Meeting notes. Hello everyone, thanks for joining. Let's get started.",
    ]
    # When the worker runs them as one batch
    results = tiny.run_batch([{"audio": arctic, "prompt": p} for p in prompts])
    # Then one encoder pass decodes all three, each in the style of its own prompt
    assert encoded == [3]
    texts = [" ".join(seg["text"].strip() for seg in r["segments"]) for r in results]
    assert [normalise(text) for text in texts] == [normalise(ARCTIC_TEXT)] * 3
    assert texts[0].startswith("and") and texts[1].startswith("And")


@pytest.mark.slow
def test_openai_whisper_checkpoint_is_converted_once_from_the_bundled_model(
    speech_client: RecordingClient, model_dir: object, arctic: np.ndarray
) -> None:
    # Given the engine was used (previous test or now)
    speech_client.run("whisper-tiny.en", [{"audio": arctic, "engine": "openai-whisper"}])
    # Then one converted checkpoint sits under <data_dir>/models, with the model's dimensions
    from pathlib import Path

    checkpoints = list(
        (Path(str(model_dir)) / "models" / "whisper-tiny.en").glob("openai-whisper-*.pt")
    )
    assert len(checkpoints) == 1
    tiny = WhisperTinyEn()
    dims = dims_of(read_ctranslate2(tiny.model_dir() / "model.bin"))
    assert dims["n_audio_layer"] == 4 and dims["n_text_state"] == 384 and dims["n_vocab"] == 51864


@pytest.mark.slow
def test_whisper_base_is_assembled_from_two_parts_and_detects_english(
    speech_client: RecordingClient, model_dir: object, arctic: np.ndarray
) -> None:
    # When whisper-base is asked for the clip's language
    [found] = speech_client.run("whisper-base", [{"audio": arctic, "task": "detect_language"}])
    # Then it says English, and its model.bin was assembled and matches the pinned digest
    assert found["language"] == "en" and found["language_probability"] > 0.5
    from pathlib import Path

    assembled = Path(str(model_dir)) / "models" / "whisper-base" / "model.bin"
    assert sha256_of(assembled) == WhisperBase.model_sha256


@pytest.mark.slow
def test_vad_finds_speech_and_nothing_in_silence(
    speech_client: RecordingClient, arctic: np.ndarray
) -> None:
    # Given two seconds of silence, then the ARCTIC clip
    audio = np.concatenate([np.zeros(2 * SR, np.float32), arctic]).astype(np.float32)
    # When the VAD runs on it and on pure silence
    [regions, none] = speech_client.run(
        "vad", [{"audio": audio}, {"audio": np.zeros(3 * SR, np.float32)}], priority=Priority.BATCH
    )
    # Then speech starts after the silence and silence alone has no speech
    assert none == []
    assert regions and regions[0]["start"] >= 1.8 and regions[-1]["end"] <= 6.05


@pytest.mark.slow
def test_an_operators_own_torchscript_vad_gives_the_same_speech(
    arctic: np.ndarray, tmp_path: Path
) -> None:
    # Given the VAD with the bundled ONNX model, and one pointed at a Silero TorchScript file
    from importlib.resources import files

    from services.inference.models.vad import SileroVad

    jit = Path(str(files("silero_vad") / "data" / "silero_vad.jit"))
    onnx, own = SileroVad(), SileroVad(path=str(jit))
    onnx.load()
    own.load()
    audio = np.concatenate([np.zeros(2 * SR, np.float32), arctic]).astype(np.float32)
    # When both look for speech
    [a], [b] = onnx.run_batch([{"audio": audio}]), own.run_batch([{"audio": audio}])
    # Then both find the one sentence after the silence, within a tenth of a second
    assert len(a) == len(b) == 1
    assert abs(a[0]["start"] - b[0]["start"]) < 0.1 and abs(a[0]["end"] - b[0]["end"]) < 0.1
    assert own.weights_path() == str(jit) and onnx.weights_path().endswith("silero_vad_v6.onnx")


@pytest.mark.slow
def test_speaker_embeddings_are_closer_for_one_voice_than_for_two(
    speech_client: RecordingClient, phone_call: np.ndarray
) -> None:
    # Given three stretches of the real call: two by Diane, one by Sheila (per the RTTM)
    def clip(start: float, end: float) -> np.ndarray:
        return np.ascontiguousarray(phone_call[int(start * SR) : int(end * SR)])

    diane_a, diane_b, sheila = clip(10.6, 14.4), clip(18.1, 21.4), clip(22.0, 28.3)
    # When they are embedded
    vectors = [np.asarray(v) for v in speech_client.run("speaker", [diane_a, diane_b, sheila])]
    # Then each is a unit 256-d vector and Diane is closer to Diane than to Sheila
    assert all(v.shape == (256,) and abs(np.linalg.norm(v) - 1) < 1e-3 for v in vectors)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
    assert float(vectors[0] @ vectors[1]) > float(vectors[1] @ vectors[2])
