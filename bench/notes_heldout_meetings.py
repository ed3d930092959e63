"""Held-out meetings for the notes rules: ten short work meetings the rules were not tuned on.

Written before reading the rule code, as people talk in stand-ups, client calls, a retro, a
hiring debrief, a budget review, an incident review, a 1:1 and the like. Each meeting says
what a careful note-taker would write down: the action items (owner, a few words of the task,
due date), the decisions and the questions left open. Everything else said is there to be
left out: past work, hypotheticals, hedges, answered questions, reported speech, jokes.

Dates are resolved from Monday 2026-11-23 the way the project's tests do: "next Tuesday" is
the Tuesday of next week, "end of (next) week" is its Sunday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MEETING_DATE = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)  # a Monday

TODAY = dt.date(2026, 11, 23)
TOMORROW = dt.date(2026, 11, 24)
WEDNESDAY = dt.date(2026, 11, 25)
THURSDAY = dt.date(2026, 11, 26)
FRIDAY = dt.date(2026, 11, 27)
SATURDAY = dt.date(2026, 11, 28)
END_OF_WEEK = dt.date(2026, 11, 29)
NEXT_MONDAY = dt.date(2026, 11, 30)
END_OF_MONTH = dt.date(2026, 11, 30)
NEXT_TUESDAY = dt.date(2026, 12, 1)
NEXT_WEDNESDAY = dt.date(2026, 12, 2)
DECEMBER_3 = dt.date(2026, 12, 3)
NEXT_FRIDAY = DECEMBER_4 = dt.date(2026, 12, 4)
END_OF_NEXT_WEEK = dt.date(2026, 12, 6)
IN_TWO_WEEKS = dt.date(2026, 12, 7)
THE_15TH = dt.date(2026, 12, 15)


@dataclass(frozen=True)
class Action:
    """An action item a note-taker would write: who, key words of what, by when."""

    owner: str | None  # None when nobody took it
    words: tuple[str, ...]  # words the task must contain (lower case)
    due: dt.date | None


@dataclass(frozen=True)
class Meeting:
    """A meeting as (speaker, what they said) lines, with what its notes should hold."""

    name: str
    lines: tuple[tuple[str, str], ...]
    actions: tuple[Action, ...]
    decisions: tuple[tuple[str, ...], ...]  # key words of each decision
    questions: tuple[tuple[str, ...], ...]  # key words of each question left open


STANDUP = Meeting(
    "standup",
    (
        ("Sam", "Morning all. Quick stand-up, let's go round. Aisha?"),
        ("Aisha", "Yesterday I finished the payment webhook and sent the PR to Tom for review."),
        ("Aisha", "Today I'm on the refund flow, no blockers."),
        ("Tom", "I reviewed it last night and it looks good. I'll merge it this afternoon."),
        ("Tom", "I'm blocked on the staging database though, it keeps running out of disk."),
        ("Sam", "Maya, can you take a look at the staging disk today?"),
        ("Maya", "Yeah, leave it with me."),
        ("Maya", "I upgraded the Postgres image on Friday, so that might be related."),
        ("Sam", "Did anyone hear back from the security team about the pen test?"),
        ("Tom", "Not yet."),
        ("Sam", "Okay, I'll chase them tomorrow."),
        ("Aisha", "If the webhook breaks in production we'd have to roll back the whole release."),
        ("Sam", "Let's keep the release on Thursday then. Thanks everyone."),
    ),
    (
        Action("Tom", ("merge",), TODAY),
        Action("Maya", ("staging", "disk"), TODAY),
        Action("Sam", ("chase",), TOMORROW),
    ),
    (("release", "thursday"),),
    (("pen test",),),
)

CLIENT_CALL = Meeting(
    "client_call",
    (
        ("Rachel", "Thanks for joining, Ben. I wanted to go through the rollout plan."),
        ("Ben", "Sure. Our board asked whether the data stays in the EU."),
        ("Jorge", "It does, all of it is hosted in Frankfurt."),
        ("Ben", "Great. Could you put that in writing for our legal team?"),
        ("Jorge", "Yes, I can get that over to you by Thursday."),
        ("Ben", "And is single sign-on in the standard plan or is it an add-on?"),
        ("Rachel", "Honestly, I don't know."),
        ("Rachel", "Action on me to check the SSO pricing and come back to you next Tuesday."),
        ("Ben", "Our IT people mentioned they would want a test environment."),
        ("Jorge", "I'll set up a sandbox for your IT team by the end of next week."),
        ("Ben", "Perfect. We've decided to go ahead with the pilot in January then."),
        ("Rachel", "Wonderful. I sent the contract draft last week, did you get it?"),
        ("Ben", "Yes, our lawyers are reading it now."),
        ("Rachel", "Great, talk soon."),
    ),
    (
        Action("Jorge", ("writing",), THURSDAY),
        Action("Rachel", ("check", "pricing"), NEXT_TUESDAY),
        Action("Jorge", ("sandbox",), END_OF_NEXT_WEEK),
    ),
    (("pilot", "january"),),
    (("single sign-on",),),
)

RETRO = Meeting(
    "retro",
    (
        ("Kim", "Okay, let's start the retro. What went well this sprint?"),
        ("Luis", "The new deploy pipeline saved us hours. Nadia did a great job on it."),
        ("Nadia", "Thanks! What didn't go well was the flaky integration tests."),
        ("Owen", "I must have re-run them fifty times. I was ready to quit and become a farmer."),
        ("Kim", "Someone needs to own the flaky tests. Owen, can you own that?"),
        ("Owen", "Sure, I'll take that."),
        ("Luis", "Maybe we could run them in parallel."),
        ("Nadia", "We should write down the on-call handover steps, nobody really knows them."),
        ("Kim", "Good idea. And let's have Luis look into why the test database is so slow."),
        ("Kim", "Did we ever decide whether retros move to every two weeks?"),
        ("Luis", "I'd keep them weekly."),
        ("Owen", "Fine by me."),
        ("Kim", "Okay, retros stay weekly."),
        ("Kim", "Last thing, who's running the next retro?"),
        ("Nadia", "Not sure yet."),
    ),
    (
        Action("Owen", ("flaky", "tests"), None),
        Action(None, ("write", "handover"), None),
        Action("Luis", ("test database",), None),
    ),
    (("weekly",),),
    (("next retro",),),
)

HIRING_DEBRIEF = Meeting(
    "hiring_debrief",
    (
        ("Grace", "Let's debrief on Marco, the backend candidate."),
        ("Hugo", "I liked him. His system design was solid, but he struggled with the SQL part."),
        ("Ines", "Same. He asked good questions about the on-call rotation."),
        ("Grace", "Okay. We're going to make him an offer."),
        ("Grace", "Ines, can you send me your written feedback by tomorrow?"),
        ("Ines", "Will do."),
        ("Hugo", "What salary band are we putting him in?"),
        ("Grace", "That depends on the level, and I don't know yet if HR will approve senior."),
        ("Grace", "I'll talk to HR on Wednesday and let you know."),
        ("Hugo", "He mentioned he has another offer that expires in two weeks."),
        ("Grace", "Then we need to move quickly. Hugo, please call his references this week."),
        ("Hugo", "Sure, I can do that."),
        ("Ines", "Should we also ask him for a code sample?"),
        ("Grace", "No, the take-home is enough."),
    ),
    (
        Action("Ines", ("feedback",), TOMORROW),
        Action("Grace", ("talk", "hr"), WEDNESDAY),
        Action("Hugo", ("call", "references"), END_OF_WEEK),
    ),
    (("offer",),),
    (("salary band",),),
)

BUDGET_REVIEW = Meeting(
    "budget_review",
    (
        ("Paula", "This is the Q1 budget review. We're eight percent over on cloud spend."),
        ("Derek", "Most of that is the analytics cluster. I resized it last Thursday."),
        ("Paula", "Good. We agreed to cap cloud spend at forty thousand a month."),
        ("Amira", "What about the conference budget? Are we sending people to the March event?"),
        ("Paula", "Let's park that until we see the Q4 numbers."),
        ("Paula", "Derek, I need a breakdown of the cluster costs by team by the 15th."),
        ("Derek", "No problem."),
        ("Amira", "I'll update the forecast spreadsheet in two weeks, once the invoices are in."),
        ("Derek", "If we moved everything to reserved instances we'd probably save a fifth."),
        ("Paula", "Interesting, but not this quarter."),
        ("Amira", "At this rate we'll be paying for the servers with our lunch money."),
        ("Paula", "Okay, thanks all."),
    ),
    (
        Action("Derek", ("breakdown", "cluster"), THE_15TH),
        Action("Amira", ("update", "forecast"), IN_TWO_WEEKS),
    ),
    (("cap", "cloud"),),
    (("conference budget",),),
)

INCIDENT_REVIEW = Meeting(
    "incident_review",
    (
        ("Victor", "This is the review of Saturday's outage. The API was down for forty minutes."),
        ("Chen", "The root cause was an expired TLS certificate on the load balancer."),
        ("Sofia", "The alert fired, but it went to the old pager channel, so nobody saw it."),
        ("Victor", "Right. We've decided to move all certificates to automatic renewal."),
        ("Victor", "Chen, can you set up renewal for the remaining certificates by Friday?"),
        ("Chen", "Yes."),
        ("Raj", "I'll fix the alert routing today."),
        ("Sofia", "Do we know if any customers lost data?"),
        ("Victor", "We don't know yet."),
        ("Victor", "Sofia, please write the customer-facing post-mortem."),
        ("Sofia", "Sure, I'll have it done by next Tuesday."),
        ("Chen", "For the record, I did warn about that certificate back in August."),
        ("Raj", "Who should own the certificate inventory long term?"),
        ("Victor", "Good question, I don't have an answer yet."),
    ),
    (
        Action("Chen", ("renewal", "certificates"), FRIDAY),
        Action("Raj", ("fix", "alert", "routing"), TODAY),
        Action("Sofia", ("post-mortem",), NEXT_TUESDAY),
    ),
    (("automatic renewal",),),
    (("customers", "data"), ("certificate inventory",)),
)

ONE_ON_ONE = Meeting(
    "one_on_one",
    (
        ("Ella", "How are things going, Finn?"),
        ("Finn", "Pretty good. The migration is mostly done, I moved the last service Thursday."),
        ("Ella", "Nice work. How are you feeling about the promotion case?"),
        ("Finn", "A bit nervous. I don't really know what the committee looks for."),
        ("Ella", "I'll send you a couple of example promotion packets tomorrow."),
        ("Finn", "That would help. Should I ask Maria to be a reviewer?"),
        ("Ella", "Yes, she knows your work well."),
        ("Ella", "Could you write a first draft of your self-review by the end of next week?"),
        ("Finn", "Yeah, I can do that."),
        ("Finn", "Also, I might want to switch to the platform team at some point."),
        ("Ella", "Okay, good to know."),
    ),
    (
        Action("Ella", ("example", "packets"), TOMORROW),
        Action("Finn", ("draft", "self-review"), END_OF_NEXT_WEEK),
    ),
    (),
    (),
)

LAUNCH_SYNC = Meeting(
    "launch_sync",
    (
        ("Olivia", "Let's plan the launch announcement for the new dashboard."),
        ("Marcus", "The blog post is drafted. I shared it in the channel on Friday."),
        ("Zoe", "I read it, it's great, but the screenshots are out of date."),
        ("Marcus", "Fair. I can redo the screenshots tomorrow."),
        ("Olivia", "We'll go with Tuesday the first of December for the launch."),
        ("Zoe", "Who's doing the email to existing customers?"),
        ("Olivia", "Zoe, can you own the customer email?"),
        ("Zoe", "Sure, I'll take that."),
        ("Marcus", "Did legal sign off on the pricing page?"),
        ("Olivia", "Not yet, they said they'd get back to us."),
        ("Olivia", "Someone needs to update the help centre articles before launch."),
        ("Zoe", "I'd love to do a video too, but we probably don't have time."),
        ("Olivia", "Right. Thanks everyone."),
    ),
    (
        Action("Marcus", ("redo", "screenshots"), TOMORROW),
        Action("Zoe", ("customer email",), None),
        Action(None, ("update", "help centre"), None),
    ),
    (("first of december",),),
    (("pricing page",),),
)

PIPELINE_REVIEW = Meeting(
    "pipeline_review",
    (
        ("Henry", "Let's go through the pipeline."),
        ("Laura", "Acme signed on Wednesday, so that one's closed."),
        ("Dev", "Globex went quiet. Their buyer said they're reviewing budgets."),
        ("Henry", "Dev, could you follow up with Globex next Tuesday?"),
        ("Dev", "Sure."),
        ("Laura", "I'll send Initech the new case study before our call on Thursday."),
        ("Henry", "Should we offer Globex a discount to get it over the line?"),
        ("Dev", "I wouldn't, they haven't even looked at the proposal."),
        ("Henry", "Fair enough, no discount for now."),
        ("Laura", "Also, the CRM keeps logging me out."),
        ("Henry", "Yeah, it's been doing that to everyone. I'll raise it with IT."),
        ("Dev", "Are we still doing the team dinner on the 15th?"),
        ("Henry", "Yes, I booked it already."),
    ),
    (
        Action("Dev", ("follow up", "globex"), NEXT_TUESDAY),
        Action("Laura", ("case study",), THURSDAY),
        Action("Henry", ("raise",), None),
    ),
    (("discount",),),
    (),
)

OFFICE_MOVE = Meeting(
    "office_move",
    (
        ("Nora", "Quick sync on the office move."),
        ("Pete", "The movers are confirmed for the twelfth of December."),
        ("Quinn", "What about the internet at the new place? Is the fibre line installed?"),
        ("Pete", "The provider said it might take three weeks, nobody knows for sure."),
        ("Nora", "Action on me to call the provider and push them."),
        ("Ruth", "We need to label every box with the team name."),
        ("Quinn", "I can sort out the desk plan by Wednesday."),
        ("Nora", "We decided to keep the old office until the end of January as a fallback."),
        ("Ruth", "Imagine if the elevator breaks on moving day."),
        ("Pete", "I already ordered the extra monitors last week."),
        ("Nora", "Great. Pete, please send everyone the parking details by Thursday."),
        ("Pete", "Will do."),
    ),
    (
        Action("Nora", ("call", "provider"), None),
        Action(None, ("label", "box"), None),
        Action("Quinn", ("desk plan",), WEDNESDAY),
        Action("Pete", ("parking",), THURSDAY),
    ),
    (("old office",),),
    (("fibre",),),
)

MEETINGS = (
    STANDUP,
    CLIENT_CALL,
    RETRO,
    HIRING_DEBRIEF,
    BUDGET_REVIEW,
    INCIDENT_REVIEW,
    ONE_ON_ONE,
    LAUNCH_SYNC,
    PIPELINE_REVIEW,
    OFFICE_MOVE,
)
