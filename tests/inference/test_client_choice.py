"""Which client and device the settings give."""

from __future__ import annotations

import pytest

from services import inference
from services.inference.device import memory_bytes, pick_device
from services.inference.http_client import HttpClient
from services.inference.local import LocalClient
from tests.inference.fakes import FAKE_MODELS


def test_settings_without_worker_urls_give_an_in_process_worker(make_settings):
    client = inference.load(make_settings(device="cpu", batch_max_size=4, batch_max_wait_ms=2))
    try:
        assert isinstance(client, LocalClient)
        assert client.scheduler.device == "cpu"
        assert client.scheduler.max_batch == 4
        assert client.scheduler.max_wait == pytest.approx(0.002)
    finally:
        client.close()


def test_worker_urls_give_a_load_balancing_http_client(make_settings):
    client = inference.load(make_settings(worker_urls="http://gpu1:8001, http://gpu2:8001/"))
    try:
        assert isinstance(client, HttpClient)
        assert [w.url for w in client._workers] == ["http://gpu1:8001", "http://gpu2:8001"]
    finally:
        client.close()


def test_cpu_setting_never_picks_a_gpu():
    assert pick_device("cpu") == "cpu"


def test_auto_picks_cuda_only_when_torch_sees_a_gpu():
    import torch

    assert pick_device("auto") == ("cuda" if torch.cuda.is_available() else "cpu")


def test_cpu_memory_is_the_process_resident_set():
    rss = memory_bytes("cpu")["rss"]
    assert 10_000_000 < rss < 64 * 2**30


def test_preload_loads_every_model_at_start_and_reports_the_broken_ones(make_settings):
    # Given models_preload and a registry with a model whose weights are corrupted
    settings = make_settings(device="cpu", models_preload=True)
    # When the in-process worker starts
    client = LocalClient.from_settings(settings, registry=FAKE_MODELS)
    try:
        # Then the good model is loaded before any request, and the broken one says why not
        loaded = {info.name: info.loaded for info in client.models()}
        assert loaded == {"echo": True, "broken": False, "missing": False}
        errors = client.scheduler.errors()
        assert "deskmate-broken-weights" in errors["broken"]
        assert "no usable handler" in errors["missing"]
    finally:
        client.close()
