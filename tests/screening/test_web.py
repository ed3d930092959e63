"""Web edge: no-JavaScript candidate flow, recruiter pages, auth, CSRF, XSS, rate limits."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from screening.web import seed
from services.runtime import Runtime
from services.web.app import create_app
from tests.screening.webapp import PASSWORD, add_recruiter, recruiter_token

JOB = "support-rep-remote"
XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>"


@pytest.fixture
def app(make_settings, sqlite_url, inference) -> Iterator[tuple[TestClient, Runtime]]:
    runtime = Runtime.from_settings(make_settings(database_url=sqlite_url))
    runtime.use_inference(inference)
    seed(runtime)
    with TestClient(create_app(runtime), follow_redirects=False) as c:
        yield c, runtime
    runtime.db.dispose()


def start(c: TestClient, name: str = "Ana", email: str = "ana@example.com") -> str:
    r = c.post(f"/api/jobs/{JOB}/sessions", json={"name": name, "email": email})
    assert r.status_code == 201, r.text
    return r.json()["session_id"]


def test_candidate_can_apply_and_chat_without_javascript(app) -> None:
    c, _ = app
    page = c.get(f"/apply/{JOB}")
    assert page.status_code == 200
    assert '<label for="name">' in page.text and '<label for="email">' in page.text
    r = c.post(f"/apply/{JOB}", data={"name": "Noscript Nia", "email": "nia@example.com"})
    assert r.status_code == 303
    chat_url = r.headers["location"].split("#")[0]
    assert r.headers["referrer-policy"] == "no-referrer"
    chat = c.get(chat_url)
    assert 'aria-live="polite"' in chat.text and "First question: Are you eligible" in chat.text
    r = c.post(chat_url, data={"text": "yes"})
    assert r.status_code == 303
    assert "Got it: yes. Next: Which hours suit you" in c.get(chat_url).text


def test_apply_form_with_a_bad_email_says_what_is_wrong(app) -> None:
    c, _ = app
    r = c.post(f"/apply/{JOB}", data={"name": "Nia", "email": "nope"})
    assert r.status_code == 422 and "please give a valid email address" in r.text
    assert 'value="Nia"' in r.text


def test_unknown_job_page_is_404(app) -> None:
    c, _ = app
    assert c.get("/apply/no-such-job").status_code == 404


def test_recruiter_endpoints_refuse_without_login_or_token(app) -> None:
    c, runtime = app
    sid = start(c, "Secret Sam", "sam@example.com")
    for url in (
        f"/api/jobs/{JOB}/shortlist",
        "/screening",
        f"/screening/jobs/{JOB}",
        f"/screening/jobs/{JOB}/shortlist.csv",
        f"/screening/candidates/{sid}",
        f"/screening/jobs/{JOB}/fairness",
        f"/screening/jobs/{JOB}/edit",
    ):
        for headers in ({}, {"Authorization": "Bearer not-a-token"}):
            r = c.get(url, headers=headers)
            assert r.status_code in (401, 403) or (
                r.status_code in (302, 303) and "login" in r.headers["location"]
            ), url
            assert "sam@example.com" not in r.text
    r = c.post(f"/screening/candidates/{sid}/decision", data={"action": "advance"})
    assert (
        r.status_code in (401, 403)
        or r.status_code in (302, 303)
        and "login" in r.headers["location"]
    )


def test_candidate_text_is_shown_as_text_everywhere(app) -> None:
    c, runtime = app
    sid = start(c, XSS, "x@example.com")
    c.post(f"/api/sessions/{sid}/messages", json={"text": XSS})
    chat = c.get(f"/apply/{JOB}/c/{sid}").text
    hr = c.get(
        f"/screening/candidates/{sid}",
        headers={"Authorization": f"Bearer {recruiter_token(runtime)}"},
    )
    assert hr.status_code == 200
    for page in (chat, hr.text):
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(" in page


@pytest.mark.slow
def test_recruiter_pages_show_shortlist_breakdown_and_transcript(app) -> None:
    c, runtime = app
    sid = start(c, "Rhea", "rhea@example.com")
    for text in ["yes", "weekends", "6 years", "sí", "now", "Is there parking?"]:
        c.post(f"/api/sessions/{sid}/messages", json={"text": text})
    auth = {"Authorization": f"Bearer {recruiter_token(runtime)}"}
    job_page = c.get(f"/screening/jobs/{JOB}", headers=auth).text
    assert "Rhea" in job_page and "Is there parking?" in job_page
    cand = c.get(f"/screening/candidates/{sid}", headers=auth).text
    assert re.search(r"years x 4 per unit, max 20", cand.replace("6 x", "years x"))
    assert "“6 years”" in cand
    csv_text = c.get(f"/screening/jobs/{JOB}/shortlist.csv", headers=auth).text
    assert csv_text.splitlines()[1].startswith("1,Rhea,rhea@example.com,in_progress,,40,")


def test_recruiter_can_load_a_job_with_errors_reported_by_line(app) -> None:
    c, runtime = app
    auth = {"Authorization": f"Bearer {recruiter_token(runtime)}"}
    bad = (
        "id: night-desk\ntitle: Night desk\ndescription: Nights.\nquestions:\n"
        "  - {id: a, ask: Ok, type: yesno}\n"
    )
    r = c.post("/screening/jobs", data={"source": bad}, headers=auth)
    assert r.status_code == 422 and "line 5, questions[0].type" in r.text
    r = c.post("/screening/jobs", data={"source": bad.replace("yesno", "yes_no")}, headers=auth)
    assert r.status_code == 303 and r.headers["location"] == "/screening/jobs/night-desk"
    assert c.get("/apply/night-desk").status_code == 200


def test_chat_api_is_rate_limited_per_session(app) -> None:
    c, _ = app
    sid = start(c)
    codes = [
        c.post(f"/api/sessions/{sid}/messages", json={"text": "hmm"}).status_code for _ in range(31)
    ]
    assert codes[:30] == [200] * 30
    assert codes[30] == 429


def test_starting_sessions_is_rate_limited_per_address(app) -> None:
    c, _ = app
    codes = [
        c.post(
            f"/api/jobs/{JOB}/sessions", json={"name": "N", "email": f"n{i}@example.com"}
        ).status_code
        for i in range(31)
    ]
    assert codes[:30] == [201] * 30
    r = c.post(f"/api/jobs/{JOB}/sessions", json={"name": "N", "email": "late@example.com"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


def test_candidate_can_delete_their_data(app) -> None:
    c, _ = app
    sid = start(c)
    assert "Delete everything" in c.get(f"/apply/{JOB}/c/{sid}/delete").text
    r = c.post(f"/apply/{JOB}/c/{sid}/delete")
    assert r.status_code == 200 and "deleted" in r.text
    assert c.get(f"/api/sessions/{sid}").status_code == 404


def test_recruiter_forms_need_the_csrf_token_of_the_signed_in_session(app) -> None:
    c, runtime = app
    sid = start(c)
    add_recruiter(runtime)
    login = c.get("/login", headers={"Accept": "text/html"})
    token = re.search(r'name="csrf_token" value="([^"]+)"', login.text).group(1)
    r = c.post(
        "/login", data={"email": "rita@example.com", "password": PASSWORD, "csrf_token": token}
    )
    assert r.status_code == 303
    page = c.get(f"/screening/candidates/{sid}")
    assert page.status_code == 200
    forged = c.post(f"/screening/candidates/{sid}/decision", data={"action": "advance"})
    assert forged.status_code == 403
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    real = c.post(
        f"/screening/candidates/{sid}/decision", data={"action": "advance", "csrf_token": token}
    )
    assert real.status_code == 303
    assert "advanced" in c.get(f"/screening/candidates/{sid}").text


def test_recruiter_edits_a_job_in_the_browser_form_and_gets_a_new_version(app) -> None:
    c, runtime = app
    auth = {"Authorization": f"Bearer {recruiter_token(runtime)}"}
    form = c.get(f"/screening/jobs/{JOB}/edit", headers=auth)
    assert form.status_code == 200 and "id: support-rep-remote" in form.text
    source = html.unescape(
        re.search(r'<textarea id="source"[^>]*>(.*?)</textarea>', form.text, re.S).group(1)
    )
    edited = source.replace("The pay is $21 per hour", "The pay is $22 per hour")
    r = c.post(f"/screening/jobs/{JOB}/edit", data={"source": edited}, headers=auth)
    assert r.status_code == 303
    assert "(version 2)" in c.get(f"/screening/jobs/{JOB}", headers=auth).text
    broken = c.post(f"/screening/jobs/{JOB}/edit", data={"source": "id: [oops"}, headers=auth)
    assert broken.status_code == 422 and "line 1" in broken.text
