"""Fuzzing the parser: malformed MIME never raises out of the gateway, and the raw message is
always kept byte for byte."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from mail_gateway.inbound import handle_inbound
from mail_gateway.intake import Envelope, accept
from mail_gateway.models import InboundMail
from mail_gateway.parsing import parse_bytes
from services.config import load_settings
from services.runtime import Runtime
from services.storage import migrate
from tests.conftest import PG_ADMIN_URL
from tests.mail.conftest import ASSISTANT, FIXTURES

# hypothesis scans loaded modules for constants; touching mypy_extensions.TypedDict warns
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)

CORPUS = sorted(p.read_bytes() for p in FIXTURES.glob("*.eml"))
CHARSETS = ["utf-8", "iso-8859-1", "x-unknown", "", "utf-16", "koi8-r", "gb2312", "utf-7", "ascii"]
ENCODINGS = ["base64", "quoted-printable", "8bit", "7bit", "x-uuencode", "binary", "bogus"]
TYPES = [
    "text/plain",
    "text/html",
    "text/calendar",
    "audio/ogg",
    "application/octet-stream",
    "message/rfc822",
    "multipart/report",
    "message/delivery-status",
    "image/png",
    "x/y",
]
HEADER_NAMES = [
    "From",
    "To",
    "Cc",
    "Subject",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Date",
    "Content-Type",
    "Content-Disposition",
    "Auto-Submitted",
    "List-Id",
    "X-Any",
]


@st.composite
def mime_trees(draw: st.DrawFn, depth: int = 0) -> bytes:
    """A MIME entity built from awkward pieces: wrong boundaries, bogus charsets, bad bytes."""
    headers = []
    for name in draw(st.lists(st.sampled_from(HEADER_NAMES), max_size=6)):
        value = draw(
            st.one_of(
                st.text(max_size=40),
                st.sampled_from(
                    [
                        "=?utf-8?b?!!!?=",
                        "=?x-bogus?q?=FF?=",
                        "<a@b> <",
                        '"unterminated',
                        "a@b, <c@d>, ,,",
                        "Mon, 99 Foo 2026 25:61:61 +9999",
                        "",
                        "<@>",
                    ]
                ),
            )
        )
        headers.append(f"{name}: {value}".encode("utf-8", errors="surrogatepass"))
    boundary = draw(st.sampled_from(["b", "x" * 80, "", "==", "b c"]))
    multipart = depth < 3 and draw(st.booleans())
    if multipart:
        sub = draw(st.sampled_from(["mixed", "alternative", "report", "related"]))
        headers.append(f'Content-Type: multipart/{sub}; boundary="{boundary}"'.encode())
        parts = [draw(mime_trees(depth + 1)) for _ in range(draw(st.integers(0, 3)))]
        closer = draw(st.sampled_from([b"--\r\n", b"\r\n", b""]))  # sometimes never closed
        body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
        body += b"--" + boundary.encode() + closer
    else:
        ctype, charset = draw(st.sampled_from(TYPES)), draw(st.sampled_from(CHARSETS))
        headers.append(f"Content-Type: {ctype}; charset={charset}; method=REPLY".encode())
        headers.append(f"Content-Transfer-Encoding: {draw(st.sampled_from(ENCODINGS))}".encode())
        if draw(st.booleans()):
            headers.append(b"Content-Disposition: attachment; filename*=utf-8''%FF%2F..%2Fx")
        body = draw(st.binary(max_size=300))
    return b"\r\n".join(headers) + b"\r\n\r\n" + body


@st.composite
def mangled_corpus(draw: st.DrawFn) -> bytes:
    """A real fixture, truncated and with bytes flipped."""
    raw = bytearray(draw(st.sampled_from(CORPUS)))
    raw = raw[: draw(st.integers(0, len(raw)))]
    for _ in range(draw(st.integers(0, 8))):
        if raw:
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    return bytes(raw)


MESSAGES = st.one_of(st.binary(max_size=2000), mime_trees(), mangled_corpus())


@settings(
    max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(raw=MESSAGES)
def test_parse_bytes_never_raises(raw: bytes) -> None:
    parsed = parse_bytes(raw, assistant_addresses=(ASSISTANT,))
    assert parsed.message_id
    assert isinstance(parsed.text, str) and isinstance(parsed.full_text, str)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def fuzz_runtime(request: pytest.FixtureRequest) -> Iterator[Runtime]:
    """One migrated database per engine for all examples (hypothesis re-runs the body)."""
    folder = Path(tempfile.mkdtemp(prefix="mail-fuzz-"))
    admin = None
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'fuzz.sqlite3'}"
    else:
        name = f"deskmate_fuzz_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    migrate.upgrade(url)
    runtime = Runtime.from_settings(
        load_settings(
            environ={},
            data_dir=folder / "var",
            database_url=url,
            assistant_addresses=(ASSISTANT,),
            allowed_sender_domains=("example.com",),
        )
    )
    yield runtime
    runtime.db.dispose()
    if admin is not None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
        admin.dispose()
    shutil.rmtree(folder, ignore_errors=True)


@settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(raw=MESSAGES)
def test_gateway_keeps_every_raw_message_and_handles_it_without_crashing(
    fuzz_runtime: Runtime, raw: bytes
) -> None:
    runtime = fuzz_runtime
    # Given whatever bytes a client sent, accepted as the SMTP edge does
    accepted = accept(
        runtime.db, runtime.settings.data_dir, raw, Envelope("x@example.com", (ASSISTANT,))
    )
    # When the handling job runs
    handle_inbound(runtime, accepted.inbound_id)
    # Then the raw message is kept byte for byte (or was already, under the same Message-ID)
    # and the row left the received state
    with runtime.db.session() as s:
        row = s.get(InboundMail, accepted.inbound_id)
        assert row is not None and row.state != "received" and row.parsed
        if not accepted.duplicate:
            assert Path(row.raw_path).read_bytes() == raw
