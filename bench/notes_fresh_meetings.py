"""Fresh held-out meetings for the notes rules, written blind after the rules were last changed.

The ten meetings of ``bench/notes_heldout_meetings.py`` were used to fix the rules, so they
are no longer held out. These ten were written without reading the rule code, its tests or
those meetings, as people talk in kinds of meetings that set does not have: a design critique,
a sprint planning, a vendor negotiation, an all-hands Q&A, a board prep, a support escalation,
a campaign kickoff, a migration go/no-go, a school committee and a compliance review.

Each meeting is followed by what a careful note-taker would write down: the action items
(owner, or None when nobody in particular took it; a few words the task must contain; due
date, or None when no date was given), the decisions made in the meeting and the questions
left open. Everything else is there to be left out: past work, decisions taken elsewhere,
conditionals, hedges, answered questions, requests nobody took, reported speech, sarcasm and
things that will happen without anyone in the room owning them.

Dates are resolved from Monday 2026-11-23: a bare weekday is the next one ("Monday" is
2026-11-30), "next Friday" is the Friday of next week, a period ("this week", "next week",
"next month", "end of the month") ends on its last day (Sunday for weeks), "after this" and
"this afternoon" are today, "by the 3rd" is 2026-12-03; "before the board meeting" has no
date.
"""

from __future__ import annotations

import datetime as dt

from bench.notes_heldout_meetings import (
    END_OF_MONTH,
    END_OF_NEXT_WEEK,
    END_OF_WEEK,
    FRIDAY,
    IN_TWO_WEEKS,
    MEETING_DATE,
    NEXT_FRIDAY,
    NEXT_WEDNESDAY,
    THURSDAY,
    TODAY,
    TOMORROW,
    WEDNESDAY,
    Action,
    Meeting,
)

__all__ = ["MEETING_DATE", "MEETINGS", "Action", "Meeting"]

MONDAY = dt.date(2026, 11, 30)  # "Monday", "next Monday"
THE_2ND = dt.date(2026, 12, 2)
THE_3RD = dt.date(2026, 12, 3)
THE_10TH = dt.date(2026, 12, 10)
END_OF_NEXT_MONTH = dt.date(2026, 12, 31)

DESIGN_CRITIQUE = Meeting(
    name="design_critique",
    lines=(
        (
            "Maya",
            "Okay, so let's look at the onboarding flow Oskar put together. Oskar, you want to "
            "walk us through it?",
        ),
        (
            "Oskar",
            "Yeah so, um, this is the third pass. I moved the permissions screen to after the, uh,"
            " the welcome tour, like we talked about last time.",
        ),
        ("Lin", "I like that. The empty state on the dashboard still feels kind of bare though."),
        ("Ravi", "The illustration there is huge on mobile. It pushes the button below the fold."),
        (
            "Oskar",
            "Right, yeah. I'll, uh, I'll shrink it and try a version with the button pinned to the"
            " bottom. I can have that by Wednesday.",
        ),
        (
            "Maya",
            "Great. And are we keeping the progress bar? I've heard people say it makes the flow "
            "feel longer.",
        ),
        ("Lin", "Honestly I'd cut it. We tested it in the spring and nobody noticed it was there."),
        ("Maya", "Okay, let's drop the progress bar then. Everyone fine with that?"),
        ("Ravi", "Fine by me. Less to build."),
        (
            "Ravi",
            "One thing, the dark mode colors on the welcome tour fail contrast. I ran the checker "
            "on Friday.",
        ),
        ("Oskar", "Oh, good catch. Could you send me the screenshots from that?"),
        ("Ravi", "Yeah, I'll drop them in the channel after this."),
        ("Lin", "If we have time, maybe we also redo the icons, but that's not for this release."),
        ("Ravi", "Oh sure, and I'll rebuild the whole app by Friday while I'm at it."),
        (
            "Maya",
            "What I still don't know is whether legal needs to see the new consent copy before we "
            "ship it.",
        ),
        ("Lin", "I'd assume so, but I'm not sure. Nobody's asked them."),
        ("Maya", "Lin, can you find out?"),
        ("Lin", "Sure, I'll ask Priya on the legal team tomorrow."),
        ("Maya", "Okay. Next critique is in two weeks, same time."),
        (
            "Oskar",
            "Sounds good. Oh and, yeah, the final mocks will be in Figma by end of day Thursday.",
        ),
    ),
    actions=(
        Action("Oskar", ("button",), WEDNESDAY),
        Action("Ravi", ("channel",), TODAY),
        Action("Lin", ("ask", "legal"), TOMORROW),
        Action("Oskar", ("mocks",), THURSDAY),
    ),
    decisions=(("drop", "progress bar"),),
    questions=(("legal", "consent"),),
)

