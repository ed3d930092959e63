"""One settings schema, read once at start-up from the environment and an optional TOML file.

Every value is validated here; a bad one stops start-up with the setting's name and the
form it expects (see :class:`ConfigError`).
"""

from __future__ import annotations

import os
import tomllib
import zoneinfo
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

ENV_PREFIX = "DESKMATE_"


class ConfigError(Exception):
    """A setting is missing or malformed; the message names it and the expected form."""


class Settings(BaseModel):
    """All of deskmate's settings. Environment: ``DESKMATE_<NAME>``; TOML: ``name = value``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    data_dir: Path = Field(
        Path("./var"), description="directory for the database, mail and uploads"
    )
    database_url: str = Field("", description="SQLAlchemy URL; default sqlite under data_dir")
    web_host: str = Field("127.0.0.1", description="address the web app listens on")
    web_port: int = Field(8000, ge=1, le=65535, description="port of the web app")
    smtp_host: str = Field("127.0.0.1", description="address the SMTP gateway listens on")
    smtp_port: int = Field(2525, ge=1, le=65535, description="port of the SMTP gateway")
    smtp_relay: str = Field("", description="host:port of the relay for outgoing mail")
    smtp_relay_user: str = ""
    smtp_relay_password: str = ""
    smtp_relay_starttls: bool = False
    smtp_max_message_bytes: int = Field(50 * 1024 * 1024, ge=1024)
    smtp_max_recipients: int = Field(50, ge=1)
    smtp_max_per_sender_per_minute: int = Field(30, ge=1)
    smtp_tls_cert: str = ""
    smtp_tls_key: str = ""
    dkim_verify: bool = False
    assistant_addresses: tuple[str, ...] = Field(
        ("amy@deskmate.localhost",), description="comma-separated addresses the assistant answers"
    )
    allowed_sender_domains: tuple[str, ...] = Field(
        ("deskmate.localhost", "example.com"),
        description="comma-separated domains whose people may ask the assistant to act",
    )
    default_timezone: str = Field("UTC", description="IANA zone, e.g. Europe/Berlin")
    device: Literal["auto", "cpu", "cuda"] = "auto"
    public_url: str = Field("", description="base URL people use to reach the web app")
    secret_key: str = Field("", description="signs sessions; generated under data_dir if empty")
    # jobs
    jobs_backend: Literal["embedded", "celery"] = "embedded"
    celery_broker_url: str = "redis://127.0.0.1:6379/0"
    celery_queue: str = Field("deskmate", pattern=r"^[A-Za-z0-9_.-]+$", description="broker queue")
    jobs_threads: int = Field(2, ge=1, le=64)
    jobs_lease_seconds: float = Field(60.0, gt=0)
    jobs_poll_seconds: float = Field(0.5, gt=0)
    # inference worker
    worker_urls: tuple[str, ...] = Field((), description="comma-separated URLs of remote workers")
    worker_host: str = "127.0.0.1"
    worker_port: int = Field(8001, ge=1, le=65535)
    models_preload: bool = False
    batch_max_size: int = Field(32, ge=1, le=1024)
    batch_max_wait_ms: float = Field(5.0, ge=0)
    audio_chunk_seconds: float = Field(30.0, gt=0)
    cpu_threads: int = Field(0, ge=0, le=256, description="torch CPU threads; 0 = half the cores")
    whisper_model: Literal["tiny.en", "base", "auto"] = "auto"
    whisper_engine: Literal["faster-whisper", "openai-whisper"] = "faster-whisper"
    model_paths: dict[str, str] = Field(default_factory=dict, description="model name -> local dir")
    llm_url: str = Field("", description="optional OpenAI-compatible endpoint")
    # products
    meeting_default_minutes: int = Field(30, ge=5, le=24 * 60)
    schedule_confidence_threshold: float = Field(0.6, ge=0, le=1)
    schedule_followup_hours: float = Field(48.0, gt=0)
    candidate_retention_days: int = Field(180, ge=1)
    unknown_mail_reply: bool = True

    @field_validator("assistant_addresses", "allowed_sender_domains", "worker_urls", mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(part.strip().lower() for part in value.split(",") if part.strip())
        return value

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(
                f"unknown time zone {value!r}; use an IANA name like Europe/Berlin"
            ) from e
        return value

    @field_validator("smtp_relay")
    @classmethod
    def _host_port(cls, value: str) -> str:
        if value:
            host, sep, port = value.rpartition(":")
            if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError(f"expected host:port, got {value!r}")
        return value

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to SQLite in the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'deskmate.sqlite3').resolve()}"

    @property
    def relay_address(self) -> tuple[str, int] | None:
        if not self.smtp_relay:
            return None
        host, _, port = self.smtp_relay.rpartition(":")
        return host, int(port)

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.default_timezone)


def _env_values(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, field in Settings.model_fields.items():
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is None:
            continue
        if field.annotation is bool:
            values[name] = raw.strip().lower() in {"1", "true", "yes", "on"}
            if raw.strip().lower() not in {"1", "true", "yes", "on", "0", "false", "no", "off", ""}:
                raise ConfigError(
                    f"{ENV_PREFIX}{name.upper()}: expected true or false, got {raw!r}"
                )
        elif name == "model_paths":
            values[name] = dict(item.split("=", 1) for item in raw.split(",") if "=" in item)
        else:
            values[name] = raw
    return values


def load_settings(
    environ: dict[str, str] | None = None, toml_path: str | Path | None = None, **overrides: Any
) -> Settings:
    """Read settings: TOML file (``DESKMATE_CONFIG``), then environment, then ``overrides``.

    Raises:
        ConfigError: naming each bad setting and what it expects.
    """
    environ = dict(os.environ if environ is None else environ)
    toml_path = toml_path or environ.get(ENV_PREFIX + "CONFIG")
    values: dict[str, Any] = {}
    if toml_path:
        path = Path(toml_path)
        try:
            values.update(tomllib.loads(path.read_text()))
        except FileNotFoundError as e:
            raise ConfigError(f"{ENV_PREFIX}CONFIG: no such file {path}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{path}: not valid TOML: {e}") from e
    values.update(_env_values(environ))
    values.update(overrides)
    try:
        return Settings(**values)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            name = str(err["loc"][0]) if err["loc"] else "?"
            expected = err["msg"].removeprefix("Value error, ")
            got = err.get("input")
            problems.append(f"{ENV_PREFIX}{name.upper()}: {expected} (got {got!r})")
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(problems)) from e
