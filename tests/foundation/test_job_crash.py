"""A runner killed mid-job: the job runs again after restart and its effect happens once."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from services.jobs import enqueue
from services.jobs.executor import Executor
from services.jobs.recovery import dead_local_owner, requeue_expired
from services.runtime import Runtime
from tests.foundation.conftest import job, settings_env, wait_for

RUN = ["jobs", "run", "--import", "tests.foundation.job_handlers"]


def crash_payload(tmp_path: Path) -> dict[str, str]:
    return {
        "key": "notes:meeting-7",
        "outbox": str(tmp_path / "outbox"),
        "log": str(tmp_path / "attempts.log"),
        "started": str(tmp_path / "started"),
    }


def test_killed_embedded_runner_job_reruns_after_restart_with_effect_once(
    jobs_runtime: Runtime, deskmate_process, tmp_path: Path
) -> None:
    # Given a runner process working on a job that has already sent its mail
    payload = crash_payload(tmp_path)
    with jobs_runtime.db.session() as s:
        job_id = enqueue(s, "test.crash", payload).id
    env = settings_env(jobs_runtime.settings)
    first = deskmate_process(RUN, env)
    wait_for(Path(payload["started"]).exists, 60, "the first attempt to start")
    # When the process is killed with SIGKILL (and reaped) and a new runner starts
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    assert job(jobs_runtime, job_id).state == "running"
    second = deskmate_process(RUN, env)
    # Then the job finishes in the second attempt and the mail went out once
    wait_for(lambda: job(jobs_runtime, job_id).state == "succeeded", 60, "the rerun to finish")
    row = job(jobs_runtime, job_id)
    assert row.result == {"finished_in_attempt": 2}
    assert Path(payload["outbox"]).read_text().splitlines() == ["sent"]
    attempts = Path(payload["log"]).read_text().splitlines()
    assert attempts == [f"1 {first.pid}", f"2 {second.pid}"]
    second.send_signal(signal.SIGTERM)
    assert second.wait(30) == 0


def test_job_whose_lease_expired_elsewhere_is_taken_over(
    jobs_runtime: Runtime, start_runner, tmp_path: Path
) -> None:
    # Given a job claimed by a runner on another machine that stopped answering
    with jobs_runtime.db.session() as s:
        job_id = enqueue(s, "test.echo", {"value": "late"}).id
    claimed = Executor(jobs_runtime, lease_seconds=0.2).claim(job_id, "other-host:4242:job-0")
    assert claimed is not None
    # When its lease runs out while a runner here is up
    runner = start_runner()
    # Then the runner here requeues and runs it, and says why it was requeued
    wait_for(lambda: job(jobs_runtime, job_id).state == "succeeded", 20, "the takeover")
    row = job(jobs_runtime, job_id)
    assert row.attempts == 2 and row.locked_by is None
    assert runner.wait_idle(timeout=5)


def test_job_lost_in_its_last_attempt_ends_failed_not_requeued(jobs_runtime: Runtime) -> None:
    with jobs_runtime.db.session() as s:
        job_id = enqueue(s, "test.echo", {}, max_attempts=1).id
    # Given a job in its only attempt whose runner (elsewhere) stopped answering
    assert Executor(jobs_runtime, lease_seconds=0.01).claim(job_id, "gone:1:x") is not None
    time.sleep(0.05)
    # When expired leases are swept, Then it fails with the reason instead of running again
    assert requeue_expired(jobs_runtime.db) == []
    row = job(jobs_runtime, job_id)
    assert row.state == "failed"
    assert row.error == "lease expired: the runner stopped answering during attempt 1"


def test_only_gone_processes_of_this_host_count_as_dead_owners() -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    here = socket.gethostname()
    assert dead_local_owner(f"{here}:{gone.pid}:job-0", here)
    assert not dead_local_owner(f"{here}:{os.getpid()}:job-0", here)  # alive
    assert not dead_local_owner(f"elsewhere:{gone.pid}:job-0", here)  # left to its lease
    assert not dead_local_owner("garbage", here)
    assert not dead_local_owner(None, here)
