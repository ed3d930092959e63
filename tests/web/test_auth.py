"""The dependencies products use: require_user (session or bearer token, roles),
optional_user and require_csrf."""

from __future__ import annotations

from typing import Annotated

import pytest
from fastapi import APIRouter, Depends, FastAPI, UploadFile
from fastapi.testclient import TestClient

from services.runtime import Runtime
from services.storage.models import User
from services.web.auth import optional_user, require_csrf, require_user
from services.web.errors import AccountError
from tests.web.conftest import HTML, add_token, add_user, csrf_from, sign_in, sqlite_only


@pytest.fixture
def product_client(app: FastAPI) -> TestClient:
    """The app with a product-like router using the shell's dependencies."""
    routes = APIRouter()

    @routes.get("/shortlist")
    def shortlist(user: Annotated[User, Depends(require_user("recruiter"))]) -> dict[str, str]:
        return {"email": user.email, "role": user.role}

    @routes.get("/settings")
    def admin_only(user: Annotated[User, Depends(require_user("admin"))]) -> dict[str, str]:
        return {"email": user.email}

    @routes.get("/whoami")
    def whoami(user: Annotated[User | None, Depends(optional_user)]) -> dict[str, str | None]:
        return {"email": user.email if user else None}

    @routes.post("/shortlist/reject", dependencies=[Depends(require_csrf)])
    def reject(user: Annotated[User, Depends(require_user("recruiter"))]) -> dict[str, str]:
        return {"rejected_by": user.email}

    @routes.post("/meetings/upload", dependencies=[Depends(require_csrf)])
    async def upload(
        recording: UploadFile, user: Annotated[User, Depends(require_user("recruiter"))]
    ) -> dict[str, int]:
        return {"bytes": len(await recording.read())}

    app.include_router(routes)
    return TestClient(app)


@pytest.fixture
def recruiter_csrf(runtime: Runtime, product_client: TestClient) -> str:
    """Sign a recruiter in on ``product_client``; the session's CSRF token."""
    add_user(runtime, "rec@example.com", role="recruiter")
    sign_in(product_client, "rec@example.com")
    return csrf_from(product_client.get("/jobs", headers=HTML).text)


def test_a_bearer_token_signs_an_api_request_in(
    runtime: Runtime, product_client: TestClient
) -> None:
    add_user(runtime, "rec@example.com", role="recruiter")
    token = add_token(runtime, "rec@example.com")
    response = product_client.get("/shortlist", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {"email": "rec@example.com", "role": "recruiter"}


@pytest.mark.parametrize("header", ["Bearer dm_not-a-real-token", "Bearer ", "Basic dXNlcjpwdw=="])
@sqlite_only
def test_a_bad_authorization_header_is_a_401_with_a_bearer_challenge(
    product_client: TestClient, header: str
) -> None:
    response = product_client.get("/shortlist", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert product_client.get("/whoami", headers={"Authorization": header}).status_code == 401


@sqlite_only
def test_a_bad_token_is_refused_even_next_to_a_valid_session(
    runtime: Runtime, product_client: TestClient
) -> None:
    add_user(runtime, "rec@example.com", role="recruiter")
    sign_in(product_client, "rec@example.com")
    response = product_client.get("/shortlist", headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401


@sqlite_only
def test_an_anonymous_api_call_is_a_401_and_a_browser_is_sent_to_the_login_page(
    product_client: TestClient,
) -> None:
    assert product_client.get("/shortlist").status_code == 401
    page = product_client.get("/shortlist", headers=HTML, follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Fshortlist"


@sqlite_only
def test_the_wrong_role_is_a_403_saying_which_role_is_needed(
    runtime: Runtime, product_client: TestClient
) -> None:
    add_user(runtime, "rec@example.com", role="recruiter")
    token = add_token(runtime, "rec@example.com")
    response = product_client.get("/settings", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403
    assert response.json() == {"detail": "this page needs the role admin; you are recruiter"}
    page = product_client.get("/settings", headers=HTML | {"Authorization": f"Bearer {token}"})
    assert page.status_code == 403


@sqlite_only
def test_an_admin_may_use_recruiter_pages(runtime: Runtime, product_client: TestClient) -> None:
    add_user(runtime, "boss@example.com", role="admin")
    sign_in(product_client, "boss@example.com")
    assert product_client.get("/shortlist").json()["role"] == "admin"


@sqlite_only
def test_optional_user_is_none_when_anonymous_and_the_account_when_signed_in(
    runtime: Runtime, product_client: TestClient
) -> None:
    assert product_client.get("/whoami").json() == {"email": None}
    add_user(runtime, "rec@example.com", role="recruiter")
    sign_in(product_client, "rec@example.com")
    assert product_client.get("/whoami").json() == {"email": "rec@example.com"}


@sqlite_only
def test_a_session_form_post_needs_the_csrf_token_in_the_form_or_header(
    product_client: TestClient, recruiter_csrf: str
) -> None:
    # Given a signed-in recruiter
    token = recruiter_csrf
    # When a post arrives without the token, or with another one, it is refused
    assert product_client.post("/shortlist/reject", data={"id": "1"}).status_code == 403
    assert product_client.post("/shortlist/reject", data={"csrf_token": "x"}).status_code == 403
    # When it carries the session's token, as a form field or a header, it goes through
    by_form = product_client.post("/shortlist/reject", data={"csrf_token": token})
    by_header = product_client.post("/shortlist/reject", headers={"X-CSRF-Token": token})
    assert by_form.status_code == by_header.status_code == 200
    assert by_form.json() == {"rejected_by": "rec@example.com"}


@sqlite_only
def test_bearer_token_requests_need_no_csrf_token(
    runtime: Runtime, product_client: TestClient
) -> None:
    add_user(runtime, "rec@example.com", role="recruiter")
    token = add_token(runtime, "rec@example.com")
    response = product_client.post(
        "/shortlist/reject", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200


def test_requiring_a_role_that_does_not_exist_fails_at_import_time() -> None:
    with pytest.raises(AccountError, match="unknown role 'hr'"):
        require_user("hr")


@sqlite_only
def test_a_file_upload_form_is_checked_for_csrf_and_still_receives_the_file(
    product_client: TestClient, recruiter_csrf: str
) -> None:
    audio = {"recording": ("standup.wav", b"RIFF" + bytes(2000), "audio/wav")}
    refused = product_client.post("/meetings/upload", files=audio)
    accepted = product_client.post(
        "/meetings/upload", files=audio, data={"csrf_token": recruiter_csrf}
    )
    assert refused.status_code == 403
    assert accepted.status_code == 200
    assert accepted.json() == {"bytes": 2004}
