"""Screening on SQLite and PostgreSQL: versions, sessions, shortlist, retention."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from screening import decisions, fairness, retention, service, shortlist
from screening.jobstore import current_version, save_job
from screening.models import CandidateSession, ScreeningAudit, ScreeningMessage, SelfIdentification
from tests.screening.conftest import NOW, CalendarPorts

GOOD = ["yes", "weekends", "4 years", "no", "next Monday", "I like helping people."]


@pytest.fixture
def loaded(runtime, sample_text):
    with runtime.db.session() as s:
        save_job(s, sample_text, source="sample", actor="test")
    return runtime


def chat(runtime, messages, name="Ana", email="ana@example.com", ports=None):
    calendar = ports or CalendarPorts()
    started = service.start(runtime, "support-rep-remote", name, email)
    replies = [
        service.message(
            runtime, started.session_id, m, now=NOW, ports=lambda rt, row, now: calendar
        )
        for m in messages
    ]
    return started.session_id, replies


def test_editing_a_job_adds_a_version_and_running_sessions_keep_theirs(loaded, sample_text) -> None:
    # Given a candidate who started on version 1
    sid, _ = chat(loaded, ["yes"])
    # When HR edits the hours question
    edited = sample_text.replace(
        "mornings, afternoons or weekends?", "mornings, evenings or weekends?"
    ).replace(
        "options: [mornings, afternoons, weekends]", "options: [mornings, evenings, weekends]"
    )
    with loaded.db.session() as s:
        saved = save_job(s, edited, actor="hr@example.com")
        again = save_job(s, edited, actor="hr@example.com")
    # Then there is a version 2, saving the same file again changes nothing
    assert (saved.version, saved.changed) == (2, True)
    assert (again.version, again.changed) == (2, False)
    # And the running candidate still answers version 1's options, a new one gets version 2's
    assert service.message(loaded, sid, "afternoons", now=NOW).reply.startswith(
        "Got it: afternoons."
    )
    fresh = service.start(loaded, "support-rep-remote", "Bo", "bo@example.com")
    assert service.message(loaded, fresh.session_id, "yes", now=NOW).reply.endswith(
        "mornings, evenings or weekends?"
    )


def test_shortlist_is_best_first_with_plain_json_values(loaded) -> None:
    chat(loaded, ["no"], name="Knocked", email="k@example.com")
    chat(
        loaded,
        ["yes", "mornings", "1 year", "no", "now", "ok"],
        name="Low",
        email="low@example.com",
    )
    chat(
        loaded, GOOD[:3] + ["sí, native speaker"] + GOOD[4:], name="High", email="high@example.com"
    )
    chat(loaded, ["yes", "weekends"], name="Half", email="half@example.com")
    with loaded.db.session() as s:
        entries = shortlist.build(s, "support-rep-remote")
    api = [e.to_api() for e in entries]
    assert [a["candidate"]["name"] for a in api] == ["High", "Low", "Half", "Knocked"]
    assert api[0] == {
        "candidate": {"name": "High", "email": "high@example.com"},
        "status": "qualified",
        "score": 36,
        "answers": {
            "eligible": "yes",
            "hours": "weekends",
            "years": 4,
            "spanish": "yes",
            "start": "2026-11-30",
            "why": "I like helping people.",
        },
        "knockout": None,
    }
    assert api[3]["status"] == "knocked_out" and api[3]["knockout"] == "eligible"
    csv_text = shortlist.to_csv(entries, ["eligible", "hours", "years"])
    assert csv_text.splitlines()[1] == "1,High,high@example.com,qualified,,36,,yes,weekends,4"


def test_transcript_keeps_every_message_exactly(loaded) -> None:
    sid, _ = chat(loaded, ["<b>yes</b> 👍"])
    with loaded.db.session() as s:
        texts = [(m.role, m.text) for m in service.transcript(s, sid)]
    assert texts[1] == ("candidate", "<b>yes</b> 👍")
    assert texts[0][0] == texts[2][0] == "screener"


def test_recruiter_decisions_are_audited(loaded) -> None:
    sid, _ = chat(loaded, GOOD)
    with loaded.db.session() as s:
        decisions.decide(s, sid, "hold", "rita@example.com")
        decisions.decide(s, sid, "advance", "rita@example.com", "strong")
    with loaded.db.session() as s:
        log = [(a.actor, a.action, a.detail) for a in decisions.audit_log(s, "support-rep-remote")][
            :2
        ]
        assert s.get(CandidateSession, sid).decision == "advanced"
    assert log == [
        ("rita@example.com", "advance", "on_hold -> advanced: strong"),
        ("rita@example.com", "hold", "none -> on_hold"),
    ]


def test_retention_deletes_old_candidates_and_keeps_recent_ones(loaded) -> None:
    old, _ = chat(loaded, ["yes"], name="Old", email="old@example.com")
    new, _ = chat(loaded, ["yes"], name="New", email="new@example.com")
    with loaded.db.session() as s:
        s.add(SelfIdentification(session_id=old, sex="female"))
        s.get(CandidateSession, old).updated_at = NOW - dt.timedelta(days=181)
        s.get(CandidateSession, new).updated_at = NOW - dt.timedelta(days=179)
    with loaded.db.session() as s:
        assert retention.purge_expired(s, 180, NOW) == 1
    with loaded.db.session() as s:
        assert s.get(CandidateSession, old) is None and s.get(CandidateSession, new) is not None
        assert (
            s.scalar(
                select(func.count())
                .select_from(ScreeningMessage)
                .where(ScreeningMessage.session_id == old)
            )
            == 0
        )
        assert s.scalar(select(func.count()).select_from(SelfIdentification)) == 0
        audit = s.scalars(select(ScreeningAudit).where(ScreeningAudit.action == "deleted")).one()
        assert (audit.actor, audit.session_id, audit.detail) == (
            "retention",
            None,
            "older than 180 days",
        )


def test_purge_job_deletes_and_queues_tomorrows_run(loaded) -> None:
    from screening.jobs import purge_expired
    from services.jobs.context import Job, JobContext
    from services.storage.models import JobRow

    old, _ = chat(loaded, ["yes"])
    with loaded.db.session() as s:
        s.get(CandidateSession, old).updated_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    result = purge_expired(JobContext(Job(1, "screening.purge_expired", {}, 1, 3), loaded))
    assert result == {"deleted": 1, "retention_days": 180}
    with loaded.db.session() as s:
        queued = s.scalars(select(JobRow).where(JobRow.kind == "screening.purge_expired")).one()
        assert queued.run_after.replace(tzinfo=dt.UTC) > dt.datetime.now(dt.UTC) + dt.timedelta(
            hours=23
        )


def test_adverse_impact_report_flags_groups_below_four_fifths(loaded) -> None:
    # Given 4 women (3 qualified) and 4 men (1 qualified), one candidate not self-identified
    people = (
        [("female", GOOD)] * 3
        + [("female", ["no"])]
        + [("male", GOOD)]
        + [("male", ["no"])] * 3
        + [("", GOOD)]
    )
    for i, (sex, answers) in enumerate(people):
        sid, _ = chat(loaded, answers, name=f"C{i}", email=f"c{i}@example.com")
        if sex:
            with loaded.db.session() as s:
                s.add(SelfIdentification(session_id=sid, sex=sex))
    with loaded.db.session() as s:
        report = fairness.report(s, "support-rep-remote")
    rows = {g.group: g for g in report["sex"]}
    assert (rows["female"].rate, rows["female"].impact_ratio, rows["female"].flagged) == (
        0.75,
        1.0,
        False,
    )
    assert (rows["male"].rate, rows["male"].impact_ratio, rows["male"].flagged) == (
        0.25,
        0.25 / 0.75,
        True,
    )
    assert rows[fairness.UNKNOWN].impact_ratio is None and rows[fairness.UNKNOWN].candidates == 1


def test_self_identification_never_changes_the_score(loaded) -> None:
    a, _ = chat(loaded, GOOD, email="a@example.com")
    b, _ = chat(loaded, GOOD, email="b@example.com")
    with loaded.db.session() as s:
        s.add(SelfIdentification(session_id=a, sex="female", race_ethnicity="asian"))
    with loaded.db.session() as s:
        scores = {e.session_id: e.score for e in shortlist.build(s, "support-rep-remote")}
        assert scores[a] == scores[b]
        assert current_version(s, "support-rep-remote").version == 1
