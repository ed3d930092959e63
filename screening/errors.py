"""The screening package's exceptions; the web and CLI edges map them to codes and messages."""

from __future__ import annotations

from dataclasses import dataclass


class ScreeningError(Exception):
    """Base of every screening error."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a job file: where (line, field) and what."""

    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        return f"{where}, {self.field or '(top level)'}: {self.message}"


class JobFileError(ScreeningError):
    """A job file (YAML/JSON or the HR form) is invalid; ``problems`` say where and why."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n  ".join(str(p) for p in problems)
        super().__init__(f"{source}: {len(problems)} problem(s):\n  {lines}")


class NotFound(ScreeningError):
    """No such job or candidate session (or it was deleted)."""


class MessageTooLong(ScreeningError):
    """A candidate message exceeds the hard limit; nothing was stored."""
