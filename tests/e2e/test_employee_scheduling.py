"""An employee CCs the assistant with the home page's swaks command and gets the invite."""

from __future__ import annotations

import datetime as dt
import re
import shlex
import subprocess
from collections.abc import Callable
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest

from tests.e2e.conftest import ADMIN, ASSISTANT, DOMAIN, ZONE, Deskmate, home_command

pytestmark = pytest.mark.slow
LEE = f"lee@{DOMAIN}"
REPLY_SECONDS = 120.0


def next_monday_at_four(now: dt.datetime) -> dt.datetime:
    """When "Monday at 4" written ``now`` is: the next Monday 16:00 ahead (1-6 alone is pm)."""
    days = (0 - now.weekday()) % 7
    monday = (now + dt.timedelta(days=days)).replace(hour=16, minute=0, second=0, microsecond=0)
    return monday if monday > now else monday + dt.timedelta(days=7)


def calendar_part(message: EmailMessage) -> icalendar.Calendar | None:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return icalendar.Calendar.from_ical(part.get_content())
    return None


def on_thread(message_id: str) -> Callable[[EmailMessage], bool]:
    def matches(message: EmailMessage) -> bool:
        thread = f"{message['In-Reply-To'] or ''} {message['References'] or ''}"
        return message_id in thread and ASSISTANT in (message["From"] or "")

    return matches


def test_cc_the_assistant_with_the_home_page_command_books_monday_at_four(
    deskmate: Deskmate, accounts: dict[str, str]
) -> None:
    # Given the swaks command from the home page, addressed to Lee with the assistant in Cc
    command = shlex.split(home_command(httpx.get(deskmate.web_url + "/").text, "swaks-cmd"))
    assert command[command.index("--to") + 1] == ASSISTANT  # the envelope: the assistant's copy
    command += ["--header", f"To: Lee <{LEE}>", "--header", f"Cc: Amy <{ASSISTANT}>"]
    written = dt.datetime.now(ZoneInfo(ZONE))
    # When the employee runs it
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    message_id = re.search(r"^ -> Message-Id: (<[^>]+>)", done.stdout, re.M | re.I)
    assert message_id, done.stdout
    # Then the assistant answers on the same thread within a bounded time
    answer = deskmate.sink.wait_for(on_thread(message_id.group(1)), REPLY_SECONDS)
    # And it is the invite (deskmate reads this example with high confidence):
    # the coming Monday, 16:00 in the default zone, 20 minutes
    invite = calendar_part(answer)
    assert invite is not None and str(invite["METHOD"]) == "REQUEST"
    [event] = invite.walk("VEVENT")
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND") if "DTEND" in event else start + event.decoded("DURATION")
    expected = next_monday_at_four(written)
    assert start == expected and str(start.tzinfo) == ZONE, (start, expected)
    assert end - start == dt.timedelta(minutes=20)
    attendees = {str(a).lower().removeprefix("mailto:") for a in event.get("ATTENDEE", [])}
    assert LEE in attendees, attendees
    organizer = event["ORGANIZER"]
    assert str(organizer).lower() == f"mailto:you@{DOMAIN}"  # the person who asked organizes
    assert str(organizer.params.get("SENT-BY", "")).lower() == f"mailto:{ASSISTANT}"
    recipients = {r for rcpts, m in deskmate.sink.messages if m is answer for r in rcpts}
    assert LEE in recipients
    # And an admin sees the scheduling job, done, on /jobs and /api/jobs with the CLI-made token
    admin = {"Authorization": f"Bearer {accounts[ADMIN]}"}
    jobs = httpx.get(
        deskmate.web_url + "/api/jobs", params={"kind": "scheduling.inbound_email"}, headers=admin
    ).json()["jobs"]
    assert [job["state"] for job in jobs] == ["succeeded"], jobs
    page = httpx.get(deskmate.web_url + "/jobs", headers={**admin, "Accept": "text/html"})
    assert page.status_code == 200 and "scheduling.inbound_email" in page.text
    assert httpx.get(deskmate.web_url + "/api/jobs").status_code == 401  # and strangers do not


def test_the_home_page_command_run_as_is_gets_an_answer_and_never_a_double_booking(
    deskmate: Deskmate,
) -> None:
    # Given the sender already has Monday 16:00-16:20 booked (the test above)
    command = shlex.split(home_command(httpx.get(deskmate.web_url + "/").text, "swaks-cmd"))
    sender = command[command.index("--from") + 1]
    # When a newcomer pastes the home page's command exactly as printed
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    message_id = re.search(r"^ -> Message-Id: (<[^>]+>)", done.stdout, re.M | re.I)
    assert message_id, done.stdout
    # Then the assistant answers the sender on the thread
    answer = deskmate.sink.wait_for(on_thread(message_id.group(1)), REPLY_SECONDS)
    assert sender in str(answer["To"]) + str(answer["Cc"] or "")
    # And, Monday 16:00 being taken now, it proposes three other free times instead
    assert calendar_part(answer) is None, "double-booked Monday 16:00"
    text_part = answer.get_body(("plain",))
    assert text_part is not None, answer
    body = text_part.get_content()
    assert "These times are free for everyone" in body, body
    assert len(re.findall(r"^\s*\d\.\s", body, re.M)) == 3, body
