"""Runs the real :class:`~services.supervisor.Supervisor` over fake roles, for tests.

Usage: ``python -m tests.foundation.fake_supervisor DIR ROLE[:crash] ...``
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
        roles.append(Role(name, tuple(argv + (["--crash"] if mode == "crash" else []))))
    policy = RestartPolicy(initial=0.1, maximum=0.4, healthy_after=5.0, grace=5.0)
    sys.exit(Supervisor(roles, policy=policy).run())
