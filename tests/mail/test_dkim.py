"""Sender trust with DKIM: signed with a test key of our own, served through dkimpy's DNS hook."""

from __future__ import annotations

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from mail_gateway.errors import DkimUnavailable
from mail_gateway.inbound import handle_inbound
from mail_gateway.intake import Envelope, accept
from mail_gateway.models import InboundMail
from mail_gateway.trust import DkimResult, assess, check_dkim
from services.runtime import Runtime
from tests.mail.conftest import ASSISTANT, queued_jobs

SELECTOR = b"test2026"


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def dnsfunc(key: rsa.RSAPrivateKey):
    """Answers DKIM key lookups for example.com like its DNS would."""
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)

    def lookup(name: bytes, timeout: int = 5) -> bytes | None:
        return record if name == SELECTOR + b"._domainkey.example.com." else None

    return lookup


def signed(key: rsa.RSAPrivateKey, raw: bytes, domain: bytes = b"example.com") -> bytes:
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return dkim.sign(raw, SELECTOR, domain, pem, include_headers=[b"from", b"to", b"subject"]) + raw


REQUEST = (
    b"From: Lena <lena@example.com>\r\nTo: amy@deskmate.localhost\r\n"
    b"Subject: Hiring sync\r\nMessage-ID: <%s@example.com>\r\n\r\n"
    b"Please book 30 minutes with Tom on Monday.\r\n"
)


def test_signed_message_passes_and_a_tampered_one_fails(key, dnsfunc) -> None:
    raw = signed(key, REQUEST % b"a1")
    assert check_dkim(raw, enabled=True, dnsfunc=dnsfunc) == DkimResult("pass", "example.com")
    tampered = raw.replace(b"30 minutes", b"3 hours")
    assert check_dkim(tampered, enabled=True, dnsfunc=dnsfunc).status == "fail"
    assert check_dkim(REQUEST % b"a2", enabled=True, dnsfunc=dnsfunc).status == "none"
    assert check_dkim(raw, enabled=False).status == "off"


def test_allowed_domain_needs_an_aligned_signature_when_dkim_is_on() -> None:
    allowed = ("example.com",)
    ok = assess(
        "lena@example.com",
        allowed_domains=allowed,
        dkim_required=True,
        dkim_result=DkimResult("pass", "example.com"),
    )
    assert ok.trusted
    other_signer = assess(
        "lena@example.com",
        allowed_domains=allowed,
        dkim_required=True,
        dkim_result=DkimResult("pass", "attacker.example"),
    )
    assert (other_signer.trusted, other_signer.spoofed) == (False, True)
    unsigned = assess(
        "lena@example.com",
        allowed_domains=allowed,
        dkim_required=True,
        dkim_result=DkimResult("none"),
    )
    assert (unsigned.trusted, unsigned.spoofed) == (False, True)
    subdomain = assess(
        "ops@eu.example.com",
        allowed_domains=allowed,
        dkim_required=False,
        dkim_result=DkimResult("off"),
    )
    assert subdomain.trusted
    lookalike = assess(
        "ceo@notexample.com",
        allowed_domains=allowed,
        dkim_required=False,
        dkim_result=DkimResult("off"),
    )
    assert not lookalike.trusted


@pytest.mark.parametrize(
    ("tamper", "state", "route", "scheduled"),
    [
        (False, "handled", "scheduling", True),
        (True, "refused", "spoofed", False),
    ],
)
def test_gateway_acts_only_on_verified_mail_from_allowed_domains(
    mail_settings, sqlite_url, key, dnsfunc, tamper: bool, state: str, route: str, scheduled: bool
) -> None:
    # Given DKIM verification is on
    runtime = Runtime.from_settings(mail_settings(database_url=sqlite_url, dkim_verify=True))
    raw = signed(key, REQUEST % b"g1")
    if tamper:  # a forger reuses a real signature on a different request
        raw = raw.replace(b"30 minutes with Tom", b"3 hours with the CEO")
    accepted = accept(
        runtime.db, runtime.settings.data_dir, raw, Envelope("lena@example.com", (ASSISTANT,))
    )
    # When the message is handled
    handle_inbound(runtime, accepted.inbound_id, dnsfunc=dnsfunc)
    # Then only the genuine one reaches scheduling; the forgery gets no reply either
    with runtime.db.session() as s:
        row = s.get(InboundMail, accepted.inbound_id)
    assert (row.state, row.route) == (state, route)
    assert row.dkim == ("fail" if tamper else "pass")
    assert bool(queued_jobs(runtime, "scheduling.inbound_email")) is scheduled
    assert queued_jobs(runtime, "mail.send") == []
    runtime.db.dispose()


def test_unreachable_dns_retries_before_judging_the_sender(mail_settings, sqlite_url, key) -> None:
    # Given DKIM is on and the resolver cannot be reached
    runtime = Runtime.from_settings(mail_settings(database_url=sqlite_url, dkim_verify=True))

    def broken_dns(name: bytes, timeout: int = 5) -> bytes:
        raise OSError("network unreachable")

    raw = signed(key, REQUEST % b"t1")
    accepted = accept(
        runtime.db, runtime.settings.data_dir, raw, Envelope("lena@example.com", (ASSISTANT,))
    )
    # When the job runs with attempts left, Then it asks to be retried and decides nothing
    with pytest.raises(DkimUnavailable):
        handle_inbound(runtime, accepted.inbound_id, last_attempt=False, dnsfunc=broken_dns)
    with runtime.db.session() as s:
        assert s.get(InboundMail, accepted.inbound_id).state == "received"
    # and on its last attempt it refuses to act rather than trust an unverified sender
    handle_inbound(runtime, accepted.inbound_id, last_attempt=True, dnsfunc=broken_dns)
    with runtime.db.session() as s:
        row = s.get(InboundMail, accepted.inbound_id)
    assert (row.state, row.dkim) == ("refused", "temperror")
    assert queued_jobs(runtime, "scheduling.inbound_email") == []
    runtime.db.dispose()