SPRINT_PLANNING = Meeting(
    name="sprint_planning",
    lines=(
        (
            "Carmen",
            "So the top of the backlog is still the CSV export, then the search filters, then the "
            "audit log.",
        ),
        (
            "Jonas",
            "Right. We've got about thirty points of capacity this sprint, Ben's out on Thursday "
            "and Friday.",
        ),
        ("Ben", "Yeah, sorry, it's my sister's wedding."),
        (
            "Aisha",
            "The CSV export is bigger than we thought. The large accounts time out, so it has to "
            "run as a background job.",
        ),
        (
            "Jonas",
            "Okay so let's split it. Background job this sprint, the email notification next "
            "sprint.",
        ),
        ("Carmen", "Works for me, as long as the big accounts can at least get the file."),
        (
            "Aisha",
            "I'll take the background job. Should be done by next Wednesday, if the queue stuff "
            "behaves.",
        ),
        ("Ben", "I can pick up the search filters before I'm off. Um, the backend part at least."),
        ("Jonas", "What about the audit log? Do we even have a spec for that?"),
        ("Carmen", "Not yet. I'll write it up this week so it's ready for next sprint."),
        ("Aisha", "Last sprint we said we'd fix the flaky login test and we didn't."),
        ("Jonas", "Yeah. Somebody should really own that."),
        ("Ben", "Don't look at me, I'm gone half the sprint."),
        ("Jonas", "Fine, I'll pair with Aisha on it Monday."),
        ("Carmen", "Do we need design for the filters or are we reusing the existing dropdowns?"),
        ("Ben", "Reusing. Maya already said that's fine."),
        ("Jonas", "Okay, so the sprint goal is large exports don't time out. Agreed?"),
        ("Aisha", "Agreed."),
        (
            "Carmen",
            "One open thing, whether the export should include archived projects. I'll have to "
            "check with sales what customers expect.",
        ),
        ("Jonas", "Great, thanks all. I'll get the board updated by end of day."),
    ),
    actions=(
        Action("Aisha", ("background job",), NEXT_WEDNESDAY),
        Action("Ben", ("search filters",), None),
        Action("Carmen", ("write",), END_OF_WEEK),
        Action("Jonas", ("pair",), MONDAY),
        Action("Carmen", ("sales",), None),
        Action("Jonas", ("board",), TODAY),
    ),
    decisions=(("split",), ("sprint goal",)),
    questions=(("archived",),),
)

VENDOR_NEGOTIATION = Meeting(
    name="vendor_negotiation",
    lines=(
        ("Greg", "So on renewal, we can do the three-year term at twelve percent off list."),
        ("Helen", "We were hoping for more like twenty. Your competitor quoted us eighteen."),
        ("Greg", "I hear you. I, uh, I can't go to twenty on my own, I'd need my VP to sign off."),
        ("Helen", "Can you take it to him?"),
        (
            "Greg",
            "Yeah, yeah. I'll take it to him this week and I'll come back to you by Friday with a "
            "number.",
        ),
        ("Tom", "On our side, SSO is a must. Our CISO said she'll block the renewal without it."),
        ("Greg", "SSO is included in the enterprise tier, so that's not an issue."),
        (
            "Tom",
            "Okay, but does the enterprise tier include the audit log export? That's what security"
            " keeps asking about.",
        ),
        ("Greg", "I believe so, but let me double check and get back to you."),
        ("Helen", "And we'd want the price locked for all three years, no uplift."),
        ("Greg", "That's standard on multi-year, yes."),
        (
            "Helen",
            "Good. Then we'll go with the three-year term either way, it's the discount we're "
            "haggling over.",
        ),
        (
            "Tom",
            "I'll need the security questionnaire filled out before legal will even look at it.",
        ),
        ("Greg", "Send it over and our security team usually turns those around in a few days."),
        ("Tom", "Will do, you'll have it this afternoon."),
        ("Helen", "Last thing, are you able to do quarterly invoicing instead of annual upfront?"),
        ("Greg", "I honestly don't know, finance handles that. I'd have to ask."),
        ("Helen", "Okay. Let's reconvene on the 3rd then, once you've got the numbers."),
    ),
    actions=(
        Action("Greg", ("number",), FRIDAY),
        Action("Greg", ("check",), None),
        Action("Tom", ("questionnaire",), TODAY),
    ),
    decisions=(("three-year",), ("reconvene",)),
    questions=(("audit log",), ("quarterly invoicing",)),
)

