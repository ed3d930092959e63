"""``python -m services`` is the ``deskmate`` command (handy inside a git worktree)."""

from services.cli import main

main()
