"""parse_bytes over the fixture corpus: each file is an awkward real-world message."""

from __future__ import annotations

import datetime as dt

import pytest

from mail_gateway.parsing import parse_bytes
from tests.mail.conftest import ASSISTANT, fixture_bytes

# fixture -> the newest text a person wrote, nothing quoted, no signature
NEWEST_TEXT = {
    "gmail_quoted_reply.eml": "Tuesday at 3pm works for me. Please send the invite to Carol too.",
    "outlook_original_message.eml": (
        "Could we move it to Thursday morning instead? 9:30 would be ideal.\n\nDana"
    ),
    "outlook_html_only_reply.eml": "Friday 11:00 is fine – I’ll dial in from Cluj.\n\nDana",
    "spanish_quoted_reply.eml": "El miércoles a las 11:00 me va bien.",
    "french_quoted_reply.eml": "Jeudi 14h me convient parfaitement.",
    "german_quoted_reply.eml": "Freitag um 10 Uhr passt mir gut.",
    "romanian_quoted_reply.eml": "Marți la ora 11 este perfect.",
    "interleaved_quotes.eml": "No, I am travelling.\nTuesday is perfect.",
    "audio_recording.eml": "Notes please.",
    "iso8859_1_body.eml": "Bonjour Amy,\n\nPouvez-vous organiser une réunion d'équipe jeudi à 14h ?"
    " Durée : une demi-heure.",
    "base64_body.eml": "Hi Amy,\n\nCan you book 45 minutes with Priya and Tom next Monday "
    "afternoon?\nAgenda: hiring plan for Q1 — and the café budget.",
    "unknown_charset.eml": "Can we meet on Thursday? Kaffee und Käse.",
    "malformed_mime_boundary.eml": "Hello Amy, can we meet tomorrow?",
}


@pytest.mark.parametrize(("name", "expected"), sorted(NEWEST_TEXT.items()))
def test_only_the_newest_message_counts(name: str, expected: str) -> None:
    # Given a real-world reply with quoted history and a signature
    # When it is parsed
    parsed = parse_bytes(fixture_bytes(name))
    # Then the text is what the sender wrote now, and the full text keeps everything
    assert parsed.text == expected
    assert expected.splitlines()[0] in parsed.full_text


@pytest.mark.parametrize(
    ("name", "subject", "sender", "sender_name"),
    [
        (
            "rfc2047_subject.eml",
            "Şedință de planificare żałПривет and plain words",
            "mihai@example.com",
            "Mihai Popescu",
        ),
        ("iso8859_1_body.eml", "Réunion d'équipe", "renee@example.com", "Renée François"),
        (
            "spanish_quoted_reply.eml",
            "Re: Reunión de presupuesto",
            "lucia@example.com",
            "Lucía Gómez",
        ),
        ("unknown_charset.eml", "Meeting ÿ", "sven@example.com", "Sven"),
        (
            "malformed_mime_boundary.eml",
            "=?utf-8?B?not base64 at all!!!?=",
            "broken@example.com",
            "Broken Client",
        ),
    ],
)
def test_headers_are_decoded_in_any_charset(
    name: str, subject: str, sender: str, sender_name: str
) -> None:
    parsed = parse_bytes(fixture_bytes(name))
    assert (parsed.subject, parsed.sender, parsed.sender_name) == (subject, sender, sender_name)


def test_thread_identity_comes_from_references_then_in_reply_to_then_own_id() -> None:
    gmail = parse_bytes(fixture_bytes("gmail_quoted_reply.eml"))
    assert gmail.message_id == "CAF=gmail-reply-42@mail.gmail.com"
    assert gmail.in_reply_to == "7c1a2b@deskmate.localhost"
    assert gmail.references == ("CAF=first-message@mail.gmail.com", "7c1a2b@deskmate.localhost")
    assert gmail.thread_id == "CAF=first-message@mail.gmail.com"
    german_ooo = parse_bytes(fixture_bytes("out_of_office_subject_only.eml"))
    assert german_ooo.thread_id == "sync-invite@deskmate.localhost"
    fresh = parse_bytes(fixture_bytes("base64_body.eml"))
    assert fresh.thread_id == fresh.message_id == "base64-body-1@example.com"


