"""``deskmate up``'s process tree: one child process per role, restarted when it dies.

The supervisor starts each role (web app, SMTP gateway, inference worker with the job
runner) as ``python -m services <command>``, restarts a child that exits with a growing
delay, and on Ctrl-C or SIGTERM stops them all: SIGTERM first, SIGKILL after a grace period.
Children never outlive it: each asks the kernel for SIGTERM when its parent dies
(``PR_SET_PDEATHSIG``, Linux).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Role:
    """A child process: its name and full command line."""

    name: str
    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()  # added to the supervisor's environment


@dataclass(frozen=True)
class RestartPolicy:
    """Restart delays: ``initial * 2**(n-1)`` after the n-th quick failure, capped."""

    initial: float = 0.5
    maximum: float = 30.0
    healthy_after: float = 30.0  # a child up this long has its failure count reset
    grace: float = 15.0  # seconds between SIGTERM and SIGKILL at shutdown

    def delay(self, failures: int) -> float:
        return min(self.maximum, self.initial * 2 ** max(0, failures - 1))


def deskmate_argv(*args: str, config_path: str | None = None) -> tuple[str, ...]:
    """The command line of a ``deskmate`` subcommand run with this interpreter."""
    config = ("--config", config_path) if config_path else ()
    return (sys.executable, "-m", "services", *config, *args)


def _die_with_parent(parent: int) -> Callable[[], None]:
    libc_name = ctypes.util.find_library("c")

    def preexec() -> None:
        if libc_name and sys.platform.startswith("linux"):
            ctypes.CDLL(libc_name, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


@dataclass
class _Child:
    role: Role
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    failures: int = 0
    restart_at: float = 0.0
    history: list[int] = field(default_factory=list)  # pids, for tests and logs


class Supervisor:
    """Runs ``roles`` until :meth:`stop` (or SIGINT/SIGTERM when run in the main thread)."""

    def __init__(
        self,
        roles: Sequence[Role],
        env: dict[str, str] | None = None,
        policy: RestartPolicy | None = None,
        say: Callable[[str], Any] = lambda line: print(line, flush=True),
    ) -> None:
        self.children = [_Child(r) for r in roles]
        self.env = env
        self.policy = policy or RestartPolicy()
        self.say = say
        self._stop = threading.Event()

    def stop(self, *_: object) -> None:
        self._stop.set()

    def _spawn(self, child: _Child) -> None:
        try:
            env = dict(os.environ if self.env is None else self.env, **dict(child.role.env))
            child.proc = subprocess.Popen(
                child.role.argv, env=env, process_group=0, preexec_fn=_die_with_parent(os.getpid())
            )
        except OSError as e:
            self.say(f"[{child.role.name}] could not start: {e}")
            child.proc = None
            child.failures += 1
            child.restart_at = time.monotonic() + self.policy.delay(child.failures)
            return
        child.started = time.monotonic()
        child.history.append(child.proc.pid)

    def _check(self, child: _Child) -> None:
        now = time.monotonic()
        if child.proc is None:
            if now >= child.restart_at:
                self._spawn(child)
            return
        code = child.proc.poll()
        if code is None:
            return
        lived = now - child.started
        child.failures = 1 if lived >= self.policy.healthy_after else child.failures + 1
        wait = self.policy.delay(child.failures)
        self.say(
            f"[{child.role.name}] exited with status {code} after {lived:.1f}s; "
            f"restarting in {wait:.1f}s"
        )
        child.proc = None
        child.restart_at = now + wait

    def run(self, tick: float = 0.1) -> int:
        """Start every role and keep them up until stopped; returns the exit status (0)."""
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, self.stop)
            signal.signal(signal.SIGTERM, self.stop)
        for child in self.children:
            self._spawn(child)
        while not self._stop.wait(tick):
            for child in self.children:
                self._check(child)
        self._shutdown()
        return 0

    def _shutdown(self) -> None:
        running = [c.proc for c in self.children if c.proc and c.proc.poll() is None]
        self.say("stopping " + ", ".join(c.role.name for c in self.children))
        for proc in running:
            proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self.policy.grace
        for proc in running:
            try:
                proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.say(f"pid {proc.pid} ignored SIGTERM for {self.policy.grace}s; killing it")
                proc.kill()
                proc.wait()


# --- what ``deskmate up`` runs -----------------------------------------------------------

# role -> (deskmate subcommand, the option it must offer) in start order
UP_ROLES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("worker", ("worker", "--jobs"), "--jobs"),
    ("web", ("web",), None),
    ("gateway", ("gateway",), None),
)
JOBS_RUN = ("jobs", "run")
JOBS_CELERY = ("jobs", "worker")


def _offers(group: Any, args: tuple[str, ...], option: str | None) -> bool:
    import click

    command = group
    for word in args:
        if word.startswith("-") or not isinstance(command, click.Group):
            break
        command = command.get_command(click.Context(command), word)
        if command is None:
            return False
    return option is None or any(option in p.opts for p in command.params)


def plan_roles(
    group: Any, config_path: str | None = None, worker_url: str = "", celery: bool = False
) -> tuple[list[Role], list[str]]:
    """The roles ``up`` can start with the commands registered on ``group``, and notes on
    those it cannot (a missing command must not keep the others from starting).

    With ``worker_url``, the other roles reach the models through the worker child instead
    of loading their own copies. Without ``worker --jobs`` the embedded job runner runs on
    its own (``jobs run``). With ``celery`` a Celery worker child (``jobs worker``) runs
    the jobs; the worker's own runner then only sends them.
    """
    roles: list[Role] = []
    notes: list[str] = []
    has_worker = worker_url and _offers(group, *UP_ROLES[0][1:])
    via_worker = (("DESKMATE_WORKER_URLS", worker_url),) if has_worker else ()
    for name, args, option in UP_ROLES:
        if _offers(group, args, option):
            env = via_worker if name != "worker" else ()
            roles.append(Role(name, deskmate_argv(*args, config_path=config_path), env))
            continue
        notes.append(
            f"{name}: cannot start, `deskmate {' '.join(args)}` is not available "
            "in this installation"
        )
        if name == "worker" and not celery and _offers(group, JOBS_RUN, None):
            roles.append(Role("jobs", deskmate_argv(*JOBS_RUN, config_path=config_path)))
            notes.append("jobs: running the job runner on its own (`deskmate jobs run`)")
    if celery and _offers(group, JOBS_CELERY, None):
        argv = deskmate_argv(*JOBS_CELERY, config_path=config_path)
        roles.append(Role("jobs", argv, via_worker))
    return roles, notes


def seed_products(runtime: Any, modules: Sequence[str]) -> list[str]:
    """Call each product web module's optional ``seed(runtime)``; return problems, if any."""
    import importlib

    problems = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                problems.append(f"{name}: cannot import: {e}")
            continue
        seed = getattr(module, "seed", None)
        if seed is None:
            continue
        try:
            seed(runtime)
        except Exception as e:  # noqa: BLE001  (one product's sample must not stop the rest)
            log.exception("seeding %s failed", name)
            problems.append(f"{name}.seed failed: {type(e).__name__}: {e}")
    return problems


def banner(settings: Any, roles: Sequence[Role], notes: Sequence[str]) -> str:
    """What ``up`` prints: where to go, what runs, what could not start."""
    from sqlalchemy.engine import make_url

    names = {r.name for r in roles}
    web = f"http://{settings.web_host}:{settings.web_port}" + (
        "" if "web" in names else "  (not running)"
    )
    smtp = f"{settings.smtp_host}:{settings.smtp_port}" + (
        "" if "gateway" in names else "  (not running)"
    )
    worker = f"http://{settings.worker_host}:{settings.worker_port}"
    lines = [
        "deskmate is starting",
        f"  web        {web}",
        f"  SMTP       {smtp}",
        f"  worker     {worker if 'worker' in names else 'in-process (no worker role)'}",
        f"  data dir   {settings.data_dir.resolve()}",
        f"  database   {make_url(settings.sqlalchemy_url).render_as_string(hide_password=True)}",
        f"  jobs       {settings.jobs_backend}",
        f"  processes  {', '.join(r.name for r in roles) or 'none'}",
        *(f"  ! {note}" for note in notes),
        "Press Ctrl-C to stop.",
    ]
    return "\n".join(lines)
