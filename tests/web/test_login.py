"""Signing in and out through the login form, with CSRF and a failed-attempt limit."""

from __future__ import annotations

from fastapi.testclient import TestClient

from services.runtime import Runtime
from services.web import accounts
from tests.web.conftest import HTML, PASSWORD, add_user, csrf_from, sign_in, sqlite_only


def test_signing_in_with_the_right_password_opens_the_jobs_page(
    runtime: Runtime, client: TestClient
) -> None:
    # Given an HR account
    add_user(runtime, "hr@example.com")
    # When they sign in
    response = sign_in(client, "HR@example.com")
    # Then they are sent on and can see the jobs page, their email in the navigation
    assert response.status_code == 303
    page = client.get("/jobs", headers=HTML)
    assert page.status_code == 200
    assert "hr@example.com" in page.text
    assert "Signed in as hr@example.com." in page.text


@sqlite_only
def test_a_wrong_password_and_an_unknown_email_get_the_same_generic_message(
    runtime: Runtime, client: TestClient
) -> None:
    add_user(runtime, "hr@example.com")
    wrong_password = sign_in(client, "hr@example.com", "not the password")
    unknown_email = sign_in(client, "ghost@example.com", PASSWORD)
    for response in (wrong_password, unknown_email):
        assert response.status_code == 400
        assert "That email and password do not match an account." in response.text
    assert client.get("/jobs", headers=HTML, follow_redirects=False).status_code == 303


@sqlite_only
def test_a_login_form_posted_without_its_csrf_token_is_refused(
    runtime: Runtime, client: TestClient
) -> None:
    add_user(runtime, "hr@example.com")
    client.get("/login", headers=HTML)
    response = client.post(
        "/login", data={"email": "hr@example.com", "password": PASSWORD}, headers=HTML
    )
    assert response.status_code == 403
    assert "CSRF check failed" in response.text
    forged = client.post(
        "/login",
        data={"email": "hr@example.com", "password": PASSWORD, "csrf_token": "forged"},
        headers=HTML,
    )
    assert forged.status_code == 403


@sqlite_only
def test_signing_out_needs_the_csrf_token_and_ends_the_session(
    runtime: Runtime, client: TestClient
) -> None:
    # Given a signed-in user
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    page = client.get("/jobs", headers=HTML)
    # When a cross-site form tries to sign them out, nothing happens
    assert client.post("/logout", headers=HTML).status_code == 403
    assert client.get("/jobs", headers=HTML, follow_redirects=False).status_code == 200
    # When they press "Sign out"
    response = client.post(
        "/logout", data={"csrf_token": csrf_from(page.text)}, follow_redirects=False
    )
    # Then the session is over
    assert response.status_code == 303
    assert client.get("/jobs", headers=HTML, follow_redirects=False).status_code == 303


@sqlite_only
def test_the_login_page_returns_to_the_page_that_asked_for_it_but_never_off_site(
    runtime: Runtime, client: TestClient
) -> None:
    add_user(runtime, "hr@example.com")
    redirect = client.get("/jobs?state=failed", headers=HTML, follow_redirects=False)
    assert redirect.headers["location"] == "/login?next=%2Fjobs%3Fstate%3Dfailed"
    form = client.get(redirect.headers["location"], headers=HTML)
    token = csrf_from(form.text)
    assert 'name="next" value="/jobs?state=failed"' in form.text
    credentials = {"email": "hr@example.com", "password": PASSWORD, "csrf_token": token}
    back = client.post(
        "/login", data={**credentials, "next": "/jobs?state=failed"}, follow_redirects=False
    )
    assert back.headers["location"] == "/jobs?state=failed"
    for evil in ("https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example"):
        client.cookies.clear()
        token = csrf_from(client.get("/login", headers=HTML).text)
        away = client.post(
            "/login",
            data={**credentials, "csrf_token": token, "next": evil},
            follow_redirects=False,
        )
        assert away.headers["location"] == "/"


@sqlite_only
def test_repeated_failures_for_one_address_are_slowed_down(
    runtime: Runtime, client: TestClient
) -> None:
    # Given five wrong passwords for one account
    add_user(runtime, "hr@example.com")
    for _ in range(5):
        assert sign_in(client, "hr@example.com", "guess-guess").status_code == 400
    # Then even the right password is refused for a while, with a message saying so
    blocked = sign_in(client, "hr@example.com")
    assert blocked.status_code == 429
    assert "Too many failed sign-ins" in blocked.text


@sqlite_only
def test_changing_the_password_ends_existing_sessions(runtime: Runtime, client: TestClient) -> None:
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    with runtime.db.session() as db:
        user = accounts.find_user(db, "hr@example.com")
        assert user is not None
        accounts.set_password(db, user, "a brand new passphrase")
    assert client.get("/jobs", headers=HTML, follow_redirects=False).status_code == 303


@sqlite_only
def test_the_session_cookie_is_http_only_and_same_site(
    runtime: Runtime, client: TestClient
) -> None:
    add_user(runtime, "hr@example.com")
    response = sign_in(client, "hr@example.com")
    cookie = response.headers["set-cookie"].lower()
    assert "deskmate_session=" in cookie
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
