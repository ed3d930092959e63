"""JSON encoding of inputs and outputs over HTTP: plain JSON values, plus tagged arrays.

- ``{"$ndarray": {"dtype": "float32", "shape": [n, ...], "data": "<base64>"}}``: any numpy
  array, raw little-endian bytes (dtypes in :data:`DTYPES`). Decodes to ``numpy.ndarray``.
- ``{"$audio": {"pcm": "<base64>", "encoding": "float32" | "int16", "sample_rate": 16000}}``:
  mono 16 kHz PCM, decoded to a float32 array in [-1, 1] (what the speech models take).

Tags may sit anywhere inside an input (e.g. ``{"audio": {"$audio": ...}, "language": "en"}``).
Outputs are encoded the same way: arrays as ``$ndarray``, numpy scalars as numbers,
dataclasses as objects.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
from typing import Any

import numpy as np

from services.inference import BadRequest

DTYPES = ("float32", "float64", "float16", "int16", "int32", "int64", "uint8", "bool")
SAMPLE_RATE = 16_000
MAX_DEPTH = 32


def encode(value: Any) -> Any:
    """A JSON-ready copy of ``value`` (numpy arrays tagged, dataclasses as dicts)."""
    if isinstance(value, np.ndarray):
        array = np.ascontiguousarray(value)
        if array.dtype.name not in DTYPES:
            array = array.astype(np.float32)
        return {
            "$ndarray": {
                "dtype": array.dtype.name,
                "shape": list(array.shape),
                "data": base64.b64encode(
                    array.astype(array.dtype.newbyteorder("<")).tobytes()
                ).decode(),
            }
        }
    if isinstance(value, np.generic):
        return value.item()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    return value


def decode(value: Any, where: str = "inputs", depth: int = 0) -> Any:
    """The Python value of a JSON value (tags decoded); BadRequest names the bad path."""
    if depth > MAX_DEPTH:
        raise BadRequest(f"{where}: nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, dict):
        if "$ndarray" in value:
            return _ndarray(value["$ndarray"], f"{where}.$ndarray")
        if "$audio" in value:
            return _audio(value["$audio"], f"{where}.$audio")
        return {k: decode(v, f"{where}.{k}", depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v, f"{where}[{i}]", depth + 1) for i, v in enumerate(value)]
    return value


def _bytes(spec: Any, key: str, where: str) -> bytes:
    if not isinstance(spec, dict) or not isinstance(spec.get(key), str):
        raise BadRequest(f"{where}: expected an object with a base64 string {key!r}")
    try:
        return base64.b64decode(spec[key], validate=True)
    except (binascii.Error, ValueError) as e:
        raise BadRequest(f"{where}.{key}: not valid base64 ({e})") from e


def _ndarray(spec: Any, where: str) -> np.ndarray:
    raw = _bytes(spec, "data", where)
    dtype, shape = spec.get("dtype"), spec.get("shape")
    if dtype not in DTYPES:
        raise BadRequest(f"{where}.dtype: expected one of {', '.join(DTYPES)}, got {dtype!r}")
    if not (isinstance(shape, list) and all(isinstance(n, int) and n >= 0 for n in shape)):
        raise BadRequest(f"{where}.shape: expected a list of non-negative integers, got {shape!r}")
    item = np.dtype(dtype).newbyteorder("<")
    expected = int(np.prod(shape, dtype=np.int64)) * item.itemsize
    if len(raw) != expected:
        raise BadRequest(
            f"{where}: shape {shape} of {dtype} needs {expected} bytes, got {len(raw)}"
        )
    return np.frombuffer(raw, dtype=item).reshape(shape).astype(dtype)


def _audio(spec: Any, where: str) -> np.ndarray:
    raw = _bytes(spec, "pcm", where)
    encoding = spec.get("encoding", "float32")
    rate = spec.get("sample_rate", SAMPLE_RATE)
    if rate != SAMPLE_RATE:
        raise BadRequest(
            f"{where}.sample_rate: resample to {SAMPLE_RATE} Hz mono first, got {rate!r}"
        )
    if encoding not in ("float32", "int16"):
        raise BadRequest(f"{where}.encoding: expected 'float32' or 'int16', got {encoding!r}")
    width = 4 if encoding == "float32" else 2
    if len(raw) % width:
        raise BadRequest(
            f"{where}.pcm: {len(raw)} bytes is not a whole number of {encoding} samples"
        )
    if encoding == "int16":
        return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    return np.frombuffer(raw, dtype="<f4").astype(np.float32)
