"""The meeting page: sign-in required; shows the email and the reasoning of every decision."""

from __future__ import annotations

from fastapi.testclient import TestClient

from services.scheduling.models import CalendarRow
from services.scheduling.on_request import handle_request
from services.web.app import create_app
from tests.scheduling.workflow.conftest import inbound, intent, job_context, next_weekday
from tests.web.conftest import HTML, add_user, csrf_from, sign_in


def test_meeting_page_needs_sign_in_and_shows_email_and_reasons(sched_runtime):
    # Given a request that was booked
    tuesday = next_weekday(1, 10)
    text = "Lee, are you free Tuesday at 10 for twenty minutes? Amy will set it up."
    result = handle_request(job_context(sched_runtime), inbound(1, text=text), intent(tuesday))
    add_user(sched_runtime, "hr@example.com", "recruiter")
    with TestClient(create_app(sched_runtime)) as client:
        # When an anonymous visitor asks for the page, they are sent to sign in
        page = f"/scheduling/meetings/{result['meeting_id']}"
        anonymous = client.get(page, headers=HTML, follow_redirects=False)
        assert anonymous.status_code in (302, 303, 401)
        # When a signed-in user opens it
        sign_in(client, "hr@example.com")
        html = client.get(page, headers=HTML).text
        listing = client.get("/scheduling", headers=HTML).text
    # Then it shows the original email, what was understood and why the time was chosen
    assert "Lee, are you free Tuesday at 10" in html
    assert "understood &#39;Tuesday at 10:00&#39;" in html
    assert "booking the first free offered time" in html
    assert "booked" in html and result["uid"] in html
    assert "Sync about the Q4 plan" in listing


def test_admin_sets_working_hours_and_caldav_and_bad_input_is_explained(sched_runtime):
    add_user(sched_runtime, "admin@example.com", "admin")
    with TestClient(create_app(sched_runtime)) as client:
        sign_in(client, "admin@example.com")
        token = csrf_from(client.get("/scheduling/calendars", headers=HTML).text)
        form = {
            "owner": "bob@example.com",
            "timezone": "America/New_York",
            "working_hours": "Mon 08:00-16:00, Wed 10:00-18:00",
            "buffer_minutes": "10",
            "min_notice_minutes": "120",
            "caldav_url": "http://127.0.0.1:5232/bob/work/",
            "csrf_token": token,
        }
        saved = client.post(
            "/scheduling/calendars", data=form, headers=HTML, follow_redirects=False
        )
        bad = client.post(
            "/scheduling/calendars", data={**form, "working_hours": "Funday 9-5"}, headers=HTML
        )
    assert saved.status_code == 303
    assert "should look like" in bad.text
    with sched_runtime.db.session() as s:
        row = s.query(CalendarRow).filter_by(owner="bob@example.com").one()
    assert row.working_hours == {"0": ["08:00", "16:00"], "2": ["10:00", "18:00"]}
    assert (row.backend, row.buffer_minutes, row.min_notice_minutes) == ("caldav", 10, 120)
