"""``deskmate schedule when`` and ``deskmate schedule parse``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from services.cli import _register, cli

from .conftest import CORPUS


@pytest.fixture(scope="module")
def run():
    _register()
    runner = CliRunner()

    def invoke(args: list[str], stdin: str | None = None):
        result = runner.invoke(cli, args, input=stdin, env={"DESKMATE_DEFAULT_TIMEZONE": "UTC"})
        return result

    return invoke


def test_when_resolves_one_expression(run) -> None:
    result = run(
        [
            "schedule",
            "when",
            "Thursday 9:30 - 11:00",
            "--now",
            "2026-03-02T09:00:00+01:00",
            "--tz",
            "Europe/Berlin",
        ]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "start": "2026-03-05T09:30:00+01:00",
        "end": "2026-03-05T11:00:00+01:00",
    }


def test_when_reads_one_expression_per_line_from_stdin(run) -> None:
    result = run(
        ["schedule", "when", "--now", "2026-03-02T09:00:00+01:00", "--tz", "Europe/Berlin"],
        stdin="tomorrow at 3pm\nno time here\n\n",
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"start": "2026-03-03T15:00:00+01:00", "end": None},
        {"start": None, "end": None},
        {"start": None, "end": None},
    ]


def test_when_rejects_a_bad_zone_with_its_name(run) -> None:
    result = run(
        [
            "schedule",
            "when",
            "tomorrow",
            "--now",
            "2026-03-02T09:00:00+01:00",
            "--tz",
            "Nowhere/Land",
        ]
    )
    assert result.exit_code != 0
    assert "Nowhere/Land" in result.output


@pytest.mark.slow
def test_parse_prints_the_meeting_as_json_with_offsets(run) -> None:
    result = run(["schedule", "parse", str(CORPUS / "en_monday_at_4.eml"), "--tz", "Europe/Berlin"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["intent"] == "schedule"
    assert data["attendees"] == ["sara@example.com", "lee@example.com"]
    assert data["duration_minutes"] == 20
    assert data["candidates"][0]["start"] == "2026-03-02T16:00:00+01:00"
    assert data["candidates"][0]["end"] == "2026-03-02T16:20:00+01:00"
    assert data["timezone"] == "Europe/Berlin"
    assert {"title", "organizer", "location", "confidence", "problems", "evidence"} <= set(data)
