"""``/account``: a signed-in user changes their own password and makes an API token."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient

from services.runtime import Runtime
from services.web import accounts
from tests.web.conftest import HTML, PASSWORD, add_user, csrf_from, sign_in, sqlite_only


def _change(client: TestClient, current: str, new: str, repeat: str) -> str:
    token = csrf_from(client.get("/account", headers=HTML).text)
    data = {"current": current, "new": new, "repeat": repeat, "csrf_token": token}
    return client.post("/account/password", data=data, headers=HTML).text


@sqlite_only
def test_changing_the_password_keeps_this_session_and_ends_the_others(
    runtime: Runtime, app: FastAPI
) -> None:
    # Given the same user signed in on two devices
    add_user(runtime, "hr@example.com")
    laptop, phone = TestClient(app), TestClient(app)
    sign_in(laptop, "hr@example.com")
    sign_in(phone, "hr@example.com")
    # When they change their password on the laptop
    page = _change(laptop, PASSWORD, "a fresh passphrase", "a fresh passphrase")
    # Then the laptop stays signed in, the phone is signed out, and the new password works
    assert "Password changed." in page
    assert laptop.get("/jobs", headers=HTML, follow_redirects=False).status_code == 200
    assert phone.get("/jobs", headers=HTML, follow_redirects=False).status_code == 303
    with runtime.db.session() as db:
        assert accounts.authenticate(db, "hr@example.com", "a fresh passphrase") is not None


@sqlite_only
def test_a_password_change_explains_what_was_wrong(runtime: Runtime, client: TestClient) -> None:
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    assert "Your current password is not right." in _change(
        client, "nope", "abcdefghij", "abcdefghij"
    )
    assert "The two new passwords are not the same." in _change(
        client, PASSWORD, "abcdefghij", "abcdefghik"
    )
    assert "at least 8 characters" in _change(client, PASSWORD, "short", "short")
    with runtime.db.session() as db:
        assert accounts.authenticate(db, "hr@example.com", PASSWORD) is not None


@sqlite_only
def test_a_user_makes_an_api_token_shown_once(runtime: Runtime, client: TestClient) -> None:
    add_user(runtime, "hr@example.com")
    sign_in(client, "hr@example.com")
    token = csrf_from(client.get("/account", headers=HTML).text)
    page = client.post("/account/tokens", data={"csrf_token": token}, headers=HTML)
    assert page.headers["cache-control"] == "no-store"
    match = re.search(r'<pre class="command" id="new-token"><code>(dm_[^<]+)</code>', page.text)
    assert match
    api = TestClient(client.app)
    headers = {"Authorization": f"Bearer {match.group(1)}"}
    assert api.get("/api/jobs", headers=headers).status_code == 200
    assert "dm_" not in client.get("/account", headers=HTML).text
