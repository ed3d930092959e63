"""The shell under a real uvicorn server, driven by a real HTTP client over TCP."""

from __future__ import annotations

import httpx

from tests.web.conftest import (
    HTML,
    LiveServer,
    add_token,
    add_user,
    csrf_from,
    sign_in,
    sqlite_only,
)


def test_sign_in_see_jobs_and_sign_out_over_real_http(live_server: LiveServer) -> None:
    # Given a running server and an HR account
    add_user(live_server.runtime, "hr@example.com")
    with httpx.Client(base_url=live_server.url, timeout=10) as browser:
        # When HR signs in through the form
        response = sign_in(browser, "hr@example.com")
        assert response.status_code == 303
        assert "deskmate_session" in browser.cookies
        # Then the jobs page opens, and signing out closes it again
        jobs = browser.get("/jobs", headers=HTML)
        assert jobs.status_code == 200
        assert "hr@example.com" in jobs.text
        out = browser.post("/logout", data={"csrf_token": csrf_from(jobs.text)})
        assert out.status_code == 303
        assert browser.get("/jobs", headers=HTML).status_code == 303


@sqlite_only
def test_api_token_over_real_http(live_server: LiveServer) -> None:
    add_user(live_server.runtime, "bot@example.com", role="recruiter")
    token = add_token(live_server.runtime, "bot@example.com")
    with httpx.Client(base_url=live_server.url, timeout=10) as api:
        assert api.get("/api/jobs", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert api.get("/api/jobs", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert api.get("/healthz").json() == {"status": "ok", "database": "ok"}
