"""Turn a model name from :data:`MODELS` into a handler instance (not yet loaded)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from services.inference import ModelUnavailable, UnknownModel
from services.inference.models import ModelHandler


def handler_class(name: str, registry: Mapping[str, str]) -> type[ModelHandler]:
    """The handler class registered under ``name``.

    Raises:
        UnknownModel: no such name (the message lists the known ones).
        ModelUnavailable: the handler's module or class cannot be imported.
    """
    if name not in registry:
        raise UnknownModel(f"unknown model {name!r}; known models: {', '.join(sorted(registry))}")
    module_name, _, class_name = registry[name].partition(":")
    try:
        module = importlib.import_module(module_name)
        cls = getattr(module, class_name)
    except (ImportError, AttributeError) as e:
        raise ModelUnavailable(
            f"model {name!r} has no usable handler {registry[name]} ({type(e).__name__}: {e})"
        ) from e
    if not (isinstance(cls, type) and issubclass(cls, ModelHandler)):
        raise ModelUnavailable(f"model {name!r}: {registry[name]} is not a ModelHandler")
    return cls


def create(
    name: str, registry: Mapping[str, str], device: str, model_paths: Mapping[str, str]
) -> ModelHandler:
    """A fresh handler for ``name`` on ``device``, with the operator's weights path if any."""
    return handler_class(name, registry)(device=device, path=model_paths.get(name))
