"""``deskmate screening``: load job files with clear errors, print shortlists, purge."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner, Result

from screening import service
from services.cli import _register, cli
from tests.screening.conftest import SAMPLE


@pytest.fixture
def deskmate(make_settings, sqlite_url):
    _register()
    settings = make_settings(database_url=sqlite_url)
    env = {"DESKMATE_DATA_DIR": str(settings.data_dir), "DESKMATE_DATABASE_URL": sqlite_url}

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)

    return run


def test_load_job_saves_a_version_and_says_where_candidates_apply(deskmate) -> None:
    first = deskmate("screening", "load-job", str(SAMPLE))
    again = deskmate("screening", "load-job", str(SAMPLE))
    assert first.exit_code == 0, first.output
    assert (
        first.output == "job 'support-rep-remote' saved as version 1; "
        "candidates apply at /apply/support-rep-remote\n"
    )
    assert "unchanged (version 1)" in again.output


def test_load_job_names_line_and_field_of_each_problem(deskmate, tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SAMPLE.read_text()
        .replace("type: number", "type: numbr")
        .replace('knockout: {equals: "no"}', 'knockout: {equals: "maybe"}')
    )
    result = deskmate("screening", "load-job", str(bad))
    assert result.exit_code == 1
    assert (
        "line 20, questions[0].knockout.equals: 'maybe' is not one of ['yes', 'no']"
        in result.output
    )
    assert "line 22, questions[2].type: 'numbr' is not one of" in result.output


def test_check_only_validates(deskmate) -> None:
    result = deskmate("screening", "load-job", "--check", str(SAMPLE))
    assert result.output.endswith("valid job 'support-rep-remote' with 6 questions\n")
    missing = deskmate("screening", "shortlist", "support-rep-remote")
    assert missing.exit_code == 1 and "no job 'support-rep-remote'; load it with" in missing.output


def test_shortlist_prints_json_best_first(deskmate, make_settings, sqlite_url) -> None:
    from services.runtime import Runtime

    deskmate("screening", "load-job", str(SAMPLE))
    runtime = Runtime.from_settings(make_settings(database_url=sqlite_url))
    sid = service.start(runtime, "support-rep-remote", "Ana", "ana@example.com").session_id
    service.message(runtime, sid, "no")
    runtime.db.dispose()
    rows = json.loads(deskmate("screening", "shortlist", "support-rep-remote").output)
    assert rows == [
        {
            "candidate": {"name": "Ana", "email": "ana@example.com"},
            "status": "knocked_out",
            "score": 0,
            "answers": {"eligible": "no"},
            "knockout": "eligible",
        }
    ]
    assert deskmate("screening", "purge").output == "deleted 0 candidate(s) older than 180 days\n"


def test_load_job_works_on_a_fresh_data_dir_before_deskmate_up_ever_ran(tmp_path) -> None:
    # Given a data dir with no database yet (a new operator's first command)
    _register()
    env = {"DESKMATE_DATA_DIR": str(tmp_path / "var"), "DESKMATE_DATABASE_URL": ""}
    # When they load the sample job
    result = CliRunner().invoke(
        cli, ["screening", "load-job", str(SAMPLE)], env=env, catch_exceptions=False
    )
    # Then the database is created and the job saved
    assert result.exit_code == 0, result.output
    assert "saved as version 1" in result.output
    assert (tmp_path / "var" / "deskmate.sqlite3").is_file()
