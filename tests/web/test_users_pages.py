"""``/admin/users``: admins add and remove accounts from the browser."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from services.runtime import Runtime
from services.web import accounts
from tests.web.conftest import HTML, add_user, csrf_from, sign_in, sqlite_only


def _add(client: TestClient, email: str, role: str, password: str, repeat: str) -> str:
    token = csrf_from(client.get("/admin/users", headers=HTML).text)
    data = {
        "email": email,
        "role": role,
        "password": password,
        "repeat": repeat,
        "csrf_token": token,
    }
    return client.post("/admin/users", data=data, headers=HTML).text


def test_an_admin_adds_a_recruiter_who_can_then_sign_in(
    runtime: Runtime, client: TestClient
) -> None:
    # Given a signed-in admin
    add_user(runtime, "boss@example.com", role="admin")
    sign_in(client, "boss@example.com")
    # When they add a recruiter
    page = _add(client, "Rec@Example.com", "recruiter", "a long passphrase", "a long passphrase")
    # Then the list shows them and they can sign in
    assert "Added recruiter rec@example.com." in page
    assert "<td>rec@example.com</td>" in page
    other = TestClient(client.app)
    assert sign_in(other, "rec@example.com", "a long passphrase").status_code == 303


@sqlite_only
def test_adding_an_account_explains_what_was_wrong(runtime: Runtime, client: TestClient) -> None:
    add_user(runtime, "boss@example.com", role="admin")
    sign_in(client, "boss@example.com")
    long_pw = "a long passphrase"
    assert "not an email address" in _add(client, "nobody", "recruiter", long_pw, long_pw)
    assert "unknown role &#39;owner&#39;" in _add(
        client, "a@example.com", "owner", long_pw, long_pw
    )
    assert "not the same" in _add(client, "a@example.com", "recruiter", long_pw, long_pw + "!")
    assert "already exists" in _add(client, "BOSS@example.com", "admin", long_pw, long_pw)


@sqlite_only
def test_an_admin_removes_an_account_and_its_sessions_end(runtime: Runtime, app: FastAPI) -> None:
    add_user(runtime, "boss@example.com", role="admin")
    add_user(runtime, "rec@example.com", role="recruiter")
    admin, recruiter = TestClient(app), TestClient(app)
    sign_in(admin, "boss@example.com")
    sign_in(recruiter, "rec@example.com")
    with runtime.db.session() as db:
        rec = accounts.find_user(db, "rec@example.com")
        boss = accounts.find_user(db, "boss@example.com")
        assert rec is not None and boss is not None
    token = csrf_from(admin.get("/admin/users", headers=HTML).text)
    page = admin.post(f"/admin/users/{rec.id}/remove", data={"csrf_token": token}, headers=HTML)
    assert "Removed rec@example.com" in page.text
    assert recruiter.get("/jobs", headers=HTML, follow_redirects=False).status_code == 303
    # An admin cannot lock themselves out by removing their own account
    page = admin.post(f"/admin/users/{boss.id}/remove", data={"csrf_token": token}, headers=HTML)
    assert "You cannot remove your own account here." in page.text


@sqlite_only
def test_recruiters_cannot_manage_accounts(runtime: Runtime, client: TestClient) -> None:
    add_user(runtime, "rec@example.com", role="recruiter")
    sign_in(client, "rec@example.com")
    assert client.get("/admin/users", headers=HTML).status_code == 403
    token = csrf_from(client.get("/jobs", headers=HTML).text)
    data = {"email": "x@example.com", "role": "admin", "password": "p" * 10, "repeat": "p" * 10}
    response = client.post("/admin/users", data={**data, "csrf_token": token})
    assert response.status_code == 403
    with runtime.db.session() as db:
        assert accounts.find_user(db, "x@example.com") is None
