"""The jobs pages: recent jobs with state and progress, one job's detail, the JSON API."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import update

from services import jobs
from services.runtime import Runtime
from services.storage.models import JobRow
from tests.web.conftest import HTML, add_token, add_user, csrf_from, sign_in, sqlite_only


def _enqueue(runtime: Runtime, kind: str, payload: dict[str, object]) -> int:
    with runtime.db.session() as db:
        return jobs.enqueue(db, kind, payload).id


@sqlite_only
def test_the_jobs_page_needs_a_signed_in_user(client: TestClient) -> None:
    assert client.get("/jobs", headers=HTML, follow_redirects=False).headers["location"] == (
        "/login?next=%2Fjobs"
    )
    assert client.get("/api/jobs").status_code == 401
    assert client.get("/jobs/1", headers=HTML, follow_redirects=False).status_code == 303


def test_a_queued_job_is_listed_with_its_kind_state_attempts_and_progress(
    runtime: Runtime, client: TestClient
) -> None:
    # Given a job enqueued by a product, halfway through
    job_id = _enqueue(runtime, "transcription.transcribe", {"recording_id": 7})
    with runtime.db.session() as db:
        db.execute(
            update(JobRow)
            .where(JobRow.id == job_id)
            .values(state="running", attempts=1, progress=0.5, progress_note="chunk 3 of 6")
        )
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    # When HR opens the jobs page
    page = client.get("/jobs", headers=HTML)
    # Then the job's row shows what it is and how far it got, and the page refreshes itself
    assert page.status_code == 200
    assert f'<a href="/jobs/{job_id}">{job_id}</a>' in page.text
    assert "<code>transcription.transcribe</code>" in page.text
    assert '<span class="badge state-running">running</span>' in page.text
    assert "1/5" in page.text
    assert '<progress max="100" value="50"' in page.text
    assert "50% · chunk 3 of 6" in page.text
    assert 'data-refresh="3"' in page.text


def test_a_payload_with_markup_is_shown_as_text_never_run(
    runtime: Runtime, client: TestClient
) -> None:
    # Given a job whose payload and error carry HTML an attacker mailed in
    job_id = _enqueue(
        runtime, "<script>alert(1)</script>", {"subject": "<script>alert(2)</script>"}
    )
    with runtime.db.session() as db:
        db.execute(
            update(JobRow)
            .where(JobRow.id == job_id)
            .values(state="failed", error="<img src=x onerror=alert(3)>", attempts=5)
        )
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    # When the list and the detail page render
    listing = client.get("/jobs", headers=HTML).text
    detail = client.get(f"/jobs/{job_id}", headers=HTML).text
    # Then every piece of it is escaped
    for html in (listing, detail):
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=alert(3)&gt;" in html
    assert "&#34;subject&#34;: &#34;&lt;script&gt;alert(2)&lt;/script&gt;&#34;" in detail
    assert "data-refresh" not in listing  # nothing is active any more


@sqlite_only
def test_the_detail_page_pretty_prints_payload_and_result(
    runtime: Runtime, client: TestClient
) -> None:
    job_id = _enqueue(runtime, "mail.send", {"to": ["lee@example.com"], "outgoing_id": 3})
    with runtime.db.session() as db:
        db.execute(
            update(JobRow)
            .where(JobRow.id == job_id)
            .values(state="succeeded", attempts=1, result={"message_id": "<a@b>"})
        )
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    page = client.get(f"/jobs/{job_id}", headers=HTML)
    assert page.status_code == 200
    assert (
        "&#34;outgoing_id&#34;: 3,\n  &#34;to&#34;: [\n    &#34;lee@example.com&#34;" in page.text
    )
    assert "&#34;message_id&#34;: &#34;&lt;a@b&gt;&#34;" in page.text
    assert '<progress max="100" value="100"' in page.text
    assert client.get("/jobs/999999", headers=HTML).status_code == 404


def test_the_list_filters_by_state_and_kind(runtime: Runtime, client: TestClient) -> None:
    first = _enqueue(runtime, "mail.send", {})
    second = _enqueue(runtime, "screening.reply", {})
    with runtime.db.session() as db:
        db.execute(update(JobRow).where(JobRow.id == second).values(state="failed"))
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    failed = client.get("/jobs?state=failed", headers=HTML).text
    assert f'href="/jobs/{second}"' in failed and f'href="/jobs/{first}"' not in failed
    by_kind = client.get("/jobs?kind=mail.send", headers=HTML).text
    assert f'href="/jobs/{first}"' in by_kind and f'href="/jobs/{second}"' not in by_kind
    assert client.get("/jobs?state=exploded", headers=HTML).status_code == 422


def test_the_jobs_api_answers_a_bearer_token_with_json(
    runtime: Runtime, client: TestClient
) -> None:
    job_id = _enqueue(runtime, "mail.send", {"outgoing_id": 3})
    add_user(runtime, "bot@example.com", role="recruiter")
    auth = {"Authorization": f"Bearer {add_token(runtime, 'bot@example.com')}"}
    listing = client.get("/api/jobs", headers=auth).json()
    assert listing["counts"] == {"queued": 1, "running": 0, "succeeded": 0, "failed": 0}
    assert [job["id"] for job in listing["jobs"]] == [job_id]
    detail = client.get(f"/api/jobs/{job_id}", headers=auth).json()
    assert detail["payload"] == {"outgoing_id": 3}
    assert detail["state"] == "queued"
    assert detail["result"] is None


@sqlite_only
def test_an_admin_retries_a_failed_job_from_its_page(runtime: Runtime, client: TestClient) -> None:
    # Given a job that used up its attempts
    job_id = _enqueue(runtime, "mail.send", {"outgoing_id": 3})
    with runtime.db.session() as db:
        db.execute(
            update(JobRow).where(JobRow.id == job_id).values(state="failed", attempts=5, error="x")
        )
    add_user(runtime, "hr@example.com", role="admin")
    sign_in(client, "hr@example.com")
    page = client.get(f"/jobs/{job_id}", headers=HTML)
    assert "Retry now" in page.text
    # When the admin presses "Retry now"
    retried = client.post(f"/jobs/{job_id}/retry", data={"csrf_token": csrf_from(page.text)})
    # Then it is queued again with fresh attempts, and the page says so
    assert retried.status_code == 200
    assert f"Job {job_id} is queued again" in retried.text
    with runtime.db.session() as db:
        row = db.get(JobRow, job_id)
        assert row is not None and (row.state, row.attempts) == ("queued", 0)
    # And a job that succeeded is not run again, with the reason shown
    with runtime.db.session() as db:
        db.execute(update(JobRow).where(JobRow.id == job_id).values(state="succeeded"))
    again = client.post(f"/jobs/{job_id}/retry", data={"csrf_token": csrf_from(page.text)})
    assert f"Not retried: job {job_id} is succeeded" in again.text
    assert client.post(f"/jobs/{job_id}/retry").status_code == 403  # no CSRF token


@sqlite_only
def test_a_recruiter_cannot_retry_jobs(runtime: Runtime, client: TestClient) -> None:
    job_id = _enqueue(runtime, "mail.send", {})
    with runtime.db.session() as db:
        db.execute(update(JobRow).where(JobRow.id == job_id).values(state="failed"))
    add_user(runtime, "rec@example.com", role="recruiter")
    sign_in(client, "rec@example.com")
    page = client.get(f"/jobs/{job_id}", headers=HTML)
    assert "Retry now" not in page.text
    response = client.post(f"/jobs/{job_id}/retry", data={"csrf_token": csrf_from(page.text)})
    assert response.status_code == 403
