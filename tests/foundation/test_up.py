"""``deskmate up`` for real: migrates, starts what is installed, resumes work, stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from services.jobs import enqueue
from services.runtime import Runtime
from services.storage import migrate
from services.storage.models import JobRow
from tests.foundation.conftest import REPO, job, settings_env, wait_for


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(") ", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError):
                continue
    return found


@pytest.mark.slow  # starts every installed role, the inference worker included
def test_up_resumes_work_left_running_and_ctrl_c_stops_every_process(
    make_settings, tmp_path: Path
) -> None:
    # Given a data dir whose last run was killed while a job was running
    settings = make_settings(
        jobs_lease_seconds=1.0,
        jobs_poll_seconds=0.05,
        web_port=free_port(),
        smtp_port=free_port(),
        worker_port=free_port(),
    )
    migrate.upgrade(settings.sqlalchemy_url)
    rt = Runtime.from_settings(settings)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with rt.db.session() as s:
        job_id = enqueue(s, "legacy.kind_nobody_handles", {"n": 1}).id
        s.execute(
            update(JobRow)
            .where(JobRow.id == job_id)
            .values(
                state="running", attempts=1, locked_by=f"{socket.gethostname()}:{dead.pid}:job-0"
            )
        )
    env = settings_env(settings)
    env.update(
        {
            "DESKMATE_WEB_PORT": str(settings.web_port),
            "DESKMATE_SMTP_PORT": str(settings.smtp_port),
            "DESKMATE_WORKER_PORT": str(settings.worker_port),
        }
    )
    # When `deskmate up` starts
    up = subprocess.Popen(
        [sys.executable, "-m", "services", "up"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        # Then the job left running is taken up again, and ends visibly (nobody handles it)
        wait_for(lambda: job(rt, job_id).state == "failed", 90, "the job to be resumed")
        row = job(rt, job_id)
        assert row.attempts == 2
        assert "no handler is registered for job kind 'legacy.kind_nobody_handles'" in row.error
        children = children_of(up.pid)
        assert children
        # When Ctrl-C arrives
        up.send_signal(signal.SIGINT)
        out = up.communicate(timeout=60)[0].decode()
    finally:
        if up.poll() is None:
            up.kill()
            up.communicate()
        rt.db.dispose()
    # Then up exits 0, having printed where everything is, and no child is left
    assert up.returncode == 0, out
    assert f"web        http://127.0.0.1:{settings.web_port}" in out
    assert f"SMTP       127.0.0.1:{settings.smtp_port}" in out
    assert f"data dir   {settings.data_dir.resolve()}" in out
    assert "processes  worker, web, gateway" in out
    assert all(not os.path.exists(f"/proc/{pid}") for pid in children), out
