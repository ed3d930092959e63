"""The objects a process shares, built once from settings and passed into constructors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from services.config import Settings
from services.storage import Database

if TYPE_CHECKING:
    from services.inference import InferenceClient


@dataclass
class Runtime:
    """Settings, the database and (lazily) the inference client of one process."""

    settings: Settings
    db: Database
    _inference: InferenceClient | None = field(default=None, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Runtime:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return cls(settings=settings, db=Database(settings.sqlalchemy_url))

    @property
    def inference(self) -> InferenceClient:
        """The inference client: in-process, or HTTP to ``worker_urls`` when configured."""
        if self._inference is None:
            from services import inference

            self._inference = inference.load(self.settings)
        return self._inference

    def use_inference(self, client: InferenceClient) -> None:
        """Install a specific client (the worker process shares its own)."""
        self._inference = client
