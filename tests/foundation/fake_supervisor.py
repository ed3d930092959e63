"""Runs the real :class:`~services.supervisor.Supervisor` over fake roles, for tests.

Usage: ``python -m tests.foundation.fake_supervisor DIR ROLE[:crash|:stubborn] ...``
"""

from __future__ import annotations

import sys

from services.supervisor import RestartPolicy, Role, Supervisor

if __name__ == "__main__":
    folder, specs = sys.argv[1], sys.argv[2:]
    roles = []
    for spec in specs:
        name, _, mode = spec.partition(":")
        argv = [sys.executable, "-m", "tests.foundation.fake_role", name, folder]
        roles.append(Role(name, tuple(argv + ([f"--{mode}"] if mode else []))))
    policy = RestartPolicy(initial=0.1, maximum=0.4, healthy_after=5.0, grace=1.0)
    sys.exit(Supervisor(roles, policy=policy).run())
