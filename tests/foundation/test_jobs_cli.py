"""``deskmate jobs list|show|retry|status`` against a real database."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from services.cli import _register, cli
from services.jobs import enqueue
from services.jobs.executor import Executor
from services.runtime import Runtime
from tests.foundation.conftest import job


def deskmate(rt: Runtime, *args: str) -> tuple[int, str]:
    _register()
    env = {
        "DESKMATE_DATABASE_URL": rt.settings.sqlalchemy_url,
        "DESKMATE_DATA_DIR": str(rt.settings.data_dir),
        "DESKMATE_CONFIG": None,
    }
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def failed_job(jobs_runtime: Runtime) -> int:
    """A job that failed for good, with its error recorded."""
    with jobs_runtime.db.session() as s:
        job_id = enqueue(s, "test.permanent", {"to": "nobody@"}).id
    executor = Executor(jobs_runtime)
    claimed = executor.claim(job_id, "cli-test:1:t")
    assert claimed is not None
    assert executor.run(claimed, "cli-test:1:t").state == "failed"
    return job_id


def test_list_filters_by_state_and_shows_the_error(jobs_runtime: Runtime, failed_job: int) -> None:
    with jobs_runtime.db.session() as s:
        enqueue(s, "test.echo", {})
    code, out = deskmate(jobs_runtime, "jobs", "list", "--state", "failed")
    assert code == 0
    assert "test.permanent" in out and "failed" in out
    assert "PermanentJobError: recipient address 'nobody@' is malformed" in out
    assert "test.echo" not in out


def test_show_prints_payload_and_full_error(jobs_runtime: Runtime, failed_job: int) -> None:
    code, out = deskmate(jobs_runtime, "jobs", "show", str(failed_job))
    assert code == 0
    assert '"to": "nobody@"' in out and "Traceback" in out and "attempts:        1/5" in out
    code, out = deskmate(jobs_runtime, "jobs", "show", "9999")
    assert code == 1 and "no job with id 9999" in out


def test_retry_queues_a_failed_job_and_refuses_a_finished_one(
    jobs_runtime: Runtime, failed_job: int
) -> None:
    code, out = deskmate(jobs_runtime, "jobs", "retry", str(failed_job))
    assert code == 0 and f"job {failed_job} (test.permanent) is queued again" in out
    assert (job(jobs_runtime, failed_job).state, job(jobs_runtime, failed_job).attempts) == (
        "queued",
        0,
    )
    with jobs_runtime.db.session() as s:
        done = enqueue(s, "test.echo", {}).id
    executor = Executor(jobs_runtime)
    claimed = executor.claim(done, "cli-test:1:t")
    assert claimed is not None and executor.run(claimed, "cli-test:1:t").state == "succeeded"
    code, out = deskmate(jobs_runtime, "jobs", "retry", str(done))
    assert code == 1 and "is succeeded; only failed or queued jobs can be retried" in out


def test_status_counts_jobs_per_state(jobs_runtime: Runtime, failed_job: int) -> None:
    code, out = deskmate(jobs_runtime, "jobs", "status")
    assert code == 0
    assert out.startswith("queued 0  running 0  succeeded 0  failed 1")


def test_commands_on_an_unmigrated_database_say_what_to_do(make_settings, tmp_path) -> None:
    rt = Runtime.from_settings(make_settings(database_url=f"sqlite:///{tmp_path / 'new.db'}"))
    code, out = deskmate(rt, "jobs", "list")
    assert code == 1 and "has no jobs table; run `deskmate db upgrade` first" in out
    rt.db.dispose()