ALL_HANDS_QA = Meeting(
    name="all_hands_qa",
    lines=(
        ("Dana", "Okay, we've got about fifteen minutes for questions. Sam, you had your hand up."),
        (
            "Sam",
            "Yeah, so, are we still planning to open the Lisbon office next year, or is that on "
            "hold?",
        ),
        (
            "Dana",
            "It's, um, it's on hold. We decided last month to wait until we hit the revenue "
            "target.",
        ),
        (
            "Priti",
            "Is there any update on the compensation review? People have been asking for months.",
        ),
        ("Felix", "The review's happening, I'll share the timeline with everyone by the 10th."),
        ("Leo", "Will the new parental leave policy apply to people who are already on leave?"),
        ("Dana", "Good question. I genuinely don't know. Felix?"),
        ("Felix", "Uh, I think so, but don't quote me on that. HR will send out the details."),
        (
            "Dana",
            "Let's make sure we get a real answer on that. Felix, can you chase HR and post it in "
            "the all-hands channel?",
        ),
        ("Felix", "Yep, will do. End of next week at the latest."),
        ("Sam", "Are we going to keep the hybrid setup, the three days in office thing?"),
        ("Dana", "Yes. Nothing's changing there, three days stays."),
        ("Priti", "And the laptop refresh? Half of support is on machines from 2019."),
        ("Felix", "That's budgeted for Q1. IT will roll them out starting in January."),
        ("Leo", "Sorry, one more, what happens with the offsite, is it still in March?"),
        ("Dana", "We haven't picked a date yet. Could be March, could be April."),
        (
            "Dana",
            "Okay, I'll send the slides and the recording round this afternoon. Thanks everyone.",
        ),
    ),
    actions=(
        Action("Felix", ("timeline",), THE_10TH),
        Action("Felix", ("chase",), END_OF_NEXT_WEEK),
        Action("Dana", ("slides",), TODAY),
    ),
    decisions=(),  # the answers restate decisions taken elsewhere
    questions=(("parental leave",), ("offsite",)),
)

BOARD_PREP = Meeting(
    name="board_prep",
    lines=(
        ("Grace", "So the board meeting is on the 9th, and the deck has to go out a week before."),
        ("Nadia", "Which means we need a final draft by the 2nd. Pete, where are the financials?"),
        (
            "Pete",
            "Q3 actuals are done. I'm, uh, still waiting on the forecast from the sales team, they"
            " promised it Friday.",
        ),
        ("Nadia", "Okay. Can you get the forecast slides to Grace by Wednesday then?"),
        ("Pete", "Wednesday's tight. Let's say Thursday, end of day."),
        ("Grace", "Fine. I'll stitch everything together Friday and circulate the draft."),
        (
            "Nadia",
            "What are we saying about the layoffs in Europe? Do we put that in the deck or just "
            "tell them verbally?",
        ),
        ("Pete", "I'd keep it out of the deck. Too easy to forward."),
        ("Nadia", "Yeah, agreed, we'll cover it verbally, not in writing."),
        (
            "Grace",
            "The other thing is, are we asking for approval of the option pool refresh at this "
            "meeting or the next one?",
        ),
        ("Nadia", "I don't know yet. Depends on what the lawyers say about the 409A timing."),
        ("Pete", "I could ping the lawyers, but honestly they won't answer before the holidays."),
        (
            "Nadia",
            "Then let's not wait on them. Grace, put it on the agenda as a discussion item, not a "
            "vote.",
        ),
        ("Grace", "Got it. And I'll chase HR for the headcount numbers before the board meeting."),
        ("Pete", "Do we know if Marcus is dialling in or coming in person?"),
        ("Grace", "No idea, he hasn't replied to anything since October."),
        (
            "Nadia",
            "If the forecast comes in low we might need to redo the narrative slide, but let's "
            "see.",
        ),
        ("Nadia", "Let's do a dry run next Tuesday, all three of us."),
    ),
    actions=(
        Action(None, ("final draft",), THE_2ND),
        Action("Pete", ("forecast",), THURSDAY),
        Action("Grace", ("circulate",), FRIDAY),
        Action("Grace", ("agenda",), None),
        Action("Grace", ("headcount",), None),
    ),
    decisions=(("verbally",), ("discussion",), ("dry run",)),
    questions=(("marcus",),),
)

