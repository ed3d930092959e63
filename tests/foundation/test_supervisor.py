"""``deskmate up``'s supervisor: restarts dead children, stops them all on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import click
import pytest

from services.supervisor import RestartPolicy, plan_roles, seed_products
from tests.foundation.conftest import REPO, wait_for


def pids(folder: Path, name: str) -> list[int]:
    path = folder / f"{name}.pids"
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (killed, not yet reaped by anyone) counts as gone
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split(") ", 1)[1][0] != "Z"


def supervise(folder: Path, *roles: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.foundation.fake_supervisor", str(folder), *roles],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_killed_child_is_restarted_and_sigint_stops_everything_cleanly(tmp_path: Path) -> None:
    # Given a supervisor with two roles
    sup = supervise(tmp_path, "web", "gateway")
    try:
        wait_for(lambda: pids(tmp_path, "web") and pids(tmp_path, "gateway"), 30, "both roles")
        first_web = pids(tmp_path, "web")[0]
        # When one child is killed
        os.kill(first_web, signal.SIGKILL)
        # Then it is started again and the other keeps running
        wait_for(lambda: len(pids(tmp_path, "web")) == 2, 30, "web to restart")
        assert len(pids(tmp_path, "gateway")) == 1
        # When the supervisor gets Ctrl-C
        sup.send_signal(signal.SIGINT)
        out = sup.communicate(timeout=30)[0].decode()
    finally:
        if sup.poll() is None:
            sup.kill()
    # Then it exits 0 after every child stopped on SIGTERM
    assert sup.returncode == 0, out
    assert "[web] exited with status -9" in out
    for name in ("web", "gateway"):
        last = pids(tmp_path, name)[-1]
        assert (tmp_path / f"{name}.stopped.{last}").exists()
        assert not alive(last)


def test_crashing_child_is_restarted_with_growing_delays(tmp_path: Path) -> None:
    sup = supervise(tmp_path, "gateway:crash")
    try:
        wait_for(lambda: len(pids(tmp_path, "gateway")) >= 4, 30, "several restarts")
        sup.send_signal(signal.SIGTERM)
        out = sup.communicate(timeout=30)[0].decode()
    finally:
        if sup.poll() is None:
            sup.kill()
    assert sup.returncode == 0
    assert "restarting in 0.1s" in out and "restarting in 0.2s" in out
    assert "restarting in 0.4s" in out


def test_child_ignoring_sigterm_is_killed_after_the_grace_period(tmp_path: Path) -> None:
    # Given a child that ignores SIGTERM (grace period 1 s in this supervisor)
    sup = supervise(tmp_path, "web:stubborn", "gateway")
    try:
        wait_for(lambda: pids(tmp_path, "web") and pids(tmp_path, "gateway"), 30, "both roles")
        # When the supervisor is asked to stop
        sup.send_signal(signal.SIGTERM)
        out = sup.communicate(timeout=30)[0].decode()
    finally:
        if sup.poll() is None:
            sup.kill()
    # Then it still exits 0, the polite child stopped and the stubborn one was killed
    assert sup.returncode == 0, out
    assert (tmp_path / f"gateway.stopped.{pids(tmp_path, 'gateway')[0]}").exists()
    assert not alive(pids(tmp_path, "web")[0])
    assert f"pid {pids(tmp_path, 'web')[0]} ignored SIGTERM for 1.0s; killing it" in out


def test_children_die_with_a_killed_supervisor(tmp_path: Path) -> None:
    # Given a supervised child
    sup = supervise(tmp_path, "worker")
    wait_for(lambda: pids(tmp_path, "worker"), 30, "the worker role")
    child = pids(tmp_path, "worker")[0]
    # When the supervisor itself is killed with SIGKILL
    sup.kill()
    sup.communicate(timeout=10)
    # Then the child gets SIGTERM from the kernel and stops
    wait_for(lambda: (tmp_path / f"worker.stopped.{child}").exists(), 10, "the orphan to stop")


def test_restart_policy_doubles_up_to_its_maximum() -> None:
    policy = RestartPolicy(initial=0.5, maximum=4.0)
    assert [policy.delay(n) for n in (1, 2, 3, 4, 5, 9)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


def test_plan_starts_what_is_registered_and_names_what_is_not() -> None:
    # Given a CLI with a web command and a worker without --jobs, but no gateway
    group = click.Group()
    group.add_command(click.Command("web", callback=lambda: None))
    group.add_command(click.Command("worker", callback=lambda: None))
    jobs = click.Group("jobs")
    jobs.add_command(click.Command("run", callback=lambda: None))
    group.add_command(jobs)
    # When the roles are planned
    roles, notes = plan_roles(
        group, config_path="/etc/deskmate.toml", worker_url="http://127.0.0.1:8001"
    )
    # Then web and the stand-alone job runner start, and the notes say what could not
    assert [r.name for r in roles] == ["jobs", "web"]
    assert roles[1].argv[-3:] == ("--config", "/etc/deskmate.toml", "web")
    assert roles[1].env == ()  # no worker child to send inference to
    assert any(n.startswith("worker: cannot start, `deskmate worker --jobs`") for n in notes)
    assert any(n.startswith("gateway: cannot start") for n in notes)


def test_plan_sends_other_roles_inference_to_the_worker_child() -> None:
    from services.cli import _register, cli

    _register()
    roles, _ = plan_roles(cli, worker_url="http://127.0.0.1:8001")
    by_name = {r.name: r for r in roles}
    assert set(by_name) == {"worker", "web", "gateway"}
    assert by_name["worker"].argv[-2:] == ("worker", "--jobs")
    assert by_name["worker"].env == ()
    assert all(
        dict(r.env) == {"DESKMATE_WORKER_URLS": "http://127.0.0.1:8001"}
        for r in roles
        if r.name != "worker"
    )


def test_seeding_calls_each_product_and_one_failure_does_not_stop_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given two product web modules with seed(), one of them broken, and one without seed()
    (tmp_path / "seedy_ok.py").write_text(
        "SEEDED = []\ndef seed(runtime):\n    SEEDED.append(runtime)\n"
    )
    (tmp_path / "seedy_broken.py").write_text(
        "def seed(runtime):\n    raise OSError('sample.wav missing')\n"
    )
    (tmp_path / "seedy_plain.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    runtime = object()
    # When up seeds them (a product that is not installed is skipped)
    problems = seed_products(runtime, ["seedy_broken", "seedy_missing", "seedy_plain", "seedy_ok"])
    # Then the working one ran and the broken one is reported by name
    seeded = sys.modules.pop("seedy_ok").SEEDED
    assert seeded == [runtime]
    assert problems == ["seedy_broken.seed failed: OSError: sample.wav missing"]


def test_plan_with_celery_adds_a_celery_worker_child() -> None:
    from services.cli import _register, cli

    _register()
    roles, _ = plan_roles(cli, worker_url="http://127.0.0.1:8001", celery=True)
    jobs = [r for r in roles if r.name == "jobs"]
    assert [r.argv[-2:] for r in jobs] == [("jobs", "worker")]
    assert dict(jobs[0].env) == {"DESKMATE_WORKER_URLS": "http://127.0.0.1:8001"}
