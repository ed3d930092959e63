"""Who may make the assistant act: allowed domains, with DKIM proof when it is switched on."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import dkim

log = logging.getLogger(__name__)

DnsFunc = Callable[..., bytes | None]
_SIGNATURE_HEADER = re.compile(rb"^DKIM-Signature\s*:", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class DkimResult:
    """Outcome of DKIM verification: pass | fail | none (unsigned) | temperror | off."""

    status: str
    domain: str = ""  # the d= domain of the signature that passed


@dataclass(frozen=True)
class Trust:
    """Whether a sender may ask the assistant to act, and why."""

    trusted: bool
    spoofed: bool  # claims a trusted domain (or signs) but the proof fails: never answered
    reason: str


def check_dkim(raw: bytes, *, enabled: bool, dnsfunc: DnsFunc | None = None) -> DkimResult:
    """Verify the message's DKIM signatures; the first that verifies wins.

    Args:
        dnsfunc: dkimpy's DNS TXT lookup hook (tests serve their own public key through it).
    """
    if not enabled:
        return DkimResult("off")
    count = len(_SIGNATURE_HEADER.findall(raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]))
    if count == 0:
        return DkimResult("none")
    status = "fail"
    for idx in range(count):
        verifier = dkim.DKIM(raw, logger=log)
        try:
            ok = verifier.verify(idx=idx, dnsfunc=dnsfunc) if dnsfunc else verifier.verify(idx=idx)
        except dkim.DKIMException as e:
            log.info("DKIM signature %d does not verify: %s", idx, e)
            continue
        except Exception as e:  # DNS failures surface as assorted resolver errors
            log.warning("DKIM check could not complete: %r", e)
            status = "temperror"
            continue
        if ok:
            domain = verifier.domain.decode("ascii", errors="replace") if verifier.domain else ""
            return DkimResult("pass", domain.lower())
    return DkimResult(status)


def assess(
    sender: str, *, allowed_domains: tuple[str, ...], dkim_required: bool, dkim_result: DkimResult
) -> Trust:
    """Decide trust from the From address and the DKIM outcome (pure)."""
    domain = sender.rpartition("@")[2].lower()
    if not sender or not domain:
        return Trust(False, False, "no sender address")
    allowed = any(domain == d or domain.endswith("." + d) for d in allowed_domains)
    if dkim_result.status == "fail":
        return Trust(False, True, f"DKIM signature of {domain} does not verify")
    if not allowed:
        return Trust(False, False, f"{domain} is not an allowed sender domain")
    if not dkim_required:
        return Trust(True, False, f"{domain} is an allowed sender domain")
    signer = dkim_result.domain
    aligned = dkim_result.status == "pass" and (domain == signer or domain.endswith("." + signer))
    if not aligned:
        detail = f"signed by {signer}" if dkim_result.status == "pass" else dkim_result.status
        return Trust(
            False, dkim_result.status != "temperror", f"no DKIM proof for {domain} ({detail})"
        )
    return Trust(True, False, f"{domain} is allowed and DKIM verified")