SUPPORT_ESCALATION = Meeting(
    name="support_escalation",
    lines=(
        (
            "Rosa",
            "So Northwind has been down on exports since Saturday, and they've opened four "
            "tickets.",
        ),
        (
            "Marta",
            "Their CTO emailed me directly this morning. He's, uh, not happy, he mentioned the "
            "renewal twice.",
        ),
        (
            "Kenji",
            "We found it. The migration last Thursday changed the date format and their "
            "integration chokes on it.",
        ),
        ("Rosa", "Can we roll that back just for them?"),
        (
            "Kenji",
            "Not cleanly. But I can ship a compatibility flag, I'll, uh, I'll have it out tomorrow"
            " morning.",
        ),
        ("Marta", "Okay. I'll call their CTO today and tell him that."),
        ("Rosa", "Should we offer them a credit? I mean, four days of broken exports."),
        (
            "Marta",
            "I think we should, but I'd need sign-off from finance for anything over a month.",
        ),
        ("Rosa", "Let's offer one month's credit then, that doesn't need sign-off."),
        (
            "Kenji",
            "Just so you know, this probably hit other customers too, we just haven't heard from "
            "them.",
        ),
        ("Rosa", "Oh great. How many other customers are we talking about?"),
        ("Kenji", "No idea yet. I'd have to query the logs."),
        (
            "Rosa",
            "Kenji, could you pull that list by end of day Thursday? Then I'll have the team reach"
            " out proactively.",
        ),
        ("Kenji", "Yeah, can do."),
        (
            "Marta",
            "And going forward, any breaking format change gets announced two weeks ahead. Can we "
            "agree on that?",
        ),
        ("Kenji", "Yes, please. I'll bring it up at the eng sync."),
        ("Rosa", "Good. I'm closing three of the four tickets as duplicates after this call."),
    ),
    actions=(
        Action("Kenji", ("compatibility flag",), TOMORROW),
        Action("Marta", ("call",), TODAY),
        Action("Kenji", ("list",), THURSDAY),
        Action("Rosa", ("reach out",), None),
        Action("Kenji", ("eng sync",), None),
        Action("Rosa", ("tickets",), TODAY),
    ),
    decisions=(("credit",), ("announced",)),
    questions=(("other customers",),),
)

CAMPAIGN_KICKOFF = Meeting(
    name="campaign_kickoff",
    lines=(
        (
            "Zoe",
            "Okay, kickoff for the spring campaign. Launch date is March 2nd, so we've got a bit "
            "of runway.",
        ),
        (
            "Andre",
            "Is the theme still 'work from anywhere'? Because I've heard rumours we're changing "
            "it.",
        ),
        ("Zoe", "No, we're sticking with it. The exec team signed off last week."),
        (
            "Bea",
            "For paid, I want to try TikTok this time. LinkedIn was, like, forty dollars a lead "
            "last quarter.",
        ),
        ("Omar", "Forty? Wow. Sales would've loved to know that."),
        ("Zoe", "Let's test TikTok with a small budget first, say five thousand, and see."),
        ("Bea", "Sure. I'll put together a test plan by next Friday."),
        (
            "Andre",
            "I'll need the brand guidelines before I write anything. The ones on the drive are "
            "from 2023.",
        ),
        (
            "Zoe",
            "Yeah, those are outdated. I'll, um, I'll send you the new ones, I think they're on my"
            " laptop somewhere.",
        ),
        (
            "Omar",
            "From the sales side, can we get a one-pager for the enterprise folks? They won't "
            "watch a TikTok.",
        ),
        ("Andre", "Ha, fair. I can write one, probably in two weeks, after the blog posts."),
        (
            "Zoe",
            "Great. And who's doing the landing page? Last time it was a mess because nobody owned"
            " it.",
        ),
        ("Bea", "Not me."),
        ("Andre", "Not me either, I've got enough."),
        ("Zoe", "Okay, I'll figure out the landing page owner, let's leave it for now."),
        (
            "Omar",
            "Do we want sales to start teasing this to customers in February or wait until launch?",
        ),
        ("Zoe", "Good question, let me think about that."),
        ("Omar", "Either way I'll set up an enablement session for the sales team next month."),
        ("Zoe", "Everyone, rough drafts of your pieces by the end of the month, please."),
    ),
    actions=(
        Action("Bea", ("test plan",), NEXT_FRIDAY),
        Action("Zoe", ("send",), None),
        Action("Andre", ("write",), IN_TWO_WEEKS),
        Action("Zoe", ("landing page",), None),
        Action("Omar", ("enablement",), END_OF_NEXT_MONTH),
        Action(None, ("drafts",), END_OF_MONTH),
    ),
    decisions=(("tiktok",),),  # "sticking with it" restates an exec-team decision
    questions=(("landing page",), ("teasing",)),
)