def test_message_without_message_id_gets_a_stable_one() -> None:
    raw = fixture_bytes("no_message_id.eml")
    first, second = parse_bytes(raw), parse_bytes(raw)
    assert first.message_id == second.message_id
    assert first.message_id.endswith("@no-message-id.invalid")
    assert parse_bytes(raw + b"\n").message_id != first.message_id


def test_addresses_dates_and_recipients() -> None:
    parsed = parse_bytes(fixture_bytes("gmail_quoted_reply.eml"), assistant_addresses=(ASSISTANT,))
    assert parsed.to == (ASSISTANT,)
    assert parsed.cc == ("carol@example.com",)
    assert parsed.date == dt.datetime(2026, 11, 16, 9, 12, 31, tzinfo=dt.UTC)
    assert not parsed.from_assistant
    assert parse_bytes(fixture_bytes("malformed_mime_boundary.eml")).date is None


@pytest.mark.parametrize(
    ("name", "method", "uid"),
    [
        ("google_calendar_reply.eml", "REPLY", "deskmate-7c1a2b@deskmate.localhost"),
        ("apple_calendar_reply.eml", "REPLY", "deskmate-7c1a2b@deskmate.localhost"),
        ("outlook_calendar_counter.eml", "COUNTER", "deskmate-q2@deskmate.localhost"),
    ],
)
def test_calendar_replies_are_found_once_with_their_method(
    name: str, method: str, uid: str
) -> None:
    # Given an iTIP answer as Google (inline + invite.ics), Apple (.ics attachment, QP) or
    # Outlook (base64 alternative) send it
    parsed = parse_bytes(fixture_bytes(name))
    # Then exactly one calendar part is found, with its method and our event's UID
    assert [part.method for part in parsed.calendar_parts] == [method]
    assert f"UID:{uid}" in parsed.calendar_parts[0].text.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("out_of_office.eml", "Auto-Submitted: auto-generated"),
        ("out_of_office_subject_only.eml", "out-of-office subject"),
        ("newsletter_list.eml", "Precedence: bulk"),
        ("dsn_bounce.eml", "Auto-Submitted: auto-replied"),
    ],
)
def test_machine_written_mail_is_recognised(name: str, reason: str) -> None:
    parsed = parse_bytes(fixture_bytes(name))
    assert parsed.auto_submitted
    assert parsed.auto_reason == reason


@pytest.mark.parametrize(
    "name", ["gmail_quoted_reply.eml", "base64_body.eml", "google_calendar_reply.eml"]
)
def test_mail_people_write_is_not_mistaken_for_auto_replies(name: str) -> None:
    assert parse_bytes(fixture_bytes(name)).auto_reason == ""


def test_delivery_report_names_the_failed_recipient_and_the_bounced_message() -> None:
    report = parse_bytes(fixture_bytes("dsn_bounce.eml")).delivery_report
    assert report is not None
    assert [(f.address, f.status) for f in report.failed] == [("gone.person@example.org", "5.1.1")]
    assert "User unknown" in report.failed[0].diagnostic
    assert report.original_message_id == "bounced-original-1@deskmate.localhost"


def test_attachments_keep_their_bytes_and_types() -> None:
    audio = parse_bytes(fixture_bytes("audio_recording.eml")).attachments
    assert [(a.filename, a.content_type) for a in audio] == [("Design review.m4a", "audio/x-m4a")]
    assert audio[0].data == bytes(range(256)) * 8
    pdf = parse_bytes(fixture_bytes("malformed_mime_boundary.eml")).attachments
    assert [a.filename for a in pdf] == ["Tagesordnung übersicht.pdf"]


def test_mail_from_the_assistant_itself_is_flagged_as_a_loop() -> None:
    raw = (
        b"From: Amy <AMY@deskmate.localhost>\r\nTo: bob@example.com\r\nSubject: hi\r\n\r\nhello\r\n"
    )
    assert parse_bytes(raw, assistant_addresses=(ASSISTANT,)).from_assistant
