"""compose.yaml: valid Compose Specification, and every command is a real deskmate command."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import click
import jsonschema
import pytest
import yaml

from services.cli import _register, cli
from tests.foundation.conftest import REPO

SCHEMA = Path(__file__).parent / "fixtures" / "compose_spec.json"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO / "compose.yaml").read_text())
    return loaded


def validation_errors(document: dict[str, Any]) -> list[str]:
    schema = json.loads(SCHEMA.read_text())
    # the file declares draft 2019-09 by a URL jsonschema does not recognise; name it here
    validator = jsonschema.Draft201909Validator(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(document)
    ]


def resolve(argv: list[str]) -> click.Command | None:
    """Walk ``argv`` through the deskmate click group; None when a name is not a command."""
    _register()
    command: click.Command = cli
    for word in argv:
        if not isinstance(command, click.Group):
            break
        found = command.get_command(click.Context(command), word)
        if found is None:
            return None
        command = found
    return None if isinstance(command, click.Group) else command


def test_compose_file_follows_the_compose_specification(compose: dict[str, Any]) -> None:
    assert validation_errors(compose) == []


def test_the_schema_check_catches_a_malformed_service(compose: dict[str, Any]) -> None:
    broken = copy.deepcopy(compose)
    broken["services"]["web"]["restart_policy"] = "always"  # not a service key
    broken["services"]["worker"]["deploy"]["resources"]["reservations"]["devices"][0][
        "capabilities"
    ] = "gpu"  # must be a list
    errors = validation_errors(broken)
    assert any("restart_policy" in e for e in errors)
    assert any("capabilities" in e for e in errors)


def test_every_deskmate_service_runs_a_real_cli_command(compose: dict[str, Any]) -> None:
    commands = {
        name: svc["command"]
        for name, svc in compose["services"].items()
        if svc.get("command", [""])[0] == "deskmate"
    }
    assert set(commands) == {"migrate", "worker", "jobs", "web", "gateway"}
    for name, argv in commands.items():
        assert resolve(argv[1:]) is not None, f"{name}: `{' '.join(argv)}` is not a command"
    assert resolve(["no-such-command"]) is None


def test_roles_are_wired_to_postgres_redis_celery_and_the_gpu_worker(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    assert {"postgres", "redis", "gateway", "web", "worker", "jobs"} <= set(services)
    gpu = services["worker"]["deploy"]["resources"]["reservations"]["devices"][0]
    assert gpu["driver"] == "nvidia" and gpu["capabilities"] == ["gpu"]
    for name in ("web", "gateway", "jobs"):
        env = services[name]["environment"]
        assert env["DESKMATE_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert env["DESKMATE_JOBS_BACKEND"] == "celery"
        assert env["DESKMATE_CELERY_BROKER_URL"].startswith("redis://")
        assert "worker:8001" in env["DESKMATE_WORKER_URLS"]
    assert "DESKMATE_WORKER_URLS" not in services["worker"]["environment"]
    for name, svc in services.items():
        assert "healthcheck" in svc or name == "migrate", f"{name} has no healthcheck"