MIGRATION_GO_NO_GO = Meeting(
    name="migration_go_no_go",
    lines=(
        ("Claire", "Okay, go/no-go for the Postgres migration on Saturday. Ivan, where are we?"),
        (
            "Ivan",
            "The dry run on staging went fine on Thursday. Took three hours forty, so within the "
            "window.",
        ),
        (
            "Hugo",
            "Two test failures in reporting, but they're the known timezone ones, not the "
            "migration.",
        ),
        ("Claire", "Are we sure about that? I don't want to find out Monday morning."),
        ("Hugo", "Pretty sure. I'll, uh, rerun them against the old database today to confirm."),
        ("Wen", "What's the rollback plan if it goes wrong halfway?"),
        ("Ivan", "We keep the old primary read-only until Sunday night, so we can just flip back."),
        ("Wen", "Okay. And customers, did anyone tell support about the maintenance window?"),
        ("Claire", "I did, last Tuesday. They're posting the banner Wednesday."),
        ("Claire", "So, are we go? Hugo, assuming your rerun is clean."),
        ("Hugo", "Go from me."),
        ("Ivan", "Go."),
        ("Claire", "Then we're go for Saturday, ten p.m. start."),
        ("Ivan", "I'll send the runbook to the on-call list tomorrow."),
        ("Wen", "Who's on call Sunday, by the way? If something breaks at 6 a.m. I want a name."),
        ("Claire", "That's, um, that's a good point, I'm not sure the rota covers it."),
        ("Claire", "I'll sort the Sunday cover by Wednesday."),
        (
            "Hugo",
            "Should we freeze deploys from Friday? Would be dumb to ship something the day before.",
        ),
        ("Claire", "Yes, deploy freeze from Friday noon until Monday. I'll announce it."),
        (
            "Ivan",
            "And if the dry run numbers hold I might start the index rebuild early, we'll see.",
        ),
    ),
    actions=(
        Action("Hugo", ("rerun",), TODAY),
        Action("Ivan", ("runbook",), TOMORROW),
        Action("Claire", ("cover",), WEDNESDAY),
        Action("Claire", ("announce",), None),
    ),
    decisions=(("go for saturday",), ("freeze",)),
    questions=(("on call",),),
)

