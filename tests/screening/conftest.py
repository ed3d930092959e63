"""Screening fixtures: the sample job, a scripted calendar for the conversation's ports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from screening.jobdef import JobDef, parse_job_text
from screening.material import Found, find_answer
from screening.state import SlotChoice

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "screening" / "samples" / "support-rep-remote.yaml"
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text()


@pytest.fixture(scope="session")
def job(sample_text: str) -> JobDef:
    return parse_job_text(sample_text, str(SAMPLE))[0]


class CalendarPorts:
    """Answers from the job text by word overlap; three fixed slots; records bookings."""

    def __init__(self, free: int = 3) -> None:
        base = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
        self.slots = [
            SlotChoice(
                (base + dt.timedelta(days=i)).isoformat(),
                (base + dt.timedelta(days=i, minutes=30)).isoformat(),
                f"{(base + dt.timedelta(days=i)):%A %d %B, %H:%M} (UTC)",
            )
            for i in range(free)
        ]
        self.booked: list[SlotChoice] = []
        self.taken: set[str] = set()

    def answer_question(self, job: JobDef, text: str) -> Found:
        return find_answer(job, text, None)

    def offer_slots(self, job: JobDef) -> list[SlotChoice]:
        return [s for s in self.slots if s.start not in self.taken]

    def book(self, job: JobDef, slot: SlotChoice) -> str | None:
        if slot.start in self.taken:
            return None
        self.booked.append(slot)
        self.taken.add(slot.start)
        return f"uid-{len(self.booked)}"


@pytest.fixture
def calendar() -> CalendarPorts:
    return CalendarPorts()


@pytest.fixture(scope="session")
def inference(tmp_path_factory):
    """One in-process inference worker for the whole session (MiniLM loads on first use)."""
    from services.config import load_settings
    from services.inference.local import LocalClient

    client = LocalClient.from_settings(
        load_settings(environ={}, data_dir=tmp_path_factory.mktemp("inference"))
    )
    yield client
    client.close()
