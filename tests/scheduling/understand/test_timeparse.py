"""Time expressions: Duckling plus our zones, work-hours reading, ranges and guards."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from services.scheduling.understand.errors import BadInput
from services.scheduling.understand.timeparse import resolve

from .conftest import DUCKLING_CORPUS

BERLIN = "Europe/Berlin"


def starts(text: str, now: dt.datetime, tz: str = BERLIN, **kw: object) -> list[str]:
    return [c.start.isoformat() for c in resolve(text, now=now, tz=tz, **kw)]


def test_duckling_english_corpus_resolves_at_least_95_percent_exactly() -> None:
    # Given Duckling's own English corpus with its reference time and zone
    corpus = json.loads(DUCKLING_CORPUS.read_text())
    now = dt.datetime.fromisoformat(corpus["now"]).replace(tzinfo=zoneinfo.ZoneInfo(corpus["tz"]))
    # When every expression is resolved on its own
    exact = 0
    for case in corpus["cases"]:
        found = resolve(case["text"], now=now, tz=corpus["tz"], lang="en", latent=True)
        exact += bool(found) and found[0].start == dt.datetime.fromisoformat(case["start"])
    # Then at least 95% start exactly where Duckling's authors say
    assert exact / len(corpus["cases"]) >= 0.95, f"{exact}/{len(corpus['cases'])}"


def test_bare_hour_in_a_work_email_means_the_afternoon(monday_morning) -> None:
    found = resolve(
        "Lee, are you free Monday at 4 for twenty minutes?", now=monday_morning, tz=BERLIN
    )
    assert found[0].start.isoformat() == "2026-03-02T16:00:00+01:00"
    assert found[0].end is not None and found[0].end.isoformat() == "2026-03-02T16:20:00+01:00"


def test_explicit_morning_hour_is_kept(monday_morning) -> None:
    assert starts("Tuesday at 4am", monday_morning) == ["2026-03-03T04:00:00+01:00"]


def test_alternatives_keep_the_order_they_were_offered(monday_morning) -> None:
    assert starts("Monday 4pm, or else Thursday 9am", monday_morning) == [
        "2026-03-02T16:00:00+01:00",
        "2026-03-05T09:00:00+01:00",
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 2 to 4 on Thursday", "2026-03-05T14:00:00+01:00", "2026-03-05T16:00:00+01:00"),
        ("tomorrow 9-10:30", "2026-03-03T09:00:00+01:00", "2026-03-03T10:30:00+01:00"),
        ("el miércoles de 11 a 12:30", "2026-03-04T11:00:00+01:00", "2026-03-04T12:30:00+01:00"),
        ("am Mittwoch von 9 bis 11 Uhr", "2026-03-04T09:00:00+01:00", "2026-03-04T11:00:00+01:00"),
        ("miercuri între 11 și 13", "2026-03-04T11:00:00+01:00", "2026-03-04T13:00:00+01:00"),
    ],
)
def test_ranges_give_start_and_end(monday_morning, text: str, start: str, end: str) -> None:
    found = resolve(text, now=monday_morning, tz=BERLIN)
    assert (found[0].start.isoformat(), found[0].end and found[0].end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11am ET on Wednesday", "2026-03-04T11:00:00-05:00"),
        ("16:00 Berlin time on Friday", "2026-03-06T16:00:00+01:00"),
        ("6pm Singapore time tomorrow", "2026-03-03T18:00:00+08:00"),
        ("Thursday 3pm PST", "2026-03-05T15:00:00-08:00"),
        ("March 9 at 3pm PST", "2026-03-09T15:00:00-07:00"),  # after the US switch: Pacific time
        ("Friday 14h CET", "2026-03-06T14:00:00+01:00"),
        ("Thursday 9 am (BST)", "2026-03-05T09:00:00+01:00"),
        ("vendredi à 10h heure de Paris", "2026-03-06T10:00:00+01:00"),
    ],
)
def test_a_written_zone_keeps_the_wall_time_in_that_zone(
    monday_morning, text: str, expected: str
) -> None:
    found = resolve(text, now=monday_morning, tz="America/Chicago")
    assert found[0].start == dt.datetime.fromisoformat(expected)


def test_without_a_written_zone_the_sender_zone_is_used(monday_morning) -> None:
    assert starts("Wednesday at 10am", monday_morning, tz="Asia/Tokyo") == [
        "2026-03-04T10:00:00+09:00"
    ]


def test_trailing_duration_is_not_read_as_the_year_2030(monday_morning) -> None:
    assert starts("Tuesday at half past ten, 30 minutes", monday_morning) == [
        "2026-03-03T10:30:00+01:00"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "¿Podemos vernos el martes a las 10:30 o el jueves a las 16:00?",
            "es",
            ["2026-03-03T10:30:00+01:00", "2026-03-05T16:00:00+01:00"],
        ),
        (
            "On se voit mardi à 14h ou jeudi à 9h30 ?",
            "fr",
            ["2026-03-03T14:00:00+01:00", "2026-03-05T09:30:00+01:00"],
        ),
        ("Können wir uns am Dienstag um 14 Uhr treffen?", "de", ["2026-03-03T14:00:00+01:00"]),
        ("Ne putem vedea marți la ora 14?", "ro", ["2026-03-03T14:00:00+01:00"]),
        (
            "Ne putem vedea marti la ora 14 sau joi la 10:30?",
            "ro",
            ["2026-03-03T14:00:00+01:00", "2026-03-05T10:30:00+01:00"],
        ),
    ],
)
def test_five_languages_with_and_without_diacritics(
    monday_morning, text: str, lang: str, expected: list[str]
) -> None:
    assert starts(text, monday_morning) == expected
    assert starts(text, monday_morning, lang=lang) == expected


def test_phone_numbers_and_street_numbers_are_not_times(monday_morning) -> None:
    signature = (
        "John Smith | +1 (415) 555-0199 | 1200 Market St, Suite 300\nMobile: +40 721 123 456"
    )
    assert resolve(signature, now=monday_morning, tz=BERLIN) == []


def test_a_day_the_mover_leaves_and_the_day_it_goes_to_are_both_read(monday_morning) -> None:
    found = resolve(
        "Can we move our call on Thursday to Friday at 3pm?", now=monday_morning, tz=BERLIN
    )
    assert [(c.start.isoformat(), c.grain) for c in found] == [
        ("2026-03-05T00:00:00+01:00", "day"),
        ("2026-03-06T15:00:00+01:00", "hour"),
    ]


def test_naive_now_is_rejected_with_the_expected_form() -> None:
    with pytest.raises(BadInput, match="timezone-aware"):
        resolve("tomorrow at 3pm", now=dt.datetime(2026, 3, 2, 9), tz=BERLIN)


def test_unknown_zone_is_rejected_by_name(monday_morning) -> None:
    with pytest.raises(BadInput, match="Mars/Olympus"):
        resolve("tomorrow at 3pm", now=monday_morning, tz="Mars/Olympus")