SCHOOL_COMMITTEE = Meeting(
    name="school_committee",
    lines=(
        ("Linda", "Okay, let's get started, I know everyone has kids to pick up."),
        (
            "Mark",
            "Quick treasurer's report. The bake sale made eleven hundred, so we're at about four "
            "thousand for the playground fund.",
        ),
        ("Paul", "That's great. Do we know yet what the playground actually costs?"),
        (
            "Linda",
            "The quote was around twenty thousand, but that was before installation. So, no, not "
            "really.",
        ),
        ("Linda", "Paul, didn't you say your brother-in-law does that kind of work?"),
        ("Paul", "He does, yeah. I'll ask him to come take a look, probably next week."),
        ("Joy", "For the winter fair, we still need someone to run the raffle."),
        ("Mark", "I did it last year, I'm not doing it again."),
        ("Linda", "Ha. Okay, I'll put a call out in the newsletter on Friday."),
        (
            "Joy",
            "Also, are we allowed to sell raffle tickets to non-parents? I think there's a rule "
            "about that.",
        ),
        (
            "Mark",
            "I think you need a license over a certain amount. I'll look into it before the fair.",
        ),
        ("Linda", "Next item, the teacher appreciation lunch. We did pizza last year."),
        ("Joy", "People complained about the pizza, honestly."),
        ("Linda", "Okay, let's do a potluck this year instead."),
        ("Paul", "I'll do a sign-up sheet for that, tomorrow night probably."),
        ("Joy", "And I'll send the minutes out by Wednesday, like always."),
        (
            "Linda",
            "Great. Oh, Mark, can you get the fund numbers to the principal before the December "
            "meeting?",
        ),
        ("Mark", "Sure, no problem."),
        ("Linda", "Okay, we're done. Next meeting is December 14th."),
    ),
    actions=(
        Action("Paul", ("ask",), END_OF_NEXT_WEEK),
        Action("Linda", ("newsletter",), FRIDAY),
        Action("Mark", ("look into",), None),
        Action("Paul", ("sign-up",), TOMORROW),
        Action("Joy", ("minutes",), WEDNESDAY),
        Action("Mark", ("principal",), None),
    ),
    decisions=(("potluck",),),
    questions=(("playground", "costs"), ("non-parents",)),
)

COMPLIANCE_REVIEW = Meeting(
    name="compliance_review",
    lines=(
        (
            "Priya",
            "So the main item is the GDPR data retention audit. The auditors arrive in January.",
        ),
        (
            "Erik",
            "Our retention policy says ninety days for logs, but we're keeping them for a year in "
            "practice.",
        ),
        ("Priya", "That's, uh, that's exactly the kind of thing they'll flag."),
        (
            "Dan",
            "It's just a config change on the log bucket. I can, I'll set the lifecycle rule to "
            "ninety days this week.",
        ),
        (
            "Erik",
            "Before you do, check whether anything in billing needs those logs. Last time we broke"
            " invoicing.",
        ),
        ("Dan", "Yeah, fair. I'll check with billing first."),
        ("Sofia", "What about the analytics warehouse? It has raw user IDs going back to 2021."),
        ("Priya", "Is that covered by the consent we collect? I genuinely don't know."),
        ("Sofia", "I'd have to dig up the old consent text. Maybe it was in the 2021 terms."),
        ("Priya", "Please do, and send it to me by the 3rd."),
        ("Sofia", "Okay."),
        (
            "Erik",
            "We also need a DPIA for the new voice feature. Legal said they'd do it in Q3 and it "
            "never happened.",
        ),
        ("Priya", "That one's on me, I'll have a draft in two weeks."),
        (
            "Dan",
            "Do we pseudonymise the user IDs in the warehouse, or delete anything older than two "
            "years?",
        ),
        (
            "Priya",
            "Let's pseudonymise. Deleting loses the trend data and the auditors only care that "
            "it's not identifiable.",
        ),
        ("Sofia", "Agreed. That'll take a while though, it's a few billion rows."),
        (
            "Priya",
            "Sure, as long as it's done before the auditors come. Sofia, can your team own the "
            "pseudonymisation?",
        ),
        ("Sofia", "Yes, we'll own it. Target end of next month."),
        (
            "Erik",
            "Would be nice if someone also reviewed the vendor DPAs at some point, but that's a "
            "later problem.",
        ),
        (
            "Priya",
            "Okay. I'll write all this up and share it with the leadership team by next Monday.",
        ),
    ),
    actions=(
        Action("Dan", ("lifecycle rule",), END_OF_WEEK),
        Action("Dan", ("billing",), None),
        Action("Sofia", ("consent",), THE_3RD),
        Action("Priya", ("draft",), IN_TWO_WEEKS),
        Action("Sofia", ("pseudonymis",), END_OF_NEXT_MONTH),
        Action("Priya", ("write",), MONDAY),
    ),
    decisions=(("pseudonymise",),),
    questions=(("consent",),),
)

MEETINGS = (
    DESIGN_CRITIQUE,
    SPRINT_PLANNING,
    VENDOR_NEGOTIATION,
    ALL_HANDS_QA,
    BOARD_PREP,
    SUPPORT_ESCALATION,
    CAMPAIGN_KICKOFF,
    MIGRATION_GO_NO_GO,
    SCHOOL_COMMITTEE,
    COMPLIANCE_REVIEW,
)
