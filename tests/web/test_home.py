"""The home page, the shell's headers and error pages, health, and the templating contract."""

from __future__ import annotations

import importlib.util
import re
import stat
import sys
import types
from pathlib import Path

import pytest
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

from services.runtime import Runtime
from services.web import app as web_app
from services.web import security
from services.web.app import create_app
from services.web.templating import templates
from tests.web.conftest import HTML, sqlite_only


@pytest.fixture
def configured(make_settings, sqlite_url: str) -> Runtime:
    settings = make_settings(
        database_url=sqlite_url,
        smtp_port=2626,
        assistant_addresses="amy@acme.test,ops@acme.test",
        allowed_sender_domains="acme.test,example.com",
    )
    return Runtime.from_settings(settings)


def test_the_home_page_shows_the_test_email_commands_for_the_live_settings(
    configured: Runtime,
) -> None:
    page = TestClient(create_app(configured)).get("/", headers=HTML)
    assert page.status_code == 200
    assert (
        "swaks --server 127.0.0.1:2626 --to amy@acme.test --from you@acme.test "
        "--header &#34;Subject: Quick sync&#34; --body &#34;Lee, are you free Monday at 4 for "
        "twenty minutes? Amy will set it up&#34;"
    ) in page.text
    assert "smtplib.SMTP(&#34;127.0.0.1&#34;, 2626).sendmail(&#34;you@acme.test&#34;" in page.text
    assert "deskmate users add hr@acme.test --role admin" in page.text
    assert 'href="/jobs"' in page.text


def test_the_home_page_links_the_sample_job_and_upload_only_when_those_pages_exist(
    configured: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a build without the products, the home page says so instead of linking to a 404
    monkeypatch.setattr(web_app, "PRODUCT_ROUTERS", ())
    app = create_app(configured)
    client = TestClient(app)
    assert "The screening pages are not installed" in client.get("/", headers=HTML).text
    # When the products mount those pages, the home page links to them
    products = APIRouter()

    @products.get("/apply/{slug}")
    def apply(slug: str) -> dict[str, str]:
        return {"job": slug}

    @products.get("/meetings/new")
    def upload() -> dict[str, str]:
        return {}

    app.include_router(products)
    page = client.get("/", headers=HTML).text
    assert 'href="/apply/support-rep-remote"' in page
    assert 'href="/meetings/new"' in page


def test_every_product_in_this_build_loads_and_the_home_page_links_its_pages(
    configured: Runtime,
) -> None:
    # Given the products as built (their web modules use the shell's contract)
    app = create_app(configured)
    assert app.state.broken_products == []
    page = TestClient(app).get("/", headers=HTML).text
    # Then the "try it first" links and the navigation point at pages that exist
    for name, link in (
        ("screening.web", "/apply/support-rep-remote"),
        ("transcription.web", "/meetings/new"),
    ):
        if importlib.util.find_spec(name.split(".")[0] + ".web") is not None:
            assert f'href="{link}"' in page
    nav = page.split('<nav class="nav"', 1)[1].split("</nav>", 1)[0]
    for href in re.findall(r'href="(/[^"]*)"', nav):
        if href not in ("/", "/login"):
            assert TestClient(app).get(href, headers=HTML, follow_redirects=False).status_code in (
                200,
                303,
            ), href


@sqlite_only
def test_every_page_carries_the_security_headers(client: TestClient) -> None:
    response = client.get("/", headers=HTML)
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self' 'nonce-" in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert client.get("/healthz").headers["x-frame-options"] == "DENY"


@sqlite_only
def test_an_unknown_page_is_a_friendly_404_page_for_browsers_and_json_for_clients(
    client: TestClient,
) -> None:
    page = client.get("/no-such-page", headers=HTML)
    assert page.status_code == 404
    assert "There is no page at /no-such-page." in page.text
    assert "<!doctype html>" in page.text
    assert client.get("/no-such-page").json() == {"detail": "There is no page at /no-such-page."}


@sqlite_only
def test_health_reports_the_database(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_health_is_503_when_the_database_is_gone(make_settings, tmp_path: Path) -> None:
    broken = make_settings(database_url="postgresql+psycopg://nobody@127.0.0.1:1/none")
    response = TestClient(create_app(Runtime.from_settings(broken))).get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_the_generated_session_key_is_kept_private_and_reused(make_settings) -> None:
    settings = make_settings()
    first = security.secret_key(settings)
    path = settings.data_dir / security.SECRET_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert security.secret_key(settings) == first
    assert security.secret_key(make_settings(secret_key="from-settings")) == "from-settings"


@sqlite_only
def test_a_product_template_extends_the_shell_layout_with_escaping_and_a_csrf_field(
    runtime: Runtime, tmp_path: Path
) -> None:
    # Given a product with its own template folder
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "offer.html").write_text(
        '{% extends "base.html" %}{% block title %}Offer{% endblock %}'
        '{% block content %}<h1>{{ name }}</h1><form method="post">{{ csrf_input(request) }}'
        '</form><script nonce="{{ csp_nonce(request) }}"></script>{% endblock %}'
    )
    product_pages = templates(folder)
    routes = APIRouter()

    @routes.get("/offer", response_class=HTMLResponse)
    def offer(request: Request) -> HTMLResponse:
        return product_pages.TemplateResponse(request, "offer.html", {"name": "<b>Lee</b>"})

    app = create_app(runtime)
    app.include_router(routes)
    # When it renders
    response = TestClient(app).get("/offer", headers=HTML)
    # Then it sits in the shell's layout, escaped, with a CSRF field and the CSP nonce
    assert "<title>Offer · deskmate</title>" in response.text
    assert '<link rel="stylesheet" href="/static/deskmate.css">' in response.text
    assert "<h1>&lt;b&gt;Lee&lt;/b&gt;</h1>" in response.text
    assert '<input type="hidden" name="csrf_token" value="' in response.text
    nonce = response.headers["content-security-policy"].split("'nonce-")[1].split("'")[0]
    assert f'<script nonce="{nonce}">' in response.text


@sqlite_only
def test_the_stylesheet_is_served(client: TestClient) -> None:
    response = client.get("/static/deskmate.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")


@sqlite_only
def test_a_crash_in_a_page_shows_a_plain_500_page_without_the_traceback(app: FastAPI) -> None:
    routes = APIRouter()

    @routes.get("/explode")
    def explode() -> None:
        raise RuntimeError("secret internals")

    app.include_router(routes)
    client = TestClient(app, raise_server_exceptions=False)
    page = client.get("/explode", headers=HTML)
    assert page.status_code == 500
    assert "Something went wrong on our side" in page.text
    assert "secret internals" not in page.text
    assert client.get("/explode").json() == {
        "detail": "Something went wrong on our side; it has been logged. Try again."
    }


@sqlite_only
def test_the_api_is_described_without_pages_that_need_a_cdn(client: TestClient) -> None:
    assert "/api/jobs" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 404


def test_an_empty_key_file_is_reported_not_used(make_settings) -> None:
    settings = make_settings()
    settings.data_dir.mkdir(parents=True)
    (settings.data_dir / security.SECRET_FILE).write_text("")
    with pytest.raises(RuntimeError, match="secret_key is empty; delete it"):
        security.secret_key(settings)


@sqlite_only
def test_a_product_whose_pages_fail_to_load_leaves_the_rest_running(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given one product whose router raises and one that is not installed
    broken = types.ModuleType("broken_product_web")

    def router(runtime: Runtime) -> APIRouter:
        raise ValueError("template folder missing")

    broken.router = router  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "broken_product_web", broken)
    monkeypatch.setattr(web_app, "PRODUCT_ROUTERS", ("broken_product_web", "not_installed.web"))
    # When the app is built
    client = TestClient(web_app.create_app(runtime))
    # Then the shell works and the home page names the broken product
    page = client.get("/", headers=HTML)
    assert page.status_code == 200
    assert "<code>broken_product_web</code>: ValueError: template folder missing" in page.text
    assert "not_installed" not in page.text
    assert client.get("/healthz").status_code == 200
